/**
 * A reviewed plan, applied later (after the merge of its pull request), kept to the campaigns for
 * which it still says what the files say. `apply FILE` refuses a whole plan that does not match the
 * working tree (plan-check.ts); a plan reviewed on a pull request meets a tree that may hold more:
 * another pull request merged meanwhile, a conflict resolved in the merge. Each campaign is judged
 * on its own, by the very checks `apply FILE` makes:
 *
 * - an action that no longer holds (its document changed or went since the plan, or what it would
 *   send no longer passes its vendor's rules) is left out, with the reason the check gives;
 * - a document the plan has no action for is named: the reviewed plan did not show it;
 * - what is left is a plan that `apply FILE` accepts, or, should the plan be unsound as a whole
 *   (damaged, edited, a shard's), nothing and the diagnostics that say why.
 */
import type { CampaignDocument } from '../desired/campaign.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { campaignKey, type PlanCheckOptions } from './plan-check.js';
import { parsePlanText } from './plan-file.js';
import { summarize, type Plan, type PlanAction } from './plan-model.js';

export interface LeftOut {
  readonly address: string;
  readonly file?: string;
  readonly reason: string;
}

export interface HeldPlan {
  /** The actions that still hold, ready for `apply FILE`. */
  readonly plan: Plan;
  /** Actions of the plan that no longer hold. */
  readonly dropped: readonly LeftOut[];
  /** Documents of the working tree the plan has no action for. */
  readonly unplanned: readonly LeftOut[];
}

export type HoldsOptions = PlanCheckOptions & { readonly declared: readonly CampaignDocument[] };

export function planThatHolds(text: string | Uint8Array, file: string, opts: HoldsOptions): { held?: HeldPlan; diagnostics: Diagnostic[] } {
  const whole = parsePlanText(text, file, opts);
  if (whole.plan) return sound(whole.plan, [], opts);
  // On its own (no working tree, no configuration): is it a plan at all?
  const alone = parsePlanText(text, file);
  if (!alone.plan) return { diagnostics: alone.diagnostics };
  if (alone.plan.shard) {
    return {
      diagnostics: [
        { file, line: 1, col: 1, code: 'plan-file', message: `the plan of shard ${alone.plan.shard.index}/${alone.plan.shard.count}, not of the whole repository`, hint: 'apply the merged plan (`campaignctl merge`)' },
      ],
    };
  }
  const index = declaredIndex(opts.declared);
  const kept: PlanAction[] = [];
  const dropped: LeftOut[] = [];
  for (const a of alone.plan.actions) {
    const one = JSON.stringify({ format_version: alone.plan.format_version, created_at: alone.plan.created_at, summary: summarize([a]), actions: [a] });
    const judged = parsePlanText(one, file, { ...opts, declared: index.near(a) });
    if (judged.plan) kept.push(a);
    else {
      const f = fileOf(a);
      dropped.push({ address: a.address, ...(f !== undefined ? { file: f } : {}), reason: reasonOf(judged.diagnostics, a.address) });
    }
  }
  const narrowed: Plan = { ...alone.plan, summary: summarize(kept), actions: kept };
  // Judged together once more: what holds one by one must hold as a plan (one campaign twice, say).
  const again = parsePlanText(JSON.stringify(narrowed), file, opts);
  if (!again.plan) return { diagnostics: again.diagnostics };
  return sound(again.plan, dropped, opts);
}

function sound(plan: Plan, dropped: readonly LeftOut[], opts: HoldsOptions): { held: HeldPlan; diagnostics: Diagnostic[] } {
  const shown = new Set<string>();
  for (const a of [...plan.actions, ...dropped.map((d) => ({ address: d.address }))]) shown.add(a.address);
  for (const a of plan.actions) if (a.id !== undefined) shown.add(campaignKey(a.provider, a.account, a.id));
  const unplanned = opts.declared
    .filter((c) => !shown.has(c.address) && (c.id === undefined || !shown.has(campaignKey(c.provider, c.account, c.id))))
    .map((c) => ({ address: c.address, file: c.file, reason: 'the reviewed plan has no action for it: its document came after the plan' }));
  return { held: { plan, dropped, unplanned }, diagnostics: [] };
}

/** The documents a check of one action looks at: those of its address, its id, or its file. */
function declaredIndex(declared: readonly CampaignDocument[]): { near(a: PlanAction): CampaignDocument[] } {
  const by = new Map<string, CampaignDocument[]>();
  const add = (key: string, c: CampaignDocument) => {
    const list = by.get(key);
    if (list) {
      if (!list.includes(c)) list.push(c);
    } else by.set(key, [c]);
  };
  for (const c of declared) {
    add(`a:${c.address}`, c);
    add(`f:${c.file}`, c);
    if (c.id !== undefined) add(`k:${campaignKey(c.provider, c.account, c.id)}`, c);
  }
  return {
    near: (a) => {
      const f = fileOf(a);
      const keys = [`a:${a.address}`, ...(f !== undefined ? [`f:${f}`] : []), ...(a.id !== undefined ? [`k:${campaignKey(a.provider, a.account, a.id)}`] : [])];
      return [...new Set(keys.flatMap((k) => by.get(k) ?? []))];
    },
  };
}

/** Where the action's document is; a retired, deleted or forgotten campaign's is gone. */
function fileOf(a: PlanAction): string | undefined {
  return 'file' in a && typeof a.file === 'string' ? a.file : undefined;
}

function reasonOf(diagnostics: readonly Diagnostic[], address: string): string {
  const d = diagnostics[0];
  if (!d) return 'it no longer holds';
  const message = d.message.startsWith(`${address}: `) ? d.message.slice(address.length + 2) : d.message;
  return diagnostics.length > 1 ? `${message} (and ${diagnostics.length - 1} more)` : message;
}
