/**
 * The plan: a typed value that renderers read and apply executes. Its JSON form (`plan --format
 * json`, `plan --out`) is the contract in DESIGN.md: `format_version` 1, a summary with every key,
 * one action per campaign. Fields beyond the contract are additions, never changes.
 */
import type { FieldChange } from '../providers/runtime.js';

export const PLAN_FORMAT_VERSION = 1;

export type ActionKind = 'no_change' | 'update' | 'error';
export const ACTION_KINDS: readonly ActionKind[] = ['update', 'no_change', 'error'];

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

export interface PlanAction {
  readonly address: string;
  readonly provider: string;
  readonly account: string;
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly action: ActionKind;
  readonly changes?: readonly PlanChange[];
  readonly error?: PlanError;
  /** Fingerprint of the managed fields as read; apply refuses the campaign when it moved. */
  readonly live_fingerprint?: string;
  /** The managed spec as written (after ignore): what apply sends from. */
  readonly desired?: Readonly<Record<string, unknown>>;
}

export interface PlanSummary {
  readonly update: number;
  readonly no_change: number;
  readonly error: number;
}

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
  const count = (k: ActionKind) => actions.filter((a) => a.action === k).length;
  return { update: count('update'), no_change: count('no_change'), error: count('error') };
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

export function hasChanges(plan: Plan): boolean {
  return plan.summary.update > 0;
}
