/**
 * Whether a pull request's plan stands approved: the guardrails it tripped, the approvers the
 * base's configuration names, and the reviews. What the commit status says on the pull request
 * and what the apply after the merge takes as approved come from here, so they cannot disagree.
 */
import type { Plan } from '../engine/plan-model.js';
import { judgeApprovals, type ApprovalVerdict } from './approvals.js';
import { readApprovers, type Approver } from './approvers.js';
import { guardedActions, type GuardedAction } from './plan-guardrails.js';
import type { GithubRestClient } from './rest-client.js';

export interface PlanApprovalQuestion {
  readonly plan: Pick<Plan, 'actions' | 'created_at'>;
  readonly pr: number;
  /** The head commit the plan was made for. */
  readonly headSha: string;
  /** The configuration, from the repository's root, and the commit to read it at (the base). */
  readonly config?: { readonly path: string; readonly ref: string };
  readonly log: (line: string) => void;
}

export interface PlanApproval {
  readonly guarded: readonly GuardedAction[];
  readonly approvers: readonly Approver[];
  readonly verdict: ApprovalVerdict;
}

const NOBODY: ApprovalVerdict = { approvedBy: [], notCounted: [] };

export async function planApproval(client: GithubRestClient, q: PlanApprovalQuestion): Promise<PlanApproval> {
  const guarded = guardedActions(q.plan);
  // Nothing to approve: no review, team or configuration is read.
  if (guarded.length === 0) return { guarded, approvers: [], verdict: NOBODY };
  if (!q.config) q.log('No base commit to read policy.approvers at: no review approves the guardrails.');
  const text = q.config ? await client.fileAt(q.config.path, q.config.ref) : undefined;
  if (q.config && text === undefined) q.log(`${q.config.path} does not exist at ${q.config.ref.slice(0, 7)}: policy.approvers names no one.`);
  const { approvers, problems } = readApprovers(text);
  for (const p of problems) q.log(p);
  if (approvers.length === 0) return { guarded, approvers, verdict: NOBODY };
  const reviews = await client.listReviews(q.pr);
  const verdict = await judgeApprovals({
    reviews,
    approvers,
    headSha: q.headSha,
    planCreatedAt: q.plan.created_at,
    isTeamMember: (org, slug, login) => client.isTeamMember(org, slug, login),
  });
  return { guarded, approvers, verdict };
}
