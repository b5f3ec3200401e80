/**
 * `campaignctl merge`: the plans of a sharded run (`plan --shard I/N`) become one plan, as if one
 * job had planned every campaign: the actions ordered by address, the summary counted again.
 *
 * A merged plan is applied and shown as a whole, so an incomplete one would pass a missing shard
 * off as "no changes". Merge therefore refuses, rather than warns, when the shards do not add up:
 * a shard missing or given twice, shards of different runs (another N, or cut from other
 * campaigns: another commit or --target), an action outside its plan's shard, one campaign in two
 * plans, or a whole plan mixed with shards. Plans without a shard (say, one per --target) merge
 * too, as long as no campaign is in two of them.
 */
import type { Diagnostic, RelatedPosition, SourcePosition } from '../desired/diagnostic.js';
import type { Path } from '../desired/path.js';
import { campaignKey } from './plan-check.js';
import { PLAN_FORMAT_VERSION, summarize, unknownAction, type Plan, type PlanAction, type PlanBase, type PlanShard } from './plan-model.js';
import { selectionDigest, shardOf } from './shard.js';

export interface MergeInput {
  /** The file as the user named it. */
  readonly file: string;
  readonly plan: Plan;
  /** Where a field of the file stands, for errors (called only when there is one). */
  readonly at: (path: Path) => SourcePosition;
}

/** One campaign in two plans is reported this many times at most, then counted. */
const MAX_OVERLAPS_SHOWN = 20;

const HINT_RUN = 'merge the plans of every shard of one run: `campaignctl plan --shard I/N --out FILE` for each I from 1 to N, from the same commit and options';

export function mergePlans(inputs: readonly MergeInput[]): { plan?: Plan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (input: MergeInput, path: Path, message: string, hint: string, related: RelatedPosition[] = []) =>
    diagnostics.push({ ...input.at(path), code: 'plan-merge', message, hint, ...(related.length ? { related } : {}) });

  const sharded = inputs.filter((i) => i.plan.shard);
  if (sharded.length > 0) checkShards(inputs, sharded, report);
  if (diagnostics.length === 0) checkBases(inputs, report);
  if (diagnostics.length === 0) checkOverlaps(inputs, report);
  if (diagnostics.length === 0 && sharded.length > 0) checkCoverage(sharded, report);
  // The zone dates are shown in comes from campaignctl.yaml: plans that disagree come from different configurations.
  const zone = inputs[0]?.plan.timezone;
  for (const input of inputs.slice(1)) {
    if (input.plan.timezone !== zone) {
      const name = (z: string | undefined) => (z === undefined ? 'UTC (no `timezone:`)' : `\`${z}\``);
      report(input, input.plan.timezone === undefined ? [] : ['timezone'], `this plan shows dates in ${name(input.plan.timezone)}, but ${inputs[0]!.file} in ${name(zone)}: the plans come from different configurations`, HINT_RUN);
    }
  }
  if (diagnostics.length > 0) return { diagnostics };

  const actions = inputs.flatMap((i) => i.plan.actions);
  // Code-unit order, not localeCompare: the same on every machine.
  actions.sort((a, b) => {
    const [x, y] = [campaignOf(a), campaignOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const times = inputs.map((i) => i.plan.created_at).filter((t) => t !== '').sort();
  const base = inputs[0]?.plan.base;
  return {
    plan: {
      format_version: PLAN_FORMAT_VERSION,
      // The oldest read of live state among the parts: what the plan as a whole can vouch for.
      created_at: times[0] ?? '',
      ...(base ? { base } : {}),
      ...(zone !== undefined ? { timezone: zone } : {}),
      summary: summarize(actions),
      actions,
    },
    diagnostics: [],
  };
}

/**
 * The campaign an action is about, as merge tells campaigns apart: overlaps, shards and the order
 * of the merged plan go by it.
 */
function campaignOf(a: PlanAction): string {
  switch (a.action) {
    case 'create':
    case 'update':
    case 'retire':
    case 'delete':
    case 'forget':
    case 'no_change':
    case 'error':
      return a.address;
    default:
      return unknownAction(a);
  }
}

type Report = (input: MergeInput, path: Path, message: string, hint: string, related?: RelatedPosition[]) => void;

const label = (s: PlanShard) => `${s.index}/${s.count}`;

function checkShards(inputs: readonly MergeInput[], sharded: readonly MergeInput[], report: Report): void {
  const first = sharded[0]!;
  const ref = first.plan.shard!;
  for (const input of inputs) {
    if (!input.plan.shard) {
      report(input, [], `this is a whole plan, not a shard, but ${first.file} is shard ${label(ref)}: a whole plan and shards cannot be merged`, HINT_RUN);
    }
  }
  let sameRun = true;
  for (const input of sharded.slice(1)) {
    const s = input.plan.shard!;
    if (s.count !== ref.count) {
      sameRun = false;
      report(input, ['shard', 'count'], `shard ${label(s)} is one of ${s.count} shards, but ${first.file} is shard ${label(ref)}, one of ${ref.count}`, HINT_RUN, [
        { ...first.at(['shard', 'count']), message: `shard ${label(ref)}` },
      ]);
    } else if (s.selection !== ref.selection || s.campaigns !== ref.campaigns) {
      sameRun = false;
      report(
        input,
        ['shard', 'selection'],
        `shard ${label(s)} was cut from other campaigns (${s.campaigns}) than ${first.file} (${ref.campaigns}): the shards come from different commits, configurations or --target options`,
        HINT_RUN,
        [{ ...first.at(['shard', 'selection']), message: `shard ${label(ref)}` }],
      );
    }
  }
  if (!sameRun) return;
  const byIndex = new Map<number, MergeInput>();
  for (const input of sharded) {
    const s = input.plan.shard!;
    const other = byIndex.get(s.index);
    if (other) {
      report(input, ['shard', 'index'], `shard ${label(s)} is given twice (also ${other.file})`, 'give each shard\'s plan once', [
        { ...other.at(['shard', 'index']), message: `shard ${label(s)} first` },
      ]);
    } else byIndex.set(s.index, input);
  }
  const missing = Array.from({ length: ref.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const names = missing.map((i) => `${i}/${ref.count}`);
    const list = names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
    report(
      first,
      ['shard', 'count'],
      `${missing.length === 1 ? 'shard' : 'shards'} ${list} ${missing.length === 1 ? 'is' : 'are'} missing: a merged plan must hold all ${ref.count} shards (got ${[...byIndex.keys()].sort((a, b) => a - b).map((i) => `${i}/${ref.count}`).join(', ')}), or the missing campaigns would pass for unchanged`,
      'plan the missing shards (`campaignctl plan --shard I/N --out FILE`) and merge every shard\'s plan',
    );
  }
}

/** The parts' origins were judged against one revision (`plan --base`), or none was. */
function checkBases(inputs: readonly MergeInput[], report: Report): void {
  const first = inputs[0];
  if (!first) return;
  const said = (b: PlanBase | undefined) => (b ? `--base ${b.ref} (${b.sha.slice(0, 12)})` : 'no --base');
  for (const input of inputs.slice(1)) {
    const [a, b] = [first.plan.base, input.plan.base];
    if (a?.sha === b?.sha && a?.ref === b?.ref) continue;
    report(
      input,
      b ? ['base'] : [],
      `this plan was made with ${said(b)}, but ${first.file} with ${said(a)}: the origins of their changes do not compare`,
      'plan every shard with the same options, --base REF included',
      a ? [{ ...first.at(['base']), message: said(a) }] : [],
    );
  }
}

function checkOverlaps(inputs: readonly MergeInput[], report: Report): void {
  // One campaign however its id is spelt: `3C90…` in one plan and `3c90…` in another would both be written.
  const seen = new Map<string, { input: MergeInput; index: number; campaign: string }>();
  let overlaps = 0;
  let last: { input: MergeInput; index: number; address: string } | undefined;
  for (const input of inputs) {
    input.plan.actions.forEach((a: PlanAction, index) => {
      const campaign = campaignOf(a);
      // A new document has no id yet: its address (file and place) is what tells it apart.
      const key = a.id === undefined ? campaign : campaignKey(a.provider, a.account, a.id);
      const first = seen.get(key);
      if (!first) return void seen.set(key, { input, index, campaign });
      overlaps += 1;
      last = { input, index, address: campaign };
      if (overlaps > MAX_OVERLAPS_SHOWN) return;
      report(
        input,
        ['actions', index, 'address'],
        `campaign ${campaign} is also planned in ${first.input.file}${first.campaign === campaign ? '' : ` (as ${first.campaign}, the same campaign at its vendor)`}: merged plans must not overlap`,
        'merge plans of disjoint campaigns, such as the shards of one `plan --shard I/N` run',
        [{ ...first.input.at(['actions', first.index, 'address']), message: 'planned here too' }],
      );
    });
  }
  if (overlaps > MAX_OVERLAPS_SHOWN && last) {
    report(last.input, ['actions', last.index, 'address'], `and ${overlaps - MAX_OVERLAPS_SHOWN} more campaigns planned in two plans`, 'merge plans of disjoint campaigns');
  }
}

/** Every action sits in its plan's shard, and together they are exactly the campaigns the shards were cut from. */
function checkCoverage(sharded: readonly MergeInput[], report: Report): void {
  let misplaced = 0;
  for (const input of sharded) {
    const s = input.plan.shard!;
    input.plan.actions.forEach((a, index) => {
      const campaign = campaignOf(a);
      const home = shardOf(campaign, s.count);
      if (home === s.index || ++misplaced > MAX_OVERLAPS_SHOWN) return;
      report(input, ['actions', index, 'address'], `campaign ${campaign} belongs to shard ${home}/${s.count}, not to this plan's shard ${label(s)}`, 'plan the shard again; a saved plan is not meant to be edited');
    });
  }
  if (misplaced > 0) return;
  const ref = sharded[0]!.plan.shard!;
  const addresses = sharded.flatMap((i) => i.plan.actions.map(campaignOf));
  if (selectionDigest(addresses) !== ref.selection) {
    report(
      sharded[0]!,
      ['shard', 'selection'],
      `the shards' plans hold ${addresses.length} campaigns, not the ${ref.campaigns} they were cut from`,
      'plan every shard again; a saved plan is not meant to be edited',
    );
  }
}
