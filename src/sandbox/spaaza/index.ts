/**
 * The Spaaza fake: the RPC-style campaign calls of Spaaza's admin API behind `/spaaza`.
 *
 *   GET  /get-campaign?campaign_id=&chain_id=    read-routes.ts
 *   GET  /get-campaigns?chain_id=                read-routes.ts (exclude_inactive, order_dir)
 *   POST /internal/add-campaign                  write-routes.ts
 *   POST|PUT /internal/alter-campaign            write-routes.ts
 *
 * Routing by the kit's router, auth in auth.ts, envelope and error catalogue (404/405/429/5xx
 * included) in envelope.ts, parameters in fields.ts and
 * coerce.ts, the read shape in campaign.ts, cross-field rules in rules.ts, seed in seed.ts.
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { defineFake } from '../kit/define-fake.js';
import { route, router } from '../kit/router.js';
import { authenticate, isSession, type Session } from './auth.js';
import { spaazaErrors } from './envelope.js';
import { getCampaign, getCampaigns } from './read-routes.js';
import { seed } from './seed.js';
import { addCampaign, alterCampaign } from './write-routes.js';

/** A call needing an admin session, checked once the call and its method are known. */
function withSession(call: (req: FakeRequest, ctx: FakeContext, session: Session) => FakeResponse) {
  return (req: FakeRequest, ctx: FakeContext): FakeResponse => {
    const session = authenticate(req);
    return isSession(session) ? call(req, ctx, session) : session;
  };
}

// Assumed: paths match exactly (a trailing slash is another, unknown, path): 404 in the envelope;
// a known call with another method is 405 with an Allow header (envelope.ts).
const handle = router(
  [
    route('/get-campaign', { GET: withSession(getCampaign) }),
    route('/get-campaigns', { GET: withSession(getCampaigns) }),
    route('/internal/add-campaign', { POST: withSession(addCampaign) }),
    route('/internal/alter-campaign', { POST: withSession(alterCampaign), PUT: withSession(alterCampaign) }),
  ],
  { errors: spaazaErrors },
);

// Assumed: Spaaza documents no rate limit: no rate-limit headers on normal answers (envelope.ts for the 429).
export const fake = defineFake({ name: 'spaaza', errors: spaazaErrors, handle, seed: () => seed(), harness: async () => (await import('./harness.js')).harness });
