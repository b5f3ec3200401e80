/**
 * The plan as one pull-request comment, edited in place on every run instead of piling up.
 *
 * The comment is found by a hidden marker at the very start of its body, and only among comments
 * written by a bot (github-actions[bot], or the GitHub App whose token the workflow uses) or by the
 * token's own user (a machine user's token): a person who pastes the marker into a comment of their
 * own never has it overwritten. When several match (two first runs that raced), the oldest is
 * edited and the others are left alone.
 */
import type { Plan } from '../engine/plan-model.js';
import { MARKDOWN_LIMIT } from '../report/markdown.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import type { GithubRestClient, IssueComment } from './rest-client.js';
import { footerLine, wholePlanFromComment, type RunLinks } from './run-links.js';
import { fitText } from './text-budget.js';

export const PLAN_MARKER = '<!-- campaignctl:plan -->';

/** What the comment says: the plan, or why there is none. */
export type CommentContent =
  | { readonly kind: 'plan'; readonly plan: Plan }
  /** No plan was attempted on purpose (a fork's pull request gets no secrets). */
  | { readonly kind: 'skipped'; readonly reason: string }
  /** A plan was attempted and produced nothing to show (invalid files, missing credentials…). */
  | { readonly kind: 'failed'; readonly reason: string };

export interface CommentContext {
  readonly links: RunLinks;
  readonly now: Date;
  readonly headSha?: string;
  /** Markdown shown after the plan (other open pull requests changing the same campaigns). */
  readonly note?: string;
  /** For tests; GitHub's own limit is 65,536. */
  readonly limit?: number;
}

/** Longest reason shown; reasons come from workflow files and are a sentence or two. */
const REASON_LIMIT = 2_000;

export function renderPlanComment(content: CommentContent, ctx: CommentContext): string {
  const limit = ctx.limit ?? MARKDOWN_LIMIT;
  const footer = `\n---\n${footerLine(ctx.links, ctx.now, ctx.headSha)}\n`;
  const head = `${PLAN_MARKER}\n`;
  const note = content.kind === 'plan' && ctx.note ? `\n${ctx.note}` : '';
  let main: string;
  if (content.kind === 'plan') {
    main = renderPlanMarkdown(content.plan, {
      limit: limit - head.length - footer.length - note.length,
      fullPlanAt: wholePlanFromComment(ctx.links),
    });
  } else {
    const title = content.kind === 'skipped' ? '### campaignctl plan: skipped' : '### campaignctl plan: failed';
    const after =
      content.kind === 'skipped'
        ? 'Nothing was read from any vendor.'
        : `No plan was made${ctx.links.runUrl ? `; the [workflow run](${ctx.links.runUrl}) has the details` : '; the job log has the details'}. Any plan shown here before was for an earlier commit and has been replaced.`;
    main = `${title}\n\n${shorten(content.reason.trim(), REASON_LIMIT)}\n\n${after}\n`;
  }
  const cut = `> ✂️ Cut to stay under GitHub's comment limit. The whole plan: ${wholePlanFromComment(ctx.links)}.`;
  const body = fitText(main, { chars: limit - head.length - footer.length - note.length }, cut).text;
  return `${head}${body}${note}${footer}`;
}

/** Ours: the marker first, written by a bot or by `viewer` (the token's user, when it has one). */
export function isPlanComment(comment: IssueComment, viewer?: string, marker: string = PLAN_MARKER): boolean {
  if (!comment.body.startsWith(marker)) return false;
  return comment.userType === 'Bot' || (viewer !== undefined && comment.userLogin === viewer);
}

export interface UpsertResult {
  readonly action: 'created' | 'updated';
  readonly comment: IssueComment;
}

export function upsertPlanComment(client: GithubRestClient, pr: number, body: string): Promise<UpsertResult> {
  return upsertMarkedComment(client, pr, body, PLAN_MARKER);
}

/** Edits our comment that starts with `marker` (the oldest, should there be several), or creates it. */
export async function upsertMarkedComment(client: GithubRestClient, pr: number, body: string, marker: string): Promise<UpsertResult> {
  const comments = await client.listIssueComments(pr);
  let existing = comments.filter((c) => isPlanComment(c, undefined, marker)).sort((a, b) => a.id - b.id)[0];
  // Marked comments by a person: ours only if the token is that person's (a machine user).
  if (!existing && comments.some((c) => c.body.startsWith(marker))) {
    const viewer = await client.viewerLogin();
    existing = comments.filter((c) => isPlanComment(c, viewer, marker)).sort((a, b) => a.id - b.id)[0];
  }
  if (existing) return { action: 'updated', comment: await client.updateIssueComment(existing.id, body) };
  return { action: 'created', comment: await client.createIssueComment(pr, body) };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
