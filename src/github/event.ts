/**
 * The pull request a run is about, read from the event payload (`GITHUB_EVENT_PATH`):
 * `pull_request`, `pull_request_target` and `pull_request_review` carry `pull_request.number`, the
 * head commit and the base, `issue_comment` on a pull request carries `issue.number`; and what a
 * `push` moved (`before` → `after`).
 */
import { readFile } from 'node:fs/promises';
import { GithubContextError } from './context.js';

export interface PullRequestRef {
  readonly number: number;
  /** The commit the plan was made from, when the payload says (`pull_request.head.sha`). */
  readonly headSha?: string;
  /** The base branch (`pull_request.base.ref`) and its commit when the event fired. */
  readonly baseRef?: string;
  readonly baseSha?: string;
}

export interface PushRef {
  /** The branch's commit before the push; absent for a branch the push created. */
  readonly before?: string;
  readonly after: string;
  /** `refs/heads/main`. */
  readonly ref?: string;
}

export async function readPullRequest(eventPath: string | undefined): Promise<PullRequestRef> {
  if (!eventPath) {
    throw new GithubContextError('no pull request: GITHUB_EVENT_PATH is not set; pass --pr N, or run on a pull_request event');
  }
  const ref = pullRequestOf(await readPayload(eventPath, 'pass --pr N'));
  if (!ref) throw new GithubContextError('the event that started this run is not about a pull request; pass --pr N');
  return ref;
}

/** The push a run is about; undefined when the event is no push (a manual run, say). */
export async function readPush(eventPath: string | undefined): Promise<PushRef | undefined> {
  if (!eventPath) return undefined;
  const p = (await readPayload(eventPath, 'pass --sha')) as { before?: unknown; after?: unknown; ref?: unknown } | null;
  if (typeof p !== 'object' || p === null || !isSha(p.after)) return undefined;
  return {
    after: p.after,
    ...(isSha(p.before) && !/^0+$/.test(p.before) ? { before: p.before } : {}),
    ...(typeof p.ref === 'string' ? { ref: p.ref } : {}),
  };
}

async function readPayload(eventPath: string, instead: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new GithubContextError(`cannot read the event payload at GITHUB_EVENT_PATH (${why}); ${instead}`);
  }
}

function isSha(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v);
}

function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as {
    pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { ref?: unknown; sha?: unknown } };
    issue?: { number?: unknown; pull_request?: unknown };
  };
  const pr = p.pull_request;
  if (pr && isNumber(pr.number)) {
    return {
      number: pr.number,
      ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}),
      ...(typeof pr.base?.ref === 'string' ? { baseRef: pr.base.ref } : {}),
      ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
    };
  }
  if (p.issue?.pull_request && isNumber(p.issue.number)) return { number: p.issue.number };
  return undefined;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}
