/**
 * What `PUT /v1/campaigns/{id}` takes, per campaign type (the OpenAPI's CampaignsUpdateRequestBody
 * oneOf). The vendor SILENTLY IGNORES anything else — `name`, `campaign_type`, `active`, or e.g. `gift`
 * on a coupon campaign — so sending it would change nothing and the next plan would want it again.
 */
import type { CampaignType } from './wire-types.js';

/** CampaignsUpdateBase: every campaign type, PROMOTION included. */
const BASE = [
  'start_date',
  'expiration_date',
  'validity_timeframe',
  'validity_day_of_week',
  'validity_hours',
  'description',
  'category',
  'category_id',
  'metadata',
  'unset_metadata_fields',
  'access_settings',
] as const;

/** CampaignsUpdateCouponCampaignBase: the campaign types with codes. */
const COUPON = [...BASE, 'activity_duration_after_publishing', 'join_once', 'auto_join', 'type'] as const;

export const PUT_FIELDS: Readonly<Record<CampaignType, readonly string[]>> = {
  DISCOUNT_COUPONS: [...COUPON, 'discount'],
  REFERRAL_PROGRAM: [...COUPON, 'discount', 'referral_program'],
  GIFT_VOUCHERS: [...COUPON, 'gift'],
  LOYALTY_PROGRAM: [...COUPON, 'loyalty_tiers_expiration', 'options'],
  PROMOTION: [...BASE],
};

/** Spec fields that no PUT changes: `active` has its own calls, the others are checked only. */
export const NOT_PUT = new Set(['active', 'name', 'campaign_type']);

/** Spec fields only the create call takes (`x-create-only`): no update can change them once the campaign exists. */
export const CREATE_ONLY = new Set(['voucher', 'vouchers_count']);
