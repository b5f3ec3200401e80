/**
 * The spec `import` writes for a live Lula campaign.
 *
 * - `starts_at`/`ends_at`: reads give only the days (`start_date`/`end_date`), so import writes
 *   date-times on those UTC days: the start at `T00:00:00Z`, the end at `T23:59:59Z` (a one-day
 *   campaign stays valid, end after start). Plan compares them by day, and with no last-applied
 *   record for the campaign the time of day is not judged; the first apply that sends a date sends
 *   it as written here.
 * - `status` is the user's switch where the read allows it: `active`/`inactive` as read;
 *   `scheduled` (an active campaign whose start is ahead) is written `active`, which plan finds
 *   equal and which stays true once the campaign starts; `expired` is kept when the written dates
 *   agree with it (validate's `lula.status-matches-dates`), else written `inactive` (an end later
 *   today): plan takes either as equal to an expired campaign, which accepts no update anyway.
 * - Left out: `campaign_identifier` (write-only: never returned).
 */
import type { CampaignGlance, ImportContext, ImportedSpec, LiveCampaign } from '../runtime.js';
import { glanceOf } from '../kit/glance.js';
import { shapeForSchema } from '../import-shape.js';
import { dayNumber, dayOfDate, toSpec } from './normalize.js';

const DAY_MS = 86_400_000;

export function importSpec(live: LiveCampaign, ctx: ImportContext): ImportedSpec {
  const read = toSpec(live.raw);
  const spec: Record<string, unknown> = {};
  if (typeof read.name === 'string') spec.name = read.name;
  if (typeof read.description === 'string') spec.description = read.description;
  const startDay = typeof read.starts_at === 'string' ? dayNumber(read.starts_at) : undefined;
  const endDay = typeof read.ends_at === 'string' ? dayNumber(read.ends_at) : undefined;
  if (startDay !== undefined) spec.starts_at = `${read.starts_at as string}T00:00:00Z`;
  if (endDay !== undefined) spec.ends_at = `${read.ends_at as string}T23:59:59Z`;
  const status = statusOf(read.status, startDay, endDay, ctx.now);
  if (status !== undefined) spec.status = status;
  const name = typeof read.name === 'string' ? read.name : undefined;
  return { spec: shapeForSchema('lula.schema.json', spec), ...(name !== undefined ? { name } : {}) };
}

function statusOf(read: unknown, startDay: number | undefined, endDay: number | undefined, now: Date): string | undefined {
  switch (read) {
    case 'active':
    case 'inactive':
      return read;
    case 'scheduled':
      // Plan equates `active` with a live `scheduled` only while Lula's start day is not behind us.
      return startDay === undefined || startDay >= dayOfDate(now) ? 'active' : undefined;
    case 'expired': {
      const endsBy = endDay === undefined ? undefined : (endDay + 1) * DAY_MS - 1000;
      const startsBy = startDay === undefined ? undefined : startDay * DAY_MS;
      const agrees = (endsBy === undefined || endsBy <= now.getTime()) && (startsBy === undefined || startsBy <= now.getTime());
      return agrees ? 'expired' : 'inactive';
    }
    default:
      return undefined;
  }
}

/** Lula's read status (active, inactive, scheduled, expired) and its days. */
export function glance(live: LiveCampaign): CampaignGlance {
  const raw = live.raw;
  return glanceOf({ name: raw.name, status: raw.status, start: raw.start_date ?? raw.starts_at, end: raw.end_date ?? raw.ends_at });
}
