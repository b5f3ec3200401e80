/**
 * The campaigns a plan's read has found so far. Without `ctx.deliver` they are kept and `read`
 * returns them; with it each is handed to the engine the moment it is added (the engine assesses
 * it and lets go of it), and only its id is kept here, so that an account's campaigns are never
 * all held at once. A provider adds a campaign only once everything its plan rules look at beside
 * it has been read (a listing that a uniqueness rule needs whole, say).
 */
import type { LiveCampaign, ReadContext } from '../runtime.js';

export class FoundCampaigns<L extends LiveCampaign = LiveCampaign> {
  private readonly kept = new Map<string, L>();
  private readonly ids = new Set<string>();
  private readonly deliver: ((live: LiveCampaign) => void) | undefined;

  constructor(private readonly ctx: Pick<ReadContext, 'deliver' | 'progress'>) {
    this.deliver = ctx.deliver;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  /** Adds a campaign not found before (a repeat is ignored) and reports progress; false for a repeat. */
  add(live: L): boolean {
    if (this.ids.has(live.id)) return false;
    this.ids.add(live.id);
    if (this.deliver) this.deliver(live);
    else this.kept.set(live.id, live);
    this.ctx.progress?.(this.ids.size);
    return true;
  }

  /** What `read` returns: every campaign found, or none of them when they were delivered. */
  result(): Map<string, LiveCampaign> {
    return this.kept;
  }
}
