import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hostname } from 'node:os';
import { createInterface } from 'node:readline/promises';
import type { LoadedConfig } from '../config/load.js';
import { displayPath } from '../desired/discover.js';
import { applyPlan, type ApplyResult } from '../engine/apply.js';
import type { Approvals } from '../engine/guardrails.js';
import { acquireApplyLock, lockFileFor, type ApplyLock, type LockHolder } from '../engine/apply-lock.js';
import type { CampaignDocument } from '../desired/campaign.js';
import { idForFile } from '../desired/campaign-file-text.js';
import { writeIdIntoFile } from '../desired/edit-in-place.js';
import { emptyDelta, readLastApplied, recordDelta, saveLastApplied, saveLastAppliedSync, type RecordDelta } from '../engine/last-applied.js';
import { readPlanFile } from '../engine/plan-file.js';
import { hasChanges, unknownAction, type Plan, type PlanAction } from '../engine/plan-model.js';
import { settledCreates } from '../engine/prune.js';
import { createProgress } from '../report/progress.js';
import { RENDERERS, type PlanFormat } from '../report/renderers.js';
import { readApprovals, writeApprovalNotes, type ApproveOptions } from './approvals.js';
import { readConfig } from './common.js';
import { wantsColor, type CliIO } from './io.js';
import {
  failWith,
  lastAppliedPath,
  loadCampaignTree,
  loadValidCampaigns,
  openWorkspace,
  planCampaigns,
  type EngineOptions,
  type Workspace,
} from './workspace.js';

export interface ApplyCommandOptions extends EngineOptions, ApproveOptions {
  readonly format: PlanFormat;
  readonly autoApprove?: boolean;
  /** Send the deletes the plan holds (`prune: delete`); without it each is refused. */
  readonly allowDelete?: boolean;
  /** Also save the result as JSON (what `--format json` prints), for the job summary. */
  readonly out?: string;
  /** How long to wait for another apply's lock, in milliseconds; 0 (the default) refuses at once. */
  readonly lockTimeout?: number;
}

/** Exit: 0 everything applied (or nothing to do), 1 anything failed, stale or not applied, 130 interrupted. */
export async function runApply(io: CliIO, planFile: string | undefined, opts: ApplyCommandOptions): Promise<number> {
  const approvals = await readApprovals(io, opts);
  if (typeof approvals === 'string') {
    io.stderr.write(`campaignctl: ${approvals}; nothing was read from or sent to any vendor.\n`);
    return 1;
  }
  if (planFile) return applySaved(io, planFile, opts, approvals);
  if (!opts.autoApprove && !io.stdinIsTTY) {
    io.stderr.write('campaignctl: apply without a plan file asks for confirmation; stdin is not a terminal, so pass --auto-approve (or apply a saved plan)\n');
    return 1;
  }
  const loaded = await loadValidCampaigns(io, opts);
  if (loaded === 1) return 1;
  // Taken before planning: a second apply then plans what the first left, instead of the same changes.
  const lock = await takeLock(io, loaded.config, opts, 'apply');
  if (typeof lock === 'number') return lock;
  try {
    const ws = await openWorkspace(io, loaded.config, { documents: loaded.all, selected: loaded.campaigns, targets: opts.target ?? [] }, opts);
    if (ws === 1) return 1;
    try {
      const plan = await planCampaigns(io, loaded.campaigns, ws);
      if (!plan) return 130;
      // The plan goes to stderr as text with --format json, so that stdout holds only the apply result.
      const planOnStdout = opts.format !== 'json';
      if (planOnStdout) io.stdout.write(RENDERERS.plan[opts.format].render(plan, { color: wantsColor(io) }));
      else io.stderr.write(RENDERERS.plan.text.render(plan, { color: wantsColor(io, 'stderr') }));
      if (!hasChanges(plan)) {
        return await finish(io, opts, await execute(io, plan, ws, lock, loaded.all, opts, approvals), planOnStdout, plan.summary.error > 0 ? 1 : 0);
      }
      if (!opts.autoApprove && !(await confirm())) {
        io.stderr.write('Apply cancelled; nothing was written.\n');
        return 1;
      }
      return await finish(io, opts, await execute(io, plan, ws, lock, loaded.all, opts, approvals), planOnStdout);
    } finally {
      await ws.sessions.close();
    }
  } finally {
    await lock.release();
  }
}

async function applySaved(io: CliIO, planFile: string, opts: ApplyCommandOptions, approvals: Approvals): Promise<number> {
  // A saved plan is applied as written, so before any request it is checked like campaign files
  // are (the accounts it names, the fields it would send against the vendors' schemas and rules),
  // against what it shows (each change as `desired` has it), and against the campaign files of the
  // working tree (each campaign still declared, as the plan has it): plan-check.ts.
  const { config, diagnostics: configDiags } = await readConfig(io, opts);
  const declared = config ? await loadCampaignTree(io, config, opts) : undefined;
  if (declared === 1) return 1;
  // What the record manages, for the prunes the plan holds (read again under the lock to apply).
  const record = config ? (await readLastApplied(lastAppliedPath(io, config, opts))).record : undefined;
  const { plan, diagnostics } = await readPlanFile(path.resolve(io.cwd, planFile), {
    now: io.now(),
    ...(config ? { accounts: config.accounts, configFile: config.file } : {}),
    ...(declared ? { declared } : {}),
    ...(record ? { managed: new Set(record.managed) } : {}),
  });
  if (!config || !plan) {
    io.stderr.write(`campaignctl: ${planFile} cannot be applied; nothing was read from or sent to any vendor.\n`);
    // Positions were recorded against the absolute path; show the plan file as the user named it.
    const full = path.resolve(io.cwd, planFile);
    const named = <T extends { file: string }>(p: T): T => (p.file === full ? { ...p, file: planFile } : p);
    return failWith(io, [...configDiags, ...diagnostics.map((d) => ({ ...named(d), ...(d.related ? { related: d.related.map(named) } : {}) }))]);
  }
  const lock = await takeLock(io, config, opts, `apply ${planFile}`);
  if (typeof lock === 'number') return lock;
  try {
    const ws = await openWorkspace(io, config, { accounts: accountsToReach(plan) }, opts);
    if (ws === 1) return 1;
    try {
      return await finish(io, opts, await execute(io, plan, ws, lock, declared ?? [], opts, approvals), false);
    } finally {
      await ws.sessions.close();
    }
  } finally {
    await lock.release();
  }
}

interface Executed {
  readonly result: ApplyResult;
  /** What was applied, and the approvals it was applied with: for the notes on what needs approval. */
  readonly plan: Plan;
  readonly approvals: Approvals;
  /** Why the last-applied record could not be saved (the campaigns were applied all the same). */
  readonly recordError?: string;
}

/** The accounts a saved plan's actions need a connection to: those that read or write a campaign. */
function accountsToReach(plan: Plan): Set<string> {
  const reach = (a: PlanAction): boolean => {
    switch (a.action) {
      case 'create':
      case 'update':
      case 'retire':
      case 'delete':
        return true;
      case 'no_change':
        return a.adopt !== undefined;
      case 'forget':
      case 'error':
        return false;
      default:
        return unknownAction(a);
    }
  };
  return new Set(plan.actions.filter(reach).map((a) => a.account));
}

/** Applies the plan and saves what it sent into the last-applied record. */
async function execute(
  io: CliIO,
  plan: Plan,
  ws: Workspace,
  lock: ApplyLock,
  declared: readonly CampaignDocument[],
  opts: ApplyCommandOptions,
  approvals: Approvals,
): Promise<Executed> {
  const shown = displayPath(ws.lastAppliedFile, io.cwd);
  const progress = createProgress(io.stderr, Boolean(io.stderr.isTTY));
  // What was sent so far, for a process that must exit before the end (a second Ctrl-C): saved
  // from the lock's exit hook, so that the record never misses a write that was made. (A create
  // is saved at once, before and after it is sent.)
  const recorded = emptyDelta();
  let saved = false;
  lock.onForcedExit(() => {
    if (saved || recorded.campaigns.size === 0) return;
    saveLastAppliedSync(ws.lastAppliedFile, recorded);
    const n = recorded.campaigns.size;
    io.stderr.write(`\ncampaignctl: stopped before the apply finished; recorded what was sent to ${n} ${n === 1 ? 'campaign' : 'campaigns'} in ${shown}.\n`);
  });
  const byAddress = new Map(declared.map((c) => [c.address, c]));
  // Saves of the record one after another: each reads the file, merges and replaces it.
  let saving: Promise<void> = Promise.resolve();
  const persist = (delta: RecordDelta): Promise<void> => {
    const next = saving.then(() => saveLastApplied(ws.lastAppliedFile, delta, shown));
    saving = next.catch(() => undefined);
    return next;
  };
  const result = await applyPlan(plan, {
    sessions: ws.sessions.byAccount,
    lastApplied: ws.lastApplied,
    now: () => io.now(),
    signal: io.interrupts(),
    onProgress: progress.update,
    onRecorded: (address, entry) => recorded.campaigns.set(address, entry),
    ...(opts.allowDelete ? { allowDelete: true } : {}),
    persist,
    writeId: (a, id) => writeIdInDocument(io, byAddress.get(a.address), id),
    settledCreates: settledCreates(ws.lastApplied, declared),
    approve: approvals,
    policy: ws.config.policy,
  });
  progress.finish();
  try {
    await saving;
    await saveLastApplied(ws.lastAppliedFile, recordDelta(ws.lastApplied, result.lastApplied), shown);
    saved = true;
  } catch (err) {
    return {
      result,
      plan,
      approvals,
      recordError: `the last-applied record ${shown} could not be saved (${err instanceof Error ? err.message : String(err)}); what was applied stands, and the next apply sends its write-only fields again`,
    };
  }
  return { result, plan, approvals };
}

/** Writes a new campaign's id into its document, as the id schema prefers it (engine/apply.ts calls it). */
async function writeIdInDocument(io: CliIO, c: CampaignDocument | undefined, id: string): Promise<void> {
  if (!c) throw new Error('no campaign file declares the document any more');
  await writeIdIntoFile(path.resolve(io.cwd, c.file), {
    index: c.index,
    id,
    integer: typeof idForFile(c.provider, id) === 'number',
    expect: { provider: c.provider, account: c.account },
  });
}

/**
 * The apply lock beside the record (engine/apply-lock.ts), or the exit status when it is not to
 * be had: 1 held by another apply (named), 130 interrupted while waiting.
 */
async function takeLock(io: CliIO, config: LoadedConfig, opts: ApplyCommandOptions, command: string): Promise<ApplyLock | 1 | 130> {
  const recordFile = lastAppliedPath(io, config, opts);
  const shown = displayPath(lockFileFor(recordFile), io.cwd);
  const timeoutMs = opts.lockTimeout ?? 0;
  const nothing = 'nothing was read from or sent to any vendor';
  let got;
  try {
    got = await acquireApplyLock(recordFile, {
      timeoutMs,
      command: `campaignctl ${command}`,
      signal: io.interrupts(),
      onWait: (holder) => io.stderr.write(`Waiting up to ${duration(timeoutMs)} for the apply lock ${shown}${holder ? `, held by ${holderText(holder, holder.host === hostname())}` : ''}…\n`),
      onTakeover: (holder) => io.stderr.write(`campaignctl: took over the apply lock ${shown} from ${holderText(holder, true)}, which no longer runs.\n`),
    });
  } catch (err) {
    io.stderr.write(`campaignctl: cannot take the apply lock ${shown} (${err instanceof Error ? err.message : String(err)}); ${nothing}.\n`);
    return 1;
  }
  if ('release' in got) return got;
  const waited = timeoutMs > 0 ? ` after waiting ${duration(timeoutMs)}` : '';
  switch (got.kind) {
    case 'interrupted':
      io.stderr.write(`campaignctl: interrupted while waiting for the apply lock ${shown}; ${nothing}.\n`);
      return 130;
    case 'unreadable':
      io.stderr.write(
        `campaignctl: the apply lock ${shown} exists but does not say who holds it (${got.reason})${waited}; ${nothing}. If no apply is running, remove ${shown} and apply again.\n`,
      );
      return 1;
    case 'held':
      io.stderr.write(
        got.sameHost
          ? `campaignctl: another apply holds the lock ${shown}${waited}: ${holderText(got.holder, true)}; ${nothing}. ` +
              `Wait for it to end${timeoutMs > 0 ? '' : ', or pass --lock-timeout (say 10m) to wait for it'}; if no apply is running (the pid now belongs to another program), remove ${shown}.\n`
          : `campaignctl: an apply on host ${got.holder.host} holds the lock ${shown}${waited}: ${holderText(got.holder, false)}; ${nothing}. ` +
              `A lock from another host is never taken over, since this host cannot tell whether that apply still runs: if none is running on ${got.holder.host}, remove ${shown} and apply again.\n`,
      );
      return 1;
    default:
      return got satisfies never;
  }
}

/** `pid 4242 on this host (ci-7), running campaignctl apply plan.json, since 2026-11-23T12:00:00.000Z (3 min ago)` */
function holderText(h: LockHolder, sameHost: boolean): string {
  const since = Date.parse(h.started_at);
  const ago = Number.isFinite(since) ? ` (${duration(Math.max(0, Date.now() - since))} ago)` : '';
  return `pid ${h.pid} ${sameHost ? `on this host (${h.host})` : `on ${h.host}`}${h.command ? `, running ${h.command}` : ''}, since ${h.started_at}${ago}`;
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 120 ? `${m} min` : `${Math.round(m / 60)} h`;
}

/** `afterPlan`: the plan was written to stdout just before. */
function writeResult(io: CliIO, format: PlanFormat, result: ApplyResult, afterPlan: boolean): void {
  const renderer = RENDERERS.apply[format];
  io.stdout.write(`${afterPlan ? (renderer.separator ?? '') : ''}${renderer.render(result, { color: wantsColor(io) })}`);
}

async function saveResult(io: CliIO, out: string | undefined, result: ApplyResult): Promise<void> {
  if (!out) return;
  const file = path.resolve(io.cwd, out);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, RENDERERS.apply.json.render(result, { color: false }));
}

/**
 * Prints the result and returns the exit status. A Ctrl-C that came after the last request (while
 * the record was saved, or the result printed) still counts: the apply says it was interrupted and
 * exits 130, everything it reports having been done and recorded.
 */
async function finish(io: CliIO, opts: ApplyCommandOptions, done: Executed, afterPlan: boolean, status?: 0 | 1): Promise<number> {
  const { result, recordError } = done;
  const signal = io.interrupts();
  const shown = signal.aborted && !result.interrupted ? { ...result, interrupted: true } : result;
  writeResult(io, opts.format, shown, afterPlan);
  await saveResult(io, opts.out, shown);
  writeApprovalNotes(io, done.plan, result, done.approvals);
  const written = result.outcomes.filter((o) => o.outcome === 'created' || o.outcome === 'adopted').length;
  if (written > 0) {
    io.stderr.write(
      `campaignctl: wrote the ${written === 1 ? 'id of 1 new campaign into its document' : `ids of ${written} new campaigns into their documents`}; commit ${written === 1 ? 'it' : 'them'}. Until ${written === 1 ? 'it is' : 'they are'} in git, the last-applied record keeps ${written === 1 ? 'the campaign' : 'them'} from being created again.\n`,
    );
  }
  if (recordError) io.stderr.write(`campaignctl: ${recordError}.\n`);
  if (shown.interrupted) return 130;
  if (signal.aborted) {
    io.stderr.write(`campaignctl: interrupted after the apply finished; what is shown above was done${recordError ? '' : ' and recorded'}.\n`);
    return 130;
  }
  if (recordError) return 1;
  if (status !== undefined) return status;
  const t = result.tally;
  return t.failed + t.stale + t.not_applied > 0 ? 1 : 0;
}

async function confirm(): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('\nApply these changes? Only "yes" is accepted: ');
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
