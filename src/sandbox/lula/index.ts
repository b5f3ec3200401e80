/**
 * The Lula Commerce (stores-service) fake. Everything Lula means lives in this folder:
 * routes.ts (paths), auth.ts, errors.ts (Lula's error bodies), list.ts (offset pagination),
 * read-shape.ts and status.ts (what reads return), update.ts and create.ts (writes),
 * field-rules.ts and dates.ts (the rules they share), request-body.ts, state.ts (the state
 * slice and its write-only side table), store-links.ts and store-directory.ts, seed.ts.
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorFake } from '../fake.js';
import { checkAuth } from './auth.js';
import { createCampaign } from './create.js';
import { campaignNotFound, rateLimited, routeNotFound, serverFault } from './errors.js';
import { listCampaigns } from './list.js';
import { detail } from './read-shape.js';
import { matchRoute } from './routes.js';
import { seed } from './seed.js';
import { findCampaign } from './state.js';
import { storeLinks } from './store-links.js';
import { updateCampaign } from './update.js';

function handle(req: FakeRequest, ctx: FakeContext): FakeResponse {
  // Assumed: authentication is checked before routing (a gateway in front of the services).
  const denied = checkAuth(req);
  if (denied) return denied;
  const route = matchRoute(req.method, req.path);
  if (!route) return routeNotFound(req.method, req.path);
  if (route.op === 'list') return listCampaigns(ctx.state, route.companyId, req.query, ctx.now());
  if (route.op === 'create') return createCampaign(req, ctx, route.companyId);
  const campaign = findCampaign(ctx.state, route.companyId, route.campaignId);
  if (!campaign) return campaignNotFound(route.campaignId);
  if (route.op === 'read') return { status: 200, body: detail(ctx.state, campaign, ctx.now()) };
  if (route.op === 'links') return storeLinks(campaign, req.query);
  return updateCampaign(req, ctx, route.companyId, campaign);
}

export const fake: VendorFake = {
  name: 'lula',
  handle,
  rateLimited: (info) => rateLimited(info.retryAfterSeconds),
  // Assumed: Lula documents no rate-limit headers, so normal answers carry none.
  rateLimitHeaders: () => ({}),
  serverFault,
  seed,
  harness: async () => (await import('./harness.js')).harness,
};
