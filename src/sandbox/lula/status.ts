/**
 * Lula's status is partly computed from the dates: `scheduled` and `expired` look
 * date-derived in every example, while `active`/`inactive` are the user's switch.
 */
import type { Bounds } from './state.js';

export const STATUSES = ['active', 'inactive', 'scheduled', 'expired'] as const;
export type LulaStatus = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is LulaStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/**
 * The status a read returns, from the stored one and the clock.
 * Assumed: `expired` is terminal; any campaign whose end instant has passed reads `expired`;
 * an `active` (or `scheduled`) campaign whose start is still ahead reads `scheduled`, and a
 * `scheduled` one whose start has come reads `active` (automatic activation); `inactive`
 * stays `inactive` until its end passes. Applied to the stored status on every read, and
 * stored after every write, so that the state holds what a read returned at that time.
 */
export function readStatus(stored: unknown, bounds: Bounds, nowMs: number): string {
  const status = typeof stored === 'string' ? stored : 'inactive';
  if (status === 'expired') return 'expired';
  if (bounds.end !== undefined && bounds.end < nowMs) return 'expired';
  const notStarted = bounds.start !== undefined && bounds.start > nowMs;
  if ((status === 'active' || status === 'scheduled') && notStarted) return 'scheduled';
  if (status === 'scheduled' && bounds.start !== undefined) return 'active';
  return status;
}
