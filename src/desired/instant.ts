/**
 * Comparable instants from the date-time strings a spec holds: DESIGN compares dates as
 * instants, never as text, for every vendor.
 *
 * The schema accepts whatever ajv-formats calls `date-time` (RFC 3339 with a zone, `T`, `t` or
 * whitespace as separator, an offset with or without a colon, any number of fraction digits,
 * a leap second). `Date.parse` rejects several of those forms and maps years below 100 onto the
 * 1900s, so the rules parse the text themselves and never depend on engine quirks.
 */

/** Whole seconds since the Unix epoch plus the fraction digits, kept as text so that no precision is lost. */
export interface Instant {
  readonly seconds: number;
  /** Fraction-of-second digits without trailing zeros (`''` for a whole second). */
  readonly fraction: string;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses a date-time string; returns undefined for anything that is not one (rules then stay silent). */
export function parseInstant(text: string): Instant | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = m;
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  let offsetMinutes = 0;
  if (!zulu) offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om ?? '0'));
  // A leap second (:60) simply rolls into the next minute, which is where it sorts anyway.
  const seconds = days * 86400 + Number(h) * 3600 + Number(mi) * 60 + Number(s) - offsetMinutes * 60;
  return { seconds, fraction: (frac ?? '').replace(/0+$/, '') };
}

export function instantFromDate(date: Date): Instant {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  const millis = ms - seconds * 1000;
  return { seconds, fraction: String(millis).padStart(3, '0').replace(/0+$/, '') };
}

/** Negative when a is earlier than b, zero when equal, positive when later. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.seconds !== b.seconds) return a.seconds - b.seconds;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

/** `now` as shown in messages: ISO-8601 UTC to the second. */
export function formatNow(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds since the epoch for a date-time string, or undefined when it is not one. */
export function instantMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const i = parseInstant(value);
  if (!i) return undefined;
  return i.seconds * 1000 + Number((i.fraction + '000').slice(0, 3));
}

/**
 * The same wall-clock instant one calendar year later, in UTC (29 February rolls over to
 * 1 March). "Less than one year" in vendor docs is read as a calendar year, which agrees across
 * leap years with what dashboards' date pickers offer.
 */
export function oneYearAfter(ms: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/** An instant as shown in messages: ISO 8601 in UTC, without milliseconds when they are zero. */
export function showInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
