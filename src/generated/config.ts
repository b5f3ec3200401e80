/* Generated from schemas/config.schema.json by `npm run generate`. Do not edit. */

/**
 * One vendor account.
 */
export type Account = {
  /**
   * The vendor this account belongs to.
   */
  provider: 'masivo' | 'voucherify' | 'lula' | 'spaaza' | 'topsort';
  /**
   * The vendor API base URL (https; plain http only on loopback), or `sandbox` for the embedded local fake.
   */
  endpoint: ('sandbox' | string) & string;
  /**
   * Names of the environment variables holding the credentials; never the values.
   */
  credentials?: {
    [k: string]: EnvRef | undefined;
  };
  /**
   * Parallel requests to this account (default 8).
   */
  concurrency?: number;
  /**
   * Requests per second to this account; when absent, the pace is learnt from the vendor's answers.
   */
  rate_limit?: number;
  /**
   * Seconds one request to this account may take, every attempt, retry and wait included (default 150): an answer still arriving then is cut, and the request fails.
   */
  request_timeout?: number;
  /**
   * Seconds one command may spend with this account (default 1800): past it nothing more is sent to the account, and its campaigns report the deadline.
   */
  run_timeout?: number;
  ignore?: Ignore;
  /**
   * What plan does with a campaign that apply manages and that no campaign document declares any more: `none` (the default) forgets it, leaving it running at the vendor; `deactivate` stops it the vendor's own way; `delete` deletes it (apply then needs --allow-delete).
   */
  prune?: 'none' | 'deactivate' | 'delete';
};
/**
 * Spec paths never compared nor written, e.g. a field a dashboard user owns (budget.amount, rules[0]).
 */
export type Ignore = string[];

/**
 * campaignctl.yaml: the vendor accounts campaigns are reconciled against.
 */
export interface Config {
  /**
   * Accounts by name; campaign files refer to them with `account:`.
   */
  accounts: {
    [k: string]: Account | undefined;
  };
  /**
   * The IANA time zone plans show dates in, e.g. `Europe/Amsterdam` (UTC when absent). Each date is shown with its offset, so the zone only changes how the same instant reads.
   */
  timezone?: string;
}
/**
 * Where a credential comes from: the name of an environment variable, never the value itself.
 */
export interface EnvRef {
  /**
   * Name of the environment variable holding the value.
   */
  env: string;
}
