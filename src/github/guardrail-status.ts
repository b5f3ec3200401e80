/**
 * The commit status `campaigns/guardrails` on a pull request's head commit: `failure` while a
 * guardrail of its plan stands unapproved, `success` otherwise. Branch protection can require it,
 * so that a pull request whose plan trips a guardrail cannot be merged before an approver approved
 * that plan. Set by the plan workflow after each plan, and again on each review (submitted or
 * dismissed) from the saved plan, without planning again.
 */
import { approvalNames, type ApprovalVerdict } from './approvals.js';
import type { GuardedAction } from './plan-guardrails.js';
import type { CommitStatus } from './rest-shapes.js';

export const GUARDRAILS_CONTEXT = 'campaigns/guardrails';

/** GitHub keeps this much of a status's description. */
const DESCRIPTION_LIMIT = 140;

export interface StatusQuestion {
  readonly guarded: readonly GuardedAction[];
  readonly verdict: ApprovalVerdict;
  /** How many approvers policy.approvers names (users and teams). */
  readonly approvers: number;
  readonly headSha: string;
  readonly targetUrl?: string;
}

export function guardrailStatus(q: StatusQuestion): CommitStatus {
  const n = q.guarded.length;
  const campaigns = `${n} ${n === 1 ? 'campaign' : 'campaigns'}`;
  const need = n === 1 ? 'needs' : 'need';
  let state: CommitStatus['state'];
  let description: string;
  if (n === 0) {
    state = 'success';
    description = `No guardrail tripped in the plan of ${q.headSha.slice(0, 7)}`;
  } else if (q.verdict.approvedBy.length > 0) {
    state = 'success';
    description = `${campaigns} with guardrails approved by ${approvalNames(q.verdict.approvedBy)}`;
  } else if (q.approvers === 0) {
    state = 'failure';
    description = `${campaigns} ${need} approval, but policy.approvers names no one (base branch's campaignctl.yaml)`;
  } else {
    state = 'failure';
    description = `${campaigns} ${need} approval: a review by one of policy.approvers after the plan of ${q.headSha.slice(0, 7)}`;
  }
  return {
    state,
    context: GUARDRAILS_CONTEXT,
    description: description.length <= DESCRIPTION_LIMIT ? description : `${description.slice(0, DESCRIPTION_LIMIT - 1)}…`,
    ...(q.targetUrl ? { target_url: q.targetUrl } : {}),
  };
}
