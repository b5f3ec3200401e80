/**
 * `PATCH /public/v1/campaign-service/campaigns/{campaign-id}`: partial update, answered with the
 * campaign. Order as in FastAPI: path and body model first (one 422 listing every problem), then
 * the lookup (404), then the rules that need the stored campaign (422), then the write.
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { campaignNotFound } from './errors.js';
import { applyPatch, patchedDates } from './apply-patch.js';
import { requestBody } from './body.js';
import { answerOf } from './read-shape.js';
import { checkCampaignTypeSwitch, checkOutcome, externalIdClash } from './rules.js';
import { findCampaign, rememberWriteOnly, storeCampaign } from './store.js';
import { parsePatch } from './update-model.js';
import { Issues, uuid, validationError } from './validation.js';

export function updateCampaign(req: FakeRequest, ctx: FakeContext, rawId: string): FakeResponse {
  const body = requestBody(req);
  if ('status' in body) return body;
  const issues = new Issues();
  const id = uuid(rawId, ['path', 'campaign-id'], issues);
  const patch = parsePatch(body.value, issues);
  if (!issues.ok || id === undefined) return validationError(issues);

  const found = findCampaign(ctx.state, id);
  if (!found) return campaignNotFound(id);
  const current = found.campaign;
  const now = ctx.now();

  if (patch.campaignType !== undefined) checkCampaignTypeSwitch(current, issues);
  const { start, end } = patchedDates(current, patch, now);
  const budgetType = patch.budget?.type ?? current.budget?.type;
  if (patch.budget && !current.budget && (patch.budget.amount === undefined || patch.budget.type === undefined)) {
    // Assumed: a campaign without a budget needs both members to get one.
    issues.missing(['body', 'budget', patch.budget.amount === undefined ? 'amount' : 'type']);
  }
  checkOutcome(
    {
      adFormat: current.adFormat,
      campaignType: patch.campaignType ?? current.campaignType,
      chargeType: patch.chargeType ?? current.chargeType,
      budgetType,
      start,
      end,
    },
    {
      startDate: patch.startDate !== undefined,
      endDate: patch.endDate !== undefined,
      chargeType: patch.chargeType !== undefined,
      budgetType: patch.budget?.type !== undefined,
      productIds: patch.productIds !== undefined,
      autobiddingObjective: typeof patch.autobiddingObjective === 'string',
    },
    issues,
  );
  if (!issues.ok) return validationError(issues);
  const clash = externalIdClash(ctx.state.campaigns, patch.externalCampaignId, current.adFormat, current.campaignId);
  if (clash) return clash;

  const next = applyPatch(current, patch, now);
  storeCampaign(ctx.state, next, found.index);
  rememberWriteOnly(ctx.state, id, {
    ...(patch.productIds ? { productIds: patch.productIds } : {}),
    ...(patch.bannerAdRejectionReason ? { bannerAdRejectionReason: patch.bannerAdRejectionReason } : {}),
  });
  ctx.commit();
  return { status: 200, body: answerOf(next) };
}
