/**
 * Dates as Voucherify takes and returns them. Writes take ISO 8601 date-times with a zone; reads
 * return UTC with milliseconds (`2022-09-20T00:00:00.000Z`), whatever offset was written: the quirk
 * that makes a string diff lie.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch ms of an ISO 8601 date-time with zone; undefined for anything else. */
export function parseDateTime(v: unknown): number | undefined {
  if (typeof v !== 'string' || !DATE_TIME.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The read form: `2026-11-01T23:00:00.000Z`. */
export function toVendorDate(v: string | number | Date): string {
  const d = v instanceof Date ? v : new Date(v);
  return d.toISOString();
}

/**
 * ISO 8601 durations as the docs use them (`P24D`, `PT6H`, `P1M`, `P3Y`). Assumed: a malformed duration
 * is refused (the OpenAPI types them as plain strings).
 */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export const isDuration = (v: unknown): boolean => typeof v === 'string' && DURATION.test(v);

/** `HH:mm`, as the docs describe `start_time`/`expiration_time` (the OpenAPI says `format: time`). */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOf(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = TIME.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
