/**
 * Lula's three date forms: create takes `start_date`/`end_date` as `YYYY-MM-DD`, update takes
 * `starts_at`/`ends_at` as ISO-8601 date-times, reads return `YYYY-MM-DD` again.
 * Parsed by hand so that no engine leniency of `Date.parse` leaks into what the fake accepts.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

function validCalendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Epoch milliseconds of a `YYYY-MM-DD` day's first instant (UTC), or undefined when not such a day. */
export function parseDay(text: string): number | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validCalendarDay(y, mo, d)) return undefined;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getTime();
}

// Assumed: "valid ISO 8601 timestamp" is read as a calendar date, `T`, hours and minutes
// (seconds and fraction optional) and a zone (`Z` or ±hh:mm / ±hhmm). A date alone or a time
// without a zone names no instant and is refused; so are a space separator and a leap second.
/** Epoch milliseconds (fraction truncated to millis), or undefined when not a valid timestamp. */
export function parseTimestamp(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const s = Number(m[6] ?? '0');
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (!validCalendarDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const base = parseDay(`${m[1]}-${m[2]}-${m[3]}`);
  if (base === undefined) return undefined;
  return base + ((h * 60 + mi) * 60 + s) * 1000 + ms - offsetMinutes * 60_000;
}

// Assumed: the read-back day is the UTC calendar day of the stored instant (the docs give no
// time zone), so `2026-12-31T23:59:59-05:00` reads back as `2027-01-01`.
export function utcDay(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  // Years beyond 9999 are not expected; ISO strings for 0000–9999 start with the day.
  return iso.slice(0, 10);
}

export const DAY_MS = 86_400_000;
