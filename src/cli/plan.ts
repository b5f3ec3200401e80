import path from 'node:path';
import { hasChanges, type Plan } from '../engine/plan-model.js';
import { writePlanFile } from '../engine/plan-file.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { renderPlanText } from '../report/plan-text.js';
import { wantsColor, type CliIO } from './io.js';
import { loadValidCampaigns, openWorkspace, planCampaigns, type EngineOptions } from './workspace.js';

export type PlanFormat = 'text' | 'markdown' | 'json';
export const PLAN_FORMATS: readonly PlanFormat[] = ['text', 'markdown', 'json'];

export interface PlanCommandOptions extends EngineOptions {
  readonly format: PlanFormat;
  readonly out?: string;
  readonly detailedExitcode?: boolean;
}

export function renderPlan(plan: Plan, format: PlanFormat, io: CliIO): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  if (format === 'markdown') return renderPlanMarkdown(plan);
  return renderPlanText(plan, wantsColor(io));
}

/** Exit: 0 no changes, 1 any error, 2 changes (with --detailed-exitcode), 130 interrupted. */
export async function runPlan(io: CliIO, opts: PlanCommandOptions): Promise<number> {
  const loaded = await loadValidCampaigns(io, opts);
  if (loaded === 1) return 1;
  const ws = await openWorkspace(io, loaded.config, new Set(loaded.campaigns.map((c) => c.account)), opts);
  if (ws === 1) return 1;
  try {
    const plan = await planCampaigns(io, loaded.campaigns, ws);
    if (!plan) return 130;
    io.stdout.write(renderPlan(plan, opts.format, io));
    if (opts.out) {
      await writePlanFile(path.resolve(io.cwd, opts.out), plan);
      io.stderr.write(`Saved the plan to ${opts.out}; apply it with: campaignctl apply ${opts.out}\n`);
    }
    if (plan.summary.error > 0) return 1;
    return opts.detailedExitcode && hasChanges(plan) ? 2 : 0;
  } finally {
    await ws.sessions.close();
  }
}
