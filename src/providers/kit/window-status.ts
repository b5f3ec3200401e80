/**
 * A campaign's status (roles.ts `status`) from its on/off switch and its dates at `now`, for
 * vendors whose read carries no status word, or one the dates may have overtaken since the read.
 *
 * The end wins over the switch: a campaign whose end has passed has ended whether it was switched
 * off or not (it will not run again without new dates). A switched-off campaign that has not ended
 * is paused; a switched-on one is scheduled before its start and running from it (the start
 * instant itself counts as started, the end instant as ended). A bound the vendor leaves open
 * (no start, no end) never decides.
 */
import type { CampaignStatus } from '../roles.js';

export interface ScheduleWindow {
  /** The switch; undefined when the read does not tell. */
  readonly on: boolean | undefined;
  /** Milliseconds since the epoch; undefined when open (or unreadable). */
  readonly startMs: number | undefined;
  readonly endMs: number | undefined;
}

export function windowStatus(w: ScheduleWindow, now: Date): CampaignStatus {
  const t = now.getTime();
  if (w.endMs !== undefined && w.endMs <= t) return 'ended';
  if (w.on === undefined) return 'unknown';
  if (!w.on) return 'paused';
  return w.startMs !== undefined && w.startMs > t ? 'scheduled' : 'running';
}
