import { rm } from 'node:fs/promises';
import path from 'node:path';
import { hasChanges, type Plan, type PlanShard } from '../engine/plan-model.js';
import { writePlanFile } from '../engine/plan-file.js';
import { inShard, planShard, type ShardSpec } from '../engine/shard.js';
import { RENDERERS, type PlanFormat } from '../report/renderers.js';
import { wantsColor, type CliIO } from './io.js';
import { readPlanBase } from './plan-base.js';
import { loadValidCampaigns, openWorkspace, planCampaigns, type EngineOptions } from './workspace.js';

export interface PlanCommandOptions extends EngineOptions {
  readonly format: PlanFormat;
  readonly out?: string;
  readonly detailedExitcode?: boolean;
  /** Plan only the campaigns in this shard (engine/shard.ts); validation still reads every file. */
  readonly shard?: ShardSpec;
  /** A git revision: each change gets its origin against what it declared (`change`, `drift`, `change_and_drift`). */
  readonly base?: string;
}

/** Exit: 0 no changes, 1 any error, 2 changes (with --detailed-exitcode), 130 interrupted. */
export async function runPlan(io: CliIO, opts: PlanCommandOptions): Promise<number> {
  const loaded = await loadValidCampaigns(io, opts);
  if (loaded === 1) return 1;
  const shard = opts.shard;
  const campaigns = shard ? loaded.campaigns.filter((c) => inShard(c.address, shard)) : loaded.campaigns;
  const base = opts.base === undefined ? undefined : await readPlanBase(io, opts.base, opts);
  if (base === 1) return 1;
  const ws = await openWorkspace(io, loaded.config, { documents: loaded.all, selected: campaigns, targets: opts.target ?? [] }, opts);
  if (ws === 1) return 1;
  try {
    // A campaign to prune falls in a shard by its address, like a document.
    const pruned = shard ? ws.pruned.filter((p) => inShard(p.address, shard)) : ws.pruned;
    if (shard) {
      const all = loaded.campaigns.length + ws.pruned.length;
      io.stderr.write(`Shard ${shard.index}/${shard.count}: planning ${campaigns.length + pruned.length} of ${all} campaigns.\n`);
    }
    const whole = await planCampaigns(io, campaigns, ws, pruned, base);
    if (!whole) return 130;
    const plan = shard ? withShard(whole, planShard(shard, [...loaded.campaigns, ...ws.pruned].map((c) => c.address))) : whole;
    io.stdout.write(RENDERERS.plan[opts.format].render(plan, { color: wantsColor(io) }));
    // A Ctrl-C after the last read (while the plan was shown or saved) still interrupts: no plan
    // is saved, so that a pipeline does not go on to apply one the user stopped.
    const signal = io.interrupts();
    if (opts.out) {
      const file = path.resolve(io.cwd, opts.out);
      if (signal.aborted || !(await writePlanFile(file, plan, signal))) return interrupted(io);
      if (signal.aborted) {
        await rm(file, { force: true });
        return interrupted(io);
      }
      io.stderr.write(`Saved the plan to ${opts.out}; apply it with: campaignctl apply ${opts.out}\n`);
    } else if (signal.aborted) {
      io.stderr.write('campaignctl: interrupted.\n');
      return 130;
    }
    if (plan.summary.error > 0) return 1;
    return opts.detailedExitcode && hasChanges(plan) ? 2 : 0;
  } finally {
    await ws.sessions.close();
  }
}

function interrupted(io: CliIO): 130 {
  io.stderr.write('campaignctl: interrupted; the plan was not saved.\n');
  return 130;
}

/** The shard goes after `created_at`, where a reader of the JSON looks first. */
function withShard(plan: Plan, shard: PlanShard): Plan {
  const { format_version, created_at, base, summary, actions, ...rest } = plan;
  return { format_version, created_at, shard, ...(base ? { base } : {}), ...rest, summary, actions };
}
