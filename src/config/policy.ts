/**
 * `policy:` in campaignctl.yaml: which planned changes need someone's approval before apply sends
 * them (docs/guardrails.md). Every setting has its default here, in one object; the schema
 * (schemas/config.schema.json `$defs.policy`) checks the values, this file only fills the gaps.
 */
import type { Policy as PolicySection } from '../generated/config.js';

/** The kinds of change `require_approval` may list. */
export type ApprovalRule = NonNullable<PolicySection['require_approval']>[number];

export interface Policy {
  /**
   * The largest rise of a budget, in percent of its current amount, that needs no approval.
   * Undefined: budgets may rise without one.
   */
  readonly maxBudgetIncreasePercent?: number;
  /** Kinds of change that need an approval whatever they hold. */
  readonly requireApproval: readonly ApprovalRule[];
  /**
   * GitHub users (`octocat`) and teams (`org/team`) whose approving review approves in CI; read by
   * the GitHub side only. Locally, `apply --approve` is the approval.
   */
  readonly approvers: readonly string[];
}

/** No section, or an empty one: nothing needs an approval, and nobody is named to give one. */
export const DEFAULT_POLICY: Policy = {
  // maxBudgetIncreasePercent: absent, no limit.
  requireApproval: [],
  approvers: [],
};

/** The policy a validated `policy:` section (or its absence) stands for. */
export function policyOf(section: PolicySection | undefined): Policy {
  if (!section) return DEFAULT_POLICY;
  return {
    ...(section.max_budget_increase_percent !== undefined ? { maxBudgetIncreasePercent: section.max_budget_increase_percent } : {}),
    requireApproval: section.require_approval ?? DEFAULT_POLICY.requireApproval,
    approvers: section.approvers ?? DEFAULT_POLICY.approvers,
  };
}

/** Whether the policy can flag anything: without a rule, plan need not judge a campaign. */
export function policyHasRules(policy: Policy): boolean {
  return policy.maxBudgetIncreasePercent !== undefined || policy.requireApproval.length > 0;
}
