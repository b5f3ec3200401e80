/**
 * The list's structured `filters` query (deepObject style), e.g.
 * `filters[campaigns_id][conditions][$in][0]=camp_…&filters[junction]=or`.
 *
 * Assumed: the subset below (the fields and conditions the docs name for campaigns); any other field or
 * condition answers 400 `invalid_query_params` rather than being ignored.
 */
import { parseDateTime } from './dates.js';
import { isObject, type JsonObject } from './json.js';

type Getter = (c: JsonObject) => unknown;

const FIELDS: Readonly<Record<string, Getter>> = {
  campaigns: (c) => c.name,
  campaigns_id: (c) => c.id,
  campaign_status: (c) => c.creation_status,
  campaign_type: (c) => c.campaign_type,
  active: (c) => c.active,
  type: (c) => c.type,
  category_ids: (c) => c.category_id,
  is_referral_code: (c) => (isObject(c.voucher) ? c.voucher.is_referral_code : undefined),
  start_date: (c) => c.start_date,
  expiration_date: (c) => c.expiration_date,
  created_at: (c) => c.created_at,
  updated_at: (c) => c.updated_at,
};

const text = (v: unknown): string | undefined =>
  v === undefined || v === null
    ? undefined
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : JSON.stringify(v);

const CONDITIONS: Readonly<Record<string, (value: unknown, args: readonly string[]) => boolean>> = {
  $in: (v, a) => a.includes(text(v) ?? '\u0000'),
  $not_in: (v, a) => !a.includes(text(v) ?? '\u0000'),
  $is: (v, a) => text(v) === a[0],
  $is_not: (v, a) => text(v) !== a[0],
  $has_value: (v) => text(v) !== undefined && text(v) !== '',
  $is_unknown: (v) => text(v) === undefined || text(v) === '',
  $starts_with: (v, a) => (text(v) ?? '').startsWith(a[0] ?? ''),
  $ends_with: (v, a) => (text(v) ?? '').endsWith(a[0] ?? ''),
  $before: (v, a) => (parseDateTime(v) ?? Infinity) < (parseDateTime(a[0]) ?? Date.parse(a[0] ?? '')),
  $after: (v, a) => (parseDateTime(v) ?? -Infinity) > (parseDateTime(a[0]) ?? Date.parse(a[0] ?? '')),
};

interface Condition {
  readonly get: Getter;
  readonly test: (value: unknown, args: readonly string[]) => boolean;
  readonly args: string[];
}

export interface Filter {
  readonly junction: 'and' | 'or';
  readonly conditions: readonly Condition[];
}

const KEY = /^filters\[([^\]]+)\](?:\[conditions\]\[(\$[a-z_]+)\](?:\[\d*\])?)?$/;

/** The parsed filter, or the sentence saying which part is not understood. */
export function parseFilters(query: URLSearchParams): Filter | string {
  let junction: 'and' | 'or' = 'and';
  const byKey = new Map<string, Condition>();
  for (const [key, value] of query) {
    if (!key.startsWith('filters')) continue;
    const m = KEY.exec(key);
    if (!m) return `Query parameter '${key}' is not a valid filter`;
    const [, field = '', op] = m;
    if (field === 'junction' && op === undefined) {
      if (value !== 'and' && value !== 'or' && value !== 'AND' && value !== 'OR') return "Filter 'junction' must be one of: and, or";
      junction = value.toLowerCase() as 'and' | 'or';
      continue;
    }
    const get = field.startsWith('metadata.')
      ? (c: JsonObject) => (isObject(c.metadata) ? c.metadata[field.slice(9)] : undefined)
      : FIELDS[field];
    if (!get) return `Filter field '${field}' is not supported for campaigns`;
    const test = op ? CONDITIONS[op] : undefined;
    if (!op || !test) return `Filter condition '${op ?? ''}' on '${field}' is not supported`;
    const id = `${field}|${op}`;
    const existing = byKey.get(id);
    if (existing) existing.args.push(...value.split(','));
    else byKey.set(id, { get, test, args: value.split(',') });
  }
  return { junction, conditions: [...byKey.values()] };
}

export function matches(filter: Filter, campaign: JsonObject): boolean {
  if (filter.conditions.length === 0) return true;
  const results = filter.conditions.map((c) => c.test(c.get(campaign), c.args));
  return filter.junction === 'and' ? results.every(Boolean) : results.some(Boolean);
}
