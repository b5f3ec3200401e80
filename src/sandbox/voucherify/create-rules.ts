/**
 * What `POST /v1/campaigns` takes (CampaignsCreateRequestBody, oneOf by `campaign_type`) and refuses.
 *
 * Documented: the type's voucher part is required ("Property 'discount' is required for REFERRAL_PROGRAM
 * campaign", 400 `invalid_campaign`); `validation_rules` holds at most one id; names are unique (409, see
 * create.ts). Assumed: `name` and `campaign_type` are required too (the spec marks nothing required at the
 * top level, but a campaign without them cannot exist); `type` defaults to AUTO_UPDATE; `active` (present
 * in the docs' promotion example though not in the schema) is taken and defaults to true. Unknown
 * properties are ignored, as on update.
 *
 * Documented for `type`: STANDALONE ("a single voucher for public use") is "only for discount and gift
 * card campaigns": refused for the other types (assumed: with `invalid_campaign_params`, REFERRAL_PROGRAM
 * included, whose codes are one per referrer). Documented for a loyalty card's `expiration_rules`:
 * MONTH requires `period_value`, FIXED_DAY_OF_YEAR `fixed_month` and `fixed_day`; assumed:
 * PARTICULAR_MONTH rounding requires `rounding_value` (the docs' example rounds to END_OF_YEAR without it).
 * A gift card campaign's `voucher.gift` needs `amount` only (discount.ts: `giftOnCreate`).
 */
import type { FakeResponse } from '../fake.js';
import {
  all,
  arrayOf,
  boolean,
  type Check,
  dateTime,
  duration,
  integer,
  nonEmptyString,
  nullable,
  number,
  object,
  oneOf,
  type Props,
  required,
  string,
} from './checks.js';
import { parseDateTime } from './dates.js';
import { discount, giftOnCreate } from './discount.js';
import { invalidCampaign, invalidParams } from './errors.js';
import { isObject, type JsonObject } from './json.js';
import { referralProgram } from './programs.js';
import { validityDayOfWeek, validityHours, validityTimeframe } from './validity.js';

export const CAMPAIGN_TYPES = ['DISCOUNT_COUPONS', 'REFERRAL_PROGRAM', 'GIFT_VOUCHERS', 'LOYALTY_PROGRAM', 'PROMOTION'] as const;

const ids: Check = object({ areas_ids: arrayOf(string), area_stores_ids: arrayOf(string), area_all_stores_ids: arrayOf(string) });
const codeConfig = object({ length: number(1), charset: nonEmptyString, prefix: string, postfix: string, pattern: nonEmptyString });
const redemption = object({ quantity: nullable(integer(0)) });

const BASE: Props = {
  name: required(nonEmptyString),
  campaign_type: required(oneOf(CAMPAIGN_TYPES)),
  description: string,
  type: oneOf(['AUTO_UPDATE', 'STATIC', 'STANDALONE']),
  join_once: boolean,
  auto_join: boolean,
  use_voucher_metadata_schema: boolean,
  vouchers_count: integer(0),
  start_date: dateTime,
  expiration_date: dateTime,
  validity_timeframe: validityTimeframe,
  validity_day_of_week: validityDayOfWeek,
  validity_hours: validityHours,
  activity_duration_after_publishing: duration,
  category_id: nonEmptyString,
  category: nonEmptyString,
  metadata: object({}),
  access_settings: object({ assign: ids, unassign: ids }),
  active: boolean,
  validation_rules: arrayOf(string, 0, 1),
};

const tier = object({
  name: required(nonEmptyString),
  banner: string,
  action: object({ discount }),
  metadata: object({}),
  active: boolean,
  start_date: dateTime,
  expiration_date: dateTime,
  validation_rules: arrayOf(string, 0, 1),
});

const expirationRules = object({
  period_type: required(oneOf(['FIXED_DAY_OF_YEAR', 'MONTH'])),
  period_value: integer(1),
  rounding_type: oneOf(['END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_HALF_YEAR', 'END_OF_YEAR', 'PARTICULAR_MONTH']),
  rounding_value: integer(),
  fixed_month: integer(1, 12),
  fixed_day: integer(1, 31),
});

/** The fields each period or rounding type names as required. */
const EXPIRATION_NEEDS: readonly [string, string, readonly string[]][] = [
  ['period_type', 'MONTH', ['period_value']],
  ['period_type', 'FIXED_DAY_OF_YEAR', ['fixed_month', 'fixed_day']],
  ['rounding_type', 'PARTICULAR_MONTH', ['rounding_value']],
];

const loyaltyCard = all(object({ points: required(integer(0)), expiration_rules: expirationRules }), (v, p) => {
  const rules = isObject(v) && isObject(v.expiration_rules) ? v.expiration_rules : undefined;
  if (!rules) return undefined;
  for (const [field, value, needs] of EXPIRATION_NEEDS) {
    const missing = rules[field] === value ? needs.find((k) => rules[k] === undefined) : undefined;
    if (missing) return `Property '${p}.expiration_rules.${missing}' is required when '${field}' is ${value}`;
  }
  return undefined;
});

/** The voucher part each type needs: its `voucher.type` and the required detail. */
export const VOUCHER_OF: Readonly<Record<string, { type: string; detail: string; check: Check } | undefined>> = {
  DISCOUNT_COUPONS: { type: 'DISCOUNT_VOUCHER', detail: 'discount', check: discount },
  REFERRAL_PROGRAM: { type: 'DISCOUNT_VOUCHER', detail: 'discount', check: discount },
  GIFT_VOUCHERS: { type: 'GIFT_VOUCHER', detail: 'gift', check: giftOnCreate },
  LOYALTY_PROGRAM: { type: 'LOYALTY_CARD', detail: 'loyalty_card', check: loyaltyCard },
  PROMOTION: undefined,
};

/** "STANDALONE: … a single voucher for public use (only for discount and gift card campaigns)". */
const STANDALONE_TYPES: readonly string[] = ['DISCOUNT_COUPONS', 'GIFT_VOUCHERS'];

/** undefined when the body is acceptable, else the vendor's 400. */
export function createRuleViolation(body: JsonObject): FakeResponse | undefined {
  if (body.name === undefined) return invalidCampaign("Property 'name' is required");
  if (body.campaign_type === undefined) return invalidCampaign("Property 'campaign_type' is required");
  const shape = object(BASE)(body, '');
  if (shape) return invalidParams(shape);
  const type = typeof body.campaign_type === 'string' ? body.campaign_type : '';
  if (body.type === 'STANDALONE' && !STANDALONE_TYPES.includes(type)) {
    return invalidParams(`Property 'type' STANDALONE is available only for DISCOUNT_COUPONS and GIFT_VOUCHERS campaigns, not ${type}`);
  }
  const voucher = VOUCHER_OF[type];
  if (voucher) {
    const v = isObject(body.voucher) ? body.voucher : {};
    if (v[voucher.detail] === undefined) return invalidCampaign(`Property '${voucher.detail}' is required for ${type} campaign`);
    const e = object({ type: oneOf([voucher.type]), [voucher.detail]: voucher.check, code_config: codeConfig, redemption })(v, 'voucher');
    if (e) return invalidParams(e);
  }
  if (type === 'REFERRAL_PROGRAM' && body.referral_program !== undefined) {
    const e = referralProgram(body.referral_program, 'referral_program');
    if (e) return invalidParams(e);
  }
  if (type === 'PROMOTION' && body.promotion !== undefined) {
    const e = object({ tiers: nullable(arrayOf(tier)) })(body.promotion, 'promotion');
    if (e) return invalidParams(e);
  }
  if (body.category !== undefined && body.category_id !== undefined)
    return invalidParams("Pass either 'category' or 'category_id', not both");
  if (body.validity_timeframe !== undefined && body.start_date === undefined) {
    return invalidParams("Property 'start_date' is required when including the validity_timeframe");
  }
  const from = parseDateTime(body.start_date);
  const to = parseDateTime(body.expiration_date);
  if (from !== undefined && to !== undefined && to <= from)
    return invalidParams("Property 'expiration_date' must be later than 'start_date'");
  return undefined;
}
