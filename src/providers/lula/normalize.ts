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
import type { LulaSpec } from '../../generated/lula.js';
import type { VendorObject } from '../runtime.js';
import { dayNumber as dayOfInstant, dayText, fromMs, readDay, readInstant } from '../kit/instants.js';
import { readCampaign } from './wire-types.js';

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, else undefined. */
export function dayNumber(text: string): number | undefined {
  return readDay(text);
}

/** The UTC calendar day of a date-time string, or undefined when it names no instant. */
export function utcDayOfInstant(text: string): string | undefined {
  const instant = readInstant(text);
  return instant ? dayText(dayOfInstant(instant)) : undefined;
}

/** Today's UTC day number. */
export function dayOfDate(date: Date): number {
  return dayOfInstant(fromMs(date.getTime()));
}

/**
 * A day as Lula reads it back. `YYYY-MM-DD` is what the docs and the sandbox return; a full
 * date-time (the docs are inconsistent about date formats) is read as its UTC day. Anything else
 * is dropped (the field then reads as absent, and a managed one shows as a difference).
 */
export function liveDay(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) return undefined;
  if (dayNumber(text) !== undefined) return text;
  return utcDayOfInstant(text);
}

/** Lula's read of a campaign, in the spec's shape and vocabulary. */
export function toSpec(raw: VendorObject): Record<string, unknown> {
  const c = readCampaign(raw);
  const out: Record<string, unknown> = {};
  if (c.name !== undefined) out['name'] = c.name;
  if (c.description !== undefined) out['description'] = c.description;
  // Read names first; the update names only if a read ever carries them.
  const start = liveDay(c.start_date ?? c.starts_at);
  if (start !== undefined) out['starts_at'] = start;
  const end = liveDay(c.end_date ?? c.ends_at);
  if (end !== undefined) out['ends_at'] = end;
  const status = c.status?.trim().toLowerCase();
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
    const c = readCampaign(liveRaw);
    const start = liveDay(c.start_date ?? c.starts_at);
    const startDay = start === undefined ? undefined : dayNumber(start);
    return startDay === undefined || startDay >= dayOfDate(now);
  }
  return (desired === 'active' || desired === 'inactive') && live === 'expired';
}
