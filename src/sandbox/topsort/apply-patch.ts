/**
 * How an accepted PATCH changes a stored campaign.
 *
 * Quirk: "If the start date is in the past, it will be set to the current date" — a past
 * `startDate` (an unchanged resend of a started campaign's start included) is stored as now.
 */
import type { CampaignPatch } from './update-model.js';
import { SEGMENT_CONFIGS, type BudgetInput, type SegmentConfig } from './models.js';
import { formatInstant, instantOf, type BudgetRead, type CampaignRead, type SegmentConfigRead } from './read-shape.js';

/** A past start becomes now; a future one is kept. */
export function clampStart(start: Date, now: Date): Date {
  return start.getTime() < now.getTime() ? now : start;
}

/** The instants the date rule compares: the clamped new start (or the stored one) and the end. */
export function patchedDates(current: CampaignRead, patch: CampaignPatch, now: Date): { start: Date; end: Date } {
  const start = patch.startDate ? clampStart(patch.startDate, now) : new Date(instantOf(current.startDate));
  const end = patch.endDate ?? new Date(instantOf(current.endDate));
  return { start, end };
}

/**
 * Budget update: `amount` and `type` merge into the stored budget; the spend figures stay and
 * `amountRemaining` follows the new amount. Assumed: remaining = max(0, amount − used).
 */
export function mergeBudget(current: BudgetRead | null, b: BudgetInput): BudgetRead {
  const amount = b.amount ?? current?.amount ?? 0;
  const amountUsed = current?.amountUsed ?? 0;
  return {
    amount,
    amountRemaining: Math.max(0, amount - amountUsed),
    amountCarryover: current?.amountCarryover ?? 0,
    amountUsed,
    type: b.type ?? current?.type ?? 'daily',
  };
}

/**
 * Assumed: a segment config merges one level deep — `isActive` or the list left out keeps its
 * stored value; a list sent replaces the stored list whole.
 */
export function mergeSegmentConfig(current: SegmentConfigRead | null, patch: SegmentConfig, listKey: string): SegmentConfigRead {
  const storedItems = current?.[listKey];
  return {
    isActive: patch.isActive ?? current?.isActive ?? false,
    [listKey]: patch.items ?? (Array.isArray(storedItems) ? storedItems : []),
  };
}

export function applyPatch(current: CampaignRead, patch: CampaignPatch, now: Date): CampaignRead {
  const next: CampaignRead = structuredClone(current);
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.budget !== undefined) next.budget = mergeBudget(current.budget, patch.budget);
  if (patch.startDate !== undefined) next.startDate = formatInstant(clampStart(patch.startDate, now));
  if (patch.endDate !== undefined) next.endDate = formatInstant(patch.endDate);
  if (patch.isActive !== undefined) next.isActive = patch.isActive;
  if (patch.isSmart !== undefined) next.isSmart = patch.isSmart;
  if (patch.campaignType !== undefined) next.campaignType = patch.campaignType;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.statusUpdatedBy !== undefined) next.statusUpdatedBy = patch.statusUpdatedBy;
  if (patch.isAutoTrigger !== undefined) next.isAutoTrigger = patch.isAutoTrigger;
  if (patch.targetRoas !== undefined) next.targetRoas = patch.targetRoas;
  if (patch.externalCampaignId !== undefined) next.externalCampaignId = patch.externalCampaignId;
  if (patch.chargeType !== undefined) next.chargeType = patch.chargeType;
  if (patch.autobiddingObjective !== undefined) next.autobiddingObjective = patch.autobiddingObjective;
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    const sent = patch.segmentConfigs[field];
    if (sent) next[field] = mergeSegmentConfig(current[field], sent, listKey);
  }
  return next;
}
