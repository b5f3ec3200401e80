/**
 * How Masivo shows a campaign: the read projection of what was written.
 *
 * - `status` is written ACTIVE/INACTIVE but read as RUNNING/PAUSED/SCHEDULED/FINISHED, derived
 *   from the written status and the dates at the moment of the read.
 * - Dates come back as `2023-11-07T05:31:56Z`: UTC, whole seconds, no milliseconds.
 * - `rules` and `metadata` come back as JSON strings (`metadata` null when none was written);
 *   write-only fields and `account_id`, `order`, `created_at` never come back.
 */
import type { MasivoCampaign, MasivoState, ReadStatus, WriteStatus } from './state.js';
import { writeOnlyOf } from './state.js';

/** RFC 3339 date-time with a zone (`Z` or `±hh:mm`), as the OpenAPI `date-time` format asks. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Milliseconds since the epoch, truncated to the whole second, or undefined when not a date-time.
 * Assumed: Masivo keeps dates at second precision (its examples never show milliseconds), so a
 * written `…:56.789Z` reads back as `…:56Z`, and "unchanged" is judged at that precision.
 */
export function parseDateTime(value: string): number | undefined {
  if (!DATE_TIME.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) * 1000 : undefined;
}

export function formatDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A stored date (a string in the read format, or null) as an instant. */
export function instantOf(stored: string | null | undefined): number | undefined {
  if (typeof stored !== 'string') return undefined;
  const ms = Date.parse(stored);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) * 1000 : undefined;
}

/**
 * Assumed (the docs give both vocabularies but no mapping): an end date that has passed → FINISHED;
 * otherwise INACTIVE → PAUSED; ACTIVE with a start still ahead → SCHEDULED; ACTIVE and started → RUNNING.
 */
export function deriveStatus(written: WriteStatus, start: number | undefined, end: number | undefined, now: number): ReadStatus {
  if (end !== undefined && end <= now) return 'FINISHED';
  if (written === 'INACTIVE') return 'PAUSED';
  if (start !== undefined && start > now) return 'SCHEDULED';
  return 'RUNNING';
}

/** The written status behind a stored read status (FINISHED campaigns accept no write, so ACTIVE is moot). */
export function writtenStatusOf(stored: ReadStatus): WriteStatus {
  return stored === 'PAUSED' ? 'INACTIVE' : 'ACTIVE';
}

/** The read status of a stored campaign now (state keeps the status as of the last write). */
export function currentStatus(c: MasivoCampaign, now: number): ReadStatus {
  return deriveStatus(writtenStatusOf(c.status), instantOf(c.start_date), instantOf(c.end_date), now);
}

/** `start_date` ≤ now and not finished: the campaign has started (RUNNING, or PAUSED after its start). */
export function hasStarted(c: MasivoCampaign, now: number): boolean {
  const start = instantOf(c.start_date);
  return start !== undefined && start <= now && currentStatus(c, now) !== 'FINISHED';
}

export interface CodesSummary {
  used: number;
  total: number;
  left: number;
  codes: string[];
  codes_usage: number;
}

/**
 * `includes=CODES_SUMMARY` on a COUPONS campaign. The docs name the keys (used, total, left, codes,
 * codes_usage) without describing them. Assumed: `total` is the custom codes' count, else the
 * `quantity` last written; `codes` lists custom codes (generated codes are not listed); `codes_usage`
 * is used/total, rounded to 4 decimals.
 */
export function codesSummary(state: MasivoState, id: string): CodesSummary {
  const w = writeOnlyOf(state, id);
  const custom = w.useCustomCodes === true ? splitCodes(w.customCodes ?? '') : [];
  const total = w.useCustomCodes === true ? custom.length : (w.quantity ?? 0);
  const used = Math.min(state.codeUsage?.[id] ?? 0, total);
  return { used, total, left: total - used, codes: custom, codes_usage: total === 0 ? 0 : Math.round((used / total) * 10_000) / 10_000 };
}

export function splitCodes(text: string): string[] {
  return text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** The campaign as GET returns it; only the read fields, status as of `now`. */
export function toRead(c: MasivoCampaign, state: MasivoState, now: number, withCodes: boolean): Record<string, unknown> {
  const start = instantOf(c.start_date);
  const end = instantOf(c.end_date);
  const read: Record<string, unknown> = {
    id: c.id,
    type: c.type,
    brand_id: c.brand_id ?? null,
    name: c.name,
    description: c.description ?? null,
    rules: c.rules,
    attributes: c.attributes ?? {},
    status: currentStatus(c, now),
    start_date: start === undefined ? null : formatDate(start),
    end_date: end === undefined ? null : formatDate(end),
    funded_by: c.funded_by ?? null,
    budget: c.budget ?? null,
    metadata: c.metadata ?? null,
  };
  if (withCodes && c.type === 'COUPONS') {
    read.attributes = { ...(c.attributes ?? {}), codes_summary: codesSummary(state, c.id) };
  }
  return read;
}

/** PUT (and, assumed, POST) answer: `{data: {id, name, status, attributes}}`, status in the read vocabulary. */
export function writeAnswer(c: MasivoCampaign, now: number): { data: Record<string, unknown> } {
  return { data: { id: c.id, name: c.name, status: currentStatus(c, now), attributes: c.attributes ?? {} } };
}
