/**
 * The live campaign in the spec's shape (`toSpec`) and the desired spec in the same canonical form
 * (`canonical`), so that the engine's field-by-field comparison only sees real differences:
 * - dates are read as UTC with milliseconds (`2026-11-27T15:00:00.000Z`) whatever offset was written:
 *   both sides become that form, compared as instants;
 * - `discount` and `gift` are written at the top level but read under `voucher`: taken from there
 *   (the campaign-level dates and validity are also copied into `voucher`: only the top-level ones count);
 *   the create-only `voucher` holds only `code_config`, `redemption` and `loyalty_card` (a spec names
 *   some of their keys; the vendor fills in the rest, e.g. `length` and `charset` beside a pattern);
 * - days of the week are a set: sorted on both sides; `HH:mm:ss` times with zero seconds read as `HH:mm`;
 * - `category` is the name; a list item without it takes it from `categories[0]`;
 * - the write-only fields (`unset_metadata_fields`, `access_settings`, `options`) are never read back;
 *   `canonical` keeps them (the engine compares them with the last-applied record);
 * - `metadata` merges on update: only the keys the spec names are compared (extra live keys are not
 *   drift); `metadataEquals` makes a nested object value compare whole, as the merge replaces it whole.
 * `creation_status` / `vouchers_generation_status` (MODIFYING after every PUT) are not spec fields, so
 * they never show as drift.
 */
import { jsonEqual } from '../../engine/canonical-json.js';
import type { VoucherifySpec } from '../../generated/voucherify.js';
import { isJsonObject } from '../../json/guards.js';
import { canonicalInstant as inUtc } from '../kit/instants.js';
import { readCampaign, type Json } from './wire-types.js';

/** A date-time as the vendor reads it (UTC, milliseconds); text that is not one is kept as it is. */
export function canonicalInstant(v: unknown): unknown {
  return inUtc(v, 'millisecond', 'strict', { fixedMillis: true }) ?? v;
}

/** `HH:mm:00` → `HH:mm`; anything else unchanged. */
function canonicalTime(v: unknown): unknown {
  return typeof v === 'string' && /^\d{2}:\d{2}:00$/.test(v) ? v.slice(0, 5) : v;
}

const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6;

/** Days of the week as a sorted set; undefined when the value is not a list of days. */
function canonicalDays(v: unknown): number[] | undefined {
  if (!Array.isArray(v) || !v.every(isDay)) return undefined;
  return [...new Set(v)].sort((a, b) => a - b);
}

function canonicalHours(v: unknown): unknown {
  if (!isJsonObject(v)) return undefined;
  if (!Array.isArray(v.daily)) return { ...v };
  return {
    ...v,
    daily: v.daily.map((p: unknown) => {
      if (!isJsonObject(p)) return p;
      const days = canonicalDays(p.days_of_week);
      return {
        ...p,
        start_time: canonicalTime(p.start_time),
        expiration_time: canonicalTime(p.expiration_time),
        ...(days ? { days_of_week: days } : {}),
      };
    }),
  };
}

/** Fields read back under the same name and in the same shape as written. */
const AS_READ = [
  'name',
  'campaign_type',
  'type',
  'description',
  'category_id',
  'activity_duration_after_publishing',
  'active',
  'join_once',
  'auto_join',
  'metadata',
  'referral_program',
  'loyalty_tiers_expiration',
] as const;

/** The parts of `voucher` only the create call sets (`code_config`, `redemption`, `loyalty_card`), read back as written. */
const CREATE_ONLY_VOUCHER = ['code_config', 'redemption', 'loyalty_card'] as const;

/** The live campaign in the spec's shape. */
export function toSpec(raw: Json): Record<string, unknown> {
  const c = readCampaign(raw);
  const out: Record<string, unknown> = {};
  for (const k of AS_READ) if (c[k] !== undefined) out[k] = c[k];

  const category = c.category ?? c.categories?.[0]?.name;
  if (category !== undefined) out.category = category;

  for (const k of ['start_date', 'expiration_date'] as const) {
    if (c[k] !== undefined) out[k] = canonicalInstant(c[k]);
  }
  if (c.validity_timeframe) out.validity_timeframe = c.validity_timeframe;
  const days = canonicalDays(c.validity_day_of_week);
  if (days) out.validity_day_of_week = days;
  const hours = canonicalHours(c.validity_hours);
  if (hours !== undefined) out.validity_hours = hours;

  const discount = c.voucher?.discount ?? c.discount;
  if (discount) out.discount = discount;
  const gift = c.voucher?.gift ?? c.gift;
  if (gift) out.gift = gift;
  const made = CREATE_ONLY_VOUCHER.filter((k) => c.voucher?.[k] !== undefined).map((k) => [k, c.voucher?.[k]]);
  if (made.length > 0) out.voucher = Object.fromEntries(made);
  return out;
}

/** The desired spec in toSpec's form; every key is kept (write-only ones too, for the engine). */
export function canonical(spec: VoucherifySpec): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec };
  for (const k of ['start_date', 'expiration_date'] as const) {
    if (spec[k] !== undefined) out[k] = canonicalInstant(spec[k]);
  }
  if (spec.validity_day_of_week !== undefined) {
    out.validity_day_of_week = canonicalDays(spec.validity_day_of_week) ?? spec.validity_day_of_week;
  }
  if (spec.validity_hours !== undefined) out.validity_hours = canonicalHours(spec.validity_hours);
  return out;
}

/**
 * Metadata merges key by key and a key's value is replaced whole, so a desired key differs when its
 * whole value does. The engine's default recursion into nested objects would miss a live nested key
 * the YAML does not hold; only then this says "different" (else the default, which names the key).
 */
export function metadataEquals(want: unknown, have: unknown): boolean | undefined {
  if (!isJsonObject(want)) return undefined;
  const live = isJsonObject(have) ? have : {};
  for (const [k, v] of Object.entries(want)) {
    if (!jsonEqual(v, live[k] ?? null) && subsetEqual(v, live[k])) return false;
  }
  return undefined;
}

/** The engine's own comparison: objects recurse into the wanted keys, absent equals null. */
function subsetEqual(want: unknown, have: unknown): boolean {
  if (isJsonObject(want) && isJsonObject(have)) return Object.keys(want).every((k) => subsetEqual(want[k], have[k]));
  return jsonEqual(want, have === undefined ? null : have);
}
