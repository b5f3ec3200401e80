/**
 * Reading a provider's field roles (roles.ts) off specs: the few steps the engine and renderers
 * share, written once so that a guardrail and the line a reviewer reads agree on every value.
 * Pure functions over values in the spec's shape; none names a vendor.
 */
import { parsePath, type PathSegment } from '../desired/path.js';
import { isJsonObject, ownValue } from '../json/guards.js';
import { BUDGET_PERIODS, type BudgetPeriod, type OnOffRole, type SpendRole, type SpendUnit } from './roles.js';
import type { LiveCampaign } from './runtime.js';

/** The value at a spec path (`budget.amount`, `rules[0].effects`); undefined when absent or the path does not parse. */
export function readRole(spec: Readonly<Record<string, unknown>>, path: string): unknown {
  const segments = parsePath(path);
  if (!segments) return undefined;
  let value: unknown = spec;
  for (const seg of segments) {
    if (typeof seg === 'number') value = Array.isArray(value) ? value[seg] : undefined;
    else value = isJsonObject(value) ? ownValue(value, seg) : undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

/**
 * Whether a change at `changePath` touches the role at `rolePath`: the same field, a field inside
 * it, or the object holding it (a change of `budget` as a whole touches `budget.amount`).
 */
export function pathTouches(changePath: string, rolePath: string): boolean {
  const a = parsePath(changePath);
  const b = parsePath(rolePath);
  if (!a || !b) return false;
  const prefix = (short: readonly PathSegment[], long: readonly PathSegment[]) => short.every((seg, i) => seg === long[i]);
  return a.length <= b.length ? prefix(a, b) : prefix(b, a);
}

/** Whether a value of the on/off path means on; undefined when there is no value (absent or null). */
export function isOn(role: OnOffRole, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  return role.on.some((on) => on === value);
}

/**
 * An on/off change that turns the campaign on: on after, and not on before (off, or no value).
 * A campaign that was on already is not "activated" by a change between two on values.
 */
export function switchesOn(role: OnOffRole, before: unknown, after: unknown): boolean {
  return isOn(role, after) === true && isOn(role, before) !== true;
}

/**
 * The change from `before` to `after` in percent (7000 → 10000 is about 42.86); undefined when
 * either is not a finite number or `before` is not above zero (no base to measure against).
 */
export function percentChange(before: unknown, after: unknown): number | undefined {
  if (typeof before !== 'number' || typeof after !== 'number' || !Number.isFinite(before) || !Number.isFinite(after)) return undefined;
  if (before <= 0) return undefined;
  return ((after - before) / before) * 100;
}

/** One budget as a spec holds it. */
export interface SpendValue {
  /** The spec path of the amount. */
  readonly path: string;
  /** Undefined when the spec holds no number there. */
  readonly amount: number | undefined;
  readonly unit: SpendUnit;
  /** ISO 4217, where the role says how to find it and it is found. */
  readonly currency?: string;
  readonly period?: BudgetPeriod;
}

export interface SpendContext {
  /** The account's options from campaignctl.yaml, for a currency an account option sets. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The live campaign, for a currency only the live object carries; absent for a new campaign. */
  readonly live?: LiveCampaign;
}

const CURRENCY = /^[A-Z]{3}$/;
const currencyCode = (v: unknown): string | undefined => (typeof v === 'string' && CURRENCY.test(v) ? v : undefined);

function currencyOf(role: SpendRole, spec: Readonly<Record<string, unknown>>, ctx: SpendContext): string | undefined {
  const source = role.currency;
  if (!source) return undefined;
  switch (source.from) {
    case 'spec':
      return currencyCode(readRole(spec, source.path));
    case 'live':
      return ctx.live ? currencyCode(source.read(ctx.live)) : undefined;
    case 'account':
      return currencyCode(ownValue(ctx.options, source.option));
    case 'fixed':
      return source.code;
  }
}

function periodOf(role: SpendRole, spec: Readonly<Record<string, unknown>>): BudgetPeriod | undefined {
  const source = role.period;
  if (!source) return undefined;
  if ('fixed' in source) return source.fixed;
  const v = readRole(spec, source.path);
  return (BUDGET_PERIODS as readonly unknown[]).includes(v) ? (v as BudgetPeriod) : undefined;
}

/**
 * A budget as `spec` holds it (the canonical desired spec, or the live campaign in the spec's
 * shape), with its unit, and its currency and period where the role says how to find them.
 */
export function spendValue(role: SpendRole, spec: Readonly<Record<string, unknown>>, ctx: SpendContext): SpendValue {
  const raw = readRole(spec, role.path);
  const amount = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  const currency = currencyOf(role, spec, ctx);
  const period = periodOf(role, spec);
  return { path: role.path, amount, unit: role.unit, ...(currency !== undefined ? { currency } : {}), ...(period !== undefined ? { period } : {}) };
}

/**
 * The change of a budget in percent, when the two amounts measure the same thing: undefined when
 * percentChange has none, or when both sides know their currency or their period and they differ
 * (100 a day against 1000 in total is no 900 % increase). What an unmeasurable change means for a
 * guardrail is the caller's decision.
 */
export function spendChangePercent(before: SpendValue, after: SpendValue): number | undefined {
  const differs = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a !== b;
  if (differs(before.currency, after.currency) || differs(before.period, after.period)) return undefined;
  return percentChange(before.amount, after.amount);
}
