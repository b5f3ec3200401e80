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

/** One managed leaf that differs: `path` inside spec, values in the spec's shape. */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** The vendor never returns this field: the change is judged against the last-applied record. */
  readonly writeOnly?: boolean;
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
  /** Sends the smallest correct update (possibly several calls, e.g. a PUT and an enable). */
  write(input: WriteInput<S>): Promise<void>;
}
