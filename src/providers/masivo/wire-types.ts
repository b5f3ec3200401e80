/**
 * Masivo's JSON as campaignctl reads it: the one place that says which fields of a campaign are
 * read and in what shape (kit/lenient.ts). A field of an unexpected type is treated as absent, and
 * fields campaignctl does not know are carried along untouched (a vendor adding one must not break
 * plan; the full-payload write never sends them).
 */
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import { fields, nonBlank, nullable, numeric, object, rowsOf, text, type Read, type Row } from '../kit/lenient.js';
import { parseJsonText, type JsonText } from '../kit/json-text.js';

export type { JsonObject };

/** Status as Masivo reads it; writes take `ACTIVE`/`INACTIVE` instead. */
export const READ_STATUSES = ['RUNNING', 'PAUSED', 'SCHEDULED', 'FINISHED'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];
export type WriteStatus = 'ACTIVE' | 'INACTIVE';

export function isReadStatus(v: unknown): v is ReadStatus {
  return typeof v === 'string' && (READ_STATUSES as readonly string[]).includes(v);
}

/** `rules` and `metadata` travel as JSON text; an older generation of reads holds the value itself. */
export type JsonField = string | readonly unknown[] | JsonObject;
const jsonField: Read<JsonField> = (v) => (typeof v === 'string' || Array.isArray(v) || isJsonObject(v) ? (v as JsonField) : undefined);

/** The managed readable fields of a campaign object, as read. */
export interface WireCampaign {
  readonly type?: string;
  readonly brand_id?: string | null;
  readonly name?: string;
  readonly description?: string | null;
  readonly rules?: JsonField;
  readonly attributes?: JsonObject;
  readonly status?: string;
  /** Date-times as Masivo wrote them (compared as instants by normalize.ts). */
  readonly start_date?: string | null;
  readonly end_date?: string | null;
  readonly funded_by?: string | null;
  /** A numeric string is accepted: some gateways send amounts as text. */
  readonly budget?: number;
  readonly metadata?: JsonField;
}

const campaignFields = fields<WireCampaign>({
  type: text,
  brand_id: nullable(text),
  name: text,
  description: nullable(text),
  rules: jsonField,
  attributes: object,
  status: text,
  start_date: nullable(text),
  end_date: nullable(text),
  funded_by: nullable(text),
  budget: numeric,
  metadata: jsonField,
});

export function readCampaign(raw: JsonObject): WireCampaign {
  return campaignFields(raw) ?? {};
}

/** The JSON text fields, decoded within the kit's bounds (an older read's structured value is taken as it is). */
export function decodeJsonField(v: JsonField | undefined): JsonText | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'string' ? parseJsonText(v) : { ok: true, value: v };
}

/** `GET /auth/authorize` → `{data: "<JWT>"}`. */
export function tokenOf(body: unknown): string | undefined {
  return isJsonObject(body) ? nonBlank(body.data) : undefined;
}

const idOf = (raw: JsonObject): string | undefined => text(raw.id);

/** `GET /campaigns/{id}` → `{data: {…}}`. */
export function campaignOf(body: unknown): JsonObject | undefined {
  if (!isJsonObject(body) || !isJsonObject(body.data)) return undefined;
  return idOf(body.data) !== undefined ? body.data : undefined;
}

/** `POST /campaigns` → `{data: {id, …}}`: the new campaign's id, or undefined when the answer lacks it. */
export function createdIdOf(body: unknown): string | undefined {
  if (!isJsonObject(body) || !isJsonObject(body.data)) return undefined;
  return nonBlank(body.data.id);
}

/** One page of `GET /campaigns?from=&to=`: `{data: […], from, to, count}`. */
export interface ListPage {
  readonly rows: readonly Row[];
  /** Entries without a string `id`. */
  readonly unreadable: number;
  /** Total campaigns matching; undefined when the answer did not say. */
  readonly count: number | undefined;
  /** Last index served (inclusive); undefined when the answer did not say. */
  readonly to: number | undefined;
}

export function listPageOf(body: unknown): ListPage | undefined {
  if (!isJsonObject(body) || !Array.isArray(body.data)) return undefined;
  const { rows, unreadable } = rowsOf(body.data, idOf);
  const index = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  return { rows, unreadable: unreadable.length, count: index(body.count), to: index(body.to) };
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
  if (!isJsonObject(attributes) || !isJsonObject(attributes.codes_summary)) return undefined;
  const s = attributes.codes_summary;
  if (typeof s.total !== 'number' || !Number.isInteger(s.total) || s.total < 0) return undefined;
  const codes = Array.isArray(s.codes) ? s.codes.filter((c): c is string => typeof c === 'string') : [];
  return { total: s.total, codes };
}
