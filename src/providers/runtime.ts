/**
 * What a provider does at plan and apply time: authenticate, read live campaigns, put them in the
 * spec's shape, judge the rules that need live state, and send the smallest correct update.
 * The engine calls these and never looks inside a vendor's JSON itself.
 */
import type { AccountConfig } from '../config/load.js';
import type { AuthStrategy, HttpClient } from '../http/types.js';
import type { RuleViolation } from './types.js';

/** A campaign object as the vendor returned it. */
export type VendorObject = Record<string, unknown>;

/**
 * A campaign as read. The engine hands the very object `read` returned to `toSpec`, the plan rules,
 * `fieldEquals` and `write`, never a copy, so a provider may key what it learnt while reading the
 * account (e.g. the other live campaigns, for uniqueness rules) on it.
 */
export interface LiveCampaign {
  readonly id: string;
  readonly raw: VendorObject;
}

export interface ConnectContext {
  readonly account: AccountConfig;
  /** Credential values by key, read from the environment (empty for a sandbox without credentials). */
  readonly credentials: Readonly<Record<string, string>>;
}

export interface ReadContext {
  readonly http: HttpClient;
  readonly account: AccountConfig;
  readonly signal?: AbortSignal;
  /** Report how many of the requested campaigns have been read so far (for progress lines). */
  readonly progress?: (read: number) => void;
  /** Something the user should know about the read (e.g. a listing limit), one sentence. */
  readonly warn?: (message: string) => void;
  /**
   * Plan's reads: each campaign found is handed over here as soon as it and whatever its plan
   * rules need beside it are read, instead of being returned (kit/found-campaigns.ts); `read`'s
   * map may then be empty. The engine assesses each at once and keeps none of the live objects.
   */
  readonly deliver?: (live: LiveCampaign) => void;
}

export interface ImportContext {
  /** "Now", for choices that depend on it (e.g. how a date-derived status is written back). */
  readonly now: Date;
}

/** What `import` writes for one live campaign. */
export interface ImportedSpec {
  /**
   * A spec in the vendor's names that passes `validate` and that plan finds equal to the live
   * campaign: every readable writable field and the readOnly identifying ones, as `toSpec` reads
   * them, never a writeOnly field, nulls only where the schema takes them.
   */
  readonly spec: Record<string, unknown>;
  /** The campaign's human name (for the file name); undefined when it has none. */
  readonly name?: string;
}

/**
 * A live campaign at a glance, as the vendor's dashboard lists it: for `import --list` and the
 * drift issue's list of campaigns no document manages. Values as the vendor words them (its status
 * vocabulary, its instants or days); undefined where the vendor has none (no end date).
 */
export interface CampaignGlance {
  readonly name?: string;
  readonly status?: string;
  readonly start?: string;
  readonly end?: string;
}

/**
 * One leaf that differs: `path` inside spec, values in the spec's shape. A managed leaf, or one the
 * write changes beyond them (`implicitChanges`). `before` is undefined when absent or unknown.
 */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** The vendor never returns this field: the change is judged against the last-applied record. */
  readonly writeOnly?: boolean;
  /** The write removes the value (`after` is undefined): a field the file does not manage, cleared. */
  readonly clears?: true;
}

export interface PlanInput<S> {
  readonly id: string;
  /** The managed fields, as written in YAML (after `ignore`). */
  readonly desired: S;
  readonly live: LiveCampaign;
  /** `toSpec(live.raw)` */
  readonly liveSpec: Readonly<Record<string, unknown>>;
  readonly changes: readonly FieldChange[];
  readonly now: Date;
}

/** A plain function judging one campaign against its live state; it never throws and never does I/O. */
export type PlanRule<S> = (input: PlanInput<S>) => RuleViolation[];

export interface WriteInput<S> {
  readonly id: string;
  /** The managed fields, as written in YAML (after `ignore`). */
  readonly desired: S;
  /** What differs; only these need sending where the vendor's update is partial. */
  readonly changes: readonly FieldChange[];
  /** Freshly read just before writing. */
  readonly live: LiveCampaign;
  readonly http: HttpClient;
  readonly account: AccountConfig;
  readonly signal?: AbortSignal;
}

export interface FieldCompareContext {
  readonly now: Date;
  readonly live: LiveCampaign;
}

export interface ProviderRuntime<S> {
  /** Authentication for an account (token exchange, headers); undefined when none is needed. */
  auth(ctx: ConnectContext): AuthStrategy | undefined;
  /**
   * Reads the campaigns with these ids (list pages where the list returns every managed field,
   * else one GET per campaign). Ids the vendor does not have are simply absent from the map.
   */
  read(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>>;
  /**
   * Every campaign of the account, for `import`: all list pages, inactive and ended campaigns
   * included, deleted ones left out. Objects as `read` returns them (so `toSpec` applies).
   */
  readAll(ctx: ReadContext): Promise<LiveCampaign[]>;
  /** The spec `import` writes for a live campaign (see ImportedSpec). */
  importSpec(live: LiveCampaign, ctx: ImportContext): ImportedSpec;
  /** Name, status and dates of a live campaign, for listings (see CampaignGlance). */
  glance(live: LiveCampaign): CampaignGlance;
  /** The live object in the spec's shape and vocabulary (JSON strings parsed, read vocabularies mapped…). */
  toSpec(raw: VendorObject): Record<string, unknown>;
  /** The desired spec in the same canonical form as toSpec (instants, day precision, numbers…). */
  canonical(spec: S): Record<string, unknown>;
  /**
   * Field-level equality where a plain deep comparison of canonical values would lie (e.g. a
   * start date the vendor clamps to "now" once it has passed). Undefined: use the default.
   */
  fieldEquals?(field: string, desired: unknown, live: unknown, ctx: FieldCompareContext): boolean | undefined;
  /**
   * Top-level fields whose read loses part of what was written (Lula: time of day). They are
   * compared as canonical values AND against the last-applied record.
   */
  readonly lossyFields?: readonly string[];
  /**
   * Rules that need the live campaign (locked fields once started, ended campaigns, one-way
   * switches…), one per entry like `specRules`, in the order they are reported. The engine hands
   * each the same input object; a campaign breaking one gets an error and nothing is sent for it.
   */
  readonly planRules: readonly PlanRule<S>[];
  /**
   * The fields the write will change or clear beyond the managed ones, for a vendor whose update
   * is not partial (a full-payload PUT clears what it is not sent), so that the plan shows
   * everything apply will do. Each is a FieldChange in the spec's names: `clears: true` when the
   * write removes the value, `before: undefined` when it is unknown (a write-only field nobody
   * manages: no read returns it). The write builds its request from the same input, so it sends
   * nothing beyond `changes` and these; called again on a fresh read, the hook says what the write
   * would send beyond the managed fields now. Handed back to `write` among `changes`, they change
   * nothing it sends. Empty when the input has no changes (nothing is written). A plain function:
   * no I/O, never throws. Absent: the vendor's update touches nothing but the managed fields.
   */
  implicitChanges?(input: PlanInput<S>): FieldChange[];
  /** Sends the smallest correct update (possibly several calls, e.g. a PUT and an enable). */
  write(input: WriteInput<S>): Promise<void>;
  /** Creating campaigns from documents without an `id`; absent: this vendor's campaigns cannot be created from git. */
  readonly create?: CreateCapability<S>;
  /** Stopping a campaign the vendor's own way (`prune: deactivate`). */
  readonly retire?: RetireCapability;
  /** Deleting a campaign (`prune: delete`); present only where the vendor documents a delete call. */
  readonly remove?: RemoveCapability;
}

/**
 * How plan recognises the live campaign a new document (one without `id`) stands for: a campaign
 * an earlier apply created but whose answer was lost, or one made by hand that the document
 * adopts. `unique` identities are the vendor's own uniqueness rules (Voucherify names per
 * project, Lula names per company, Topsort `externalCampaignId` per ad format); a `marker` is a
 * value the provider writes on create into a field it reads back, for vendors with no unique key.
 */
export interface CreateIdentity {
  readonly kind: 'unique' | 'marker';
  /** What the user recognises it by, for plan messages: `name "Spring sale"`. */
  readonly label: string;
  /** Compared with `identityOf` of live campaigns, after the provider's own normalisation (case, spaces). */
  readonly key: string;
}

export interface CreateContext {
  /**
   * A stable key for the document (a digest of its account and its file path and position),
   * the same in every checkout; providers that need a marker write it.
   */
  readonly creationKey: string;
  readonly now: Date;
}

export interface CreateInput<S> extends CreateContext {
  /** The managed spec as written (after ignore), create-only fields included. */
  readonly desired: S;
  readonly http: HttpClient;
  readonly account: AccountConfig;
  readonly signal?: AbortSignal;
}

export interface CreateCapability<S> {
  /** The identity plan looks for before creating; undefined when the document has none (then it is always created). */
  identity(desired: S, ctx: CreateContext): CreateIdentity | undefined;
  /** The identity key of a live campaign (the same normalisation), or undefined when it has none. */
  identityOf(live: LiveCampaign): string | undefined;
  /**
   * Every field the create call (and its documented follow-up) will send, in the spec's shape and
   * names, markers included: what the plan shows as `+ field: value`. Apply sends nothing else.
   */
  fields(desired: S, ctx: CreateContext): Record<string, unknown>;
  /**
   * Sends the vendor's create call, never retried blindly (mark it non-idempotent), then any
   * documented follow-up (Lula's update for what create does not take). Resolves with the new
   * campaign's id. Rejects with `CreateAnswerLost` when the create may have acted but its answer
   * is unknown (timeout, reset, 5xx after sending), with `CreateFollowUpFailed` when the campaign
   * was created but the follow-up failed (the id is known), and with any other error when the
   * vendor refused the create (nothing was created).
   */
  send(input: CreateInput<S>): Promise<{ readonly id: string }>;
}

/** The campaign was created (its id is known) but the documented follow-up call failed. */
export class CreateFollowUpFailed extends Error {
  constructor(
    readonly id: string,
    override readonly cause: unknown,
  ) {
    super(`created as ${id}, but the follow-up update failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** The create call may have acted at the vendor but its answer never arrived. */
export class CreateAnswerLost extends Error {
  constructor(override readonly cause: unknown) {
    super(`the create call's answer was lost (${cause instanceof Error ? cause.message : String(cause)}); the campaign may exist at the vendor`);
  }
}

export interface RetireCapability {
  /**
   * The spec values that stop the campaign (Topsort `{isActive: false}`, Lula `{status: 'inactive'}`…),
   * in the spec's names: plan diffs them against the live campaign and apply sends them through
   * `write` like an update. A campaign that already has them needs nothing sent.
   */
  stopped(live: LiveCampaign): Record<string, unknown>;
}

export interface RemoveInput {
  readonly id: string;
  readonly live: LiveCampaign;
  readonly http: HttpClient;
  readonly account: AccountConfig;
  readonly signal?: AbortSignal;
}

export interface RemoveCapability {
  /** Sends the vendor's documented delete call. A campaign already gone counts as deleted. */
  send(input: RemoveInput): Promise<void>;
}
