/**
 * Applying an accepted PUT to the stored campaign. Partial: only the fields sent change.
 * - `metadata` MERGES into the live metadata; keys go only through `unset_metadata_fields` (applied after
 *   the merge — assumed order).
 * - dates are stored and returned in UTC with milliseconds; the campaign-level validity fields are mirrored
 *   into `voucher` (responses carry them twice, see the docs' examples).
 * - `discount` and `gift` are stored under `voucher` (the read shape), not at the top level.
 * - `updated_at` is set on every accepted write; `created_at` is kept.
 */
import type { FakeContext, FakeResponse } from '../fake.js';
import { accessChange, applyAccessChange } from './access.js';
import { resolveCategory, setCategory } from './categories.js';
import { toVendorDate } from './dates.js';
import { normaliseDiscount, normaliseGift } from './discount.js';
import { clone, isObject, type JsonObject } from './json.js';

const COPIED = [
  'description',
  'activity_duration_after_publishing',
  'join_once',
  'auto_join',
  'type',
  'referral_program',
  'loyalty_tiers_expiration',
];
const VALIDITY = ['validity_timeframe', 'validity_day_of_week', 'validity_hours'];

/** Resolves references (404s) first, then changes `campaign` in place. */
export function applyUpdate(campaign: JsonObject, body: JsonObject, ctx: FakeContext): FakeResponse | undefined {
  const category = resolveCategory(ctx.state, body);
  if (category && 'status' in category) return category;
  const access = body.access_settings !== undefined ? accessChange(ctx.state, body.access_settings) : undefined;
  if (access && 'status' in access) return access;

  const now = toVendorDate(ctx.now());
  const voucher = isObject(campaign.voucher) ? campaign.voucher : undefined;
  for (const key of COPIED) if (body[key] !== undefined) campaign[key] = clone(body[key]);
  for (const key of ['start_date', 'expiration_date']) {
    if (typeof body[key] !== 'string') continue;
    campaign[key] = toVendorDate(Date.parse(body[key]));
    if (voucher) voucher[key] = campaign[key];
  }
  for (const key of VALIDITY) {
    if (body[key] === undefined) continue;
    campaign[key] = clone(body[key]);
    if (voucher) voucher[key] = clone(body[key]);
  }
  if (isObject(body.metadata) || Array.isArray(body.unset_metadata_fields)) {
    const metadata = {
      ...(isObject(campaign.metadata) ? campaign.metadata : {}),
      ...(isObject(body.metadata) ? clone(body.metadata) : {}),
    };
    for (const key of Array.isArray(body.unset_metadata_fields) ? body.unset_metadata_fields : []) delete metadata[String(key)];
    campaign.metadata = metadata;
  }
  if (category) setCategory(campaign, category);
  if (isObject(body.discount)) voucherOf(campaign).discount = normaliseDiscount(body.discount);
  if (isObject(body.gift)) voucherOf(campaign).gift = normaliseGift(body.gift);
  if (access) applyAccessChange(campaign, access, now, ctx.random);
  campaign.updated_at = now;
  inReadOrder(campaign);
  return undefined;
}

/** The campaign's `voucher` (created when a hand-made state lacks it). */
function voucherOf(campaign: JsonObject): JsonObject {
  if (!isObject(campaign.voucher)) campaign.voucher = {};
  return campaign.voucher as JsonObject;
}

/** The docs' key order (cosmetic, but a fresh `updated_at` belongs after `created_at`, not last). */
const ORDER = [
  'id',
  'name',
  'description',
  'campaign_type',
  'type',
  'voucher',
  'auto_join',
  'join_once',
  'use_voucher_metadata_schema',
  'start_date',
  'expiration_date',
  'validity_timeframe',
  'validity_day_of_week',
  'validity_hours',
  'activity_duration_after_publishing',
  'vouchers_count',
  'active',
  'metadata',
  'created_at',
  'updated_at',
  'category',
  'creation_status',
  'vouchers_generation_status',
  'protected',
  'validation_rules_assignments',
  'category_id',
  'categories',
  'object',
];

export function inReadOrder(campaign: JsonObject): void {
  const rank = (k: string): number => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  const entries = Object.entries(campaign).sort(([a], [b]) => rank(a) - rank(b));
  for (const [k] of entries) delete campaign[k];
  for (const [k, v] of entries) campaign[k] = v;
}
