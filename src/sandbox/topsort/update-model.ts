/**
 * The PATCH body model ("Public Campaign Update Request Body"): every field optional and nullable.
 *
 * Assumed, null: the docs make every field `… | null` without saying what null does. The fake
 * treats null as "clear" for the fields the read model itself can hold as null (statusUpdatedBy,
 * targetRoas, externalCampaignId, autobiddingObjective) and as "leave unchanged" for all others.
 *
 * Assumed, extras: fields outside the model are ignored, as FastAPI/pydantic do by default. That
 * includes the create-only fields `adFormat`, `walletId`, `vendorId`, `promotionType`, `bids`:
 * a PATCH carrying them answers 200 and changes none of them.
 */
import {
  budget,
  CHARGE_TYPES,
  OBJECTIVES,
  productIds,
  rejectionReason,
  REVIEW_STATUSES,
  SEGMENT_CONFIGS,
  segmentConfig,
  type BudgetInput,
  type ChargeType,
  type Objective,
  type RejectionReason,
  type ReviewStatus,
  type SegmentConfig,
  type SegmentConfigField,
} from './models.js';
import { bool, dateTime, dict, Issues, num, oneOf, str, uuid } from './validation.js';

export interface CampaignPatch {
  name?: string;
  budget?: BudgetInput;
  startDate?: Date;
  endDate?: Date;
  isActive?: boolean;
  isSmart?: boolean;
  campaignType?: 'autobidding';
  status?: ReviewStatus;
  statusUpdatedBy?: string | null;
  isAutoTrigger?: boolean;
  targetRoas?: number | null;
  externalCampaignId?: string | null;
  segmentConfigs: Partial<Record<SegmentConfigField, SegmentConfig>>;
  chargeType?: ChargeType;
  autobiddingObjective?: Objective | null;
  productIds?: string[];
  bannerAdRejectionReason?: RejectionReason;
}

const CLEARABLE = ['statusUpdatedBy', 'targetRoas', 'externalCampaignId', 'autobiddingObjective'] as const;

/** Parses the body into `issues` (loc `["body", …]`); the patch holds only the valid fields. */
export function parsePatch(raw: unknown, issues: Issues): CampaignPatch {
  const patch: CampaignPatch = { segmentConfigs: {} };
  const body = dict(raw, ['body'], issues);
  if (!body) return patch;
  const given = (key: string): boolean => body[key] !== undefined && body[key] !== null;
  const at = (key: string): (string | number)[] => ['body', key];

  for (const key of CLEARABLE) if (body[key] === null) patch[key] = null;

  if (given('name')) patch.name = str(body.name, at('name'), issues, 1);
  if (given('budget')) patch.budget = budget(body.budget, at('budget'), issues, false);
  if (given('startDate')) patch.startDate = dateTime(body.startDate, at('startDate'), issues);
  if (given('endDate')) patch.endDate = dateTime(body.endDate, at('endDate'), issues);
  if (given('isActive')) patch.isActive = bool(body.isActive, at('isActive'), issues);
  if (given('isSmart')) patch.isSmart = bool(body.isSmart, at('isSmart'), issues);
  // Only `autobidding` is in the update enum: "Can only be updated to autobidding".
  if (given('campaignType')) patch.campaignType = oneOf(body.campaignType, at('campaignType'), issues, ['autobidding'] as const);
  if (given('status')) patch.status = oneOf(body.status, at('status'), issues, REVIEW_STATUSES);
  if (given('statusUpdatedBy')) patch.statusUpdatedBy = uuid(body.statusUpdatedBy, at('statusUpdatedBy'), issues);
  if (given('isAutoTrigger')) patch.isAutoTrigger = bool(body.isAutoTrigger, at('isAutoTrigger'), issues);
  if (given('targetRoas')) patch.targetRoas = num(body.targetRoas, at('targetRoas'), issues, { ge: 0.5, le: 20 });
  if (given('externalCampaignId')) patch.externalCampaignId = str(body.externalCampaignId, at('externalCampaignId'), issues);
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    if (given(field)) patch.segmentConfigs[field] = segmentConfig(body[field], at(field), issues, listKey);
  }
  if (given('chargeType')) patch.chargeType = oneOf(body.chargeType, at('chargeType'), issues, CHARGE_TYPES);
  if (given('autobiddingObjective')) {
    patch.autobiddingObjective = oneOf(body.autobiddingObjective, at('autobiddingObjective'), issues, OBJECTIVES);
  }
  if (given('productIds')) patch.productIds = productIds(body.productIds, at('productIds'), issues);
  if (given('bannerAdRejectionReason')) {
    patch.bannerAdRejectionReason = rejectionReason(body.bannerAdRejectionReason, at('bannerAdRejectionReason'), issues);
  }
  return patch;
}
