/**
 * `campaignctl github …`: the GitHub side of GitOps, for workflow steps. `comment` keeps one plan
 * comment per pull request (and posts the apply after its merge on it), `summary` writes the job
 * summary, `drift` keeps the drift issue, `record-ids` gets the ids of campaigns apply created into
 * git; `reviewed-plan` (github-reviewed.ts) and `guardrails` (github-guardrails.ts). They
 * read the runner's variables (GITHUB_REPOSITORY, GITHUB_TOKEN, …) from the environment; the token
 * goes to the HTTP client, which masks it, and nowhere else.
 */
import path from 'node:path';
import { readApplyResult } from '../github/apply-result.js';
import { GithubContextError, readGithubContext, readGithubToken, readStepSummaryPath } from '../github/context.js';
import { DRIFT_LABEL, reconcileDriftIssue, type DriftFinding } from '../github/drift-issue.js';
import { readPullRequest, type PullRequestRef } from '../github/event.js';
import { APPLY_MARKER, renderApplyComment } from '../github/apply-comment.js';
import { otherPullsTouching, renderOverlapNote } from '../github/other-pulls.js';
import { repositoryRoot } from '../github/repo-path.js';
import { readReviewedNotes } from '../github/reviewed-notes.js';
import type { Plan } from '../engine/plan-model.js';
import { Git } from '../github/git.js';
import { renderPlanComment, upsertMarkedComment, upsertPlanComment, type CommentContent } from '../github/pr-comment.js';
import { GithubApiError, GithubRestClient } from '../github/rest-client.js';
import { readUnmanagedListing } from '../github/unmanaged.js';
import { recordIds, RecordIdsError } from '../github/record-ids.js';
import { appendSummary, renderApplySummary, renderPlanSummary, renderRefusedApplySummary, summaryBudget } from '../github/step-summary.js';
import type { CliIO } from './io.js';
import { artifactOnly, exactlyOne, githubClient, guarded, loadPlan, runLinks, UsageError } from './github-common.js';

export interface GithubCommentOptions {
  readonly plan?: string;
  readonly skipped?: string;
  readonly failed?: string;
  /** With --reviewed: the result of the apply after the merge, for the comment on the merged pull request. */
  readonly applyResult?: string;
  /** What `github reviewed-plan --notes` found: the merged pull request, what its plan left out. */
  readonly reviewed?: string;
  /** With --plan: note the other open pull requests that change the same campaigns. */
  readonly otherPrs?: boolean;
  readonly pr?: number;
  readonly artifactUrl?: string;
}

export interface GithubSummaryOptions {
  readonly plan?: string;
  readonly applyResult?: string;
  /** With --apply-result, or alone when nothing was applied: what `github reviewed-plan --notes` found. */
  readonly reviewed?: string;
  readonly artifactUrl?: string;
}

export interface GithubDriftOptions {
  readonly plan?: string;
  /** A listing saved by `import --list --out`: live campaigns no document manages. */
  readonly unmanaged?: string;
  readonly failed?: string;
  readonly label?: string;
  readonly artifactUrl?: string;
}

export interface GithubRecordIdsOptions {
  readonly dir: string;
  readonly branch?: string;
  readonly remote: string;
}

/** Exit: 0 the comment was created or updated, 1 anything else. */
export async function runGithubComment(io: CliIO, opts: GithubCommentOptions): Promise<number> {
  return guarded(io, 'comment', async () => {
    if (opts.reviewed !== undefined || opts.applyResult !== undefined) return applyComment(io, opts);
    const which = exactlyOne(opts, ['plan', 'skipped', 'failed']);
    if (opts.otherPrs && which !== 'plan') throw new UsageError('--other-prs goes with --plan');
    const ctx = readGithubContext(io.env);
    const token = readGithubToken(io.env);
    const links = runLinks(ctx, opts.artifactUrl);
    const pr: PullRequestRef = opts.pr !== undefined ? { number: opts.pr } : await readPullRequest(ctx.eventPath);
    let content: CommentContent;
    if (which === 'plan') {
      const plan = await loadPlan(io, opts.plan!);
      if (!plan) return 1;
      content = { kind: 'plan', plan };
    } else content = { kind: which, reason: opts[which]! };
    const client = githubClient(io, ctx, token);
    try {
      const note = content.kind === 'plan' && opts.otherPrs ? await overlapNote(io, client, content.plan, pr) : '';
      const body = renderPlanComment(content, { links, now: io.now(), ...(pr.headSha ? { headSha: pr.headSha } : {}), ...(note ? { note } : {}) });
      const result = await upsertPlanComment(client, pr.number, body);
      io.stdout.write(`${result.action === 'created' ? 'Created' : 'Updated'} the plan comment on #${pr.number}${result.comment.htmlUrl ? `: ${result.comment.htmlUrl}` : ''}\n`);
      return 0;
    } finally {
      await client.close();
    }
  });
}

/** The note on other open pull requests; a failure to look is a warning, never a missing plan comment. */
async function overlapNote(io: CliIO, client: GithubRestClient, plan: Plan, pr: PullRequestRef): Promise<string> {
  try {
    const root = await repositoryRoot(io.cwd, io.env);
    const prefix = path.relative(root, io.cwd).split(path.sep).join('/');
    const report = await otherPullsTouching(client, { pr: pr.number, plan, prefix: prefix.startsWith('..') ? '' : prefix, ...(pr.baseRef ? { baseRef: pr.baseRef } : {}) });
    const others = report.overlaps.map((o) => `#${o.number}`).join(', ');
    if (others) io.stderr.write(`Other open pull requests change the same campaigns: ${others}\n`);
    return renderOverlapNote(report);
  } catch (err) {
    if (!(err instanceof GithubApiError)) throw err;
    io.stderr.write(`warning: the other open pull requests could not be checked for the same campaigns: ${err.message}\n`);
    return '';
  }
}

/** The comment on the merged pull request after the apply its merge started. */
async function applyComment(io: CliIO, opts: GithubCommentOptions): Promise<number> {
  if (opts.plan !== undefined || opts.skipped !== undefined || opts.failed !== undefined || opts.otherPrs) {
    throw new UsageError('--apply-result and --reviewed go without --plan, --skipped, --failed and --other-prs');
  }
  if (opts.reviewed === undefined) throw new UsageError('--apply-result goes with --reviewed (what `github reviewed-plan --notes` wrote)');
  const notes = await readReviewedNotes(path.resolve(io.cwd, opts.reviewed), opts.reviewed);
  const pr = opts.pr ?? (notes.source === 'none' ? undefined : notes.pull?.number);
  if (pr === undefined) {
    io.stdout.write(`Commit ${notes.sha.slice(0, 7)} came from no pull request: no comment.\n`);
    return 0;
  }
  const result = opts.applyResult !== undefined ? await readApplyResult(path.resolve(io.cwd, opts.applyResult), opts.applyResult) : undefined;
  const ctx = readGithubContext(io.env);
  const client = githubClient(io, ctx, readGithubToken(io.env));
  try {
    const body = renderApplyComment(notes, result, { links: runLinks(ctx, opts.artifactUrl), now: io.now() });
    const done = await upsertMarkedComment(client, pr, body, APPLY_MARKER);
    io.stdout.write(`${done.action === 'created' ? 'Posted' : 'Updated'} the apply result on #${pr}${done.comment.htmlUrl ? `: ${done.comment.htmlUrl}` : ''}\n`);
    return 0;
  } finally {
    await client.close();
  }
}

/** Exit: 0 the summary was written, 1 anything else. */
export async function runGithubSummary(io: CliIO, opts: GithubSummaryOptions): Promise<number> {
  return guarded(io, 'summary', async () => {
    const which = opts.reviewed !== undefined && opts.applyResult === undefined && opts.plan === undefined ? 'reviewed' : exactlyOne(opts, ['plan', 'applyResult']);
    if (which === 'plan' && opts.reviewed !== undefined) throw new UsageError('--reviewed goes with --apply-result, or alone');
    const file = readStepSummaryPath(io.env);
    // Links are a courtesy here: a summary needs no repository, so a missing one is no error.
    const links = io.env.GITHUB_REPOSITORY ? runLinks(readGithubContext(io.env), opts.artifactUrl) : artifactOnly(opts.artifactUrl);
    const budget = await summaryBudget(path.resolve(io.cwd, file));
    let text: string;
    if (which === 'plan') {
      const plan = await loadPlan(io, opts.plan!);
      if (!plan) return 1;
      text = renderPlanSummary(plan, links, budget);
    } else {
      const reviewed = opts.reviewed !== undefined ? await readReviewedNotes(path.resolve(io.cwd, opts.reviewed), opts.reviewed) : undefined;
      text =
        which === 'reviewed'
          ? renderRefusedApplySummary(reviewed!, budget)
          : renderApplySummary(await readApplyResult(path.resolve(io.cwd, opts.applyResult!), opts.applyResult), budget, reviewed);
    }
    await appendSummary(path.resolve(io.cwd, file), text);
    io.stderr.write(`Wrote the ${which === 'plan' ? 'plan' : which === 'reviewed' ? 'reviewed plan\'s refusal' : 'apply result'} to the job summary.\n`);
    return 0;
  });
}

/** Exit: 0 the issue says what the plan found (opened, updated, closed, or none needed), 1 anything else. */
export async function runGithubDrift(io: CliIO, opts: GithubDriftOptions): Promise<number> {
  return guarded(io, 'drift', async () => {
    const which = exactlyOne(opts, ['plan', 'failed']);
    const ctx = readGithubContext(io.env);
    const token = readGithubToken(io.env);
    let finding: DriftFinding;
    if (which === 'plan') {
      const plan = await loadPlan(io, opts.plan!);
      if (!plan) return 1;
      const unmanaged = opts.unmanaged !== undefined ? await readUnmanagedListing(path.resolve(io.cwd, opts.unmanaged), opts.unmanaged) : undefined;
      finding = { kind: 'plan', plan, ...(unmanaged ? { unmanaged } : {}) };
    } else {
      if (opts.unmanaged !== undefined) throw new UsageError('--unmanaged goes with --plan');
      finding = { kind: 'failed', reason: opts.failed! };
    }
    const client = githubClient(io, ctx, token);
    try {
      const outcome = await reconcileDriftIssue(client, finding, {
        links: runLinks(ctx, opts.artifactUrl),
        now: io.now(),
        label: opts.label ?? DRIFT_LABEL,
      });
      const where = outcome.issue ? ` #${outcome.issue.number}${outcome.issue.htmlUrl ? `: ${outcome.issue.htmlUrl}` : ''}` : '';
      const line = {
        opened: `Opened the drift issue${where}`,
        updated: `Updated the drift issue${where}${outcome.changed ? ' (what drifted changed)' : ''}`,
        closed: `No drift; closed the drift issue${where}`,
        none: 'No drift, and no drift issue open.',
      }[outcome.action];
      io.stdout.write(`${line}\n`);
      return 0;
    } finally {
      await client.close();
    }
  });
}

/** Exit: 0 the ids are in git (pushed, or in a pull request) or there were none, 1 anything else. */
export async function runGithubRecordIds(io: CliIO, opts: GithubRecordIdsOptions): Promise<number> {
  return guarded(io, 'record-ids', async () => {
    // Only the pull request needs the API: a push alone works outside Actions too.
    const ctx = io.env.GITHUB_REPOSITORY ? readGithubContext(io.env) : undefined;
    let client: GithubRestClient | undefined;
    try {
      const runId = io.env.GITHUB_RUN_ID;
      const outcome = await recordIds(new Git(io.cwd, io.env), {
        dir: opts.dir,
        remote: opts.remote,
        ...(opts.branch !== undefined ? { branch: opts.branch } : {}),
        ...(ctx?.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(runId && /^\d+$/.test(runId) ? { runKey: `${runId}-${/^\d+$/.test(io.env.GITHUB_RUN_ATTEMPT ?? '') ? io.env.GITHUB_RUN_ATTEMPT! : '1'}` } : {}),
        log: (line) => io.stderr.write(`${line}\n`),
        openPullRequest: async (pr) => {
          try {
            client = githubClient(io, ctx ?? readGithubContext(io.env), readGithubToken(io.env));
            return await client.createPullRequest(pr);
          } catch (err) {
            if (!(err instanceof GithubApiError || err instanceof GithubContextError)) throw err;
            throw new RecordIdsError(`the ids are on the branch ${pr.head}, but the pull request into ${pr.base} could not be opened: ${err.message}; open it by hand`);
          }
        },
      });
      const list = (files: readonly string[]) => files.join(', ');
      switch (outcome.kind) {
        case 'nothing':
          io.stdout.write(`No campaign file under ${opts.dir} changed: no ids to record.\n`);
          break;
        case 'pushed':
          io.stdout.write(`Pushed the ids of created campaigns to ${outcome.branch} (${outcome.commit.slice(0, 7)}): ${list(outcome.files)}\n`);
          break;
        case 'pull-request':
          io.stderr.write(`The push to ${outcome.branch} was refused: ${outcome.refusal}\n`);
          io.stdout.write(
            `Opened pull request #${outcome.pullRequest.number}${outcome.pullRequest.htmlUrl ? ` (${outcome.pullRequest.htmlUrl})` : ''} from ${outcome.head} into ${outcome.branch} ` +
              `with the ids of created campaigns: ${list(outcome.files)}. Until it is merged, the last-applied record keeps them from being created again.\n`,
          );
          break;
        default:
          return unknownOutcome(outcome);
      }
      return 0;
    } finally {
      await client?.close();
    }
  });
}

function unknownOutcome(o: never): never {
  throw new Error(`unknown outcome ${JSON.stringify(o)}`);
}

