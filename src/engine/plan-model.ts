/**
 * The plan: a typed value that renderers read and apply executes. Its JSON form (`plan --format
 * json`, `plan --out`) is the contract in DESIGN.md: `format_version` 1, a summary with every key,
 * one action per campaign. Fields beyond the contract are additions, never changes.
 */
import type { FieldChange } from '../providers/runtime.js';

export const PLAN_FORMAT_VERSION = 1;

export interface PlanChange {
  readonly path: string;
  /** The live value in the spec's shape; absent for write-only fields (never returned). */
  readonly before?: unknown;
  readonly after: unknown;
  /** Judged against the last-applied record, not live state. */
  readonly write_only?: boolean;
}

export interface PlanError {
  /** `not_found`, `read_failed`, `read_only`, or a vendor rule id such as `masivo.started-locked`. */
  readonly code: string;
  readonly message: string;
  readonly path?: string;
}

/** What every action says about its campaign: where it is, at the vendor and in git. */
interface ActionBase {
  readonly address: string;
  readonly provider: string;
  readonly account: string;
  readonly id: string;
  readonly file: string;
  readonly line: number;
}

/** Live state matches the YAML: nothing to send. */
export interface NoChangeAction extends ActionBase {
  readonly action: 'no_change';
  /** Fingerprint of the managed fields as read. */
  readonly live_fingerprint?: string;
  /** The managed spec as written (after ignore); apply forgets what it no longer holds. */
  readonly desired?: Readonly<Record<string, unknown>>;
  // Declared absent, so that a reader may look at any action's `changes` or `error`.
  readonly changes?: undefined;
  readonly error?: undefined;
}

/** Live state differs in `changes`: apply sends them from `desired`. */
export interface UpdateAction extends ActionBase {
  readonly action: 'update';
  readonly changes: readonly PlanChange[];
  /** Fingerprint of the managed fields as read; apply refuses the campaign when it moved. */
  readonly live_fingerprint: string;
  /** The managed spec as written (after ignore): what apply sends from. */
  readonly desired: Readonly<Record<string, unknown>>;
  readonly error?: undefined;
}

/** The campaign cannot be planned (not found, unreadable, a rule broken): apply leaves it alone. */
export interface ErrorAction extends ActionBase {
  readonly action: 'error';
  readonly error: PlanError;
  /** What would change were it not for the error, when the campaign could be read. */
  readonly changes?: readonly PlanChange[];
  readonly live_fingerprint?: string;
  readonly desired?: Readonly<Record<string, unknown>>;
}

/**
 * One campaign's entry in the plan, told apart by `action`. Every consumer (renderers, apply,
 * the plan-file reader, merge) switches over `action` and ends in `unknownAction`, so a new kind
 * does not compile until each of them says what it does with it.
 */
export type PlanAction = NoChangeAction | UpdateAction | ErrorAction;
export type ActionKind = PlanAction['action'];

/**
 * Every kind, in the order the summary lists them (and the JSON form writes them). Written as an
 * object over ActionKind, so that a kind left out does not compile.
 */
const KINDS: { readonly [K in ActionKind]: true } = { update: true, no_change: true, error: true };
export const ACTION_KINDS: readonly ActionKind[] = Object.keys(KINDS) as ActionKind[];

/** The end of every switch over `action` (or over a kind): unreachable while it names every kind. */
export function unknownAction(a: never): never {
  const kind: unknown = typeof a === 'string' ? a : (a as { action?: unknown }).action;
  throw new Error(`unknown plan action ${JSON.stringify(kind)}`);
}

/** How many campaigns of each kind; keys in the order of ACTION_KINDS. */
export type PlanSummary = { readonly [K in ActionKind]: number };

/** `plan --shard I/N`: which part of the campaigns this plan covers (engine/shard.ts). */
export interface PlanShard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  /** Campaigns selected before sharding: the same in every shard of one run. */
  readonly campaigns: number;
  /** sha256 of those campaigns' sorted addresses; merge checks the shards cover exactly them. */
  readonly selection: string;
}

export interface Plan {
  readonly format_version: typeof PLAN_FORMAT_VERSION;
  readonly created_at: string;
  /** Present only on the plan of one shard; a merged plan is whole again. */
  readonly shard?: PlanShard;
  readonly summary: PlanSummary;
  readonly actions: readonly PlanAction[];
}

export function summarize(actions: readonly PlanAction[]): PlanSummary {
  const summary = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>;
  for (const a of actions) summary[a.action] += 1;
  return summary;
}

export function toPlanChanges(changes: readonly FieldChange[]): PlanChange[] {
  return changes.map((c) =>
    c.writeOnly
      ? { path: c.path, ...(c.before !== undefined ? { before: c.before } : {}), after: c.after, write_only: true }
      : { path: c.path, before: c.before ?? null, after: c.after },
  );
}

export function fromPlanChanges(changes: readonly PlanChange[]): FieldChange[] {
  return changes.map((c) => ({ path: c.path, before: c.before, after: c.after, ...(c.write_only ? { writeOnly: true } : {}) }));
}

/** Whether apply writes anything for an action of this kind. */
const WRITES: { readonly [K in ActionKind]: boolean } = { update: true, no_change: false, error: false };

/** Apply would write something (the plan's `--detailed-exitcode` 2). */
export function hasChanges(plan: Plan): boolean {
  return ACTION_KINDS.some((k) => WRITES[k] && plan.summary[k] > 0);
}

/** Every campaign matches the YAML: nothing to write and nothing that could not be planned. */
export function allMatch(summary: PlanSummary): boolean {
  return ACTION_KINDS.every((k) => k === 'no_change' || summary[k] === 0);
}
