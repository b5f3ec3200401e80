/**
 * Topsort's campaign-service routes under `/public/v1/campaign-service`:
 *
 *   GET    /campaigns                 list (offset pagination)
 *   POST   /campaigns?vendor_id=      create
 *   GET    /campaigns/{campaign-id}   read
 *   PATCH  /campaigns/{campaign-id}   partial update
 *   DELETE /campaigns/{campaign-id}   soft delete
 *
 * "No trailing slashes: they return 404, there is no redirect" — any path ending in `/` is a 404.
 * Not served: the bids sub-resource (`/campaigns/{id}/bids…`), answered 404 like any unknown path.
 */
import type { FakeContext, FakeRequest } from '../fake.js';
import { route, router } from '../kit/router.js';
import { checkApiKey } from './auth.js';
import { createCampaign } from './create.js';
import { topsortErrors } from './errors.js';
import { listCampaigns } from './list.js';
import { deleteCampaign, getCampaign } from './read.js';
import { updateCampaign } from './update.js';

const campaignRoutes = router(
  [
    route('/public/v1/campaign-service/campaigns', { GET: listCampaigns, POST: createCampaign }),
    route('/public/v1/campaign-service/campaigns/:campaignId', {
      GET: (req, ctx, { campaignId }) => getCampaign(req, ctx, campaignId),
      PATCH: (req, ctx, { campaignId }) => updateCampaign(req, ctx, campaignId),
      DELETE: (req, ctx, { campaignId }) => deleteCampaign(req, ctx, campaignId),
    }),
  ],
  { errors: topsortErrors },
);

/** The API key is checked before routing: an unknown path without a key is a 401. */
export const handle = (req: FakeRequest, ctx: FakeContext) => checkApiKey(req) ?? campaignRoutes(req, ctx);
