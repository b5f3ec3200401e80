/**
 * The live Lula campaign in the spec's shape, and the desired spec in the same canonical form.
 *
 * Dates: the spec names the update call's `starts_at`/`ends_at` (date-times); reads return
 * `start_date`/`end_date` as `YYYY-MM-DD`. Both sides are compared as the UTC calendar day
 * (the docs give no time zone for the days; the sandbox reads back the UTC day of the stored
 * instant, so `2026-12-31T23:59:59-05:00` reads back as `2027-01-01`). The time of day cannot be
 * seen on read: the runtime declares both fields lossy, so it is judged against the last-applied
 * record instead.
 *
 * Status: reads return a computed status (`scheduled` for an active campaign whose start is
 * ahead, `expired` once the end has passed). `statusEquals` compares only what the user
 * controls; see there.
 */
import { parseInstant } from '../../desired/instant.js';
import type { LulaSpec } from '../../generated/lula.js';
import type { VendorObject } from '../runtime.js';
import { stringOf } from './wire-types.js';

const DAY_SECONDS = 86_400;
const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of a whole-day count since 1970-01-01. */
function dayText(days: number): string {
  return new Date(days * DAY_SECONDS * 1000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, else undefined. */
export function dayNumber(text: string): number | undefined {
  const m = DAY_TEXT.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over into March: only a real calendar day round-trips.
  if (!Number.isFinite(ms) || dayText(ms / (DAY_SECONDS * 1000)) !== text) return undefined;
  return ms / (DAY_SECONDS * 1000);
}

/** The UTC calendar day of a date-time string, or undefined when it names no instant. */
export function utcDayOfInstant(text: string): string | undefined {
  const instant = parseInstant(text);
  return instant ? dayText(Math.floor(instant.seconds / DAY_SECONDS)) : undefined;
}

/** Today's UTC day number. */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / (DAY_SECONDS * 1000));
}

/**
 * A day as Lula reads it back. `YYYY-MM-DD` is what the docs and the sandbox return; a full
 * date-time (the docs are inconsistent about date formats) is read as its UTC day. Anything else
 * is dropped (the field then reads as absent, and a managed one shows as a difference).
 */
export function liveDay(value: unknown): string | undefined {
  const text = stringOf(value)?.trim();
  if (text === undefined) return undefined;
  if (dayNumber(text) !== undefined) return text;
  return utcDayOfInstant(text);
}

/** Lula's read of a campaign, in the spec's shape and vocabulary. */
export function toSpec(raw: VendorObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const name = stringOf(raw['name']);
  if (name !== undefined) out['name'] = name;
  const description = stringOf(raw['description']);
  if (description !== undefined) out['description'] = description;
  // Read names first; the update names only if a read ever carries them.
  const start = liveDay(raw['start_date'] ?? raw['starts_at']);
  if (start !== undefined) out['starts_at'] = start;
  const end = liveDay(raw['end_date'] ?? raw['ends_at']);
  if (end !== undefined) out['ends_at'] = end;
  const status = stringOf(raw['status'])?.trim().toLowerCase();
  if (status) out['status'] = status;
  // `campaign_identifier` is never returned (write-only: the engine judges it against the
  // last-applied record); `image`, stores, promotions and metrics are not managed.
  return out;
}

/** The desired spec in toSpec's form: dates as their UTC day, everything else as written. */
export function canonical(spec: LulaSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { ...spec };
  for (const field of ['starts_at', 'ends_at'] as const) {
    const value = spec[field];
    // Validation guarantees a date-time; one that still does not parse is compared as written.
    if (value !== undefined) out[field] = utcDayOfInstant(value) ?? value;
  }
  return out;
}

/**
 * Desired status vs the status Lula reads back. Lula derives `scheduled` and `expired` from
 * the dates; `active`/`inactive` is the switch the user owns.
 *
 * - `active` equals live `scheduled`: an active campaign whose start is ahead reads `scheduled`
 *   (unless Lula's start day is already behind us, in which case `scheduled` is not derived and
 *   writing `active` is a real change).
 * - `active` and `inactive` equal live `expired`: once the end has passed the campaign is over
 *   whichever way the switch stood, and `expired` is terminal (no update is accepted), so a
 *   difference could never be applied and would only show forever.
 * - `scheduled` equals only `scheduled`, `expired` only `expired`: they are statements about
 *   the dates, and a live campaign in another state contradicts them (plan rules then judge
 *   whether writing them can succeed).
 */
export function statusEquals(desired: unknown, live: unknown, liveRaw: VendorObject, now: Date): boolean {
  if (desired === live) return true;
  if (desired === 'active' && live === 'scheduled') {
    const start = liveDay(liveRaw['start_date'] ?? liveRaw['starts_at']);
    const startDay = start === undefined ? undefined : dayNumber(start);
    return startDay === undefined || startDay >= dayOfDate(now);
  }
  return (desired === 'active' || desired === 'inactive') && live === 'expired';
}
