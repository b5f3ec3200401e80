/**
 * The plan: a typed value that renderers read and apply executes. Its JSON form (`plan --format
 * json`, `plan --out`) is the contract in DESIGN.md: `format_version` 2, a summary with every key,
 * one action per campaign (per document, and per campaign apply managed whose document is gone).
 * Fields beyond the contract are additions, never changes.
 */
import type { BudgetPeriod, CampaignStatus, SpendUnit } from '../providers/roles.js';
import type { FieldChange } from '../providers/runtime.js';

/** 2: a create has no `id`, actions of removed campaigns no `file`; the kinds create, retire, delete and forget. */
export const PLAN_FORMAT_VERSION = 2;

/**
 * Where a change comes from, with `plan --base REF` (engine/origins.ts): `change` this branch
 * changed the field's desired value; `drift` the branch did not, but the vendor's value is no longer
 * what REF declared (an edit outside git, which applying reverts); `change_and_drift` both.
 */
export type ChangeOrigin = 'change' | 'drift' | 'change_and_drift';
export const CHANGE_ORIGINS: readonly ChangeOrigin[] = ['change', 'drift', 'change_and_drift'];

export interface PlanChange {
  readonly path: string;
  /** The live value in the spec's shape; absent for write-only fields (never returned) and in a create. */
  readonly before?: unknown;
  readonly after: unknown;
  /** Judged against the last-applied record, not live state. */
  readonly write_only?: boolean;
  /**
   * A write-only value sent again only because the last-applied record has none for the field (a
   * campaign adopted by `import`, a record deleted): not a change the file made.
   */
  readonly resend?: true;
  /**
   * A field the file does not manage that the vendor's write clears (a full-payload update leaves
   * it out): `after` is null, `before` absent where no read returns the field.
   */
  readonly clears?: true;
  /** The change is a budget (the provider's spend role): what its amounts count. */
  readonly spend?: PlanSpend;
  /** Only with `plan --base`: on every change of every action then, absent everywhere without it. */
  readonly origin?: ChangeOrigin;
}

/** What the amounts of a budget change count, and what the campaign has spent so far. */
export interface PlanSpend {
  readonly unit: SpendUnit;
  /** ISO 4217, where the vendor or the account says. */
  readonly currency?: string;
  readonly period?: BudgetPeriod;
  /** The current amount's, where it differs from the new one's (then no percentage is shown). */
  readonly before_currency?: string;
  readonly before_period?: BudgetPeriod;
  /** In the same unit, where the vendor reports it. */
  readonly spent_so_far?: number;
}

/** The campaign behind an action as people know it: its name, and where it stands now. */
export interface PlanCampaign {
  readonly name?: string;
  /** From the live campaign at plan time; `new` for a create. */
  readonly status?: CampaignStatus | 'new';
}

export interface PlanError {
  /** `not_found`, `read_failed`, `read_only`, or a vendor rule id such as `masivo.started-locked`. */
  readonly code: string;
  readonly message: string;
  readonly path?: string;
}

/**
 * The `policy:` rules a planned change can trip (guardrails.ts): a budget raised past
 * `max_budget_increase_percent`, or a kind of change `require_approval` lists.
 */
export const GUARDRAIL_RULES = ['max_budget_increase_percent', 'create', 'retire', 'delete', 'activate', 'running_schedule'] as const;
export type GuardrailRule = (typeof GUARDRAIL_RULES)[number];

/** One rule an action trips: apply refuses the campaign until someone approves it. */
export interface Guardrail {
  readonly rule: GuardrailRule;
  /** For the reviewer: `budget.amount 7,000 → 10,000 (+42.9%), over the 20% policy`. */
  readonly message: string;
}

/** What every action says about its campaign: which one it is, and at which vendor account. */
interface ActionBase {
  readonly address: string;
  readonly provider: string;
  readonly account: string;
  /** Present when the change trips a rule of `policy:`: apply refuses it unless approved. */
  readonly guardrails?: readonly Guardrail[];
  /**
   * Name and status, where the provider's roles tell them; on every action text and markdown show
   * (not on a `no_change` without `adopt`).
   */
  readonly campaign?: PlanCampaign;
}

/** Where the campaign's document stands in git. */
interface InGit {
  readonly file: string;
  readonly line: number;
}

/**
 * A new document (one without `id`) found its campaign live: one an earlier apply created, or one
 * with the document's identity (its unique name, or the marker its provider writes). Apply writes
 * `id` into the document, then treats it like any managed campaign.
 */
export interface Adoption {
  readonly id: string;
  /** `created by an earlier apply`, `matches name "Spring sale"`. */
  readonly reason: string;
}

/** Live state matches the YAML: nothing to send. */
export interface NoChangeAction extends ActionBase, InGit {
  readonly action: 'no_change';
  readonly id: string;
  /** Present for a new document that found its campaign: apply writes the id into its file. */
  readonly adopt?: Adoption;
  /** Fingerprint of the managed fields as read. */
  readonly live_fingerprint?: string;
  /** The managed spec as written (after ignore); apply forgets what it no longer holds. */
  readonly desired?: Readonly<Record<string, unknown>>;
  // Declared absent, so that a reader may look at any action's `changes` or `error`.
  readonly changes?: undefined;
  readonly error?: undefined;
}

/** Live state differs in `changes`: apply sends them from `desired`. */
export interface UpdateAction extends ActionBase, InGit {
  readonly action: 'update';
  readonly id: string;
  /** Present for a new document that found its campaign: apply writes the id into its file first. */
  readonly adopt?: Adoption;
  readonly changes: readonly PlanChange[];
  /** Fingerprint of the managed fields as read; apply refuses the campaign when it moved. */
  readonly live_fingerprint: string;
  /** The managed spec as written (after ignore): what apply sends from. */
  readonly desired: Readonly<Record<string, unknown>>;
  readonly error?: undefined;
}

/** A new document (no `id`) with no campaign live: apply creates it with `desired`. */
export interface CreateAction extends ActionBase, InGit {
  readonly action: 'create';
  /** The document's creation key (desired/new-campaign.ts): the record and the markers know the create by it. */
  readonly creation_key: string;
  /** Every field the create call (and its documented follow-up) sends: `{path, after}`, no `before`. */
  readonly changes: readonly PlanChange[];
  /** The managed spec as written (after ignore): what apply creates from. */
  readonly desired: Readonly<Record<string, unknown>>;
  /** Something the reviewer should know, e.g. that an earlier create never reached the vendor. */
  readonly note?: string;
  readonly id?: undefined;
  readonly error?: undefined;
}

/** A campaign apply managed whose document is gone, under `prune: deactivate`: apply stops it. */
export interface RetireAction extends ActionBase {
  readonly action: 'retire';
  readonly id: string;
  /** The campaign's name at the vendor, when it has one. */
  readonly name?: string;
  /** What stops it; empty when it is stopped already (apply then only stops managing it). */
  readonly changes: readonly PlanChange[];
  /** The values that stop it, in the spec's names: what apply sends from. */
  readonly desired: Readonly<Record<string, unknown>>;
  readonly live_fingerprint: string;
  readonly error?: undefined;
}

/** A campaign apply managed whose document is gone, under `prune: delete`: apply deletes it (with --allow-delete). */
export interface DeleteAction extends ActionBase {
  readonly action: 'delete';
  readonly id: string;
  readonly name?: string;
  /** Fingerprint of the campaign as read; apply refuses to delete it when it moved. */
  readonly live_fingerprint: string;
  readonly changes?: undefined;
  readonly error?: undefined;
}

/**
 * A campaign apply managed whose document is gone, under `prune: none` (or whose account is gone
 * from campaignctl.yaml): nothing is sent, apply stops managing it, and it keeps running at the vendor.
 */
export interface ForgetAction extends ActionBase {
  readonly action: 'forget';
  readonly id: string;
  readonly note?: string;
  readonly changes?: undefined;
  readonly error?: undefined;
}

/** The campaign cannot be planned (not found, unreadable, a rule broken): apply leaves it alone. */
export interface ErrorAction extends ActionBase {
  readonly action: 'error';
  readonly error: PlanError;
  /** Absent for a new document (no id yet). */
  readonly id?: string;
  /** Absent for a campaign whose document is gone (a retire or delete that could not be planned). */
  readonly file?: string;
  readonly line?: number;
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
export type PlanAction = CreateAction | UpdateAction | RetireAction | DeleteAction | ForgetAction | NoChangeAction | ErrorAction;
export type ActionKind = PlanAction['action'];

/**
 * Every kind, in the order the summary lists them (and the JSON form writes them). Written as an
 * object over ActionKind, so that a kind left out does not compile.
 */
const KINDS: { readonly [K in ActionKind]: true } = { create: true, update: true, retire: true, delete: true, forget: true, no_change: true, error: true };
export const ACTION_KINDS: readonly ActionKind[] = Object.keys(KINDS) as ActionKind[];

/** The end of every switch over `action` (or over a kind): unreachable while it names every kind. */
export function unknownAction(a: never): never {
  const kind: unknown = typeof a === 'string' ? a : (a as { action?: unknown }).action;
  throw new Error(`unknown plan action ${JSON.stringify(kind)}`);
}

/**
 * How many campaigns of each kind, keys in the order of ACTION_KINDS; then how many of them need
 * an approval (actions with `guardrails`), always present.
 */
export type PlanSummary = { readonly [K in ActionKind]: number } & { readonly needs_approval: number };

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

/** `plan --base REF`: the revision the changes' origins were judged against. */
export interface PlanBase {
  /** REF as given (`main`, `origin/main`, a sha). */
  readonly ref: string;
  /** The commit it named, in full. */
  readonly sha: string;
}

export interface Plan {
  readonly format_version: typeof PLAN_FORMAT_VERSION;
  readonly created_at: string;
  /** Present only on the plan of one shard; a merged plan is whole again. */
  readonly shard?: PlanShard;
  /** `timezone:` of campaignctl.yaml (an IANA name): the zone text and markdown show dates in; UTC when absent. */
  readonly timezone?: string;
  /** Present only with `plan --base`; then every change has an `origin`. */
  readonly base?: PlanBase;
  readonly summary: PlanSummary;
  readonly actions: readonly PlanAction[];
}

export function summarize(actions: readonly PlanAction[]): PlanSummary {
  const summary = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>;
  let needsApproval = 0;
  for (const a of actions) {
    summary[a.action] += 1;
    if (a.guardrails !== undefined && a.guardrails.length > 0) needsApproval += 1;
  }
  return { ...summary, needs_approval: needsApproval };
}

export function toPlanChanges(changes: readonly FieldChange[]): PlanChange[] {
  return changes.map((c) =>
    c.clears
      ? // JSON has no undefined: a cleared value is null, and an unknown one (no read returns it) is left out.
        { path: c.path, ...(c.before !== undefined ? { before: c.before } : {}), after: null, ...(c.writeOnly ? { write_only: true } : {}), clears: true }
      : c.writeOnly
        ? { path: c.path, ...(c.before !== undefined ? { before: c.before } : {}), after: c.after, write_only: true }
        : { path: c.path, before: c.before ?? null, after: c.after },
  );
}

export function fromPlanChanges(changes: readonly PlanChange[]): FieldChange[] {
  return changes.map((c) =>
    c.clears
      ? { path: c.path, before: c.before, after: undefined, ...(c.write_only ? { writeOnly: true } : {}), clears: true }
      : { path: c.path, before: c.before, after: c.after, ...(c.write_only ? { writeOnly: true } : {}) },
  );
}

/** Whether apply changes anything for an action of this kind (at a vendor, in a file or in the record). */
const WRITES: { readonly [K in ActionKind]: boolean } = {
  create: true,
  update: true,
  retire: true,
  delete: true,
  forget: true,
  no_change: false,
  error: false,
};

/** How many actions adopt a live campaign for a new document (apply writes their ids into the files). */
export function adoptions(plan: Pick<Plan, 'actions'>): number {
  return plan.actions.filter((a) => (a.action === 'no_change' || a.action === 'update') && a.adopt !== undefined).length;
}

/** Apply would change something (the plan's `--detailed-exitcode` 2): a write, a file, the managed set. */
export function hasChanges(plan: Plan): boolean {
  return ACTION_KINDS.some((k) => WRITES[k] && plan.summary[k] > 0) || adoptions(plan) > 0;
}

/** Every campaign matches the YAML: nothing to write, no id to record, nothing that could not be planned. */
export function allMatch(plan: Pick<Plan, 'summary' | 'actions'>): boolean {
  return ACTION_KINDS.every((k) => k === 'no_change' || plan.summary[k] === 0) && adoptions(plan) === 0;
}

/**
 * The campaign an action names at its vendor (`<provider>/<account>/<id>`): where the last-applied
 * record keeps it. For a new document that found its campaign, the id-address, not the document's
 * `new:` address; undefined for a create (the campaign has no id yet) and for an error without one.
 */
export function recordAddress(a: PlanAction): string | undefined {
  return a.id === undefined ? undefined : `${a.provider}/${a.account}/${a.id}`;
}
