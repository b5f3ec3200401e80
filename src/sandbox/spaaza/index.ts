/**
 * The Spaaza fake: the RPC-style campaign calls of Spaaza's admin API behind `/spaaza`.
 *
 *   GET  /get-campaign?campaign_id=&chain_id=    read-routes.ts
 *   GET  /get-campaigns?chain_id=                read-routes.ts (exclude_inactive, order_dir)
 *   POST /internal/add-campaign                  write-routes.ts
 *   POST|PUT /internal/alter-campaign            write-routes.ts
 *
 * Auth in auth.ts, envelope and error catalogue in envelope.ts, parameters in fields.ts and
 * coerce.ts, the read shape in campaign.ts, cross-field rules in rules.ts, seed in seed.ts.
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorFake } from '../fake.js';
import { authenticate, isSession, type Session } from './auth.js';
import { ERRORS, fail, serverFault } from './envelope.js';
import { getCampaign, getCampaigns } from './read-routes.js';
import { seed } from './seed.js';
import { addCampaign, alterCampaign } from './write-routes.js';

type Handler = (req: FakeRequest, ctx: FakeContext, session: Session) => FakeResponse;

const ROUTES: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  '/get-campaign': { GET: getCampaign },
  '/get-campaigns': { GET: getCampaigns },
  '/internal/add-campaign': { POST: addCampaign },
  '/internal/alter-campaign': { POST: alterCampaign, PUT: alterCampaign },
};

function handle(req: FakeRequest, ctx: FakeContext): FakeResponse {
  // Assumed: paths match exactly (a trailing slash is another, unknown, path): 404 in the envelope.
  const methods = ROUTES[req.path];
  if (!methods) return fail(ERRORS.endpointNotFound, `No API call at ${req.path}.`);
  const handler = methods[req.method];
  // Assumed: a known call with another method is 405 with an Allow header.
  if (!handler) {
    const allow = Object.keys(methods).join(', ');
    return fail(ERRORS.methodNotAllowed, `${req.path} accepts ${allow}.`, { allow });
  }
  const session = authenticate(req);
  if (!isSession(session)) return session;
  return handler(req, ctx, session);
}

export const fake: VendorFake = {
  name: 'spaaza',
  handle,
  // Assumed: Spaaza documents no rate limit: a plain 429 with Retry-After, no headers otherwise.
  rateLimited: (info) => fail(ERRORS.tooManyRequests, undefined, { 'retry-after': String(info.retryAfterSeconds) }),
  rateLimitHeaders: () => ({}),
  serverFault,
  seed: () => seed(),
  harness: async () => (await import('./harness.js')).harness,
};
