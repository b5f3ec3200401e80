/**
 * The pull request a run is about, read from the event payload (`GITHUB_EVENT_PATH`):
 * `pull_request` and `pull_request_target` carry `pull_request.number` and the head commit,
 * `issue_comment` on a pull request carries `issue.number`.
 */
import { readFile } from 'node:fs/promises';
import { GithubContextError } from './context.js';

export interface PullRequestRef {
  readonly number: number;
  /** The commit the plan was made from, when the payload says (`pull_request.head.sha`). */
  readonly headSha?: string;
}

export async function readPullRequest(eventPath: string | undefined): Promise<PullRequestRef> {
  if (!eventPath) {
    throw new GithubContextError('no pull request: GITHUB_EVENT_PATH is not set; pass --pr N, or run on a pull_request event');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new GithubContextError(`cannot read the event payload at GITHUB_EVENT_PATH (${why}); pass --pr N`);
  }
  const ref = pullRequestOf(payload);
  if (!ref) throw new GithubContextError('the event that started this run is not about a pull request; pass --pr N');
  return ref;
}

function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } }; issue?: { number?: unknown; pull_request?: unknown } };
  const pr = p.pull_request;
  if (pr && isNumber(pr.number)) {
    return { number: pr.number, ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}) };
  }
  if (p.issue?.pull_request && isNumber(p.issue.number)) return { number: p.issue.number };
  return undefined;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}
