/**
 * Apply: carry out the plan's updates. Each campaign is re-read first and refused as stale when
 * its live fingerprint moved since the plan, and not written when its live state differs from
 * `desired` anywhere the plan's changes do not show (apply sends nothing a reviewer did not see);
 * the others are written, then read again to confirm they converged. One failure never stops the
 * rest. On interrupt, writes in flight finish and nothing new starts.
 */
import pLimit from 'p-limit';
import { topField } from '../desired/path.js';
import { HttpError } from '../http/errors.js';
import { fingerprint } from './canonical-json.js';
import { fieldKinds } from './field-kinds.js';
import type { LastAppliedRecord } from './last-applied.js';
import { assess, readLive, type ProgressEvent } from './planner.js';
import { fromPlanChanges, unknownAction, type Plan, type PlanAction, type UpdateAction } from './plan-model.js';
import type { AccountSession } from './sessions.js';
import type { LiveCampaign } from '../providers/runtime.js';

export type Outcome = 'applied' | 'failed' | 'stale' | 'unchanged' | 'not_applied';
export const OUTCOMES: readonly Outcome[] = ['applied', 'failed', 'stale', 'unchanged', 'not_applied'];

export interface ApplyOutcome {
  readonly address: string;
  readonly outcome: Outcome;
  readonly message?: string;
}

export interface ApplyResult {
  readonly outcomes: readonly ApplyOutcome[];
  readonly tally: Readonly<Record<Outcome, number>>;
  readonly interrupted: boolean;
  readonly lastApplied: LastAppliedRecord;
}

export interface ApplyOptions {
  readonly sessions: ReadonlyMap<string, AccountSession>;
  readonly lastApplied: LastAppliedRecord;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Called as each campaign is settled, for progress lines. */
  readonly onOutcome?: (outcome: ApplyOutcome) => void;
  /**
   * Called as soon as a write was accepted, with the campaign's last-applied entry as it now
   * stands: what must be saved even if the run is cut short before it ends.
   */
  readonly onRecorded?: (address: string, entry: Readonly<Record<string, string>>) => void;
}

export async function applyPlan(plan: Plan, opts: ApplyOptions): Promise<ApplyResult> {
  const campaigns: Record<string, Record<string, string>> = structuredClone(opts.lastApplied.campaigns);
  const outcomes: ApplyOutcome[] = [];
  const settle = (o: ApplyOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  const updates: UpdateAction[] = [];
  for (const a of plan.actions) {
    switch (a.action) {
      case 'no_change':
        settle({ address: a.address, outcome: 'unchanged' });
        break;
      case 'error':
        settle({ address: a.address, outcome: 'not_applied', message: a.error.message });
        break;
      case 'update':
        updates.push(a);
        break;
      default:
        unknownAction(a);
    }
  }
  const byAccount = new Map<string, UpdateAction[]>();
  for (const a of updates) {
    const list = byAccount.get(a.account);
    if (list) list.push(a);
    else byAccount.set(a.account, [a]);
  }

  await Promise.all(
    [...byAccount].map(([account, actions]) => applyAccount(account, actions, opts, campaigns, settle)),
  );

  forgetUnmanaged(plan, campaigns);
  const order = new Map(plan.actions.map((a, i) => [a.address, i]));
  outcomes.sort((x, y) => order.get(x.address)! - order.get(y.address)!);
  const tally = Object.fromEntries(OUTCOMES.map((o) => [o, outcomes.filter((x) => x.outcome === o).length])) as Record<Outcome, number>;
  return { outcomes, tally, interrupted: opts.signal?.aborted ?? false, lastApplied: { format_version: 1, campaigns } };
}

/**
 * A write-only field taken out of the YAML is no longer managed: forget what was last sent of it,
 * so that putting it back later sends it again instead of trusting a stale fingerprint.
 */
function forgetUnmanaged(plan: Plan, record: Record<string, Record<string, string>>): void {
  for (const a of plan.actions) {
    const entry = record[a.address];
    const desired = managedFields(a);
    if (!entry || !desired) continue;
    for (const field of Object.keys(entry)) if (!(field in desired)) delete entry[field];
    if (Object.keys(entry).length === 0) delete record[a.address];
  }
}

/** The fields an action says are managed now, when it says. */
function managedFields(a: PlanAction): Readonly<Record<string, unknown>> | undefined {
  switch (a.action) {
    case 'no_change':
    case 'update':
    case 'error':
      return a.desired;
    default:
      return unknownAction(a);
  }
}

async function applyAccount(
  account: string,
  actions: readonly UpdateAction[],
  opts: ApplyOptions,
  record: Record<string, Record<string, string>>,
  settle: (o: ApplyOutcome) => void,
): Promise<void> {
  const session = opts.sessions.get(account);
  if (!session) {
    for (const a of actions) settle({ address: a.address, outcome: 'failed', message: `account \`${account}\` is not connected` });
    return;
  }
  const signalOpts = { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) };
  let fresh: Map<string, LiveCampaign>;
  try {
    fresh = await readLive(session, actions.map((a) => a.id), 'read', signalOpts);
  } catch (err) {
    const interrupted = opts.signal?.aborted ?? false;
    for (const a of actions) {
      settle(
        interrupted
          ? { address: a.address, outcome: 'not_applied', message: 'interrupted before it started' }
          : { address: a.address, outcome: 'failed', message: `re-reading before apply failed: ${errorText(err)}` },
      );
    }
    return;
  }

  // The engine starts at most `concurrency` writes at a time, so that on an interrupt only those
  // in flight finish and none of the rest begins.
  const limit = pLimit(session.concurrency);
  const written: UpdateAction[] = [];
  // Progress counts the writes the vendor accepted, not those refused (stale, failed, interrupted).
  await Promise.all(
    actions.map((a) =>
      limit(async () => {
        const outcome = await applyOne(a, fresh.get(a.id), session, opts, record);
        if (outcome) settle(outcome);
        else {
          written.push(a);
          opts.onProgress?.({ phase: 'write', account, done: written.length, total: actions.length });
        }
      }),
    ),
  );
  if (written.length === 0) return;
  if (written.length < actions.length) opts.onProgress?.({ phase: 'write', account, done: written.length, total: written.length });

  // Read back what was written: applied only when live now matches the plan.
  let after: Map<string, LiveCampaign>;
  try {
    after = await readLive(session, written.map((a) => a.id), 'verify', { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  } catch (err) {
    for (const a of written) settle({ address: a.address, outcome: 'failed', message: `written, but reading it back failed: ${errorText(err)}` });
    return;
  }
  for (const a of written) {
    const live = after.get(a.id);
    if (!live) {
      settle({ address: a.address, outcome: 'failed', message: 'written, but the campaign could not be read back' });
      continue;
    }
    const check = assess({ address: a.address, id: a.id, desired: a.desired }, live, session, { format_version: 1, campaigns: record }, opts.now());
    const left = check.changes.filter((c) => !c.writeOnly);
    if (left.length > 0) {
      settle({
        address: a.address,
        outcome: 'failed',
        message: `written, but it did not converge: ${left.map((c) => `${c.path} is ${JSON.stringify(c.before)}, not ${JSON.stringify(c.after)}`).join('; ')}`,
      });
    } else settle({ address: a.address, outcome: 'applied' });
  }
}

/** Writes one campaign; returns its outcome when settled without a write to verify. */
async function applyOne(
  a: UpdateAction,
  live: LiveCampaign | undefined,
  session: AccountSession,
  opts: ApplyOptions,
  record: Record<string, Record<string, string>>,
): Promise<ApplyOutcome | undefined> {
  if (opts.signal?.aborted) return { address: a.address, outcome: 'not_applied', message: 'interrupted before it started' };
  if (!live) return { address: a.address, outcome: 'failed', message: 'the campaign no longer exists at the vendor' };
  const desired = a.desired;
  const now = opts.now();
  const check = assess({ address: a.address, id: a.id, desired }, live, session, { format_version: 1, campaigns: record }, now);
  if (check.liveFingerprint !== a.live_fingerprint) {
    return { address: a.address, outcome: 'stale', message: 'stale: its live state changed since the plan was made; plan again' };
  }
  if (check.error) return { address: a.address, outcome: 'failed', message: check.error.message };
  // The live state is the one planned against (the fingerprint says so), so the differences now are
  // the plan's; one the plan does not show would be sent unseen (an edited plan, or a comparison
  // that turned with the clock).
  const unshown = check.changes.filter((c) => !a.changes.some((p) => covers(p.path, c.path)));
  if (unshown.length > 0) {
    return {
      address: a.address,
      outcome: 'failed',
      message: `not written: live state differs from \`desired\` in ${unshown.map((c) => `\`${c.path}\``).join(', ')}, which the plan does not show; plan again`,
    };
  }
  try {
    await session.runtime.write({
      id: a.id,
      desired,
      changes: fromPlanChanges(a.changes),
      live,
      http: session.http,
      account: session.account,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    // The interrupt stopped it before its request left, or between its requests or retries (a
    // request already on its way is let finish and has its answer): not applied, not failed.
    if (opts.signal?.aborted && !(err instanceof HttpError && err.kind !== 'aborted')) {
      return { address: a.address, outcome: 'not_applied', message: 'interrupted before it completed; plan again to see what is left' };
    }
    return { address: a.address, outcome: 'failed', message: errorText(err) };
  }
  // Remember what was sent of the fields live state cannot show, and only what was sent: a lossy
  // field the plan did not change may still hold another time of day at the vendor.
  const kinds = fieldKinds(session.provider);
  const remembered = new Set([...kinds.writeOnly, ...(session.runtime.lossyFields ?? [])]);
  const sent = new Set(a.changes.map((c) => topField(c.path)));
  const entry: Record<string, string> = { ...record[a.address] };
  for (const field of sent) if (remembered.has(field) && field in desired) entry[field] = fingerprint(desired[field]);
  if (Object.keys(entry).length > 0) {
    record[a.address] = entry;
    opts.onRecorded?.(a.address, entry);
  }
  return undefined;
}

/** A change to `shown` shows `path`: the same field, or one that holds it (`budget` holds `budget.amount`). */
function covers(shown: string, path: string): boolean {
  return path === shown || path.startsWith(`${shown}.`) || path.startsWith(`${shown}[`);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
