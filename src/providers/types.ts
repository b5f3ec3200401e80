import type { PathSegment } from '../desired/path.js';
import type { FieldRoles } from './roles.js';
import type { ProviderRuntime } from './runtime.js';

/**
 * A breach of a vendor rule that JSON Schema cannot express, found in one campaign's spec.
 * `path` is inside `spec`. For a rule between two fields give the other one in `otherPaths`:
 * the error is reported at whichever of them comes later in the file.
 */
export interface RuleViolation {
  /** Stable rule id, `<provider>.<kebab-name>`, e.g. `masivo.end-after-start`. */
  readonly rule: string;
  readonly path: readonly PathSegment[];
  readonly otherPaths?: readonly (readonly PathSegment[])[];
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What would be right. */
  readonly hint?: string;
}

export interface SpecRuleContext {
  /** The moment rules that depend on "today" are judged against (injectable for tests). */
  readonly now: Date;
  /** The campaign's vendor id as written in the document (always a string here); '' for a new document. */
  readonly id: string;
}

/** A plain function checking one campaign's spec; it never throws and never does I/O. */
export type SpecRule<S> = (spec: S, ctx: SpecRuleContext) => RuleViolation[];

/** Opaque handle the engine uses to find a campaign document again. */
export interface CampaignRef {
  readonly key: number;
}

export interface AccountCampaign<S> {
  readonly ref: CampaignRef;
  readonly id: string;
  readonly spec: S;
}

export interface AccountRuleContext {
  readonly account: string;
  /** The account's vendor options from campaignctl.yaml (e.g. `company_id`, `chain_id`). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly now: Date;
}

/** A breach found across the campaigns of one account (uniqueness rules and the like). */
export interface AccountViolation extends RuleViolation {
  readonly campaign: CampaignRef;
  /** The other places involved, e.g. the first campaign that already uses a unique name. */
  readonly related?: readonly { readonly campaign: CampaignRef; readonly path: readonly PathSegment[] }[];
}

export type AccountRule<S> = (
  campaigns: readonly AccountCampaign<S>[],
  ctx: AccountRuleContext,
) => AccountViolation[];

/**
 * Everything the engine knows about one vendor. One entry per vendor in `registry.ts`;
 * the engine, renderers and CLI reach vendor behaviour only through this object.
 */
export interface ProviderDefinition<S = unknown> {
  /** The `provider:` value in YAML and the first segment of a campaign address. */
  readonly name: string;
  /** Human name, e.g. `Lula Commerce`. */
  readonly title: string;
  /** File name of the spec schema in `schemas/`. */
  readonly schemaFile: string;
  /** The keys under `credentials:` an account of this vendor takes (DESIGN fixes them). */
  readonly credentialKeys: readonly string[];
  readonly specRules: readonly SpecRule<S>[];
  /**
   * Rules of the vendor's create call beyond its schema (`$defs.create` in the vendor schema names
   * the fields create requires): judged by `validate` for documents without an `id`, besides specRules.
   */
  readonly createRules?: readonly SpecRule<S>[];
  readonly accountRules: readonly AccountRule<S>[];
  /**
   * What the vendor's uniqueness rules range over, from the account's options (Lula: the company,
   * Spaaza: the chain). Accounts with the same scope are checked together; without it, each
   * account is its own scope.
   */
  readonly ruleScope?: (options: Readonly<Record<string, unknown>>) => string | undefined;
  /**
   * The vendor's identity of a campaign id: two ids with the same key name one campaign (UUIDs in
   * any letter case, numeric ids with leading zeros). A saved plan that names one campaign twice in
   * two spellings is refused, so that it is not written twice. Absent: ids are compared as written.
   */
  readonly campaignIdKey?: (id: string) => string;
  /**
   * What its fields mean to a reviewer (name, budgets, schedule, on/off, status): what guardrails
   * and a readable plan go by. Absent: the plan shows addresses and raw values only.
   */
  readonly roles?: FieldRoles;
  /** Plan and apply behaviour; a provider without it can be validated but not planned. */
  readonly runtime?: ProviderRuntime<S>;
}

/** Lets each provider module state its spec type once while the registry stays heterogeneous. */
export function defineProvider<S>(def: ProviderDefinition<S>): ProviderDefinition<unknown> {
  return def as unknown as ProviderDefinition<unknown>;
}
