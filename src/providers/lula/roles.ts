/**
 * Lula Commerce's field roles (see ../roles.ts and docs/roles.md).
 *
 * - No spend role: a Lula campaign has no budget field, and its `performance_metrics` report
 *   revenue, not spend.
 * - Schedule: `starts_at`, `ends_at` are written as date-times but read back as the UTC calendar
 *   day only (`start_date`, `end_date`), so a live value is known to the day.
 * - On/off: `status`; `active` and `scheduled` (an active campaign whose start is ahead) are on,
 *   `inactive` is off, `expired` is over.
 * - Status: Lula's own word (expired, inactive, scheduled, active), corrected by the days where
 *   they settle it at `now`: an end day before today has ended, a start day after today is
 *   scheduled, a start day before today has started. On the start or end day itself the read
 *   cannot tell the time, and Lula's word stands.
 */
import type { FieldRoles } from '../roles.js';
import { dayNumber, dayOfDate, liveDay } from './normalize.js';
import { readCampaign } from './wire-types.js';

function day(value: string | undefined): number | undefined {
  const text = liveDay(value);
  return text === undefined ? undefined : dayNumber(text);
}

export const roles: FieldRoles = {
  name: { path: 'name', read: (live) => readCampaign(live.raw).name },
  start: { path: 'starts_at', precision: 'day' },
  end: { path: 'ends_at', precision: 'day' },
  onOff: { path: 'status', on: ['active', 'scheduled'] },
  status(live, now) {
    const c = readCampaign(live.raw);
    const word = c.status?.trim().toLowerCase();
    const today = dayOfDate(now);
    const start = day(c.start_date ?? c.starts_at);
    const end = day(c.end_date ?? c.ends_at);
    if (word === 'expired' || (end !== undefined && end < today)) return 'ended';
    if (word === 'inactive') return 'paused';
    if (word !== 'active' && word !== 'scheduled') return 'unknown';
    if (start !== undefined && start > today) return 'scheduled';
    if (start !== undefined && start < today) return 'running';
    return word === 'active' ? 'running' : 'scheduled';
  },
};
