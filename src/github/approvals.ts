/**
 * Whether a pull request's reviews approve the guardrails its plan tripped. A reviewer counts when
 * all of these hold:
 *
 * - their latest review that gives a verdict (approve, request changes; a dismissal withdraws an
 *   approval) is an approval: a later "request changes" or a dismissed approval takes it back,
 *   as on GitHub; plain comments change nothing;
 * - it was submitted on the commit the plan was made for (`commit_id` is the planned head sha):
 *   an approval of an earlier commit approved another plan;
 * - it was submitted after that plan was made (`submitted_at` not before the plan's
 *   `created_at`): an approval given while the plan still ran did not see it;
 * - they are one of `policy.approvers`: named, or an active member of a named team.
 *
 * One such reviewer approves every guardrail of the plan: a review approves the pull request as
 * a whole, and the plan is what the pull request does.
 */
import type { Approver } from './approvers.js';
import type { Review } from './rest-shapes.js';

export interface ApprovalQuestion {
  readonly reviews: readonly Review[];
  readonly approvers: readonly Approver[];
  /** The pull request's head commit the plan was made for. */
  readonly headSha: string;
  /** The plan's `created_at`. */
  readonly planCreatedAt: string;
  /** Team membership, asked only of reviewers who approved the right plan and are not named. */
  readonly isTeamMember: (org: string, slug: string, login: string) => Promise<boolean>;
}

export interface Approval {
  readonly login: string;
  /** The team through which the reviewer is an approver; absent when named. */
  readonly team?: string;
}

export interface ApprovalVerdict {
  readonly approvedBy: readonly Approval[];
  /** Reviewers whose latest verdict does not approve this plan, and why. */
  readonly notCounted: readonly { readonly login: string; readonly reason: string }[];
}

const VERDICTS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export async function judgeApprovals(q: ApprovalQuestion): Promise<ApprovalVerdict> {
  const latest = new Map<string, Review>();
  // The API lists reviews oldest first; submitted_at breaks ties the order does not settle.
  const ordered = q.reviews.map((r, i) => ({ r, i })).sort((x, y) => (x.r.submittedAt ?? '').localeCompare(y.r.submittedAt ?? '') || x.i - y.i);
  for (const { r } of ordered) if (VERDICTS.has(r.state)) latest.set(r.login.toLowerCase(), r);
  const planAt = Date.parse(q.planCreatedAt);
  const short = q.headSha.slice(0, 7);
  const approvedBy: Approval[] = [];
  const notCounted: { login: string; reason: string }[] = [];
  for (const r of latest.values()) {
    if (r.state === 'CHANGES_REQUESTED') {
      notCounted.push({ login: r.login, reason: 'requested changes' });
      continue;
    }
    if (r.state === 'DISMISSED') {
      notCounted.push({ login: r.login, reason: 'their approval was dismissed' });
      continue;
    }
    if (r.commitId?.toLowerCase() !== q.headSha.toLowerCase()) {
      notCounted.push({ login: r.login, reason: `approved commit ${r.commitId?.slice(0, 7) ?? '(unknown)'}, not ${short}, whose plan is the one to apply` });
      continue;
    }
    const at = Date.parse(r.submittedAt ?? '');
    if (Number.isFinite(planAt) && (!Number.isFinite(at) || at < planAt)) {
      notCounted.push({ login: r.login, reason: `approved before the plan of ${short} was made (${q.planCreatedAt}); approve again after reading it` });
      continue;
    }
    const approval = await asApprover(r.login, q);
    if (approval) approvedBy.push(approval);
    else notCounted.push({ login: r.login, reason: 'approved, but is not one of policy.approvers' });
  }
  return { approvedBy, notCounted };
}

async function asApprover(login: string, q: ApprovalQuestion): Promise<Approval | undefined> {
  if (q.approvers.some((a) => a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase())) return { login };
  for (const a of q.approvers) {
    if (a.kind === 'team' && (await q.isTeamMember(a.org, a.slug, login))) return { login, team: `${a.org}/${a.slug}` };
  }
  return undefined;
}

export function approvalNames(approvals: readonly Approval[]): string {
  return approvals.map((a) => `@${a.login}${a.team ? ` (${a.team})` : ''}`).join(', ');
}
