import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { readConfig } from './common.js';
import { applyPlan, type ApplyResult } from '../engine/apply.js';
import { writeLastApplied } from '../engine/last-applied.js';
import { readPlanFile } from '../engine/plan-file.js';
import { hasChanges, type Plan } from '../engine/plan-model.js';
import { createProgress } from '../report/progress.js';
import { RENDERERS, type PlanFormat } from '../report/renderers.js';
import { wantsColor, type CliIO } from './io.js';
import { failWith, loadValidCampaigns, openWorkspace, planCampaigns, type EngineOptions, type Workspace } from './workspace.js';

export interface ApplyCommandOptions extends EngineOptions {
  readonly format: PlanFormat;
  readonly autoApprove?: boolean;
  /** Also save the result as JSON (what `--format json` prints), for the job summary. */
  readonly out?: string;
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
    // The plan goes to stderr as text with --format json, so that stdout holds only the apply result.
    const planOnStdout = opts.format !== 'json';
    if (planOnStdout) io.stdout.write(RENDERERS.plan[opts.format].render(plan, { color: wantsColor(io) }));
    else io.stderr.write(RENDERERS.plan.text.render(plan, { color: wantsColor(io, 'stderr') }));
    if (!hasChanges(plan)) {
      const result = await execute(io, plan, ws);
      writeResult(io, opts.format, result, planOnStdout);
      await saveResult(io, opts.out, result);
      return plan.summary.error > 0 ? 1 : 0;
    }
    if (!opts.autoApprove && !(await confirm())) {
      io.stderr.write('Apply cancelled; nothing was written.\n');
      return 1;
    }
    return await finish(io, opts, await execute(io, plan, ws), planOnStdout);
  } finally {
    await ws.sessions.close();
  }
}

async function applySaved(io: CliIO, planFile: string, opts: ApplyCommandOptions): Promise<number> {
  // A saved plan is applied as written, so it is checked like campaign files are (the accounts it
  // names, the fields it would send against the vendors' schemas and rules) before any request.
  const { config, diagnostics: configDiags } = await readConfig(io, opts);
  const { plan, diagnostics } = await readPlanFile(path.resolve(io.cwd, planFile), {
    now: io.now(),
    ...(config ? { accounts: config.accounts, configFile: config.file } : {}),
  });
  if (!config || !plan) {
    io.stderr.write(`campaignctl: ${planFile} cannot be applied; nothing was read from or sent to any vendor.\n`);
    return failWith(io, [...configDiags, ...diagnostics.map((d) => ({ ...d, file: planFile }))]);
  }
  const accounts = new Set(plan.actions.filter((a) => a.action === 'update').map((a) => a.account));
  const ws = await openWorkspace(io, config, accounts, opts);
  if (ws === 1) return 1;
  try {
    return await finish(io, opts, await execute(io, plan, ws), false);
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

async function finish(io: CliIO, opts: ApplyCommandOptions, result: ApplyResult, afterPlan: boolean): Promise<number> {
  writeResult(io, opts.format, result, afterPlan);
  await saveResult(io, opts.out, result);
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
