/**
 * What a reviewer needs to know about each change beyond its two values, found at plan time (the
 * renderers have only the plan): whether a write-only value is sent again only because the
 * last-applied record has none for it, and, for a budget, what its amounts count (unit, currency,
 * period) and what the campaign has spent so far. Through the provider's field roles only.
 */
import type { FieldRoles } from '../providers/roles.js';
import { spendValue, type SpendValue } from '../providers/role-values.js';
import type { LiveCampaign } from '../providers/runtime.js';
import type { LastAppliedRecord } from './last-applied.js';
import type { PlanChange, PlanSpend } from './plan-model.js';

export interface ChangeFactsContext {
  readonly roles?: FieldRoles;
  /** The account's options in campaignctl.yaml (a currency an account option sets). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The live campaign and its spec-shaped read; absent for a create. */
  readonly live?: LiveCampaign;
  readonly liveSpec?: Readonly<Record<string, unknown>>;
  /** The desired spec in the provider's canonical form (what a budget's new currency and period are read from). */
  readonly canonical: () => Readonly<Record<string, unknown>>;
  /** The last-applied record and the campaign's address in it; absent for a create. */
  readonly record?: { readonly lastApplied: LastAppliedRecord; readonly address: string };
}

/** `changes` with `resend` and `spend` where they apply; the same array when nothing does. */
export function withChangeFacts(changes: readonly PlanChange[], ctx: ChangeFactsContext): readonly PlanChange[] {
  const spend = ctx.roles?.spend ?? [];
  if (changes.length === 0) return changes;
  const resending = ctx.record !== undefined && knowsNothingOf(ctx.record.lastApplied, ctx.record.address);
  let canonical: Readonly<Record<string, unknown>> | undefined;
  return changes.map((c) => {
    let out = c;
    if (resending && c.write_only && !c.clears) out = { ...out, resend: true };
    const role = spend.find((r) => r.path === c.path);
    if (role && !c.clears) {
      canonical ??= ctx.canonical();
      const spendCtx = { options: ctx.options, ...(ctx.live ? { live: ctx.live } : {}) };
      const after = spendValue(role, canonical, spendCtx);
      const before = ctx.liveSpec ? spendValue(role, ctx.liveSpec, spendCtx) : undefined;
      const spent = ctx.live && role.spentSoFar ? role.spentSoFar(ctx.live) : undefined;
      out = { ...out, spend: planSpend(after, before, typeof spent === 'number' && Number.isFinite(spent) ? spent : undefined) };
    }
    return out;
  });
}

/**
 * A write-only value counts as sent again, not as a change the file made, when the record knows
 * nothing of the campaign: apply has never managed it (adopted by `import`), or the record was
 * lost. A campaign the record knows has every write-only value apply sent recorded, so one the
 * record lacks there was added to the file since: a real change.
 */
function knowsNothingOf(record: LastAppliedRecord, address: string): boolean {
  return !Object.hasOwn(record.campaigns, address) && !managedSet(record).has(address);
}

const managedSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function managedSet(record: LastAppliedRecord): ReadonlySet<string> {
  let set = managedSets.get(record.managed);
  if (!set) managedSets.set(record.managed, (set = new Set(record.managed)));
  return set;
}

/**
 * The unit, currency and period of the new amount, each falling back on the current one where
 * the file does not state it (the write keeps the live value then); the current ones apart only
 * where both are known and differ.
 */
function planSpend(after: SpendValue, before: SpendValue | undefined, spent: number | undefined): PlanSpend {
  const currency = after.currency ?? before?.currency;
  const period = after.period ?? before?.period;
  const differs = <T>(a: T | undefined, b: T | undefined) => a !== undefined && b !== undefined && a !== b;
  return {
    unit: after.unit,
    ...(currency !== undefined ? { currency } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(differs(before?.currency, after.currency) ? { before_currency: before!.currency! } : {}),
    ...(differs(before?.period, after.period) ? { before_period: before!.period! } : {}),
    ...(spent !== undefined ? { spent_so_far: spent } : {}),
  };
}
