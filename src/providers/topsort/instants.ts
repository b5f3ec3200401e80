/**
 * Topsort dates as comparable instants. Reads come as RFC 3339 with `Z` (the 2022 service wrote
 * `+00:00` and microseconds); the YAML may use any offset. Both sides become one UTC spelling
 * at millisecond precision: the service keeps no more than that reliably (the far-future
 * default `…59.999999` reads back as `…59.999` wherever milliseconds are the unit), and a
 * difference below a millisecond is no change to a campaign's schedule.
 */
import { canonicalInstant as inUtc, readMs } from '../kit/instants.js';

/** `2026-12-05T05:00:00Z` for any spelling of that instant; undefined when it is not a date-time. */
export function canonicalInstant(value: unknown): string | undefined {
  return inUtc(value, 'millisecond');
}

/** A date-time for the PATCH body: the same instant in UTC with `Z`, milliseconds when present. */
export function wireInstant(value: string): string {
  const text = canonicalInstant(value);
  if (text === undefined) throw new Error(`not an RFC 3339 date-time: ${JSON.stringify(value)}`);
  return text;
}

/** True when the date-time is at or before `now`. */
export function notAfter(value: unknown, now: Date): boolean {
  const ms = readMs(value);
  return ms !== undefined && ms <= now.getTime();
}
