/**
 * Topsort's field roles (see ../roles.ts and docs/roles.md).
 *
 * - `budget.amount` is in minor currency units (50000 = 500.00), per `budget.type` (daily, weekly,
 *   monthly, total). The currency is the marketplace's: no campaign field and no documented call
 *   says which, so none is declared (amounts show in minor units without a currency).
 * - Spend so far: reads add `budget.amountUsed` in the same minor units. The docs do not say
 *   whether a daily budget's figure restarts each day; it is shown as Topsort reports it.
 * - Schedule: `startDate`, `endDate`, kept to the millisecond. Topsort moves a past start to the
 *   moment of a write, which normalize.ts already accounts for.
 * - On/off: `isActive`. Status: the docs say a campaign runs once active and its start has passed;
 *   its end ends it. The banner review `status` (pending, approved, rejected) is a separate matter
 *   and does not change it.
 */
import type { FieldRoles } from '../roles.js';
import { readMs } from '../kit/instants.js';
import { windowStatus } from '../kit/window-status.js';
import { parseCampaign } from './wire-types.js';

export const roles: FieldRoles = {
  name: { path: 'name', read: (live) => parseCampaign(live.raw)?.name },
  spend: [
    {
      path: 'budget.amount',
      unit: 'minor',
      period: { path: 'budget.type' },
      spentSoFar: (live) => parseCampaign(live.raw)?.budget?.amountUsed,
    },
  ],
  start: { path: 'startDate', precision: 'millisecond' },
  end: { path: 'endDate', precision: 'millisecond' },
  onOff: { path: 'isActive', on: [true] },
  status(live, now) {
    const c = parseCampaign(live.raw);
    if (!c) return 'unknown';
    return windowStatus({ on: c.isActive, startMs: readMs(c.startDate), endMs: readMs(c.endDate) }, now);
  },
};
