/**
 * The few GitHub REST endpoints campaignctl uses (issue comments, issues, labels, pull requests and
 * their reviews and files, commit statuses, workflow artifacts, team memberships), on
 * the project's own HTTP layer: one keep-alive pool, retries and backoff on 5xx, 429s and secondary
 * limits waited out, and the token known to the redactor, so it never appears in an error, a log
 * line or output. Edits (PATCH: they set the text they carry) and the label (a second create is a
 * 422, taken as done) may be sent twice; a new comment, issue or pull request may not, so it is
 * never retried once sent.
 *
 * Answers are read leniently (GitHub adds fields all the time); only the fields used are kept.
 */
import { createHttpClient, HttpError, type HttpClient, type HttpPolicyOverrides, type HttpRequest } from '../http/index.js';
import { isJsonObject } from '../json/guards.js';
import type { GithubContext } from './context.js';
import { linkTarget } from './link-header.js';
import { toArtifact, toPullDetail, toPullFile, toReview, type Artifact, type CommitStatus, type PullRequestDetail, type PullRequestFile, type Review } from './rest-shapes.js';

/** GitHub's current REST version; answers follow it whatever the default becomes. */
export const GITHUB_API_VERSION = '2022-11-28';
/** The largest page GitHub serves. */
export const PER_PAGE = 100;
/** 10,000 items: beyond any PR's comment count or a label's open issues; a guard against link loops. */
const MAX_PAGES = 100;

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly userLogin?: string;
  /** `Bot` for github-actions[bot] and GitHub Apps, `User` for people. */
  readonly userType?: string;
  readonly htmlUrl?: string;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: string;
  readonly htmlUrl?: string;
  /** The issues list includes pull requests; they carry a `pull_request` key. */
  readonly isPullRequest: boolean;
}

export interface PullRequest {
  readonly number: number;
  readonly htmlUrl?: string;
}

export type { Artifact, CommitStatus, PullRequestDetail, PullRequestFile, Review } from './rest-shapes.js';

export interface IssueUpdate {
  readonly title?: string;
  readonly body?: string;
  readonly state?: 'open' | 'closed';
  readonly state_reason?: 'completed' | 'not_planned' | 'reopened';
}

/** A refused or failed call, with what to do about it; the message is already redacted. */
export class GithubApiError extends Error {
  override readonly name = 'GithubApiError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface GithubClientOptions {
  /** Retries, pauses and rate-limit waits, one line each (already redacted). */
  readonly log?: (line: string) => void;
  /** For tests: a shorter patience. */
  readonly policy?: HttpPolicyOverrides;
}

export class GithubRestClient {
  private readonly http: HttpClient;
  private readonly repoPath: string;
  private readonly base: URL;

  constructor(
    private readonly ctx: GithubContext,
    token: string,
    opts: GithubClientOptions = {},
  ) {
    this.base = new URL(ctx.apiUrl);
    this.repoPath = `/repos/${encodeURIComponent(ctx.repo.owner)}/${encodeURIComponent(ctx.repo.name)}`;
    this.http = createHttpClient({
      baseUrl: ctx.apiUrl,
      name: 'github',
      concurrency: 1,
      secrets: [token],
      auth: { headers: async () => ({ authorization: `Bearer ${token}` }) },
      ...(opts.log ? { log: opts.log } : {}),
      ...(opts.policy ? { policy: opts.policy } : {}),
    });
  }

  close(): Promise<void> {
    return this.http.close();
  }

  async listIssueComments(issue: number): Promise<IssueComment[]> {
    const raw = await this.paginate(`${this.repoPath}/issues/${issue}/comments`, `list the comments of #${issue}`, 'pull-requests: read');
    return raw.map(toComment).filter((c): c is IssueComment => c !== undefined);
  }

  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    const res = await this.call({ method: 'POST', path: `${this.repoPath}/issues/${issue}/comments`, json: { body }, purpose: `comment on #${issue}` }, 'pull-requests: write (issues: write on an issue)');
    return this.expect(toComment(res), 'the created comment');
  }

  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    const res = await this.call({ method: 'PATCH', path: `${this.repoPath}/issues/comments/${id}`, json: { body }, purpose: `edit comment ${id}`, idempotent: true }, 'pull-requests: write (issues: write on an issue)');
    return this.expect(toComment(res), 'the edited comment');
  }

  /** Open issues (pull requests left out) carrying `label`. */
  async listOpenIssues(label: string): Promise<Issue[]> {
    const raw = await this.paginate(`${this.repoPath}/issues`, `list the open issues labelled ${label}`, 'issues: read', {
      labels: label,
      state: 'open',
      sort: 'created',
      direction: 'asc',
    });
    return raw.map(toIssue).filter((i): i is Issue => i !== undefined && !i.isPullRequest);
  }

  async createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Issue> {
    const res = await this.call({ method: 'POST', path: `${this.repoPath}/issues`, json: issue, purpose: 'open an issue' }, 'issues: write');
    return this.expect(toIssue(res), 'the created issue');
  }

  async updateIssue(number: number, update: IssueUpdate): Promise<Issue> {
    const res = await this.call({ method: 'PATCH', path: `${this.repoPath}/issues/${number}`, json: update, purpose: `update issue #${number}`, idempotent: true }, 'issues: write');
    return this.expect(toIssue(res), 'the updated issue');
  }

  /** Opens a pull request from `head` into `base` (never retried once sent: a second would be a duplicate). */
  async createPullRequest(pr: { title: string; head: string; base: string; body: string }): Promise<PullRequest> {
    const res = await this.call({ method: 'POST', path: `${this.repoPath}/pulls`, json: { ...pr, maintainer_can_modify: true }, purpose: `open a pull request from ${pr.head} into ${pr.base}` }, 'pull-requests: write');
    return this.expect(toPullRequest(res), 'the created pull request');
  }

  /**
   * The login the token acts as, for a personal or machine-user token; undefined for the workflow
   * token and GitHub Apps, which cannot read `/user` (they post as bots).
   */
  async viewerLogin(): Promise<string | undefined> {
    const res = await this.call({ method: 'GET', path: '/user', accept: [401, 403, 404], purpose: 'identify the token\'s user' }, 'none', true);
    const body = res.body as { login?: unknown };
    return res.status === 200 && typeof body?.login === 'string' ? body.login : undefined;
  }

  /** Creates the label unless it exists; a concurrent creation (422) counts as existing. */
  async ensureLabel(label: { name: string; color: string; description: string }): Promise<void> {
    const found = await this.call(
      { method: 'GET', path: `${this.repoPath}/labels/${encodeURIComponent(label.name)}`, accept: [404], purpose: `look up label ${label.name}` },
      'issues: read',
      true,
    );
    if (found.status !== 404) return;
    await this.call({ method: 'POST', path: `${this.repoPath}/labels`, json: label, accept: [422], purpose: `create label ${label.name}`, idempotent: true }, 'issues: write');
  }

  /** The pull requests a commit belongs to (merged ones among them, with the commit their merge made). */
  async pullsOfCommit(sha: string): Promise<PullRequestDetail[]> {
    const raw = await this.paginate(`${this.repoPath}/commits/${encodeURIComponent(sha)}/pulls`, `list the pull requests of commit ${sha.slice(0, 7)}`, 'pull-requests: read (contents: read)');
    return raw.map(toPullDetail).filter((p): p is PullRequestDetail => p !== undefined);
  }

  /** Open pull requests (into `base`, when given), most recently updated first, at most `limit` (one page). */
  async listOpenPulls(base: string | undefined, limit: number): Promise<PullRequestDetail[]> {
    const query = { state: 'open', ...(base ? { base } : {}), sort: 'updated', direction: 'desc' };
    const raw = await this.paginate(`${this.repoPath}/pulls`, `list the open pull requests${base ? ` into ${base}` : ''}`, 'pull-requests: read', query, {
      perPage: Math.min(limit, PER_PAGE),
      maxPages: 1,
    });
    return raw.map(toPullDetail).filter((p): p is PullRequestDetail => p !== undefined);
  }

  /** The files a pull request changes, at most `maxPages` pages of 100 (GitHub itself lists at most 3,000). */
  async listPullFiles(pr: number, maxPages: number): Promise<{ files: PullRequestFile[]; complete: boolean }> {
    const raw = await this.paginate(`${this.repoPath}/pulls/${pr}/files`, `list the files of #${pr}`, 'pull-requests: read', {}, { maxPages, partial: true });
    return { files: raw.items.map(toPullFile).filter((f): f is PullRequestFile => f !== undefined), complete: raw.complete };
  }

  /** Every review of a pull request, oldest first. */
  async listReviews(pr: number): Promise<Review[]> {
    const raw = await this.paginate(`${this.repoPath}/pulls/${pr}/reviews`, `list the reviews of #${pr}`, 'pull-requests: read');
    return raw.map(toReview).filter((r): r is Review => r !== undefined);
  }

  /**
   * Whether `user` is an active member of `org/team`. 404 (not a member, or a team the token cannot
   * see) is false; the workflow token cannot read an organization's teams at all (403), which is an
   * error saying which token can.
   */
  async isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    const path = `/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(team)}/memberships/${encodeURIComponent(user)}`;
    const res = await this.call(
      { method: 'GET', path, accept: [404], purpose: `check whether ${user} is in the team ${org}/${team}` },
      'members: read on the organization (a GitHub App token, or a personal token with read:org, as `github-token`; the workflow token cannot read teams)',
      true,
    );
    const body = res.body as { state?: unknown };
    return res.status === 200 && body?.state === 'active';
  }

  /** Sets a commit status (a new one for the same context replaces the shown one). */
  async createCommitStatus(sha: string, status: CommitStatus): Promise<void> {
    await this.call(
      { method: 'POST', path: `${this.repoPath}/statuses/${encodeURIComponent(sha)}`, json: status, purpose: `set the status ${status.context} on ${sha.slice(0, 7)}`, idempotent: true },
      'statuses: write',
    );
  }

  /** The repository's artifacts of that exact name, newest first (one page: a name carries a commit, so there are a few at most). */
  async listArtifacts(name: string): Promise<Artifact[]> {
    const res = await this.call(
      { method: 'GET', path: `${this.repoPath}/actions/artifacts?${new URLSearchParams({ name, per_page: String(PER_PAGE) }).toString()}`, purpose: `look up the artifact ${name}` },
      'actions: read',
    );
    const list = isJsonObject(res) && Array.isArray(res.artifacts) ? res.artifacts : undefined;
    if (!list) throw new GithubApiError(`GitHub: the artifacts named ${name} came back in an unexpected shape`);
    return list
      .map(toArtifact)
      .filter((a): a is Artifact => a !== undefined && a.name === name)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  }

  /**
   * Where an artifact's zip may be downloaded: GitHub answers with a redirect to a short-lived
   * signed URL on its storage, which takes no token (and must never be given ours).
   */
  async artifactDownloadUrl(id: number): Promise<string | undefined> {
    const res = await this.call(
      { method: 'GET', path: `${this.repoPath}/actions/artifacts/${id}/zip`, accept: [302, 410], purpose: `download artifact ${id}` },
      'actions: read',
      true,
    );
    if (res.status === 410) return undefined;
    const location = res.headers.location;
    if (res.status !== 302 || !location) throw new GithubApiError(`GitHub: the download of artifact ${id} did not redirect to the archive (status ${res.status})`);
    return new URL(location, this.base).toString();
  }

  /** A file's text at a commit; undefined when the commit has no such file. */
  async fileAt(repoPath: string, ref: string): Promise<string | undefined> {
    const path = `${this.repoPath}/contents/${repoPath.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`;
    const res = await this.call({ method: 'GET', path, accept: [404], purpose: `read ${repoPath} at ${ref.slice(0, 7)}` }, 'contents: read', true);
    if (res.status === 404) return undefined;
    const body = res.body as { type?: unknown; encoding?: unknown; content?: unknown };
    if (body?.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string') {
      throw new GithubApiError(`GitHub: ${repoPath} at ${ref.slice(0, 7)} is not a file GitHub returns whole (over 1 MB?)`);
    }
    return Buffer.from(body.content, 'base64').toString('utf8');
  }

  /** Every item of a list endpoint, page after page, following the `Link: rel="next"` header. */
  private paginate(path: string, purpose: string, permission: string, query?: Record<string, string>, opts?: { perPage?: number; maxPages?: number }): Promise<unknown[]>;
  private paginate(
    path: string,
    purpose: string,
    permission: string,
    query: Record<string, string>,
    opts: { perPage?: number; maxPages?: number; partial: true },
  ): Promise<{ items: unknown[]; complete: boolean }>;
  private async paginate(
    path: string,
    purpose: string,
    permission: string,
    query: Record<string, string> = {},
    opts: { perPage?: number; maxPages?: number; partial?: true } = {},
  ): Promise<unknown[] | { items: unknown[]; complete: boolean }> {
    const items: unknown[] = [];
    const maxPages = opts.maxPages ?? MAX_PAGES;
    let next: string | undefined = `${path}?${new URLSearchParams({ ...query, per_page: String(opts.perPage ?? PER_PAGE) }).toString()}`;
    for (let page = 1; next !== undefined; page++) {
      if (page > maxPages) {
        if (opts.partial || opts.maxPages !== undefined) return opts.partial ? { items, complete: false } : items;
        throw new GithubApiError(`${purpose}: more than ${MAX_PAGES} pages; giving up`);
      }
      const res = await this.call({ method: 'GET', path: next, purpose: page === 1 ? purpose : `${purpose} (page ${page})` }, permission, true);
      if (!Array.isArray(res.body)) throw new GithubApiError(`${purpose}: GitHub answered something other than a list`);
      items.push(...(res.body as unknown[]));
      const link = linkTarget(res.headers.link, 'next');
      next = link === undefined ? undefined : this.relative(link, purpose);
    }
    return opts.partial ? { items, complete: true } : items;
  }

  /** A pagination link as a path under the API root; the token is never sent to another host. */
  private relative(link: string, purpose: string): string {
    let url: URL;
    try {
      url = new URL(link, this.base);
    } catch {
      throw new GithubApiError(`${purpose}: unreadable pagination link`);
    }
    const basePath = this.base.pathname.replace(/\/+$/, '');
    if (url.origin !== this.base.origin || !url.pathname.startsWith(`${basePath}/`)) {
      throw new GithubApiError(`${purpose}: the next page is outside ${this.ctx.apiUrl} (${url.origin}); not following it`);
    }
    return `${url.pathname.slice(basePath.length)}${url.search}`;
  }

  private call(req: HttpRequest, permission: string): Promise<unknown>;
  private call(req: HttpRequest, permission: string, whole: true): Promise<{ status: number; headers: Readonly<Record<string, string>>; body: unknown }>;
  private async call(req: HttpRequest, permission: string, whole?: true): Promise<unknown> {
    try {
      const res = await this.http.request({
        ...req,
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': GITHUB_API_VERSION, ...req.headers },
      });
      return whole ? res : res.body;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      throw new GithubApiError(`GitHub: ${req.purpose ?? `${req.method} ${req.path}`} failed: ${err.message}${hint(err.status, permission)}`, err.status);
    }
  }

  private expect<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new GithubApiError(`GitHub: ${what} came back in an unexpected shape`);
    return value;
  }
}

function hint(status: number | undefined, permission: string): string {
  if (status === 401) return '\n  hint: the token was refused; pass a valid GITHUB_TOKEN (in a workflow, ${{ github.token }})';
  if (status === 403) {
    return `\n  hint: the token may not do this; give the job \`permissions: ${permission}\` (a pull request from a fork gets a read-only token), or it hit a rate limit`;
  }
  if (status === 404) return '\n  hint: not found, or the token cannot see it: check GITHUB_REPOSITORY, the pull request number and the token\'s repository access';
  return '';
}

function toComment(raw: unknown): IssueComment | undefined {
  if (!isJsonObject(raw) || typeof raw.id !== 'number') return undefined;
  const user = isJsonObject(raw.user) ? raw.user : {};
  return {
    id: raw.id,
    body: typeof raw.body === 'string' ? raw.body : '',
    ...(typeof user.login === 'string' ? { userLogin: user.login } : {}),
    ...(typeof user.type === 'string' ? { userType: user.type } : {}),
    ...(typeof raw.html_url === 'string' ? { htmlUrl: raw.html_url } : {}),
  };
}

function toPullRequest(raw: unknown): PullRequest | undefined {
  if (!isJsonObject(raw) || typeof raw.number !== 'number') return undefined;
  return { number: raw.number, ...(typeof raw.html_url === 'string' ? { htmlUrl: raw.html_url } : {}) };
}

function toIssue(raw: unknown): Issue | undefined {
  if (!isJsonObject(raw) || typeof raw.number !== 'number') return undefined;
  return {
    number: raw.number,
    title: typeof raw.title === 'string' ? raw.title : '',
    body: typeof raw.body === 'string' ? raw.body : '',
    state: typeof raw.state === 'string' ? raw.state : 'open',
    ...(typeof raw.html_url === 'string' ? { htmlUrl: raw.html_url } : {}),
    isPullRequest: raw.pull_request !== undefined && raw.pull_request !== null,
  };
}
