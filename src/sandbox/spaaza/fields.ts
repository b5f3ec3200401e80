/**
 * The campaign parameters add-campaign and alter-campaign take, with their types and bounds,
 * and the parser that turns a request body into checked values (or the first invalid one,
 * answered with error 419 `parameter_invalid`).
 *
 * Bounds follow schemas/spaaza.schema.json, which names each field as the API does; where that
 * schema marks a bound `x-assumed`, the fake assumes it too (e.g. rounding_precision 0–4,
 * voucher_expiry_days ≥ 1, recipient_reward_discount_ratio 0–1).
 * Assumed: parameters Spaaza does not take (read-only fields such as `is_active`, `currency`,
 * `created_date`, the read-side name `allows_user_to_claim_voucher`, unknown names) are ignored
 * silently, as a form-driven RPC API does; they change nothing.
 */
import { isClear, toBool, toInstant, toInt, toList, toNumber, toTime, type Coerced } from './coerce.js';

type Field =
  | { readonly kind: 'string'; readonly nullable: boolean }
  | { readonly kind: 'bool' }
  | { readonly kind: 'int'; readonly min: number; readonly max?: number; readonly nullable: boolean }
  | { readonly kind: 'number'; readonly min: number; readonly max?: number; readonly nullable: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'pattern'; readonly re: RegExp; readonly nullable: boolean }
  | { readonly kind: 'datetime' }
  | { readonly kind: 'time' }
  | { readonly kind: 'intList' }
  | { readonly kind: 'stringList' };

const str = (nullable = true): Field => ({ kind: 'string', nullable });
const bool: Field = { kind: 'bool' };
const int = (min: number, nullable = true, max?: number): Field => ({ kind: 'int', min, nullable, ...(max !== undefined ? { max } : {}) });
const num = (min: number, nullable = true, max?: number): Field => ({ kind: 'number', min, nullable, ...(max !== undefined ? { max } : {}) });
const METHOD = /^[a-z][a-z_]*$/;

/**
 * add-campaign's twenty documented types, plus `composable`. Assumed: the composable-campaign page
 * configures a campaign of `type: "composable"` that it does not create any other way, so
 * add-campaign takes that type too (campaignctl's schema assumes the same).
 */
export const CAMPAIGN_TYPES = [
  'basket', 'birthday', 'cashback', 'competition', 'composable', 'content', 'interaction', 'item_purchase_count', 'login',
  'loyalty', 'matching_item', 'mobile_content', 'points_wallet', 'product', 'profile_completion', 'progress',
  'purchase_count', 'referral', 'signup', 'subscription', 'wallet',
] as const;

/** Writable on add-campaign and alter-campaign (type, chain_id and business_id are handled by the routes). */
export const FIELDS: Readonly<Record<string, Field>> = {
  title: str(false),
  subtitle: str(),
  description: str(),
  subtext: str(),
  notes: str(),
  active: bool,
  active_date_from: { kind: 'datetime' },
  active_date_until: { kind: 'datetime' },
  active_time_from: { kind: 'time' },
  active_time_until: { kind: 'time' },
  // Assumed: ISO day numbers 1 (Monday) to 7 (Sunday), comma-separated; the docs show only "7".
  active_weekdays: { kind: 'pattern', re: /^[1-7](,[1-7]){0,6}$/, nullable: true },
  operator_type: { kind: 'enum', values: ['or', 'and'] },
  currency_id: int(1, false),
  currency_code: { kind: 'pattern', re: /^[A-Z]{3}$/, nullable: false },
  is_default: bool,
  assigned_business_ids: { kind: 'intList' },
  assigned_barcodes: { kind: 'stringList' },
  assigned_barcodes_earn: { kind: 'stringList' },
  assigned_barcodes_spend: { kind: 'stringList' },
  assigned_currencies: { kind: 'intList' },
  allows_end_user_to_claim_voucher: bool,
  allows_unrecognised_items: bool,
  created_voucher_claimed_by_default: bool,
  voucher_expiry_days: int(1),
  voucher_title: str(),
  voucher_description: str(),
  voucher_notes: str(),
  voucher_text: str(),
  voucher_image_url: { kind: 'pattern', re: /^https?:\/\/\S+$/, nullable: true },
  // Assumed: round_down is the counterpart of the documented neutral and round_up.
  rounding_strategy: { kind: 'enum', values: ['neutral', 'round_up', 'round_down'] },
  rounding_precision: int(0, false, 4),
  recipient_reward_method: { kind: 'pattern', re: METHOD, nullable: false },
  recipient_reward_amount: num(0, false),
  recipient_reward_discount_ratio: num(0, false, 1),
  recipient_campaign_id: int(1),
  cashback_ratio: num(0, false),
  reward_priority: int(0, false),
  max_reward_quantity: int(1),
  point_cost: num(0),
  point_cost_method: { kind: 'pattern', re: METHOD, nullable: true },
  point_cost_method_wallet_campaign_id: int(1),
  minimum_basket_total_value: num(0),
  minimum_basket_total_value_earn: num(0),
  maximum_basket_total_value_earn: num(0),
  minimum_basket_total_value_spend: num(0),
  maximum_basket_total_value_spend: num(0),
  redemption_grace_period: int(0, false),
  earn_on_promotional_items: bool,
  return_reclaims_earned_rewards: bool,
  excludes_assignment_matches: bool,
  excludes_referred_users: bool,
  user_segment_id: int(1),
  excluded_user_segment_id: int(1),
  visible_to_all_user_segments: bool,
  owner_code: str(),
};

/**
 * Checked parameter values: strings, numbers, booleans, null, arrays; date-times as epoch ms;
 * times as `HH:MM:SS`. Only the parameters the request sent.
 */
export type WriteValues = Record<string, unknown>;

export type ParseResult = { readonly ok: true; readonly values: WriteValues } | { readonly ok: false; readonly message: string };

export function parseWrite(body: Record<string, unknown>): ParseResult {
  const values: WriteValues = {};
  for (const [rawName, raw] of Object.entries(body)) {
    // A form's `assigned_business_ids[]=…` is the same parameter.
    const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
    const field = FIELDS[name];
    if (!field) continue;
    const parsed = parseField(field, raw);
    if (!parsed.ok) return { ok: false, message: `${name} is invalid: ${describe(field)}.` };
    values[name] = parsed.value;
  }
  return { ok: true, values };
}

function parseField(field: Field, raw: unknown): Coerced<unknown> {
  const nullable = 'nullable' in field ? field.nullable : field.kind === 'datetime' || field.kind === 'time';
  if (isClear(raw) && field.kind !== 'intList' && field.kind !== 'stringList') {
    return nullable ? { ok: true, value: null } : { ok: false };
  }
  switch (field.kind) {
    case 'string':
      return typeof raw === 'string' ? { ok: true, value: raw } : { ok: false };
    case 'bool':
      return toBool(raw);
    case 'int':
    case 'number': {
      const n = field.kind === 'int' ? toInt(raw) : toNumber(raw);
      if (!n.ok || n.value < field.min || (field.max !== undefined && n.value > field.max)) return { ok: false };
      return n;
    }
    case 'enum':
      return typeof raw === 'string' && field.values.includes(raw) ? { ok: true, value: raw } : { ok: false };
    case 'pattern':
      return typeof raw === 'string' && field.re.test(raw) ? { ok: true, value: raw } : { ok: false };
    case 'datetime':
      return toInstant(raw);
    case 'time':
      return toTime(raw);
    case 'intList':
    case 'stringList':
      return parseList(field.kind, raw);
  }
}

function parseList(kind: 'intList' | 'stringList', raw: unknown): Coerced<unknown[]> {
  if (raw === null) return { ok: false };
  const list = toList(raw);
  if (!list.ok) return list;
  const out: unknown[] = [];
  for (const item of list.value) {
    if (kind === 'intList') {
      const n = toInt(item);
      if (!n.ok || n.value < 1) return { ok: false };
      if (!out.includes(n.value)) out.push(n.value);
    } else {
      // Barcodes must be strings: a JSON number would already have lost its leading zeros.
      if (typeof item !== 'string' || item.trim() === '') return { ok: false };
      if (!out.includes(item)) out.push(item);
    }
  }
  return { ok: true, value: out };
}

function describe(field: Field): string {
  switch (field.kind) {
    case 'string':
      return field.nullable ? 'expected a string or null' : 'expected a non-empty string';
    case 'bool':
      return 'expected a boolean';
    case 'int':
    case 'number': {
      const what = field.kind === 'int' ? 'an integer' : 'a number';
      const range = field.max !== undefined ? ` from ${field.min} to ${field.max}` : ` of at least ${field.min}`;
      return `expected ${what}${range}${field.nullable ? ' or null' : ''}`;
    }
    case 'enum':
      return `expected one of ${field.values.join(', ')}`;
    case 'pattern':
      return `expected a value matching ${String(field.re)}${field.nullable ? ' or null' : ''}`;
    case 'datetime':
      return 'expected a date-time such as "2026-01-01 00:00:00" or "2026-01-01T00:00:00Z", or null';
    case 'time':
      return 'expected a time of day as HH:MM:SS, or null';
    case 'intList':
      return 'expected a list of positive integer ids';
    case 'stringList':
      return 'expected a list of non-empty strings';
  }
}
