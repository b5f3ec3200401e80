/**
 * Spaaza's field roles (see ../roles.ts and docs/roles.md).
 *
 * - The name is `title`.
 * - No spend role: a Spaaza campaign has no budget. Its amounts are per reward or per basket
 *   (`recipient_reward_amount`, `cashback_ratio`, `point_cost`, the basket-total bounds), in the
 *   campaign's currency or points, none a cap on what the campaign spends; and no read reports
 *   spend so far.
 * - Schedule: `active_date_from`, `active_date_until` (UTC, kept to the second); null is open. The
 *   daily window (`active_time_*`) and `active_weekdays` narrow when a running campaign applies;
 *   they do not change its status.
 * - On/off: `active` (reads mirror it as `is_active`).
 */
import type { FieldRoles } from '../roles.js';
import { toMs } from '../kit/instants.js';
import { windowStatus } from '../kit/window-status.js';
import { readDatetime, toSpec } from './normalize.js';

/** Milliseconds of a read date-time; undefined when open (null) or unreadable. */
function ms(v: unknown): number | undefined {
  const i = readDatetime(v);
  return i === undefined ? undefined : toMs(i);
}

export const roles: FieldRoles = {
  name: {
    path: 'title',
    read: (live) => {
      const title = toSpec(live.raw).title;
      return typeof title === 'string' ? title : undefined;
    },
  },
  start: { path: 'active_date_from', precision: 'second' },
  end: { path: 'active_date_until', precision: 'second' },
  onOff: { path: 'active', on: [true] },
  status(live, now) {
    const spec = toSpec(live.raw);
    const on = typeof spec.active === 'boolean' ? spec.active : undefined;
    return windowStatus({ on, startMs: ms(spec.active_date_from), endMs: ms(spec.active_date_until) }, now);
  },
};
