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
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { checkApiKey } from './auth.js';
import { createCampaign } from './create.js';
import { methodNotAllowed, routeNotFound } from './errors.js';
import { listCampaigns } from './list.js';
import { deleteCampaign, getCampaign } from './read.js';
import { updateCampaign } from './update.js';

export const CAMPAIGNS_PATH = '/public/v1/campaign-service/campaigns';

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function route(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const denied = checkApiKey(req);
  if (denied) return denied;
  const { method, path } = req;
  if (path.endsWith('/')) return routeNotFound(method, path);

  if (path === CAMPAIGNS_PATH) {
    if (method === 'GET') return listCampaigns(req, ctx);
    if (method === 'POST') return createCampaign(req, ctx);
    return methodNotAllowed(method, path, ['GET', 'POST']);
  }
  if (path.startsWith(`${CAMPAIGNS_PATH}/`)) {
    const rest = path.slice(CAMPAIGNS_PATH.length + 1);
    if (rest.includes('/')) return routeNotFound(method, path);
    const id = decode(rest);
    if (method === 'GET') return getCampaign(req, ctx, id);
    if (method === 'PATCH') return updateCampaign(req, ctx, id);
    if (method === 'DELETE') return deleteCampaign(req, ctx, id);
    return methodNotAllowed(method, path, ['GET', 'PATCH', 'DELETE']);
  }
  return routeNotFound(method, path);
}
