/**
 * The POST body model (Create Campaign). `name` and `bids` (at least one, bid-model.ts) are
 * required; the rest is optional. `productIds` takes 1–200 items, as on update (the create page
 * shows only the upper bound; an empty list associates the assets with nothing). The create
 * example of api.docs.topsort.com also sends `autobiddingObjective`, which is taken as on update.
 * Fields no create page shows (`isSmart`, `statusUpdatedBy`, `bannerAdRejectionReason`,
 * `exclusivityPrice`) are extras and ignored, as pydantic does by default.
 * Assumed: an explicit null on an optional create field means "not given".
 */
import {
  budget,
  CAMPAIGN_TYPES,
  CHARGE_TYPES,
  CREATE_AD_FORMATS,
  OBJECTIVES,
  productIds,
  REVIEW_STATUSES,
  SEGMENT_CONFIGS,
  segmentConfig,
  type BudgetInput,
  type CampaignType,
  type ChargeType,
  type Objective,
  type ReviewStatus,
  type SegmentConfig,
  type SegmentConfigField,
} from './models.js';
import { parseBids } from './bid-model.js';
import { bool, dateTime, dict, Issues, num, oneOf, str, uuid, type Loc } from './validation.js';

export interface CampaignCreate {
  name?: string;
  bidCount?: number;
  campaignType?: CampaignType;
  isActive?: boolean;
  externalCampaignId?: string;
  isAutoTrigger?: boolean;
  startDate?: Date;
  endDate?: Date;
  targetRoas?: number;
  promotionType?: Record<string, unknown>;
  status?: ReviewStatus;
  adFormat?: 'listing' | 'banner';
  budget?: BudgetInput;
  chargeType?: ChargeType;
  autobiddingObjective?: Objective;
  productIds?: string[];
  segmentConfigs: Partial<Record<SegmentConfigField, SegmentConfig>>;
  walletId?: string;
}

function required(body: Record<string, unknown>, key: string, issues: Issues): boolean {
  if (body[key] === undefined) issues.missing(['body', key]);
  else if (body[key] === null) issues.add(['body', key], 'none is not an allowed value', 'type_error.none.not_allowed');
  else return true;
  return false;
}

export function parseCreate(raw: unknown, issues: Issues): CampaignCreate {
  const c: CampaignCreate = { segmentConfigs: {} };
  const body = dict(raw, ['body'], issues);
  if (!body) return c;
  const given = (key: string): boolean => body[key] !== undefined && body[key] !== null;
  const at = (key: string): Loc => ['body', key];

  if (required(body, 'name', issues)) c.name = str(body.name, at('name'), issues, 1);
  // Bids are judged for the format the body asks for (an unknown format is reported below, and its bids judged as listing ones).
  if (required(body, 'bids', issues)) c.bidCount = parseBids(body.bids, at('bids'), issues, body.adFormat === 'banner');
  if (given('campaignType')) c.campaignType = oneOf(body.campaignType, at('campaignType'), issues, CAMPAIGN_TYPES);
  if (given('isActive')) c.isActive = bool(body.isActive, at('isActive'), issues);
  if (given('externalCampaignId')) c.externalCampaignId = str(body.externalCampaignId, at('externalCampaignId'), issues);
  if (given('isAutoTrigger')) c.isAutoTrigger = bool(body.isAutoTrigger, at('isAutoTrigger'), issues);
  if (given('startDate')) c.startDate = dateTime(body.startDate, at('startDate'), issues);
  if (given('endDate')) c.endDate = dateTime(body.endDate, at('endDate'), issues);
  if (given('targetRoas')) c.targetRoas = num(body.targetRoas, at('targetRoas'), issues, { ge: 0.5, le: 20 });
  if (given('promotionType')) c.promotionType = dict(body.promotionType, at('promotionType'), issues);
  if (given('status')) c.status = oneOf(body.status, at('status'), issues, REVIEW_STATUSES);
  if (given('adFormat')) c.adFormat = oneOf(body.adFormat, at('adFormat'), issues, CREATE_AD_FORMATS);
  if (given('budget')) c.budget = budget(body.budget, at('budget'), issues, true);
  if (given('chargeType')) c.chargeType = oneOf(body.chargeType, at('chargeType'), issues, CHARGE_TYPES);
  if (given('autobiddingObjective')) {
    c.autobiddingObjective = oneOf(body.autobiddingObjective, at('autobiddingObjective'), issues, OBJECTIVES);
  }
  if (given('productIds')) c.productIds = productIds(body.productIds, at('productIds'), issues);
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    if (given(field)) c.segmentConfigs[field] = segmentConfig(body[field], at(field), issues, listKey);
  }
  if (given('walletId')) c.walletId = uuid(body.walletId, at('walletId'), issues);
  return c;
}
