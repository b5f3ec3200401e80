/**
 * Masivo's JSON as campaignctl reads and writes it, with the small guards that narrow `unknown`.
 *
 * Reads are parsed leniently: a field of an unexpected type is treated as absent, and fields
 * campaignctl does not know are carried along untouched (a vendor adding one must not break plan).
 */

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `JSON.parse`, or undefined when the text is not JSON. */
export function parseJsonText(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** A string field, or undefined when absent or of another type. */
export function stringField(o: JsonObject, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** A string-or-null field: null stays null, anything else that is not a string is absent. */
export function nullableString(o: JsonObject, key: string): string | null | undefined {
  const v = o[key];
  if (v === null) return null;
  return typeof v === 'string' ? v : undefined;
}

/** A finite number (a numeric string is accepted: some gateways send amounts as text). */
export function numberField(o: JsonObject, key: string): number | undefined {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Status as Masivo reads it; writes take `ACTIVE`/`INACTIVE` instead. */
export const READ_STATUSES = ['RUNNING', 'PAUSED', 'SCHEDULED', 'FINISHED'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];
export type WriteStatus = 'ACTIVE' | 'INACTIVE';

export function isReadStatus(v: unknown): v is ReadStatus {
  return typeof v === 'string' && (READ_STATUSES as readonly string[]).includes(v);
}

/** `GET /auth/authorize` → `{data: "<JWT>"}`. */
export function tokenOf(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const t = body.data;
  return typeof t === 'string' && t.trim() !== '' ? t.trim() : undefined;
}

/** `GET /campaigns/{id}` → `{data: {…}}`. */
export function campaignOf(body: unknown): JsonObject | undefined {
  if (!isObject(body) || !isObject(body.data)) return undefined;
  return typeof body.data.id === 'string' ? body.data : undefined;
}

/** One page of `GET /campaigns?from=&to=`: `{data: […], from, to, count}`. */
export interface ListPage {
  readonly items: readonly JsonObject[];
  /** Total campaigns matching; undefined when the answer did not say. */
  readonly count: number | undefined;
  /** Last index served (inclusive); undefined when the answer did not say. */
  readonly to: number | undefined;
}

export function listPageOf(body: unknown): ListPage | undefined {
  if (!isObject(body) || !Array.isArray(body.data)) return undefined;
  const items = body.data.filter((c): c is JsonObject => isObject(c) && typeof c.id === 'string');
  const index = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  return { items, count: index(body.count), to: index(body.to) };
}

/**
 * `attributes.codes_summary`, which reads carry for COUPONS campaigns when asked with
 * `includes=CODES_SUMMARY`: how many codes exist and which custom codes.
 */
export interface CodesSummary {
  readonly total: number;
  /** The custom codes; empty when the campaign uses generated codes. */
  readonly codes: readonly string[];
}

export function codesSummaryOf(raw: JsonObject): CodesSummary | undefined {
  const attributes = raw.attributes;
  if (!isObject(attributes) || !isObject(attributes.codes_summary)) return undefined;
  const s = attributes.codes_summary;
  if (typeof s.total !== 'number' || !Number.isInteger(s.total) || s.total < 0) return undefined;
  const codes = Array.isArray(s.codes) ? s.codes.filter((c): c is string => typeof c === 'string') : [];
  return { total: s.total, codes };
}
