/**
 * Guardrails: which planned changes trip a rule of `policy:` in campaignctl.yaml, so that apply
 * refuses them until someone approves (docs/guardrails.md). Judged only through the providers'
 * field roles (providers/roles.ts): nothing here names a vendor or a vendor's field.
 *
 * - `max_budget_increase_percent`: a create or update that raises a spend field by more than the
 *   limit, in percent of the amount read live. A budget set where there was none or zero (a new
 *   campaign's included) has no amount to measure against and always trips it, and so does one
 *   whose currency or period changes along with it (100 a day against 1,000 in total does not
 *   compare). A budget that falls, stays, or is taken out does not.
 * - `create`, `retire`, `delete`: the action of that kind; a retire of a campaign already stopped
 *   sends nothing and needs no approval.
 * - `activate`: an update that switches the campaign on (off or unset before, on after), and a
 *   create whose file switches it on. A create that leaves the switch to the vendor's default
 *   cannot be told apart, and is judged by `create` alone.
 * - `running_schedule`: an update that moves the start or the end of a campaign that is running
 *   at the time of the plan, as its live state tells (roles `status`).
 */
import type { Policy } from '../config/policy.js';
import type { FieldRoles, ScheduleRole, SpendRole } from '../providers/roles.js';
import { isOn, pathTouches, readRole, spendChangePercent, spendValue, switchesOn, type SpendValue } from '../providers/role-values.js';
import type { LiveCampaign, ProviderRuntime } from '../providers/runtime.js';
import { isJsonObject } from '../json/guards.js';
import { GUARDRAIL_RULES, unknownAction, type Guardrail, type PlanAction, type PlanChange } from './plan-model.js';
import type { AccountSession } from './sessions.js';

export interface GuardrailContext {
  readonly policy: Policy;
  /** The provider's field roles; absent: only the rules on kinds of action can trip. */
  readonly roles: FieldRoles | undefined;
  /** For the specs the roles are read from: the live one (`toSpec`) and the desired one (`canonical`). */
  readonly runtime: Pick<ProviderRuntime<unknown>, 'toSpec' | 'canonical'>;
  /** The account's options (for a currency an account option sets). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The campaign as read when planning (or again before applying); absent for a create. */
  readonly live?: LiveCampaign;
  readonly now: Date;
}

/** The rules `a` trips under the policy, in the order of GUARDRAIL_RULES; empty when none. */
export function judgeGuardrails(a: PlanAction, ctx: GuardrailContext): Guardrail[] {
  const { policy } = ctx;
  const required = new Set(policy.requireApproval);
  const out: Guardrail[] = [];
  switch (a.action) {
    case 'create': {
      const after = lazy(() => ctx.runtime.canonical(a.desired));
      if (policy.maxBudgetIncreasePercent !== undefined) out.push(...budgetRises(a.changes, undefined, after, policy.maxBudgetIncreasePercent, ctx));
      if (required.has('create')) out.push({ rule: 'create', message: 'creates a new campaign' });
      const onOff = ctx.roles?.onOff;
      if (required.has('activate') && onOff && isOn(onOff, readRole(after(), onOff.path)) === true) {
        out.push({ rule: 'activate', message: `creates it switched on (${onOff.path}: ${show(readRole(after(), onOff.path))})` });
      }
      break;
    }
    case 'update': {
      if (!ctx.live) break;
      const live = ctx.live;
      const before = lazy(() => ctx.runtime.toSpec(live.raw));
      const after = lazy(() => ctx.runtime.canonical(a.desired));
      if (policy.maxBudgetIncreasePercent !== undefined) out.push(...budgetRises(a.changes, before, after, policy.maxBudgetIncreasePercent, ctx));
      const onOff = ctx.roles?.onOff;
      if (required.has('activate') && onOff && touched(a.changes, onOff.path)) {
        const [was, will] = [readRole(before(), onOff.path), readRole(after(), onOff.path)];
        if (switchesOn(onOff, was, will)) out.push({ rule: 'activate', message: `switches it on (${onOff.path}: ${show(was)} → ${show(will)})` });
      }
      if (required.has('running_schedule')) {
        const moved = scheduleMoves(a.changes, ctx.roles);
        if (moved.length > 0 && ctx.roles?.status(live, ctx.now) === 'running') {
          const what = moved.map((r) => `${r.path} ${show(readRole(before(), r.path))} → ${show(readRole(after(), r.path))}`).join(', ');
          out.push({ rule: 'running_schedule', message: `moves the ${moved.length === 2 ? 'start and end' : moved[0] === ctx.roles?.start ? 'start' : 'end'} of a campaign running now: ${what}` });
        }
      }
      break;
    }
    case 'retire':
      if (required.has('retire') && a.changes.length > 0) out.push({ rule: 'retire', message: 'stops a campaign whose document is gone (`prune: deactivate`)' });
      break;
    case 'delete':
      if (required.has('delete')) out.push({ rule: 'delete', message: 'deletes a campaign at the vendor (`prune: delete`)' });
      break;
    case 'no_change':
    case 'forget':
    case 'error':
      break;
    default:
      return unknownAction(a);
  }
  return out;
}

/** judgeGuardrails with what an account's session knows: its provider's roles and runtime, its options. */
export function judgeInSession(a: PlanAction, session: AccountSession, live: LiveCampaign | undefined, policy: Policy, now: Date): Guardrail[] {
  return judgeGuardrails(a, { policy, roles: session.provider.roles, runtime: session.runtime, options: session.account.options, ...(live ? { live } : {}), now });
}

/** `a` with `guardrails` when it trips any, as it is otherwise. */
export function withGuardrails<A extends PlanAction>(a: A, guardrails: readonly Guardrail[]): A {
  return guardrails.length === 0 ? a : { ...a, guardrails };
}

/** What `--approve`, `--approve-all` (or an approving review in CI, as a list of addresses) approve. */
export interface Approvals {
  readonly all: boolean;
  /** Exact addresses, or prefixes of whole segments (`topsort/marketplace-eu`), as --target takes them. */
  readonly addresses: readonly string[];
}

/** Whether the approvals cover the campaign at `address`. */
export function isApproved(approve: Approvals | undefined, address: string): boolean {
  if (!approve) return false;
  return approve.all || approve.addresses.some((pattern) => addressMatches(address, pattern));
}

/** An address, or a prefix of whole segments of one (`topsort/marketplace-eu` covers each of its campaigns). */
export function addressMatches(address: string, pattern: string): boolean {
  const prefix = pattern.replace(/\/+$/, '');
  return prefix !== '' && (address === prefix || address.startsWith(`${prefix}/`));
}

/** `needs approval: max_budget_increase_percent: budget.amount 7,000 → 10,000 (+42.9%), over the 20% policy` */
export function refusalText(guardrails: readonly Guardrail[]): string {
  return `needs approval: ${guardrails.map((g) => `${g.rule}: ${g.message}`).join('; ')}`;
}

/**
 * Where a saved plan's `guardrails` departs from the shape plan writes (a list of {rule, message},
 * each rule a known one), relative to it: `[]` for the whole, `[1, 'rule']` for one entry's part;
 * undefined when it has that shape.
 */
export function guardrailsProblem(value: unknown): (string | number)[] | undefined {
  if (!Array.isArray(value)) return [];
  const bad = value.findIndex((g: unknown) => !isJsonObject(g) || !isRule(g.rule) || typeof g.message !== 'string');
  if (bad < 0) return undefined;
  const entry: unknown = value[bad];
  if (!isJsonObject(entry)) return [bad];
  const part = isRule(entry.rule) ? 'message' : 'rule';
  return part in entry ? [bad, part] : [bad];
}

function isRule(v: unknown): boolean {
  return (GUARDRAIL_RULES as readonly unknown[]).includes(v);
}

/** The rules of `extra` not already in `known` (one per rule), after `known`. */
export function mergeGuardrails(known: readonly Guardrail[], extra: readonly Guardrail[]): Guardrail[] {
  const rules = new Set(known.map((g) => g.rule));
  return [...known, ...extra.filter((g) => !rules.has(g.rule))];
}

type Spec = Readonly<Record<string, unknown>>;

function lazy(make: () => Spec): () => Spec {
  let spec: Spec | undefined;
  return () => (spec ??= make());
}

function touched(changes: readonly PlanChange[], rolePath: string): boolean {
  return changes.some((c) => pathTouches(c.path, rolePath));
}

/** The schedule roles a change touches. */
function scheduleMoves(changes: readonly PlanChange[], roles: FieldRoles | undefined): ScheduleRole[] {
  return [roles?.start, roles?.end].filter((r): r is ScheduleRole => r !== undefined && touched(changes, r.path));
}

/** The spec paths a budget's value depends on: its amount, and its currency and period where a spec field holds them. */
function spendPaths(role: SpendRole): string[] {
  const paths = [role.path];
  if (role.currency?.from === 'spec') paths.push(role.currency.path);
  if (role.period && 'path' in role.period) paths.push(role.period.path);
  return paths;
}

/** Each spend field the changes raise past the limit; `before` absent for a new campaign. */
function budgetRises(changes: readonly PlanChange[], before: (() => Spec) | undefined, after: () => Spec, limit: number, ctx: GuardrailContext): Guardrail[] {
  const out: Guardrail[] = [];
  const spendCtx = { options: ctx.options, ...(ctx.live ? { live: ctx.live } : {}) };
  for (const role of ctx.roles?.spend ?? []) {
    if (!spendPaths(role).some((p) => touched(changes, p))) continue;
    const was = before ? spendValue(role, before(), spendCtx) : undefined;
    const will = spendValue(role, after(), spendCtx);
    const message = budgetMessage(was, will, limit);
    if (message !== undefined) out.push({ rule: 'max_budget_increase_percent', message });
  }
  return out;
}

/** Why the change from `was` to `will` needs an approval under the limit; undefined when it does not. */
function budgetMessage(was: SpendValue | undefined, will: SpendValue, limit: number): string | undefined {
  const after = will.amount;
  if (after === undefined || after <= 0) return undefined;
  const before = was?.amount;
  if (was === undefined || before === undefined || before <= 0) {
    const from = was === undefined ? '' : `${before === undefined ? 'none' : number(before)} → `;
    return `${will.path} ${from}${number(after)}${inParens(detail(will))}${was === undefined ? ' on a new campaign' : ''}: no earlier budget to measure the increase against, so it is over the ${number(limit)}% policy`;
  }
  const percent = spendChangePercent(was, will);
  if (percent === undefined) {
    const what = was.currency !== undefined && will.currency !== undefined && was.currency !== will.currency ? 'currency' : 'period';
    return `${will.path} ${number(before)}${inParens(detail(was))} → ${number(after)}${inParens(detail(will))}: the ${what} changes, so the increase cannot be measured against the ${number(limit)}% policy`;
  }
  if (percent <= limit) return undefined;
  return `${will.path} ${number(before)} → ${number(after)}${inParens([percentText(percent, limit), ...detail(will)])}, over the ${number(limit)}% policy`;
}

/** What the amount counts, where the role says: `daily`, `EUR` or `in minor units`. */
function detail(v: SpendValue): string[] {
  const unit = v.currency ?? { minor: 'in minor units', major: undefined, points: 'in points', unstated: undefined }[v.unit];
  return [v.period, unit].filter((p): p is string => p !== undefined);
}

function inParens(parts: readonly string[]): string {
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });

function number(n: number): string {
  return NUMBER.format(n);
}

/**
 * `+42.9%`: one decimal, or as many more as it takes for a rise over the limit not to read as the
 * limit itself (+20.04% against 20 is `+20.04%`, never `+20.0%`).
 */
function percentText(percent: number, limit: number): string {
  for (let digits = 1; digits < 8; digits++) {
    const text = percent.toFixed(digits);
    if (Number(text) > limit) return `+${text}%`;
  }
  return `+${percent}%`;
}

/** A role's value as the message shows it. */
function show(v: unknown): string {
  if (v === undefined || v === null) return 'none';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
