/**
 * Vendor dates and date-times as instants, compared and written back at the precision a vendor
 * keeps. The arithmetic is src/desired/instant.ts's (`parseInstant`: no `Date.parse`, whose
 * quirks differ between engines and which maps years below 100 onto the 1900s); this module only
 * says which texts count as an instant and checks that the calendar fields are real (a vendor's
 * `2026-02-30` is malformed and dropped, not rolled into March).
 *
 * Two readings:
 * - `strict` (the default): RFC 3339 date-times with a zone, what the schemas accept and what
 *   Topsort, Masivo, Voucherify and Lula's update speak;
 * - `utc`: text that leaves parts out, as some vendors read back: no zone means UTC (every Spaaza
 *   date-time is UTC), no time means the start of the day, no seconds mean `:00`.
 */
import { compareInstants, parseInstant, type Instant } from '../../desired/instant.js';

export type { Instant };

export type Reading = 'strict' | 'utc';

/** What a comparison or a written form keeps: a whole day, whole seconds, milliseconds, or every digit. */
export type Precision = 'day' | 'second' | 'millisecond' | 'exact';

const DAY_SECONDS = 86_400;

const TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The instant a text names, or undefined when it names none (absent, malformed, or a form `reading` does not take). */
export function readInstant(value: unknown, reading: Reading = 'strict'): Instant | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TEXT.exec(reading === 'utc' ? value.trim() : value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = m;
  const zoned = zulu !== undefined || sign !== undefined;
  if (reading === 'strict' && (h === undefined || s === undefined || !zoned)) return undefined;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 60) return undefined;
  if (sign !== undefined && (Number(oh) > 23 || Number(om ?? 0) > 59)) return undefined;
  const zone = zulu !== undefined ? 'Z' : sign !== undefined ? `${sign}${oh}:${om ?? '00'}` : 'Z';
  return parseInstant(`${y}-${mo}-${d}T${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}${frac !== undefined ? `.${frac}` : ''}${zone}`);
}

/** The instant kept to `precision` (digits beyond it are cut, never rounded up). */
export function truncate(i: Instant, precision: Precision): Instant {
  switch (precision) {
    case 'day':
      return { seconds: Math.floor(i.seconds / DAY_SECONDS) * DAY_SECONDS, fraction: '' };
    case 'second':
      return { seconds: i.seconds, fraction: '' };
    case 'millisecond':
      return { seconds: i.seconds, fraction: i.fraction.slice(0, 3).replace(/0+$/, '') };
    case 'exact':
      return i;
  }
}

/** Negative when a is earlier than b at `precision`, zero when they are the same, positive when later. */
export function compareAt(a: Instant, b: Instant, precision: Precision): number {
  return compareInstants(truncate(a, precision), truncate(b, precision));
}

/** Milliseconds since the epoch (digits beyond the millisecond cut). */
export function toMs(i: Instant): number {
  return i.seconds * 1000 + Number(i.fraction.slice(0, 3).padEnd(3, '0'));
}

/** Milliseconds since the epoch of a text, or undefined when it names no instant. */
export function readMs(value: unknown, reading: Reading = 'strict'): number | undefined {
  const i = readInstant(value, reading);
  return i === undefined ? undefined : toMs(i);
}

/** The instant of a `Date` (milliseconds). */
export function fromMs(ms: number): Instant {
  const seconds = Math.floor(ms / 1000);
  return { seconds, fraction: String(ms - seconds * 1000).padStart(3, '0').replace(/0+$/, '') };
}

export interface FormatOptions {
  /** Always write three fraction digits at millisecond precision (`.000Z`), as some vendors read back. */
  readonly fixedMillis?: boolean;
}

/**
 * The instant in UTC: `YYYY-MM-DD` at day precision, else `YYYY-MM-DDTHH:MM:SS[.fff]Z`, the
 * fraction cut to `precision` and left out when it is zero (unless `fixedMillis`).
 */
export function formatInstant(i: Instant, precision: Precision, opts: FormatOptions = {}): string {
  const cut = truncate(i, precision);
  const whole = new Date(cut.seconds * 1000).toISOString().slice(0, 19);
  if (precision === 'day') return whole.slice(0, 10);
  const fraction = opts.fixedMillis && precision === 'millisecond' ? cut.fraction.padEnd(3, '0') : cut.fraction;
  return `${whole}${fraction !== '' ? `.${fraction}` : ''}Z`;
}

/** A text's instant in UTC at `precision`, or undefined when it names none. */
export function canonicalInstant(value: unknown, precision: Precision, reading: Reading = 'strict', opts: FormatOptions = {}): string | undefined {
  const i = readInstant(value, reading);
  return i === undefined ? undefined : formatInstant(i, precision, opts);
}

/** Whole days since 1970-01-01 of an instant (its UTC calendar day). */
export function dayNumber(i: Instant): number {
  return Math.floor(i.seconds / DAY_SECONDS);
}

/** Whole days since 1970-01-01 of a plain `YYYY-MM-DD` that is a real calendar day, else undefined. */
export function readDay(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const i = readInstant(value, 'utc');
  return i === undefined ? undefined : dayNumber(i);
}

/** `YYYY-MM-DD` of a day number. */
export function dayText(day: number): string {
  return formatInstant({ seconds: day * DAY_SECONDS, fraction: '' }, 'day');
}

/** The first second of a day number, as seconds since the epoch. */
export function dayStartSeconds(day: number): number {
  return day * DAY_SECONDS;
}
