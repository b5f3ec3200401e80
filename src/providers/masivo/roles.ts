/**
 * Masivo's field roles (see ../roles.ts and docs/roles.md).
 *
 * - `budget` is the campaign's budget, "at least 1"; the docs say neither whether it counts money
 *   or points nor in which currency, so its unit is `unstated` and no currency is declared. Its
 *   period is `divide_budget_in` (daily, weekly, monthly, total), a write-only field: only the YAML
 *   (or the last-applied record) tells it, never a read.
 * - No read reports spend so far (`codes_summary` counts coupon codes, not money): no spentSoFar.
 * - Schedule: `start_date`, `end_date`, kept to the second. `withoutEndDate: true` is `end_date:
 *   null` in the canonical spec, so an open end reads as null on both sides.
 * - On/off: `status: ACTIVE` (INACTIVE is off); reads say RUNNING, SCHEDULED, PAUSED or FINISHED.
 * - Status: FINISHED is Masivo's own "ended", derived from the end date alone, and an end date
 *   that has passed since the read says the same; PAUSED is paused; RUNNING and SCHEDULED are
 *   told apart by the start date at `now` (the read's word may be older than `now`).
 */
import type { FieldRoles } from '../roles.js';
import { readMs } from '../kit/instants.js';
import { windowStatus } from '../kit/window-status.js';
import { readCampaign } from './wire-types.js';

export const roles: FieldRoles = {
  name: { path: 'name', read: (live) => readCampaign(live.raw).name },
  spend: [{ path: 'budget', unit: 'unstated', period: { path: 'divide_budget_in' } }],
  start: { path: 'start_date', precision: 'second' },
  end: { path: 'end_date', precision: 'second' },
  onOff: { path: 'status', on: ['ACTIVE'] },
  status(live, now) {
    const c = readCampaign(live.raw);
    if (c.status === 'FINISHED') return 'ended';
    const on = c.status === 'PAUSED' ? false : c.status === 'RUNNING' || c.status === 'SCHEDULED' ? true : undefined;
    return windowStatus({ on, startMs: readMs(c.start_date), endMs: readMs(c.end_date) }, now);
  },
};
