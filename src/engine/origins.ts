/**
 * Where each change of a plan comes from (`plan --base REF`): this branch, an edit made at the
 * vendor outside git (drift), or both. Three values of a field, each in the provider's canonical
 * form, settle it: what REF's files declared (the base), what this branch's files declare (head),
 * and the live value.
 *
 * - head differs from base, live equals base: `change` (the branch changed it, the vendor did not);
 * - head equals base: `drift` (the branch left it alone, so the vendor must have moved it);
 * - head differs from base, live differs from base: `change_and_drift` (both moved).
 *
 * "Live differs from base" is the planner's own diff run with the base's spec in the head's place,
 * so it counts exactly what plan would count (the provider's field equality, instants, days,
 * implied values). A write-only or lossy change cannot be judged against live state: it is
 * `change` when the branch changed its value, else `drift` (sent again because the last-applied
 * record lacks it). A field the file does not manage that the write clears or rewrites all the
 * same (`implicitChanges`, a full-payload update) goes with the write: the branch's when any of the
 * campaign's own changes is, else drift. A campaign REF does not declare, and every create,
 * retire, delete and forget, is the branch's doing: `change` throughout.
 */
import type { FieldChange, LiveCampaign } from '../providers/runtime.js';
import { topField } from '../desired/path.js';
import { pathTouches, readRole } from '../providers/role-values.js';
import { jsonEqual } from './canonical-json.js';
import { diffSpec } from './diff.js';
import { comparedSpec, fieldKinds } from './field-kinds.js';
import type { LastAppliedRecord } from './last-applied.js';
import { campaignKey } from './plan-check.js';
import type { ChangeOrigin, PlanBase, PlanChange } from './plan-model.js';
import type { AccountSession } from './sessions.js';

/** What REF declared, for the planner. */
export interface OriginBase extends PlanBase {
  /** By baseKey: each campaign's managed spec at REF (its spec less its and its account's `ignore`). */
  readonly desired: ReadonlyMap<string, Record<string, unknown>>;
}

/**
 * How a campaign is found at REF: by its vendor id however spelt (one campaign, two spellings of a
 * UUID), or for a new document by its `new:` address (its file and place in it).
 */
export function baseKey(c: { readonly provider: string; readonly account: string; readonly id?: string | undefined; readonly address: string }): string {
  return c.id === undefined ? c.address : campaignKey(c.provider, c.account, c.id);
}

export interface OriginInput {
  /** The planner's changes for the campaign, in its order. */
  readonly changes: readonly FieldChange[];
  /** This branch's managed spec (what the planner compared). */
  readonly head: Record<string, unknown>;
  /** REF's managed spec; undefined when REF does not declare the campaign. */
  readonly base: Record<string, unknown> | undefined;
  readonly live: LiveCampaign;
  readonly session: AccountSession;
  readonly lastApplied: LastAppliedRecord;
  /** The record's key for the campaign: its id-address. */
  readonly address: string;
  readonly now: Date;
}

/** One origin per change, in the changes' order. */
export function changeOrigins(input: OriginInput): ChangeOrigin[] {
  if (input.base === undefined) return input.changes.map(() => 'change');
  const runtime = input.session.runtime;
  const kinds = fieldKinds(input.session.provider);
  const baseSpec = comparedSpec(input.base, kinds);
  const headSpec = comparedSpec(input.head, kinds);
  const headCanonical = runtime.canonical(headSpec);
  let baseCanonical: Record<string, unknown>;
  try {
    baseCanonical = runtime.canonical(baseSpec);
  } catch {
    // A base the provider cannot put in canonical form declares nothing to compare with.
    return input.changes.map(() => 'change');
  }
  // Where live state is not what REF declared: the planner's diff, REF's spec in this branch's place.
  const live = input.live;
  const moved = diffSpec({
    desired: baseSpec,
    canonical: baseCanonical,
    live: runtime.toSpec(live.raw),
    writeOnly: kinds.writeOnly,
    lossy: new Set(runtime.lossyFields ?? []),
    lastApplied: input.lastApplied.campaigns[input.address] ?? {},
    fieldEquals: (field, want, have) => runtime.fieldEquals?.(field, want, have, { now: input.now, live }),
  }).filter((d) => !d.writeOnly);
  const implicit = (ch: FieldChange) => ch.clears === true || !(topField(ch.path) in headSpec || topField(ch.path) in headCanonical);
  const own = input.changes.map((ch): ChangeOrigin | undefined => {
    if (implicit(ch)) return undefined;
    // Absent and null both say "no value", as the diff reads them.
    const branchChanged = !jsonEqual(readRole(headCanonical, ch.path) ?? null, readRole(baseCanonical, ch.path) ?? null);
    if (ch.writeOnly) return branchChanged ? 'change' : 'drift';
    if (!branchChanged) return 'drift';
    return moved.some((d) => pathTouches(d.path, ch.path)) ? 'change_and_drift' : 'change';
  });
  const written = own.some((o) => o === 'change' || o === 'change_and_drift') ? 'change' : 'drift';
  return own.map((o) => o ?? written);
}

/**
 * The changes with their origins: one per change, or one for all; unchanged when `origins` is
 * undefined (no --base: no `origin` key anywhere).
 */
export function withOrigins(changes: PlanChange[], origins: readonly ChangeOrigin[] | ChangeOrigin | undefined): PlanChange[] {
  if (origins === undefined) return changes;
  return changes.map((ch, i) => ({ ...ch, origin: typeof origins === 'string' ? origins : origins[i]! }));
}
