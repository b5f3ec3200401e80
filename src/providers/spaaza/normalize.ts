/**
 * Spaaza's campaign object in the spec's shape (`toSpec`), and the spec in the same canonical
 * form (`canonical`), so that the engine's field-by-field comparison sees only real changes.
 *
 * What differs between what Spaaza reads back and what alter-campaign takes:
 * - decimals come back as strings with four decimals (`cashback_ratio: "1.0000"`): numbers, both
 *   sides rounded to Spaaza's four decimals;
 * - date-times read `2025-11-15T10:30:00+00:00` whatever offset was written: both sides become
 *   the UTC instant `2025-11-15T10:30:00Z` (whole seconds: Spaaza keeps no milliseconds);
 * - `active_time_*` are written `HH:MM:SS` and read `HH:MM`: read as `HH:MM:00`, compared to the
 *   minute (`fieldEquals`), and declared lossy so a change in seconds alone is still sent;
 * - `assigned_business_ids` read as `[{id, name}]`: the ids; all `assigned_*` lists are sets
 *   (the schema says uniqueItems), so both sides are sorted;
 * - `allows_end_user_to_claim_voucher` reads back as `allows_user_to_claim_voucher`;
 * - `active` is mirrored by `is_active` (either is read);
 * - `currency_id`/`currency_code` read back as a `currency` object (`{currency_id, currency_code}`,
 *   or `{id, code}` in get-campaign's older sample; the list also has a top-level `currency_id`);
 * - `active_weekdays` is a set of days: sorted both sides ("7,6" = "6,7");
 * - an empty text reads as "" or null: both mean "no text";
 * - `notes` may end with the marker of a campaign campaignctl created (marker.ts): read without it.
 * Anything malformed in a read is dropped (treated as absent) rather than failing the plan.
 */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { FieldCompareContext, VendorObject } from '../runtime.js';
import { isJsonObject } from '../../json/guards.js';
import { formatInstant, readInstant, type Instant } from '../kit/instants.js';
import { withoutMarker } from './marker.js';

type Kind =
  | 'text' // string, "" ≡ null
  | 'notes' // text that may end with campaignctl's marker (marker.ts), read and compared without it
  | 'string' // non-empty string or enum value, compared as is
  | 'bool'
  | 'int'
  | 'decimal'
  | 'datetime'
  | 'time'
  | 'weekdays'
  | 'intSet'
  | 'stringSet'
  | 'currencyId'
  | 'currencyCode';

/** Every spec field (schemas/spaaza.schema.json) and how it is read and compared. */
export const FIELD_KINDS: Readonly<Record<keyof SpaazaSpec, Kind>> = {
  type: 'string',
  title: 'string',
  subtitle: 'text',
  description: 'text',
  subtext: 'text',
  notes: 'notes',
  active: 'bool',
  active_date_from: 'datetime',
  active_date_until: 'datetime',
  active_time_from: 'time',
  active_time_until: 'time',
  active_weekdays: 'weekdays',
  operator_type: 'string',
  currency_id: 'currencyId',
  currency_code: 'currencyCode',
  is_default: 'bool',
  assigned_business_ids: 'intSet',
  assigned_barcodes: 'stringSet',
  assigned_barcodes_earn: 'stringSet',
  assigned_barcodes_spend: 'stringSet',
  assigned_currencies: 'intSet',
  allows_end_user_to_claim_voucher: 'bool',
  allows_unrecognised_items: 'bool',
  created_voucher_claimed_by_default: 'bool',
  voucher_expiry_days: 'int',
  voucher_title: 'text',
  voucher_description: 'text',
  voucher_notes: 'text',
  voucher_text: 'text',
  voucher_image_url: 'text',
  rounding_strategy: 'string',
  rounding_precision: 'int',
  recipient_reward_method: 'string',
  recipient_reward_amount: 'decimal',
  recipient_reward_discount_ratio: 'decimal',
  recipient_campaign_id: 'int',
  cashback_ratio: 'decimal',
  reward_priority: 'int',
  max_reward_quantity: 'int',
  point_cost: 'decimal',
  point_cost_method: 'text',
  point_cost_method_wallet_campaign_id: 'int',
  minimum_basket_total_value: 'decimal',
  minimum_basket_total_value_earn: 'decimal',
  maximum_basket_total_value_earn: 'decimal',
  minimum_basket_total_value_spend: 'decimal',
  maximum_basket_total_value_spend: 'decimal',
  redemption_grace_period: 'int',
  earn_on_promotional_items: 'bool',
  return_reclaims_earned_rewards: 'bool',
  excludes_assignment_matches: 'bool',
  excludes_referred_users: 'bool',
  user_segment_id: 'int',
  excluded_user_segment_id: 'int',
  visible_to_all_user_segments: 'bool',
  owner_code: 'text',
};

export type SpecField = keyof SpaazaSpec;
export const SPEC_FIELDS = Object.keys(FIELD_KINDS) as SpecField[];

/** Spaaza's read name where it differs from the spec's (alter-campaign's) name. */
const READ_ALIASES: Partial<Record<SpecField, readonly string[]>> = {
  active: ['active', 'is_active'],
  allows_end_user_to_claim_voucher: ['allows_end_user_to_claim_voucher', 'allows_user_to_claim_voucher'],
};

/** Fields whose read loses detail: the seconds of the daily window. */
export const LOSSY_FIELDS: readonly SpecField[] = ['active_time_from', 'active_time_until'];

// ---------------------------------------------------------------------------------------------
// Value normalisers: each returns the canonical value, null for "no value", undefined for
// "unreadable" (dropped).

const DECIMALS = 4;
export const roundDecimal = (n: number): number => Math.round(n * 10 ** DECIMALS) / 10 ** DECIMALS;

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

function toInt(v: unknown): number | undefined {
  const n = toNumber(v);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}

function toBool(v: unknown): boolean | undefined {
  if (v === true || v === 1 || v === '1' || v === 'true') return true;
  if (v === false || v === 0 || v === '0' || v === 'false') return false;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A Spaaza date-time as an instant: RFC 3339 with `Z` or an offset, or Spaaza's own
 * `YYYY-MM-DD HH:MM:SS` (and an ISO time without offset), which is UTC as all Spaaza date-times
 * are (kit/instants.ts, `utc` reading).
 */
export function readDatetime(v: unknown): Instant | undefined {
  return readInstant(v, 'utc');
}

function normDatetime(v: unknown): string | null | undefined {
  if (v === null || v === '') return null;
  if (typeof v !== 'string') return undefined;
  // MySQL's zero date is how some backends say "no bound".
  if (/^0000-00-00/.test(v)) return null;
  const i = readDatetime(v);
  // Whole seconds: Spaaza keeps no milliseconds.
  return i === undefined ? undefined : formatInstant(i, 'second');
}

/** `HH:MM` or `HH:MM:SS` (hour may be one digit) → `HH:MM:SS`. */
export function normTime(v: unknown): string | null | undefined {
  if (v === null || v === '') return null;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v.trim());
  if (!m) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return `${pad(h)}:${pad(mi)}:${pad(s)}`;
}

function normWeekdays(v: unknown): string | null | undefined {
  if (v === null || v === '') return null;
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.replace(/\s+/g, '') : undefined;
  if (text === undefined || !/^[1-7](,[1-7])*$/.test(text)) return undefined;
  return [...new Set(text.split(','))].sort().join(',');
}

function normIntSet(v: unknown): number[] | undefined {
  if (v === null) return [];
  if (!Array.isArray(v)) return undefined;
  const out = new Set<number>();
  for (const item of v) {
    // assigned_business_ids read as {id, name}; written as ids.
    const id = toInt(isJsonObject(item) ? item.id : item);
    if (id !== undefined) out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

function normStringSet(v: unknown): string[] | undefined {
  if (v === null) return [];
  if (!Array.isArray(v)) return undefined;
  return [...new Set(v.filter((x): x is string => typeof x === 'string'))].sort();
}

function normText(v: unknown): string | null | undefined {
  if (v === null || v === '') return null;
  return typeof v === 'string' ? v : undefined;
}

function normNotes(v: unknown): string | null | undefined {
  return normText(typeof v === 'string' ? withoutMarker(v) : v);
}

function normValue(kind: Kind, v: unknown): unknown {
  switch (kind) {
    case 'text':
      return normText(v);
    case 'notes':
      return normNotes(v);
    case 'string':
      return v === null ? null : typeof v === 'string' ? v : undefined;
    case 'bool':
      return v === null ? null : toBool(v);
    case 'int':
    case 'currencyId':
      return v === null ? null : toInt(v);
    case 'decimal': {
      if (v === null || v === '') return null;
      const n = toNumber(v);
      return n === undefined ? undefined : roundDecimal(n);
    }
    case 'datetime':
      return normDatetime(v);
    case 'time':
      return normTime(v);
    case 'weekdays':
      return normWeekdays(v);
    case 'intSet':
      return normIntSet(v);
    case 'stringSet':
      return normStringSet(v);
    case 'currencyCode':
      return typeof v === 'string' && /^[A-Za-z]{3}$/.test(v) ? v.toUpperCase() : v === null ? null : undefined;
  }
}

// ---------------------------------------------------------------------------------------------

/** The read value of a spec field, under its own name or Spaaza's read name. */
function readField(raw: VendorObject, field: SpecField): unknown {
  for (const name of READ_ALIASES[field] ?? [field]) {
    if (raw[name] !== undefined) return raw[name];
  }
  return undefined;
}

function readCurrency(raw: VendorObject): { id?: unknown; code?: unknown } {
  const c = isJsonObject(raw.currency) ? raw.currency : {};
  return {
    id: c.currency_id ?? c.id ?? raw.currency_id,
    code: c.currency_code ?? c.code ?? raw.currency_code,
  };
}

/** The live campaign in the spec's shape. Unknown fields are ignored; malformed ones dropped. */
export function toSpec(raw: VendorObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const currency = readCurrency(raw);
  for (const field of SPEC_FIELDS) {
    const kind = FIELD_KINDS[field];
    const value =
      kind === 'currencyId' ? currency.id : kind === 'currencyCode' ? currency.code : readField(raw, field);
    if (value === undefined) continue;
    const norm = normValue(kind, value);
    if (norm !== undefined) out[field] = norm;
  }
  return out;
}

/** The desired spec in toSpec's form. Values the schema lets through unchanged stay as written. */
export function canonical(spec: SpaazaSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(spec)) {
    const kind = FIELD_KINDS[field as SpecField] as Kind | undefined;
    if (kind === undefined) {
      out[field] = value;
      continue;
    }
    // Times keep their seconds here (they are compared to the minute by fieldEquals).
    const norm = normValue(kind, value);
    out[field] = norm === undefined ? value : norm;
  }
  return out;
}

/**
 * `active_time_*` compare to the minute: Spaaza reads `HH:MM` back from a written `HH:MM:SS`.
 * (A change in seconds alone is caught through the last-applied record: they are lossy fields.)
 */
export function fieldEquals(field: string, desired: unknown, live: unknown, _ctx?: FieldCompareContext): boolean | undefined {
  if (field !== 'active_time_from' && field !== 'active_time_until') return undefined;
  const minute = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 5) : null);
  return minute(desired) === minute(live);
}
