/**
 * Masivo's storefront routes behind the `/masivo` prefix (the account endpoint is the storefront
 * base `…/api/storefront/v1`): `GET /auth/authorize`, `GET|POST /campaigns`, `GET|PUT /campaigns/{id}`.
 *
 * An unknown path (a trailing slash included) is a 404 before any credential check; a known path with
 * another method is a 405 with `Allow` (Assumed: the docs list no other methods). Every campaign
 * route then needs a valid bearer token (401 otherwise).
 */
import { route, router, type Handler } from '../kit/router.js';
import { authorize, checkBearer } from './auth.js';
import { createCampaign, getCampaign, updateCampaign } from './campaigns.js';
import { masivoErrors } from './errors.js';
import { listCampaigns } from './list.js';

/** A campaign route: the bearer token is checked once the route and method are known. */
function authenticated<P extends string>(handler: Handler<P>): Handler<P> {
  return (req, ctx, params) => checkBearer(req, ctx) ?? handler(req, ctx, params);
}

export const handle = router(
  [
    route('/auth/authorize', { GET: authorize }),
    route('/campaigns', { GET: authenticated(listCampaigns), POST: authenticated(createCampaign) }),
    route('/campaigns/:id', {
      GET: authenticated((req, ctx, { id }) => getCampaign(req, ctx, id)),
      PUT: authenticated((req, ctx, { id }) => updateCampaign(req, ctx, id)),
    }),
  ],
  { errors: masivoErrors },
);
