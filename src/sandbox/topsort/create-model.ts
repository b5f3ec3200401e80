/**
 * The POST body model (Create Campaign). `name` and `bids` (at least one) are required; the rest
 * is optional. Fields the create page does not show (`isSmart`, `autobiddingObjective`,
 * `statusUpdatedBy`, `exclusivityPrice`) are extras and ignored, as pydantic does by default.
 * Assumed: an explicit null on an optional create field means "not given".
 */
import {
  budget,
  CAMPAIGN_TYPES,
  CHARGE_TYPES,
  CREATE_AD_FORMATS,
  productIds,
  REVIEW_STATUSES,
  SEGMENT_CONFIGS,
  segmentConfig,
  type BudgetInput,
  type CampaignType,
  type ChargeType,
  type ReviewStatus,
  type SegmentConfig,
  type SegmentConfigField,
} from './models.js';
import { bool, dateTime, dict, Issues, list, num, oneOf, str, uuid, type Loc } from './validation.js';

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

/**
 * Assumed: a bid is only checked to be an object; bids are counted (`bidCount`) and otherwise
 * managed through the bids sub-resource, which this fake does not serve.
 */
function bids(v: unknown, loc: Loc, issues: Issues): number | undefined {
  const items = list(v, loc, issues, { minItems: 1 });
  if (!items) return undefined;
  const ok = items.map((item, i) => dict(item, [...loc, i], issues) !== undefined);
  return ok.every(Boolean) ? items.length : undefined;
}

export function parseCreate(raw: unknown, issues: Issues): CampaignCreate {
  const c: CampaignCreate = { segmentConfigs: {} };
  const body = dict(raw, ['body'], issues);
  if (!body) return c;
  const given = (key: string): boolean => body[key] !== undefined && body[key] !== null;
  const at = (key: string): Loc => ['body', key];

  if (required(body, 'name', issues)) c.name = str(body.name, at('name'), issues, 1);
  if (required(body, 'bids', issues)) c.bidCount = bids(body.bids, at('bids'), issues);
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
  if (given('productIds')) c.productIds = productIds(body.productIds, at('productIds'), issues, undefined);
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    if (given(field)) c.segmentConfigs[field] = segmentConfig(body[field], at(field), issues, listKey);
  }
  if (given('walletId')) c.walletId = uuid(body.walletId, at('walletId'), issues);
  return c;
}
