/**
 * `GET` and `DELETE /public/v1/campaign-service/campaigns/{campaign-id}`.
 *
 * A malformed uuid is a 422 at `["path", "campaign-id"]` (FastAPI path validation); an unknown or
 * soft-deleted campaign is a 404 in the array shape.
 *
 * Assumed, DELETE: a soft delete (as in 2022): the campaign leaves every read and list (404
 * afterwards) but stays in the state file under `deleted`. The answer is 200 with a JSON `null`
 * body: the 2022 spec documented 200 with an empty schema, i.e. a handler returning nothing.
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { campaignNotFound } from './errors.js';
import { answerOf } from './read-shape.js';
import { findCampaign, softDelete } from './store.js';
import { Issues, uuid, validationError } from './validation.js';

export function getCampaign(_req: FakeRequest, ctx: FakeContext, rawId: string): FakeResponse {
  const issues = new Issues();
  const id = uuid(rawId, ['path', 'campaign-id'], issues);
  if (id === undefined) return validationError(issues);
  const found = findCampaign(ctx.state, id);
  return found ? { status: 200, body: answerOf(found.campaign) } : campaignNotFound(id);
}

export function deleteCampaign(_req: FakeRequest, ctx: FakeContext, rawId: string): FakeResponse {
  const issues = new Issues();
  const id = uuid(rawId, ['path', 'campaign-id'], issues);
  if (id === undefined) return validationError(issues);
  const found = findCampaign(ctx.state, id);
  if (!found) return campaignNotFound(id);
  softDelete(ctx.state, found.index);
  ctx.commit();
  return { status: 200, body: null };
}
