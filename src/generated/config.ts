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
  policy?: Policy;
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
/**
 * Guardrails (docs/guardrails.md): which planned changes apply refuses until someone approves them (`apply --approve ADDRESS`, `--approve-all`, or in CI an approving review by one of `approvers`). Without it, no change needs an approval.
 */
export interface Policy {
  /**
   * The largest rise of a budget (any field a vendor declares as spend), in percent of its current amount, that needs no approval: with 20, a budget raised from 7,000 to 8,400 passes and one raised to 10,000 (+42.9%) needs an approval. A budget set where there was none (or zero), and a budget whose currency or period changes, always need one. Absent (the default): no limit.
   */
  max_budget_increase_percent?: number;
  /**
   * Kinds of change that need an approval whatever they hold: `create` (a new campaign), `retire` (a campaign stopped because its document is gone), `delete` (deleted for the same reason), `activate` (a campaign switched on, or created switched on), `running_schedule` (the start or end moved of a campaign running at the time of the plan). Default: none.
   */
  require_approval?: ('create' | 'retire' | 'delete' | 'activate' | 'running_schedule')[];
  /**
   * Who may approve in CI, by an approving review of the pull request: GitHub users (`octocat`) and teams (`org/team`). Locally, whoever runs `apply --approve` approves. Default: nobody, so in CI a guardrail stands until someone applies with --approve.
   */
  approvers?: string[];
}
