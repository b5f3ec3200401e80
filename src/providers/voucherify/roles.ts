/**
 * Voucherify's field roles (see ../roles.ts and docs/roles.md).
 *
 * - No spend role: a Voucherify campaign has no budget. Its money fields are per code or per order
 *   (`discount.amount_off`, `discount.amount_limit`, `discount.aggregated_amount_limit` "per
 *   order", `gift.amount` per card), none a cap on what the campaign spends; and no read reports
 *   spend so far.
 * - Schedule: `start_date`, `expiration_date` (the campaign-level ones; reads repeat them under
 *   `voucher`), kept to the millisecond. A campaign without them is open at that end.
 * - On/off: `active`, switched by the enable and disable calls.
 * - Status: ended once `expiration_date` has passed, else paused when inactive, scheduled before
 *   `start_date`, running otherwise. The recurring windows (`validity_timeframe`, days of week,
 *   hours) narrow when codes are valid within a running campaign; they do not change its status.
 */
import type { FieldRoles } from '../roles.js';
import { readMs } from '../kit/instants.js';
import { windowStatus } from '../kit/window-status.js';
import { readCampaign } from './wire-types.js';

export const roles: FieldRoles = {
  name: { path: 'name', read: (live) => readCampaign(live.raw).name },
  start: { path: 'start_date', precision: 'millisecond' },
  end: { path: 'expiration_date', precision: 'millisecond' },
  onOff: { path: 'active', on: [true] },
  status(live, now) {
    const c = readCampaign(live.raw);
    return windowStatus({ on: c.active, startMs: readMs(c.start_date), endMs: readMs(c.expiration_date) }, now);
  },
};
