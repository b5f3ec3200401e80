/**
 * What `PUT /v1/campaigns/{campaignId}` takes, per campaign type (CampaignsUpdateRequestBody oneOf), and
 * the rules it enforces. Fields a campaign type's body does not list — `name`, `campaign_type`, `active`,
 * `vouchers_count`, `use_voucher_metadata_schema`, `voucher`, `code_config`, `redemption`, and e.g. `gift`
 * on a coupon campaign or `type` on a PROMOTION — are SILENTLY IGNORED, as the docs say ("Even if provided,
 * they will be silently skipped"): the quirk that makes a naive reconciler resend them forever.
 */
import type { FakeResponse } from '../fake.js';
import { arrayOf, boolean, type Check, dateTime, duration, nonEmptyString, nullable, object, oneOf, type Props, string } from './checks.js';
import { parseDateTime } from './dates.js';
import { discount, gift } from './discount.js';
import { invalidParams } from './errors.js';
import { type JsonObject, pick } from './json.js';
import { loyaltyOptions, loyaltyTiersExpiration, referralProgram } from './programs.js';
import { validityDayOfWeek, validityHours, validityTimeframe } from './validity.js';

const ids: Check = object({ areas_ids: arrayOf(string), area_stores_ids: arrayOf(string), area_all_stores_ids: arrayOf(string) });

/** CampaignsUpdateBase: every campaign type, PROMOTION included. */
const BASE: Props = {
  start_date: dateTime,
  expiration_date: dateTime,
  validity_timeframe: validityTimeframe,
  validity_day_of_week: validityDayOfWeek,
  validity_hours: validityHours,
  description: string,
  category: nonEmptyString,
  metadata: object({}),
  unset_metadata_fields: nullable(arrayOf(string)),
  category_id: nonEmptyString,
  access_settings: object({ assign: ids, unassign: ids }),
};

/** CampaignsUpdateCouponCampaignBase: campaigns with codes. */
const COUPON: Props = {
  ...BASE,
  activity_duration_after_publishing: duration,
  join_once: boolean,
  auto_join: boolean,
  type: oneOf(['AUTO_UPDATE', 'STATIC']),
};

export const UPDATE_BODY: Readonly<Record<string, Props>> = {
  DISCOUNT_COUPONS: { ...COUPON, discount },
  REFERRAL_PROGRAM: { ...COUPON, discount, referral_program: referralProgram },
  GIFT_VOUCHERS: { ...COUPON, gift },
  LOYALTY_PROGRAM: { ...COUPON, loyalty_tiers_expiration: loyaltyTiersExpiration, options: loyaltyOptions },
  PROMOTION: BASE,
};

export type Checked = { readonly accepted: JsonObject } | { readonly refused: FakeResponse };

/** The part of a PUT body this campaign takes, checked; or the vendor's 400. */
export function acceptedUpdate(campaign: JsonObject, body: JsonObject): Checked {
  const props = UPDATE_BODY[String(campaign.campaign_type)] ?? BASE;
  const accepted = pick(body, Object.keys(props));
  for (const [k, v] of Object.entries(accepted)) if (v === undefined) delete accepted[k];

  if (accepted.type === 'STANDALONE') return { refused: invalidParams("Property 'type' cannot be changed to STANDALONE") };
  const shape = object(props)(accepted, '');
  if (shape) return { refused: invalidParams(shape) };
  const refused = crossFieldRule(campaign, accepted);
  return refused ? { refused } : { accepted };
}

function crossFieldRule(campaign: JsonObject, body: JsonObject): FakeResponse | undefined {
  if (campaign.type === 'STANDALONE' && body.type !== undefined) {
    return invalidParams("Property 'type' of a STANDALONE campaign cannot be changed");
  }
  // Documented: join_once "is always true for loyalty campaigns and it cannot be changed in them", and
  // always false for generic (standalone) ones. Assumed: a change is refused (400), an unchanged resend accepted.
  if (campaign.campaign_type === 'LOYALTY_PROGRAM' && body.join_once === false) {
    return invalidParams("Property 'join_once' is always true for LOYALTY_PROGRAM campaigns and cannot be changed");
  }
  if (campaign.type === 'STANDALONE' && body.join_once === true) {
    return invalidParams("Property 'join_once' is always false for STANDALONE campaigns and cannot be changed");
  }
  // Documented: "Either pass this parameter OR the category_id". Assumed: both at once is refused.
  if (body.category !== undefined && body.category_id !== undefined) {
    return invalidParams("Pass either 'category' or 'category_id', not both");
  }
  // Documented: "start_date required when including the validity_timeframe". Assumed: a start_date the
  // campaign already has satisfies it.
  const start = body.start_date ?? campaign.start_date;
  if (body.validity_timeframe !== undefined && start === undefined) {
    return invalidParams("Property 'start_date' is required when including the validity_timeframe");
  }
  // Assumed: the campaign must expire after it starts (it is "inactive before" the one and "after" the other).
  const from = parseDateTime(start);
  const to = parseDateTime(body.expiration_date ?? campaign.expiration_date);
  if (from !== undefined && to !== undefined && to <= from && (body.start_date !== undefined || body.expiration_date !== undefined)) {
    return invalidParams("Property 'expiration_date' must be later than 'start_date'");
  }
  return undefined;
}
