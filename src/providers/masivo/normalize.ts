/**
 * A Masivo campaign in the spec's shape (`toSpec`) and the desired spec in the same canonical form
 * (`canonical`), so that the engine's field-by-field comparison sees only real differences.
 *
 * - `status`: reads say RUNNING/SCHEDULED/FINISHED/PAUSED, writes ACTIVE/INACTIVE. RUNNING and
 *   SCHEDULED are an ACTIVE campaign before and after its start, PAUSED is INACTIVE. FINISHED is
 *   shown as ACTIVE: Masivo derives it from the end date alone, whatever was written, so the written
 *   status of an ended campaign cannot be known; `statusEquals` therefore treats any desired status
 *   as matching an ended campaign (which accepts no update anyway).
 * - `rules` (and `metadata`) are JSON strings on the wire and structured values in YAML: parsed
 *   here and compared as values (key order and spacing never matter). Older reads embed the whole
 *   `reward` object in each effect; it is derived from `reward_id`, never written, so both sides
 *   drop it. A read that already holds an array (older generation) is taken as it is.
 * - `metadata` is shown without the creation marker campaignctl writes into it (marker.ts);
 *   `liveMetadata` keeps it, for the full-payload write to resend.
 * - Dates are instants: both sides become `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds: Masivo keeps
 *   no milliseconds, so a written `…:56.789Z` reads back as `…:56Z`).
 * - `attributes.codes_summary` (added by `includes=CODES_SUMMARY`) is a read-only report, not an
 *   attribute: dropped.
 * - `withoutEndDate: true` is how YAML says "no end"; Masivo reads it back as `end_date: null`, so
 *   when the spec does not name `end_date` itself, canonical compares `end_date` with null (an end
 *   date set in the dashboard then shows as drift instead of being silently cleared by the next
 *   full-payload write).
 * - Malformed optional fields on read (a rules string that is not JSON, a date that is not one) are
 *   dropped, never fatal (wire-types.ts says which fields are read; the kit reads them). A rules or
 *   metadata text nested too deep or too long to read safely is dropped too, and plan reports it on
 *   the campaign when the YAML manages the field (plan-rules.ts).
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import { isJsonObject } from '../../json/guards.js';
import { canonicalInstant as inUtc, readInstant, toMs, truncate } from '../kit/instants.js';
import { withoutMarker } from './marker.js';
import { decodeJsonField, isReadStatus, readCampaign, type JsonField, type JsonObject, type WriteStatus } from './wire-types.js';

/**
 * RUNNING/SCHEDULED/FINISHED → ACTIVE, PAUSED → INACTIVE (a `WriteStatus`); any other text is kept
 * as it is for the plan to show.
 */
export function writeStatusOf(read: unknown): string | undefined {
  if (!isReadStatus(read)) return typeof read === 'string' ? read : undefined;
  const status: WriteStatus = read === 'PAUSED' ? 'INACTIVE' : 'ACTIVE';
  return status;
}

/** `YYYY-MM-DDTHH:MM:SSZ` for any RFC 3339 date-time (fraction dropped), else undefined. */
export function canonicalInstant(text: string): string | undefined {
  return inUtc(text, 'second');
}

/** Milliseconds of a date-time string, whole seconds (as Masivo keeps them). */
export function instantSeconds(text: unknown): number | undefined {
  const i = readInstant(text);
  return i ? toMs(truncate(i, 'second')) : undefined;
}

/** A read date: instant text, null kept (no date), malformed → absent. */
function readDate(v: string | null | undefined): string | null | undefined {
  return typeof v === 'string' ? canonicalInstant(v) : v;
}

/** Rules without the expanded `reward` objects reads embed in effects. */
export function projectRules(rules: readonly unknown[]): unknown[] {
  return rules.map((rule) => {
    if (!isJsonObject(rule) || !Array.isArray(rule.effects)) return rule;
    return { ...rule, effects: rule.effects.map((e: unknown) => (isJsonObject(e) && 'reward' in e ? withoutKey(e, 'reward') : e)) };
  });
}

function withoutKey(o: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = o;
  return rest;
}

/** A JSON-text field's value; undefined when none or unreadable (not JSON, or past the kit's bounds). */
function jsonValue(v: JsonField | undefined): unknown {
  const decoded = decodeJsonField(v);
  return decoded?.ok ? decoded.value : undefined;
}

/** The live rules as an array (rewards projected away), or undefined when unreadable. */
export function liveRules(raw: JsonObject): unknown[] | undefined {
  const v = jsonValue(readCampaign(raw).rules);
  return Array.isArray(v) ? projectRules(v) : undefined;
}

/** The live metadata object, or undefined when none or unreadable. */
export function liveMetadata(raw: JsonObject): JsonObject | undefined {
  const v = jsonValue(readCampaign(raw).metadata);
  return isJsonObject(v) ? v : undefined;
}

/** The live attributes without the read-only `codes_summary` report. */
export function liveAttributes(raw: JsonObject): JsonObject | undefined {
  const attributes = readCampaign(raw).attributes;
  return attributes ? withoutKey(attributes, 'codes_summary') : undefined;
}

export function toSpec(raw: JsonObject): Record<string, unknown> {
  const c = readCampaign(raw);
  const spec: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) spec[key] = value;
  };
  put('type', c.type);
  put('brand_id', c.brand_id);
  put('name', c.name);
  put('description', c.description);
  put('rules', liveRules(raw));
  put('attributes', liveAttributes(raw));
  put('status', writeStatusOf(c.status));
  put('start_date', readDate(c.start_date));
  put('end_date', readDate(c.end_date));
  put('funded_by', c.funded_by);
  put('budget', c.budget);
  const metadata = liveMetadata(raw);
  put('metadata', metadata && withoutMarker(metadata));
  return spec;
}

export function canonical(spec: MasivoSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec };
  for (const key of ['start_date', 'end_date'] as const) {
    const v = spec[key];
    if (typeof v === 'string') out[key] = canonicalInstant(v) ?? v;
  }
  if (Array.isArray(spec.rules)) out.rules = projectRules(spec.rules);
  if (spec.withoutEndDate === true && !('end_date' in spec)) out.end_date = null;
  return out;
}

/** An ended campaign matches any desired status (see the module comment). */
export function statusEquals(raw: JsonObject): boolean | undefined {
  return raw.status === 'FINISHED' ? true : undefined;
}
