/**
 * What a fake tells the harnesses that drive it without naming its vendor: the contract suite
 * (test/contract/) and the benchmark (bench/). Each fake keeps its own in `harness.ts` beside it,
 * loaded only when a harness asks (`VendorFake.harness`), so the sandbox itself never loads it.
 */

/** How the fewest reads of a whole account look for a vendor (bench lower bounds). */
export type ReadModel =
  /** List pages carry every managed field: ceil(account / pageSize) pages (beyond maxPages, one GET per campaign). */
  | { readonly kind: 'pages'; readonly pageSize: number; readonly maxPages?: number }
  /** The list is partial: one GET per managed campaign. */
  | { readonly kind: 'gets' }
  /** One call returns the whole account. */
  | { readonly kind: 'one-call' };

/** A field the benchmark makes unique per clone, and how. */
export interface UniqueField {
  readonly field: string;
  /** Clone i's variant of a template's value; `<value> #<i>` when absent. */
  vary?(value: string, i: number): string;
}

/** What the benchmark needs to clone, drift and bound a vendor's campaigns. */
export interface BenchProfile {
  /** The key of the id in the vendor's own objects. */
  readonly idKey: string;
  /** The i-th generated id (i from 0), valid for the vendor and the campaign-file schema. */
  id(i: number): string | number;
  /** The id as the vendor stores it in the object. */
  liveId(id: string | number): string | number;
  /**
   * Fields made unique per clone, in the spec and in the live object alike (names where the
   * vendor or campaignctl checks uniqueness, external ids, identifiers).
   */
  readonly unique: readonly UniqueField[];
  /** Field values every clone gets, in the spec (when it names the field) and in the live object. */
  readonly fixed?: Readonly<Record<string, unknown>>;
  /** Candidates for drift, first one the template's spec manages as a string wins. */
  readonly driftFields: readonly string[];
  /** Requests before any read that the account cannot do without (a token exchange). */
  readonly authRequests: number;
  readonly read: ReadModel;
}

/** A request to the fake, below its path prefix. */
export interface ProbeRequest {
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
}

/** What the contract suite needs to probe a fake as its vendor's API, and to change a campaign. */
export interface ContractProbes {
  /**
   * JSON Schema (draft 2020-12) that every error body the vendor sends matches, and no success
   * body does: the vendor's own error format.
   */
  readonly errorBody: Readonly<Record<string, unknown>>;
  /**
   * The GET that reads one campaign by id. `options` are the account's settings from
   * campaignctl.yaml (company_id, chain_id…).
   */
  readCampaign(id: string, options: Readonly<Record<string, unknown>>): ProbeRequest;
  /** A campaign of the seed (an example under campaigns/ points at it). */
  readonly knownId: string;
  /** An id of the right form that no campaign has. */
  readonly unknownId: string;
  /**
   * A managed spec field a user may change on a seeded campaign, and a value to change it to,
   * which the vendor accepts and reads back as written.
   */
  readonly change: { readonly id: string; readonly field: string; readonly value: string | number | boolean };
}

/** What the contract suite needs to drive a campaign's whole life: create, retire, delete. */
export interface LifecycleProbes {
  /**
   * The spec of a new campaign document (no `id`) that passes validate and that the fake accepts
   * on create (create-only fields included), for an account with the options `seedAccount` gives.
   */
  readonly newSpec: Readonly<Record<string, unknown>>;
  /** A seeded campaign that is running (active) now, which retire stops and, where the vendor documents it, delete removes. */
  readonly runningId: string;
}

export interface FakeHarness {
  readonly contract: ContractProbes;
  /** Absent until the vendor supports creating campaigns from git. */
  readonly lifecycle?: LifecycleProbes;
  readonly bench: BenchProfile;
  /**
   * The account settings beside provider and endpoint (the Lula company, the Spaaza chain) under
   * which the seed's campaigns live: what `campaignctl init --sandbox` writes, so that a new
   * repository can import and plan them at once. Absent: the vendor's accounts take no setting.
   */
  readonly seedAccount?: Readonly<Record<string, string | number>>;
}
