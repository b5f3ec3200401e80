/**
 * What plan and apply share: the configuration, the validated campaigns (all of them: a broken
 * file stops the command before any request), the --target selection, the account sessions, the
 * last-applied record, and the campaigns apply managed whose documents are gone (to prune).
 */
import path from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import type { CampaignDocument } from '../desired/campaign.js';
import { compareDiagnostics, type Diagnostic } from '../desired/diagnostic.js';
import { validateCampaignFiles } from '../desired/parallel-read.js';
import { DEFAULT_LAST_APPLIED_FILE, readLastApplied, type LastAppliedRecord } from '../engine/last-applied.js';
import { addressMatches } from '../engine/guardrails.js';
import type { OriginBase } from '../engine/origins.js';
import { buildPlan } from '../engine/planner.js';
import { needsSession, pruneCandidates, type PruneCandidate } from '../engine/prune.js';
import type { Plan } from '../engine/plan-model.js';
import { openSessions, type Sessions } from '../engine/sessions.js';
import { createProgress } from '../report/progress.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { displayPath } from '../desired/discover.js';
import { findCampaignFiles, readConfig, type CommonOptions } from './common.js';
import { wantsColor, type CliIO } from './io.js';

export interface EngineOptions extends CommonOptions {
  readonly target?: readonly string[];
  readonly concurrency?: number;
  readonly lastApplied?: string;
}

export interface Workspace {
  readonly config: LoadedConfig;
  readonly sessions: Sessions;
  readonly lastApplied: LastAppliedRecord;
  readonly lastAppliedFile: string;
  /** Campaigns apply managed whose documents are gone, selected by --target (not by --shard). */
  readonly pruned: readonly PruneCandidate[];
}

/** Which accounts a workspace connects to: those named, or those the documents and the prune candidates need. */
export type WorkspaceScope =
  | { readonly accounts: ReadonlySet<string> }
  | {
      /** Every document of the repository: what no document claims is pruned. */
      readonly documents: readonly CampaignDocument[];
      /** The documents to plan. */
      readonly selected: readonly CampaignDocument[];
      readonly targets: readonly string[];
    };

export interface LoadedCampaigns {
  readonly config: LoadedConfig;
  /** The documents --target selects. */
  readonly campaigns: CampaignDocument[];
  /** Every document. */
  readonly all: CampaignDocument[];
}

/** Prints diagnostics to stderr (stdout is kept for the document) and returns exit status 1. */
export function failWith(io: CliIO, diagnostics: readonly Diagnostic[]): 1 {
  io.stderr.write(renderDiagnosticsText(diagnostics, undefined, wantsColor(io, 'stderr')));
  return 1;
}

export async function loadValidCampaigns(io: CliIO, opts: EngineOptions): Promise<LoadedCampaigns | 1> {
  const { config, diagnostics } = await readConfig(io, opts);
  if (!config) return failWith(io, diagnostics);
  const campaigns = await loadCampaignTree(io, config, opts);
  if (campaigns === 1) return 1;
  const selected = selectTargets(campaigns, opts.target ?? []);
  if ('unmatched' in selected) {
    // A target may name a campaign whose document is gone, to prune just that one.
    const record = await readLastApplied(lastAppliedPath(io, config, opts));
    const managed = record.record?.managed ?? [];
    const unmatched = (opts.target ?? []).find((t) => !campaigns.some((c) => targetMatches(c.address, t)) && !managed.some((a) => targetMatches(a, t)));
    if (unmatched !== undefined) {
      io.stderr.write(
        `campaignctl: --target ${unmatched} matches no campaign (an address is <provider>/<account>/<id>, or <provider>/<account>/new:<file> for a new document; a prefix <provider>/<account> selects an account)\n`,
      );
      return 1;
    }
    return { config, campaigns: campaigns.filter((c) => (opts.target ?? []).some((t) => targetMatches(c.address, t))), all: campaigns };
  }
  return { config, campaigns: selected.campaigns, all: campaigns };
}

/** Every campaign the files under --dir declare, validated (all of them: a broken file stops the command). */
export async function loadCampaignTree(io: CliIO, config: LoadedConfig, opts: CommonOptions): Promise<CampaignDocument[] | 1> {
  const { files, diagnostics: pathDiags } = await findCampaignFiles(io, [opts.dir]);
  if (pathDiags.length) return failWith(io, pathDiags);
  const result = await validateCampaignFiles(files, { config, now: io.now(), cwd: io.cwd, held: true });
  if (result.diagnostics.length) {
    io.stderr.write('campaignctl: the campaign files have errors; nothing was read from or sent to any vendor.\n');
    return failWith(io, result.diagnostics);
  }
  return result.campaigns;
}

/** The last-applied record's file: --last-applied, or .campaignctl/last-applied.json beside the configuration. */
export function lastAppliedPath(io: CliIO, config: LoadedConfig, opts: EngineOptions): string {
  return path.resolve(io.cwd, opts.lastApplied ?? path.join(path.dirname(config.file), DEFAULT_LAST_APPLIED_FILE));
}

/** A target is an address or a prefix of whole segments of one (as `apply --approve` takes them). */
export function targetMatches(address: string, target: string): boolean {
  return addressMatches(address, target);
}

export function selectTargets(
  campaigns: readonly CampaignDocument[],
  targets: readonly string[],
): { campaigns: CampaignDocument[] } | { unmatched: string } {
  if (targets.length === 0) return { campaigns: [...campaigns] };
  for (const t of targets) if (!campaigns.some((c) => targetMatches(c.address, t))) return { unmatched: t };
  return { campaigns: campaigns.filter((c) => targets.some((t) => targetMatches(c.address, t))) };
}

export async function openWorkspace(io: CliIO, config: LoadedConfig, scope: WorkspaceScope, opts: EngineOptions): Promise<Workspace | 1> {
  const lastAppliedFile = lastAppliedPath(io, config, opts);
  const record = await readLastApplied(lastAppliedFile, displayPath(lastAppliedFile, io.cwd));
  if (!record.record) return failWith(io, record.diagnostics);
  let accounts: ReadonlySet<string>;
  let pruned: PruneCandidate[] = [];
  if ('accounts' in scope) accounts = scope.accounts;
  else {
    const targets = scope.targets;
    pruned = pruneCandidates(record.record, scope.documents, config.accounts).filter((p) => targets.length === 0 || targets.some((t) => targetMatches(p.address, t)));
    accounts = new Set([...scope.selected.map((c) => c.account), ...pruned.filter(needsSession).map((p) => p.account)]);
  }
  const sessions = await openSessions({
    config,
    accounts,
    env: io.env,
    cwd: io.cwd,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
  });
  if (sessions.diagnostics.length) {
    await sessions.close();
    io.stderr.write('campaignctl: nothing was read from or sent to any vendor.\n');
    return failWith(io, [...sessions.diagnostics].sort(compareDiagnostics));
  }
  return { config, sessions, lastApplied: record.record, lastAppliedFile, pruned };
}

/** Plans the campaigns (and those to prune) with progress on stderr; undefined when interrupted (nothing was written). */
export async function planCampaigns(
  io: CliIO,
  campaigns: readonly CampaignDocument[],
  ws: Workspace,
  pruned: readonly PruneCandidate[] = ws.pruned,
  base?: OriginBase,
): Promise<Plan | undefined> {
  const signal = io.interrupts();
  const progress = createProgress(io.stderr, Boolean(io.stderr.isTTY));
  const plan = await buildPlan({
    campaigns,
    pruned,
    sessions: ws.sessions.byAccount,
    lastApplied: ws.lastApplied,
    now: io.now(),
    policy: ws.config.policy,
    ...(ws.config.timezone !== undefined ? { timezone: ws.config.timezone } : {}),
    signal,
    onProgress: progress.update,
    ...(base ? { base } : {}),
  });
  progress.finish();
  if (signal.aborted) {
    io.stderr.write('campaignctl: interrupted while planning; nothing was written.\n');
    return undefined;
  }
  return plan;
}
