import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { readConfig } from './common.js';
import { applyPlan, type ApplyResult } from '../engine/apply.js';
import { writeLastApplied } from '../engine/last-applied.js';
import { readPlanFile } from '../engine/plan-file.js';
import { hasChanges, type Plan } from '../engine/plan-model.js';
import { renderApplyMarkdown, renderApplyText } from '../report/apply-text.js';
import { createProgress } from '../report/progress.js';
import { wantsColor, type CliIO } from './io.js';
import { renderPlan, type PlanFormat } from './plan.js';
import { failWith, loadValidCampaigns, openWorkspace, planCampaigns, type EngineOptions, type Workspace } from './workspace.js';

export interface ApplyCommandOptions extends EngineOptions {
  readonly format: PlanFormat;
  readonly autoApprove?: boolean;
}

/** Exit: 0 everything applied (or nothing to do), 1 anything failed, stale or not applied, 130 interrupted. */
export async function runApply(io: CliIO, planFile: string | undefined, opts: ApplyCommandOptions): Promise<number> {
  if (planFile) return applySaved(io, planFile, opts);
  if (!opts.autoApprove && !io.stdinIsTTY) {
    io.stderr.write('campaignctl: apply without a plan file asks for confirmation; stdin is not a terminal, so pass --auto-approve (or apply a saved plan)\n');
    return 1;
  }
  const loaded = await loadValidCampaigns(io, opts);
  if (loaded === 1) return 1;
  const ws = await openWorkspace(io, loaded.config, new Set(loaded.campaigns.map((c) => c.account)), opts);
  if (ws === 1) return 1;
  try {
    const plan = await planCampaigns(io, loaded.campaigns, ws);
    if (!plan) return 130;
    // The plan goes to stderr with --format json so that stdout holds only the apply result.
    (opts.format === 'json' ? io.stderr : io.stdout).write(renderPlan(plan, opts.format === 'json' ? 'text' : opts.format, io));
    if (!hasChanges(plan)) {
      writeResult(io, opts.format, await execute(io, plan, ws));
      return plan.summary.error > 0 ? 1 : 0;
    }
    if (!opts.autoApprove && !(await confirm())) {
      io.stderr.write('Apply cancelled; nothing was written.\n');
      return 1;
    }
    return finish(io, opts.format, await execute(io, plan, ws));
  } finally {
    await ws.sessions.close();
  }
}

async function applySaved(io: CliIO, planFile: string, opts: ApplyCommandOptions): Promise<number> {
  const { plan, diagnostics } = await readPlanFile(path.resolve(io.cwd, planFile));
  if (!plan) return failWith(io, diagnostics.map((d) => ({ ...d, file: planFile })));
  const { config, diagnostics: configDiags } = await readConfig(io, opts);
  if (!config) return failWith(io, configDiags);
  const unknown = plan.actions.filter((a) => config.accounts.get(a.account)?.provider !== a.provider);
  if (unknown.length) {
    io.stderr.write(
      `campaignctl: the plan names account(s) that ${config.file} does not declare for that provider: ${[...new Set(unknown.map((a) => `${a.provider}/${a.account}`))].join(', ')}; nothing was sent\n`,
    );
    return 1;
  }
  const accounts = new Set(plan.actions.filter((a) => a.action === 'update').map((a) => a.account));
  const ws = await openWorkspace(io, config, accounts, opts);
  if (ws === 1) return 1;
  try {
    return finish(io, opts.format, await execute(io, plan, ws));
  } finally {
    await ws.sessions.close();
  }
}

async function execute(io: CliIO, plan: Plan, ws: Workspace): Promise<ApplyResult> {
  const progress = createProgress(io.stderr, Boolean(io.stderr.isTTY));
  const result = await applyPlan(plan, {
    sessions: ws.sessions.byAccount,
    lastApplied: ws.lastApplied,
    now: () => io.now(),
    signal: io.interrupts(),
    onProgress: progress.update,
  });
  progress.finish();
  if (JSON.stringify(result.lastApplied) !== JSON.stringify(ws.lastApplied)) await writeLastApplied(ws.lastAppliedFile, result.lastApplied);
  return result;
}

function writeResult(io: CliIO, format: PlanFormat, result: ApplyResult): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify({ tally: result.tally, interrupted: result.interrupted, outcomes: result.outcomes }, null, 2)}\n`);
  else if (format === 'markdown') io.stdout.write(renderApplyMarkdown(result));
  else io.stdout.write(renderApplyText(result, wantsColor(io)));
}

function finish(io: CliIO, format: PlanFormat, result: ApplyResult): number {
  writeResult(io, format, result);
  if (result.interrupted) return 130;
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
