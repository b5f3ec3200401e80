/**
 * `campaignctl merge PLAN…`: the plans of a sharded run (`plan --shard I/N --out FILE`) as one
 * plan, printed and saved like `plan` does, for `apply FILE`, `github comment` and `github summary`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourcePosition } from '../desired/diagnostic.js';
import type { Path } from '../desired/path.js';
import { loadYaml } from '../desired/yaml-source.js';
import { PLAN_FILE_MAX_BYTES, readPlanFile, writePlanFile } from '../engine/plan-file.js';
import { mergePlans, type MergeInput } from '../engine/plan-merge.js';
import { hasChanges } from '../engine/plan-model.js';
import { RENDERERS, type PlanFormat } from '../report/renderers.js';
import { wantsColor, type CliIO } from './io.js';
import { failWith } from './workspace.js';

export interface MergeCommandOptions {
  readonly format: PlanFormat;
  readonly out?: string;
  readonly detailedExitcode?: boolean;
}

/** Exit: as `plan`: 0 no changes, 1 any error (in the files or in the merged plan), 2 changes (with --detailed-exitcode). */
export async function runMerge(io: CliIO, files: readonly string[], opts: MergeCommandOptions): Promise<number> {
  const inputs: MergeInput[] = [];
  const diagnostics: Diagnostic[] = [];
  const given = new Map<string, string>();
  for (const file of files) {
    const full = path.resolve(io.cwd, file);
    const twice = given.get(full);
    if (twice !== undefined) {
      diagnostics.push({ file, line: 1, col: 1, code: 'plan-merge', message: `this plan is given twice${twice === file ? '' : ` (also as ${twice})`}`, hint: 'name each plan once' });
      continue;
    }
    given.set(full, file);
    const read = await readPlanFile(full);
    diagnostics.push(...read.diagnostics.map((d) => (d.file === full ? { ...d, file } : d)));
    if (read.plan) inputs.push({ file, plan: read.plan, at: locator(full, file) });
  }
  if (diagnostics.length > 0) {
    io.stderr.write('campaignctl merge: the plans cannot be read; nothing was merged.\n');
    return failWith(io, diagnostics);
  }
  const merged = mergePlans(inputs);
  if (!merged.plan) {
    io.stderr.write('campaignctl merge: the plans do not add up to one plan; nothing was merged.\n');
    return failWith(io, merged.diagnostics);
  }
  const plan = merged.plan;
  io.stdout.write(RENDERERS.plan[opts.format].render(plan, { color: wantsColor(io) }));
  const shards = inputs.flatMap((i) => (i.plan.shard ? [i.plan.shard] : []));
  const what = shards.length > 0 ? `the ${shards.length} shards` : `${inputs.length} ${inputs.length === 1 ? 'plan' : 'plans'}`;
  io.stderr.write(`Merged ${what} (${plan.actions.length} ${plan.actions.length === 1 ? 'campaign' : 'campaigns'}).\n`);
  if (opts.out) {
    await writePlanFile(path.resolve(io.cwd, opts.out), plan);
    io.stderr.write(`Saved the plan to ${opts.out}; apply it with: campaignctl apply ${opts.out}\n`);
  }
  if (plan.summary.error > 0) return 1;
  return opts.detailedExitcode && hasChanges(plan) ? 2 : 0;
}

/** Positions come from the YAML loader, read only when a merge error has to point into the file. */
function locator(full: string, file: string): (p: Path) => SourcePosition {
  let at: ((p: Path) => SourcePosition) | undefined;
  return (p) => {
    if (!at) {
      let doc;
      try {
        doc = loadYaml(file, readFileSync(full), { maxBytes: PLAN_FILE_MAX_BYTES }).documents[0];
      } catch {
        doc = undefined;
      }
      at = doc ? (q) => doc.locator.at(q) : () => ({ file, line: 1, col: 1 });
    }
    return at(p);
  };
}
