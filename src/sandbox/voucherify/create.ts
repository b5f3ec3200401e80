/**
 * `POST /v1/campaigns`: 200 with the new campaign (as the OpenAPI gives it), 409 `duplicate_found` for a
 * name already used in the project, 404 for an unknown category.
 *
 * Voucher generation is asynchronous: for a campaign with codes and `vouchers_count` > 1 the answer —
 * and every read until the job ends — reads `creation_status`/`vouchers_generation_status` "IN_PROGRESS"
 * and `vouchers_count` 0 (as the docs' create examples do); see generation.ts for when it ends.
 * A gift card campaign's `voucher.gift` is stored as the docs' create answer shows it: `amount` and
 * `effect`, no balance (each card's balance is the server's to compute).
 * Assumed: `code_config` defaults to 8 alphanumerics, and a `pattern` given sets `length` to its `#`
 * count (as the docs' answer shows), a `length` given alone makes the pattern; `redemption.quantity`
 * defaults to null (unlimited); a campaign's `id` is `camp_` + 24 alphanumerics from the seeded randomness.
 */
import type { FakeContext, FakeResponse } from '../fake.js';
import { ALPHANUMERIC, randomChars } from '../kit/ids.js';
import { accessChange, applyAccessChange } from './access.js';
import { resolveCategory, setCategory } from './categories.js';
import { createRuleViolation, VOUCHER_OF } from './create-rules.js';
import { toVendorDate } from './dates.js';
import { normaliseDiscount, normaliseGiftOnCreate } from './discount.js';
import { fail, invalidPayload } from './errors.js';
import { startGeneration } from './generation.js';
import { clone, isObject, type JsonObject } from './json.js';
import { nameTaken } from './project.js';

const VALIDITY = ['validity_timeframe', 'validity_day_of_week', 'validity_hours'];

function voucherFor(type: string, body: JsonObject, dates: JsonObject): JsonObject | undefined {
  const spec = VOUCHER_OF[type];
  if (!spec) return undefined;
  const given = isObject(body.voucher) ? body.voucher : {};
  const detail = isObject(given[spec.detail]) ? (given[spec.detail] as JsonObject) : {};
  const value = spec.detail === 'discount' ? normaliseDiscount(detail) : spec.detail === 'gift' ? normaliseGiftOnCreate(detail) : clone(detail);
  const redemption = isObject(given.redemption) && given.redemption.quantity !== undefined ? given.redemption.quantity : null;
  return {
    type: spec.type,
    [spec.detail]: value,
    redemption: { quantity: redemption },
    code_config: codeConfig(isObject(given.code_config) ? given.code_config : {}),
    is_referral_code: type === 'REFERRAL_PROGRAM',
    ...clone(dates),
  };
}

function codeConfig(given: JsonObject): JsonObject {
  const config: JsonObject = { length: 8, charset: ALPHANUMERIC, ...clone(given) };
  if (typeof config.pattern === 'string') config.length = [...config.pattern].filter((ch) => ch === '#').length;
  else config.pattern = '#'.repeat(Number(config.length));
  return config;
}

export function createCampaign(body: unknown, ctx: FakeContext): FakeResponse {
  if (!isObject(body)) return invalidPayload('The request body must be a JSON object describing the campaign');
  const violation = createRuleViolation(body);
  if (violation) return violation;
  const name = String(body.name);
  if (nameTaken(ctx.state, name)) {
    return fail(409, 'duplicate_found', 'Duplicated resource found', `Duplicated campaign exists with name ${name}`, {
      id: name,
      type: 'campaign',
    });
  }
  const category = resolveCategory(ctx.state, body);
  if (category && 'status' in category) return category;
  const access = body.access_settings !== undefined ? accessChange(ctx.state, body.access_settings) : undefined;
  if (access && 'status' in access) return access;

  const type = String(body.campaign_type);
  const now = toVendorDate(ctx.now());
  const id = `camp_${randomChars(ctx.random, ALPHANUMERIC, 24)}`;
  const dates: JsonObject = {};
  for (const k of ['start_date', 'expiration_date']) if (typeof body[k] === 'string') dates[k] = toVendorDate(Date.parse(body[k]));
  for (const k of VALIDITY) if (body[k] !== undefined) dates[k] = clone(body[k]);
  const campaignType = typeof body.type === 'string' ? body.type : 'AUTO_UPDATE';
  const joinOnce = type === 'LOYALTY_PROGRAM' ? true : campaignType === 'STANDALONE' ? false : body.join_once === true;
  const count = typeof body.vouchers_count === 'number' ? body.vouchers_count : 0;
  const voucher = voucherFor(type, body, dates);

  const campaign: JsonObject = {
    id,
    name,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    campaign_type: type,
    type: campaignType,
    ...(voucher ? { voucher } : {}),
    auto_join: body.auto_join === true,
    join_once: joinOnce,
    use_voucher_metadata_schema: body.use_voucher_metadata_schema === true,
    ...clone(dates),
    ...(typeof body.activity_duration_after_publishing === 'string'
      ? { activity_duration_after_publishing: body.activity_duration_after_publishing }
      : {}),
    vouchers_count: count,
    active: body.active !== false,
    metadata: isObject(body.metadata) ? clone(body.metadata) : {},
    created_at: now,
    creation_status: 'DONE',
    vouchers_generation_status: 'DONE',
    protected: false,
    category_id: null,
    categories: [],
    object: 'campaign',
    ...(type === 'REFERRAL_PROGRAM' && isObject(body.referral_program) ? { referral_program: clone(body.referral_program) } : {}),
    ...(type === 'PROMOTION' ? { promotion: promotionTiers(id, body.promotion, now, ctx.random) } : {}),
    validation_rules_assignments: rulesAssignments(id, body.validation_rules, ctx.random),
  };
  if (category) setCategory(campaign, category);
  if (access) applyAccessChange(campaign, access, now, ctx.random);
  if (voucher && count > 1) startGeneration(ctx.state, campaign, count, ctx.now());
  ctx.state.campaigns.push(campaign);
  ctx.commit();
  return { status: 200, body: clone(campaign) };
}

function promotionTiers(campaignId: string, promotion: unknown, now: string, random: () => number): JsonObject {
  const given = isObject(promotion) && Array.isArray(promotion.tiers) ? promotion.tiers.filter(isObject) : [];
  const tiers = given.map((t, i) => ({
    id: `promo_${randomChars(random, ALPHANUMERIC, 20)}`,
    created_at: now,
    name: t.name,
    ...(typeof t.banner === 'string' ? { banner: t.banner } : {}),
    action: isObject(t.action) ? clone(t.action) : {},
    metadata: isObject(t.metadata) ? clone(t.metadata) : {},
    hierarchy: i + 1,
    campaign_id: campaignId,
    active: t.active !== false,
    object: 'promotion_tier',
  }));
  return { object: 'list', data_ref: 'tiers', tiers, total: tiers.length, has_more: false };
}

function rulesAssignments(campaignId: string, rules: unknown, random: () => number): JsonObject {
  const data = (Array.isArray(rules) ? (rules as unknown[]) : []).map((rule) => ({
    id: `asgm_${randomChars(random, ALPHANUMERIC, 16)}`,
    rule_id: rule,
    related_object_id: campaignId,
    related_object_type: 'campaign',
    object: 'validation_rules_assignment',
  }));
  return { object: 'list', data_ref: 'data', data, total: data.length };
}
