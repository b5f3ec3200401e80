/**
 * Apply: carry out the plan. Each campaign to write is re-read first and refused as stale when its
 * live fingerprint moved since the plan, and not written when its live state differs from
 * `desired` anywhere the plan's changes do not show (apply sends nothing a reviewer did not see);
 * the others are written, then read again to confirm they converged. One failure never stops the
 * rest. On interrupt, writes in flight finish and nothing new starts.
 *
 * A create is never sent twice for one document: the record says "sent" on disk before the
 * request leaves, and the id as soon as the vendor names it; then the id is written into the
 * document. A create whose answer is lost stays "sent", and the next plan looks for the campaign
 * by its identity instead of creating another. Campaigns whose documents are gone are retired
 * (stopped through `write`), deleted (only with `allowDelete`) or forgotten, and leave the set of
 * campaigns apply manages.
 */
import pLimit from 'p-limit';
import { policyHasRules, type Policy } from '../config/policy.js';
import { topField } from '../desired/path.js';
import { HttpError } from '../http/errors.js';
import { CreateAnswerLost, CreateFollowUpFailed, type LiveCampaign } from '../providers/runtime.js';
import { fingerprint } from './canonical-json.js';
import { fieldKinds } from './field-kinds.js';
import { isApproved, judgeInSession, mergeGuardrails, refusalText, type Approvals } from './guardrails.js';
import { clearsMismatch } from './implicit-changes.js';
import { emptyDelta, type CreateEntry, type LastAppliedRecord, type RecordDelta } from './last-applied.js';
import { assess, readLive, wholeFingerprint, type ProgressEvent } from './planner.js';
import {
  fromPlanChanges,
  recordAddress,
  unknownAction,
  type CreateAction,
  type DeleteAction,
  type Guardrail,
  type NoChangeAction,
  type Plan,
  type PlanAction,
  type RetireAction,
  type UpdateAction,
} from './plan-model.js';
import type { AccountSession } from './sessions.js';

export type Outcome = 'applied' | 'created' | 'adopted' | 'retired' | 'deleted' | 'forgotten' | 'failed' | 'stale' | 'unchanged' | 'not_applied';
export const OUTCOMES: readonly Outcome[] = ['applied', 'created', 'adopted', 'retired', 'deleted', 'forgotten', 'failed', 'stale', 'unchanged', 'not_applied'];

export interface ApplyOutcome {
  readonly address: string;
  readonly outcome: Outcome;
  readonly message?: string;
  /** The campaign's id, where apply created it or found it for a new document. */
  readonly id?: string;
  /** The rules of `policy:` it trips, when it was not applied for want of an approval. */
  readonly guardrails?: readonly Guardrail[];
}

export interface ApplyResult {
  readonly outcomes: readonly ApplyOutcome[];
  readonly tally: Readonly<Record<Outcome, number>>;
  readonly interrupted: boolean;
  readonly lastApplied: LastAppliedRecord;
}

/** An action whose document gets an id written into it: a create, or a new document that found its campaign. */
export type NewDocumentAction = CreateAction | NoChangeAction | UpdateAction;

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
  /** Deletes are sent only when given (`apply --allow-delete`); otherwise each is refused. */
  readonly allowDelete?: boolean;
  /**
   * Saves part of the record to disk at once (under the apply lock): a create is recorded before it
   * is sent and as soon as it is answered. A create whose "sent" cannot be saved is not sent.
   */
  readonly persist?: (delta: RecordDelta) => Promise<void>;
  /** Writes `id` into the document of a new campaign; rejects, saying why, when it cannot. */
  readonly writeId?: (action: NewDocumentAction, id: string) => Promise<void>;
  /** Creation keys whose documents carry their ids now: their `creates` entries are done with. */
  readonly settledCreates?: readonly string[];
  /**
   * The campaigns approved to be applied although they trip `policy:` (`--approve`,
   * `--approve-all`, or the approving reviews CI read). A campaign with guardrails not approved
   * is refused, and nothing is written to it.
   */
  readonly approve?: Approvals;
  /**
   * `policy:` as campaignctl.yaml says it now: each campaign is judged again against the live
   * state read just before writing (a saved plan may be older than the policy, or than the start
   * of a campaign), and refused unless approved when it trips a rule the plan did not show.
   */
  readonly policy?: Policy;
}

/** The record as this apply changes it. */
interface Record2 {
  readonly campaigns: Record<string, Record<string, string>>;
  readonly managed: Set<string>;
  readonly creates: Record<string, CreateEntry>;
}

type Settle = (o: ApplyOutcome) => void;

export async function applyPlan(plan: Plan, opts: ApplyOptions): Promise<ApplyResult> {
  const record: Record2 = {
    campaigns: structuredClone(opts.lastApplied.campaigns),
    managed: new Set(opts.lastApplied.managed),
    creates: structuredClone(opts.lastApplied.creates),
  };
  for (const key of opts.settledCreates ?? []) delete record.creates[key];
  const outcomes: ApplyOutcome[] = [];
  const settle: Settle = (o) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  const work: PlanAction[] = [];
  for (const a of plan.actions) {
    switch (a.action) {
      case 'no_change':
        if (a.adopt) work.push(a);
        else {
          record.managed.add(recordAddress(a)!);
          settle({ address: a.address, outcome: 'unchanged' });
        }
        break;
      case 'error':
        settle({ address: a.address, outcome: 'not_applied', message: a.error.message });
        break;
      case 'forget':
        forgetCampaign(record, a.address);
        settle({ address: a.address, outcome: 'forgotten', message: 'no longer managed; it keeps running at the vendor' });
        break;
      case 'delete':
        if (!opts.allowDelete) settle({ address: a.address, outcome: 'not_applied', message: 'refused: deletes need --allow-delete' });
        else if (!awaitsApproval(a, a.guardrails ?? [], opts, settle)) work.push(a);
        break;
      case 'create':
      case 'update':
      case 'retire':
        if (!awaitsApproval(a, a.guardrails ?? [], opts, settle)) work.push(a);
        break;
      default:
        unknownAction(a);
    }
  }
  const byAccount = new Map<string, PlanAction[]>();
  for (const a of work) {
    const list = byAccount.get(a.account);
    if (list) list.push(a);
    else byAccount.set(a.account, [a]);
  }

  await Promise.all([...byAccount].map(([account, actions]) => applyAccount(account, actions, opts, record, settle)));

  forgetUnmanaged(plan, record.campaigns);
  const order = new Map(plan.actions.map((a, i) => [a.address, i]));
  outcomes.sort((x, y) => order.get(x.address)! - order.get(y.address)!);
  const tally = Object.fromEntries(OUTCOMES.map((o) => [o, outcomes.filter((x) => x.outcome === o).length])) as Record<Outcome, number>;
  return {
    outcomes,
    tally,
    interrupted: opts.signal?.aborted ?? false,
    lastApplied: { format_version: 2, campaigns: record.campaigns, managed: [...record.managed], creates: record.creates },
  };
}

/**
 * Settles a campaign that trips `policy:` and is not approved as not applied, naming the rules;
 * true when it did (nothing is written to it, and the record does not change for it).
 */
function awaitsApproval(a: PlanAction, guardrails: readonly Guardrail[], opts: ApplyOptions, settle: Settle): boolean {
  if (guardrails.length === 0 || isApproved(opts.approve, a.address)) return false;
  settle({ address: a.address, outcome: 'not_applied', message: refusalText(guardrails), guardrails });
  return true;
}

/** A campaign apply no longer manages: out of the managed set, its fingerprints forgotten. */
function forgetCampaign(record: Record2, address: string): void {
  record.managed.delete(address);
  delete record.campaigns[address];
}

/**
 * A write-only field taken out of the YAML is no longer managed: forget what was last sent of it,
 * so that putting it back later sends it again instead of trusting a stale fingerprint.
 */
function forgetUnmanaged(plan: Plan, record: Record<string, Record<string, string>>): void {
  for (const a of plan.actions) {
    const address = recordAddress(a);
    const entry = address === undefined ? undefined : record[address];
    const desired = managedFields(a);
    if (!entry || !desired || address === undefined) continue;
    for (const field of Object.keys(entry)) if (!(field in desired)) delete entry[field];
    if (Object.keys(entry).length === 0) delete record[address];
  }
}

/** The fields a document's action says are managed now, when it says. */
function managedFields(a: PlanAction): Readonly<Record<string, unknown>> | undefined {
  switch (a.action) {
    case 'no_change':
    case 'update':
    case 'error':
    case 'create':
      return a.desired;
    case 'retire':
    case 'delete':
    case 'forget':
      return undefined;
    default:
      return unknownAction(a);
  }
}

/** What one account's campaigns went through before the read-back. */
interface Written {
  readonly action: UpdateAction | RetireAction | CreateAction | NoChangeAction;
  /** The campaign's id (a created campaign's, once known). */
  readonly id: string;
  /** Desired state to converge to. */
  readonly desired: Readonly<Record<string, unknown>>;
  /** What the outcome says when it converged. */
  readonly done: ApplyOutcome;
}

async function applyAccount(account: string, planned: readonly PlanAction[], opts: ApplyOptions, record: Record2, settle: Settle): Promise<void> {
  let actions = planned;
  const session = opts.sessions.get(account);
  if (!session) {
    for (const a of actions) settle({ address: a.address, outcome: 'failed', message: `account \`${account}\` is not connected` });
    return;
  }
  const signalOpts = { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) };
  const existing = actions.filter((a): a is Exclude<PlanAction, CreateAction> => a.action !== 'create');
  let fresh: Map<string, LiveCampaign> = new Map();
  if (existing.length > 0) {
    try {
      fresh = await readLive(session, existing.map((a) => a.id!), 'read', signalOpts);
    } catch (err) {
      const interrupted = opts.signal?.aborted ?? false;
      for (const a of existing) {
        settle(
          interrupted
            ? { address: a.address, outcome: 'not_applied', message: 'interrupted before it started' }
            : { address: a.address, outcome: 'failed', message: `re-reading before apply failed: ${errorText(err)}` },
        );
      }
      actions = actions.filter((a) => a.action === 'create');
      if (actions.length === 0) return;
    }
  }

  // Judged again on what was just read: a rule the plan did not show (an older plan, a campaign
  // started since) still needs its approval.
  const policy = opts.policy;
  if (policy && policyHasRules(policy)) {
    const now = opts.now();
    actions = actions.filter((a) => {
      const again = judgeInSession(a, session, a.action === 'create' ? undefined : fresh.get(a.id!), policy, now);
      return !awaitsApproval(a, mergeGuardrails(a.guardrails ?? [], again), opts, settle);
    });
  }

  // The engine starts at most `concurrency` writes at a time, so that on an interrupt only those
  // in flight finish and none of the rest begins.
  const limit = pLimit(session.concurrency);
  const written: Written[] = [];
  let accepted = 0;
  // Progress counts the writes the vendor accepted, not those refused (stale, failed, interrupted).
  await Promise.all(
    actions.map((a) =>
      limit(async () => {
        const result = await applyOne(a, a.action === 'create' ? undefined : fresh.get(a.id!), session, opts, record);
        if ('outcome' in result) settle(result);
        else {
          if (result.verify) written.push(result.verify);
          else settle(result.settled);
          accepted += 1;
          opts.onProgress?.({ phase: 'write', account, done: accepted, total: actions.length });
        }
      }),
    ),
  );
  if (accepted < actions.length && accepted > 0) opts.onProgress?.({ phase: 'write', account, done: accepted, total: accepted });
  if (written.length === 0) return;

  // Read back what was written: applied only when live now matches the plan.
  let after: Map<string, LiveCampaign>;
  try {
    after = await readLive(session, written.map((w) => w.id), 'verify', { ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  } catch (err) {
    for (const w of written) settle({ ...w.done, outcome: 'failed', message: `${doneText(w)}, but reading it back failed: ${errorText(err)}` });
    return;
  }
  for (const w of written) {
    const live = after.get(w.id);
    const address = `${w.action.provider}/${w.action.account}/${w.id}`;
    if (!live) {
      settle({ ...w.done, outcome: 'failed', message: `${doneText(w)}, but the campaign could not be read back` });
      continue;
    }
    const check = assess({ address, id: w.id, desired: w.desired }, live, session, asRecord(record), opts.now());
    const left = check.changes.filter((c) => !c.writeOnly && !c.clears);
    if (left.length > 0) {
      settle({
        ...w.done,
        outcome: 'failed',
        message: `${doneText(w)}, but it did not converge: ${left.map((c) => `${c.path} is ${JSON.stringify(c.before)}, not ${JSON.stringify(c.after)}`).join('; ')}`,
      });
      continue;
    }
    if (w.action.action === 'retire') forgetCampaign(record, w.action.address);
    else record.managed.add(address);
    settle(w.done);
  }
}

/** How a failed read-back names what was done. */
function doneText(w: Written): string {
  switch (w.action.action) {
    case 'create':
      return `created as ${w.id}`;
    case 'retire':
      return 'stopped';
    case 'update':
    case 'no_change':
      return 'written';
    default:
      return unknownAction(w.action);
  }
}

/** The record as the planner reads it. */
function asRecord(record: Record2): LastAppliedRecord {
  return { format_version: 2, campaigns: record.campaigns, managed: [...record.managed], creates: record.creates };
}

/**
 * One action: a finished outcome, or what was done and now needs the read-back (`verify`), or an
 * outcome that is final although the vendor accepted something (`settled`, counted as a write).
 */
type OneResult = ApplyOutcome | { readonly verify: Written } | { readonly verify?: undefined; readonly settled: ApplyOutcome };

async function applyOne(a: PlanAction, live: LiveCampaign | undefined, session: AccountSession, opts: ApplyOptions, record: Record2): Promise<OneResult> {
  if (opts.signal?.aborted) return { address: a.address, outcome: 'not_applied', message: 'interrupted before it started' };
  switch (a.action) {
    case 'create':
      return createOne(a, session, opts, record);
    case 'delete':
      return deleteOne(a, live, session, opts, record);
    case 'update':
    case 'retire':
    case 'no_change':
      return writeOne(a, live, session, opts, record);
    case 'error':
    case 'forget':
      return { address: a.address, outcome: 'not_applied' };
    default:
      return unknownAction(a);
  }
}

/** An update, a retire, or a new document that found its campaign (with or without changes). */
async function writeOne(
  a: UpdateAction | RetireAction | NoChangeAction,
  live: LiveCampaign | undefined,
  session: AccountSession,
  opts: ApplyOptions,
  record: Record2,
): Promise<OneResult> {
  if (!live) return { address: a.address, outcome: 'failed', message: 'the campaign no longer exists at the vendor' };
  const desired = a.desired ?? {};
  const address = recordAddress(a)!;
  const now = opts.now();
  const check = assess({ address, id: a.id, desired }, live, session, asRecord(record), now);
  if (a.live_fingerprint !== undefined && check.liveFingerprint !== a.live_fingerprint) {
    return { address: a.address, outcome: 'stale', message: 'stale: its live state changed since the plan was made; plan again' };
  }
  if (check.error) return { address: a.address, outcome: 'failed', message: check.error.message };
  const changes = a.changes ?? [];
  // The live state is the one planned against (the fingerprint says so), so the differences now are
  // the plan's; one the plan does not show would be sent unseen (an edited plan, or a comparison
  // that turned with the clock).
  const unshown = check.changes.filter((c) => !c.clears && !changes.some((p) => covers(p.path, c.path)));
  if (unshown.length > 0) {
    return {
      address: a.address,
      outcome: 'failed',
      message: `not written: live state differs from \`desired\` in ${unshown.map((c) => `\`${c.path}\``).join(', ')}, which the plan does not show; plan again`,
    };
  }
  // What the write clears beyond the managed fields must be what the plan showed, no more, no less.
  const clears = clearsMismatch(changes, check.changes);
  if (clears !== undefined) return { address: a.address, outcome: 'failed', message: `not written: ${clears}; plan again` };
  const adopt = a.action === 'retire' ? undefined : a.adopt;
  if (adopt && a.action !== 'retire') {
    const failed = await writeIdInto(a, adopt.id, opts, `found as ${adopt.id} (${adopt.reason})`);
    if (failed) return failed;
    record.managed.add(address);
  }
  const retired: ApplyOutcome = { address: a.address, outcome: 'retired', message: changes.length === 0 ? 'already stopped; no longer managed' : 'stopped; no longer managed' };
  if (changes.length === 0) {
    if (a.action === 'retire') {
      forgetCampaign(record, a.address);
      return { settled: retired };
    }
    return { address: a.address, outcome: 'adopted', id: a.id, message: `its id ${a.id} is written into ${a.file} (${adopt?.reason ?? 'found live'})` };
  }
  try {
    await session.runtime.write({
      id: a.id,
      desired,
      changes: fromPlanChanges(changes),
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
  if (a.action !== 'retire') remember(session, address, desired, changes.map((c) => topField(c.path)), record, opts);
  const done: ApplyOutcome =
    a.action === 'retire'
      ? retired
      : adopt
        ? { address: a.address, outcome: 'adopted', id: a.id, message: `its id ${a.id} is written into ${a.file} (${adopt.reason}), and it is updated` }
        : { address: a.address, outcome: 'applied' };
  return { verify: { action: a, id: a.id, desired, done } };
}

/**
 * Remembers what was sent of the fields live state cannot show, and only what was sent: a lossy
 * field the plan did not change may still hold another time of day at the vendor.
 */
/**
 * After a follow-up that failed, the fields live state cannot show may not hold what the document
 * says: each is recorded as not sent, so that the next plan shows it as a change and sends it.
 */
function unsent(session: AccountSession, address: string, desired: Readonly<Record<string, unknown>>, record: Record2): void {
  const kinds = fieldKinds(session.provider);
  const entry: Record<string, string> = {};
  for (const field of [...kinds.writeOnly, ...(session.runtime.lossyFields ?? [])]) {
    if (field in desired && !kinds.createOnlyUnread.has(field)) entry[field] = NOT_SENT;
  }
  if (Object.keys(entry).length > 0) record.campaigns[address] = entry;
}

/** What the record holds for a field apply could not confirm it sent: no fingerprint equals it. */
const NOT_SENT = 'not-sent';

function remember(session: AccountSession, address: string, desired: Readonly<Record<string, unknown>>, sent: readonly string[], record: Record2, opts: ApplyOptions): void {
  const kinds = fieldKinds(session.provider);
  const remembered = new Set([...kinds.writeOnly, ...(session.runtime.lossyFields ?? [])]);
  const entry: Record<string, string> = { ...record.campaigns[address] };
  for (const field of new Set(sent)) {
    if (remembered.has(field) && !kinds.createOnlyUnread.has(field) && field in desired) entry[field] = fingerprint(desired[field]);
  }
  if (Object.keys(entry).length > 0) {
    record.campaigns[address] = entry;
    opts.onRecorded?.(address, entry);
  }
}

/** Writes the id into the document; the outcome when it could not be. */
async function writeIdInto(a: NewDocumentAction, id: string, opts: ApplyOptions, what: string): Promise<ApplyOutcome | undefined> {
  if (!opts.writeId) return undefined;
  try {
    await opts.writeId(a, id);
    return undefined;
  } catch (err) {
    return {
      address: a.address,
      outcome: 'failed',
      id,
      message: `${what}, but its id could not be written into ${a.file} (${errorText(err)}); the last-applied record keeps it, so the next plan finds it again: write \`id: ${id}\` into the document`,
    };
  }
}

async function createOne(a: CreateAction, session: AccountSession, opts: ApplyOptions, record: Record2): Promise<OneResult> {
  const create = session.runtime.create;
  if (!create) return { address: a.address, outcome: 'failed', message: `${session.provider.title} campaigns cannot be created from git` };
  const key = a.creation_key;
  const earlier = record.creates[key];
  if (earlier?.state === 'created') {
    return { address: a.address, outcome: 'failed', message: `an apply created this campaign as ${earlier.id} since the plan was made; plan again` };
  }
  const now = opts.now();
  const ctx = { creationKey: key, now };
  const sent: CreateEntry = { state: 'sent', address: a.address, at: now.toISOString() };
  try {
    await opts.persist?.(deltaOf({ creates: [[key, sent]] }));
  } catch (err) {
    return { address: a.address, outcome: 'failed', message: `not created: the last-applied record could not be saved before sending the create (${errorText(err)})` };
  }
  record.creates[key] = sent;
  let id: string;
  let followUp: CreateFollowUpFailed | undefined;
  try {
    id = (await create.send({ ...ctx, desired: a.desired, http: session.http, account: session.account, ...(opts.signal ? { signal: opts.signal } : {}) })).id;
  } catch (err) {
    if (err instanceof CreateFollowUpFailed) {
      id = err.id;
      followUp = err;
    } else if (err instanceof CreateAnswerLost) {
      const label = create.identity(a.desired, ctx)?.label ?? 'its identity';
      return {
        address: a.address,
        outcome: 'failed',
        message: `${err.message}: the answer was lost; plan again: it will look for the campaign by ${label} and adopt it instead of creating it twice`,
      };
    } else {
      // Refused, or stopped before the request left: nothing was created.
      delete record.creates[key];
      await opts.persist?.(deltaOf({ creates: [[key, null]] })).catch(() => undefined);
      if (opts.signal?.aborted && !(err instanceof HttpError && err.kind !== 'aborted')) {
        return { address: a.address, outcome: 'not_applied', message: 'interrupted before it was sent' };
      }
      return { address: a.address, outcome: 'failed', message: errorText(err) };
    }
  }
  const address = `${a.provider}/${a.account}/${id}`;
  const created: CreateEntry = { state: 'created', id, address: a.address, at: opts.now().toISOString() };
  record.creates[key] = created;
  record.managed.add(address);
  if (followUp) unsent(session, address, a.desired, record);
  else remember(session, address, a.desired, Object.keys(a.desired), record, opts);
  // The id is saved before anything else can fail: a later failure must not lose it.
  await opts
    .persist?.(deltaOf({ creates: [[key, created]], managed: [[address, true]], campaigns: record.campaigns[address] ? [[address, record.campaigns[address]]] : [] }))
    .catch(() => undefined);
  const failed = await writeIdInto(a, id, opts, `created as ${id}`);
  if (failed) return { settled: failed };
  if (followUp) {
    return {
      settled: {
        address: a.address,
        outcome: 'failed',
        id,
        message: `${followUp.message}; its id is written into ${a.file}, and the next plan shows what the follow-up did not set as an update`,
      },
    };
  }
  return { verify: { action: a, id, desired: a.desired, done: { address: a.address, outcome: 'created', id, message: `created as ${id}; its id is written into ${a.file}` } } };
}

async function deleteOne(a: DeleteAction, live: LiveCampaign | undefined, session: AccountSession, opts: ApplyOptions, record: Record2): Promise<OneResult> {
  const remove = session.runtime.remove;
  if (!remove) return { address: a.address, outcome: 'failed', message: `${session.provider.title} documents no delete call` };
  if (!live) {
    forgetCampaign(record, a.address);
    return { settled: { address: a.address, outcome: 'deleted', message: 'already gone at the vendor; no longer managed' } };
  }
  if (wholeFingerprint(live, session) !== a.live_fingerprint) return { address: a.address, outcome: 'stale', message: 'stale: it changed since the plan was made, so it was not deleted; plan again' };
  try {
    await remove.send({ id: a.id, live, http: session.http, account: session.account, ...(opts.signal ? { signal: opts.signal } : {}) });
  } catch (err) {
    if (opts.signal?.aborted && !(err instanceof HttpError && err.kind !== 'aborted')) {
      return { address: a.address, outcome: 'not_applied', message: 'interrupted before it completed; plan again to see what is left' };
    }
    return { address: a.address, outcome: 'failed', message: errorText(err) };
  }
  forgetCampaign(record, a.address);
  return { settled: { address: a.address, outcome: 'deleted', message: 'deleted at the vendor; no longer managed' } };
}

/** A delta from lists of entries, for saving one create at once. */
function deltaOf(parts: {
  creates?: readonly [string, CreateEntry | null][];
  managed?: readonly [string, boolean][];
  campaigns?: readonly [string, Readonly<Record<string, string>> | null][];
}): RecordDelta {
  const delta = emptyDelta();
  for (const [k, v] of parts.creates ?? []) delta.creates.set(k, v);
  for (const [k, v] of parts.managed ?? []) delta.managed.set(k, v);
  for (const [k, v] of parts.campaigns ?? []) delta.campaigns.set(k, v);
  return delta;
}

/** A change to `shown` shows `path`: the same field, or one that holds it (`budget` holds `budget.amount`). */
function covers(shown: string, path: string): boolean {
  return path === shown || path.startsWith(`${shown}.`) || path.startsWith(`${shown}[`);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
