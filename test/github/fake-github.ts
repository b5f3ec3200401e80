/**
 * A fake of the few GitHub REST endpoints campaignctl uses, over real HTTP on loopback: issue
 * comments (list with pagination and Link headers, create, edit), issues (list by label and state,
 * create, edit), labels (get, create), pull requests (create; and seeded ones: list the open ones,
 * their files and reviews, the pull requests of a commit), commit statuses, workflow artifacts
 * (list by name; download: a redirect to a signed storage URL that takes no token), team
 * memberships and file contents at a commit. It demands `Authorization: Bearer <token>` and, to
 * prove redaction, answers a wrong token with an error body that echoes the header it got.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  pull_request?: { url: string };
}

export interface FakePull {
  number: number;
  title: string;
  head: string;
  base: string;
  body: string;
}

/** A pull request as the seeded repository has it (those apply opens go to `pulls`). */
export interface FakePullRequest {
  number: number;
  title: string;
  state: 'open' | 'closed';
  user: string;
  head_sha: string;
  base_ref: string;
  merged_at?: string;
  merge_commit_sha?: string;
  /** Files it changes, from the repository's root. */
  files: { filename: string; status?: string; previous_filename?: string }[];
}

export interface FakeReview {
  id: number;
  pr: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit_id: string;
  submitted_at: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  created_at: string;
  expired: boolean;
  /** The zip GitHub's storage serves. */
  zip: Buffer;
  head_sha?: string;
}

export interface FakeStatus {
  sha: string;
  state: string;
  context: string;
  description: string;
  target_url?: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
  readonly status: number;
}

export interface FakeGithub {
  readonly url: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly comments: FakeComment[];
  readonly issues: FakeIssue[];
  readonly labels: Map<string, { name: string; color: string; description: string }>;
  readonly pulls: FakePull[];
  /** Branches a pull request may come from (GitHub answers 422 for a head it does not have); any when absent. */
  branches?: () => readonly string[];
  readonly requests: RecordedRequest[];
  /** Items per page are capped here, to exercise pagination with few items. */
  maxPerPage: number;
  /** When set, the token is this user's (a machine user): `/user` answers, and writes are by them. */
  viewer?: string;
  readonly pullRequests: FakePullRequest[];
  readonly reviews: FakeReview[];
  readonly artifacts: FakeArtifact[];
  readonly statuses: FakeStatus[];
  /** Team `org/slug` → its active members' logins. */
  readonly teams: Map<string, string[]>;
  /** The token cannot read teams (the workflow token): memberships answer 403. */
  teamsForbidden: boolean;
  /** File contents at a commit: `<sha>:<path from the root>` → text. */
  readonly contents: Map<string, string>;
  /** Adds a comment as if someone posted it. */
  addComment(issue: number, body: string, user?: FakeComment['user']): FakeComment;
  /** Adds a review as if someone submitted it. */
  addReview(review: Omit<FakeReview, 'id'>): FakeReview;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

const method0 = (req: IncomingMessage) => req.method ?? 'GET';

export async function startFakeGithub(opts: { token: string; owner?: string; repo?: string }): Promise<FakeGithub> {
  const owner = opts.owner ?? 'acme';
  const repo = opts.repo ?? 'campaigns';
  const comments: FakeComment[] = [];
  const issues: FakeIssue[] = [];
  const labels = new Map<string, { name: string; color: string; description: string }>();
  const requests: RecordedRequest[] = [];
  const pulls: FakePull[] = [];
  const pullRequests: FakePullRequest[] = [];
  const reviews: FakeReview[] = [];
  const artifacts: FakeArtifact[] = [];
  const statuses: FakeStatus[] = [];
  const teams = new Map<string, string[]>();
  const contents = new Map<string, string>();
  let nextId = 1000;
  let base = '';

  const fake: FakeGithub = {
    get url() {
      return base;
    },
    token: opts.token,
    owner,
    repo,
    comments,
    issues,
    labels,
    pulls,
    requests,
    maxPerPage: 100,
    pullRequests,
    reviews,
    artifacts,
    statuses,
    teams,
    teamsForbidden: false,
    contents,
    addComment(issue, body, user = { login: 'octocat', type: 'User' }) {
      const c = { id: nextId++, issue, body, user };
      comments.push(c);
      return c;
    },
    addReview(review) {
      const r = { id: nextId++, ...review };
      reviews.push(r);
      return r;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.test/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
  });
  const issueJson = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason ?? null,
    labels: i.labels.map((name) => ({ name })),
    html_url: `https://github.test/${owner}/${repo}/issues/${i.number}`,
    ...(i.pull_request ? { pull_request: i.pull_request } : {}),
  });

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    // The storage behind an artifact's download: a signed URL, no token (and none must be sent).
    const blob = /^\/_storage\/(\d+)$/.exec(url.pathname);
    if (blob && method0(req) === 'GET') {
      requests.push({ method: 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, status: 200 });
      const a = artifacts.find((x) => x.id === Number(blob[1]));
      if (!a || url.searchParams.get('sig') !== `signed-${a.id}`) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        return void res.end('<Error>AuthenticationFailed</Error>');
      }
      res.writeHead(200, { 'content-type': 'application/zip' });
      return void res.end(a.zip);
    }

    const auth = req.headers.authorization;
    if (auth !== `Bearer ${opts.token}`) {
      // Real GitHub does not echo credentials; this fake does, so that tests can prove redaction.
      return send(401, { message: `Bad credentials: got ${String(auth)}`, documentation_url: 'https://docs.github.com/rest' });
    }
    if (url.pathname === '/user' && method0(req) === 'GET') {
      // The workflow token cannot read /user; a machine user's token can.
      return fake.viewer ? send(200, { login: fake.viewer, type: 'User' }) : send(403, { message: 'Resource not accessible by integration' });
    }
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(url.pathname);
    if (team && method0(req) === 'GET') {
      if (fake.teamsForbidden) return send(403, { message: 'Resource not accessible by integration' });
      const members = teams.get(`${decodeURIComponent(team[1]!)}/${decodeURIComponent(team[2]!)}`);
      const login = decodeURIComponent(team[3]!);
      return members?.some((m) => m.toLowerCase() === login.toLowerCase()) ? send(200, { state: 'active', role: 'member' }) : send(404, { message: 'Not Found' });
    }
    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) return send(404, { message: 'Not Found' });
    const rest = url.pathname.slice(prefix.length);
    const method = req.method ?? 'GET';
    const paged = <T>(items: T[]) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.maxPerPage);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = items.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number) => {
        const u = new URL(url.toString());
        u.searchParams.set('page', String(p));
        return u.toString();
      };
      const headers: Record<string, string> = {};
      if (page < last) headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
      return { slice, headers };
    };

    let m: RegExpExecArray | null;
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        const { slice, headers } = paged(comments.filter((c) => c.issue === issue));
        return send(200, slice.map(commentJson), headers);
      }
      if (method === 'POST') {
        const b = body as { body?: unknown };
        if (typeof b?.body !== 'string') return send(422, { message: 'Validation Failed' });
        if (b.body.length > 65_536) return send(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
        const c: FakeComment = { id: nextId++, issue, body: b.body, user: fake.viewer ? { login: fake.viewer, type: 'User' } : BOT };
        comments.push(c);
        return send(201, commentJson(c));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { message: 'Not Found' });
      const b = body as { body?: unknown };
      if (typeof b?.body !== 'string') return send(422, { message: 'Validation Failed' });
      if (b.body.length > 65_536) return send(422, { message: 'Validation Failed' });
      c.body = b.body;
      return send(200, commentJson(c));
    }
    if (rest === '/issues' && method === 'GET') {
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      const found = issues.filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)));
      const { slice, headers } = paged(found);
      return send(200, slice.map(issueJson), headers);
    }
    if (rest === '/issues' && method === 'POST') {
      const b = body as { title?: unknown; body?: unknown; labels?: unknown };
      if (typeof b?.title !== 'string' || b.title === '') return send(422, { message: 'Validation Failed' });
      const i: FakeIssue = {
        number: issues.length + comments.length + 1,
        title: b.title,
        body: typeof b.body === 'string' ? b.body : '',
        state: 'open',
        labels: Array.isArray(b.labels) ? (b.labels as string[]) : [],
      };
      issues.push(i);
      return send(201, issueJson(i));
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const i = issues.find((x) => x.number === Number(m![1]));
      if (!i) return send(404, { message: 'Not Found' });
      const b = body as Partial<FakeIssue>;
      if (typeof b.title === 'string') i.title = b.title;
      if (typeof b.body === 'string') i.body = b.body;
      if (b.state === 'open' || b.state === 'closed') i.state = b.state;
      if (typeof b.state_reason === 'string') i.state_reason = b.state_reason;
      return send(200, issueJson(i));
    }
    if (rest === '/pulls' && method === 'POST') {
      const b = body as Partial<Record<keyof FakePull, unknown>>;
      if (typeof b?.title !== 'string' || typeof b.head !== 'string' || typeof b.base !== 'string') return send(422, { message: 'Validation Failed' });
      if (fake.branches && !fake.branches().includes(b.head)) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
      }
      const pr: FakePull = { number: issues.length + comments.length + pulls.length + 1, title: b.title, head: b.head, base: b.base, body: typeof b.body === 'string' ? b.body : '' };
      pulls.push(pr);
      return send(201, { number: pr.number, html_url: `https://github.test/${owner}/${repo}/pull/${pr.number}`, head: { ref: pr.head }, base: { ref: pr.base } });
    }
    const pullJson = (p: FakePullRequest) => ({
      number: p.number,
      title: p.title,
      state: p.state,
      html_url: `https://github.test/${owner}/${repo}/pull/${p.number}`,
      user: { login: p.user, type: 'User' },
      merged_at: p.merged_at ?? null,
      merge_commit_sha: p.merge_commit_sha ?? null,
      head: { sha: p.head_sha, ref: `branch-${p.number}` },
      base: { ref: p.base_ref, sha: '0'.repeat(40) },
    });
    if ((m = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = m[1]!;
      const { slice, headers } = paged(pullRequests.filter((p) => p.merge_commit_sha === sha || p.head_sha === sha));
      return send(200, slice.map(pullJson), headers);
    }
    if (rest === '/pulls' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const baseRef = url.searchParams.get('base');
      const found = pullRequests.filter((p) => (state === 'all' || p.state === state) && (baseRef === null || p.base_ref === baseRef)).reverse();
      const { slice, headers } = paged(found);
      return send(200, slice.map(pullJson), headers);
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const p = pullRequests.find((x) => x.number === Number(m![1]));
      if (!p) return send(404, { message: 'Not Found' });
      const { slice, headers } = paged(p.files.map((f) => ({ status: 'modified', ...f })));
      return send(200, slice, headers);
    }
    if ((m = /^\/pulls\/(\d+)\/reviews$/.exec(rest)) && method === 'GET') {
      const n = Number(m[1]);
      const { slice, headers } = paged(reviews.filter((r) => r.pr === n));
      return send(
        200,
        slice.map((r) => ({ id: r.id, user: { login: r.login, type: 'User' }, state: r.state, commit_id: r.commit_id, submitted_at: r.submitted_at, body: '' })),
        headers,
      );
    }
    if ((m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest)) && method === 'POST') {
      const b = body as Partial<FakeStatus>;
      if (!['error', 'failure', 'pending', 'success'].includes(String(b?.state)) || typeof b.context !== 'string') return send(422, { message: 'Validation Failed' });
      if (typeof b.description === 'string' && b.description.length > 140) return send(422, { message: 'Validation Failed', errors: [{ field: 'description', code: 'custom' }] });
      const st: FakeStatus = { sha: m[1]!, state: b.state!, context: b.context, description: b.description ?? '', ...(b.target_url ? { target_url: b.target_url } : {}) };
      statuses.push(st);
      return send(201, { id: nextId++, ...st });
    }
    if (rest === '/actions/artifacts' && method === 'GET') {
      const name = url.searchParams.get('name');
      const found = artifacts.filter((a) => name === null || a.name === name).sort((a, b) => b.created_at.localeCompare(a.created_at));
      const { slice, headers } = paged(found);
      return send(
        200,
        {
          total_count: found.length,
          artifacts: slice.map((a) => ({
            id: a.id,
            name: a.name,
            size_in_bytes: a.zip.length,
            expired: a.expired,
            created_at: a.created_at,
            archive_download_url: `${base}${prefix}/actions/artifacts/${a.id}/zip`,
            workflow_run: { id: 4242, head_sha: a.head_sha ?? null },
          })),
        },
        headers,
      );
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && method === 'GET') {
      const a = artifacts.find((x) => x.id === Number(m![1]));
      if (!a) return send(404, { message: 'Not Found' });
      if (a.expired) return send(410, { message: 'Artifact has expired' });
      return send(302, undefined, { location: `${base}/_storage/${a.id}?sig=signed-${a.id}` });
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === 'GET') {
      const file = m[1]!.split('/').map(decodeURIComponent).join('/');
      const text = contents.get(`${url.searchParams.get('ref') ?? ''}:${file}`);
      if (text === undefined) return send(404, { message: 'Not Found' });
      return send(200, { type: 'file', encoding: 'base64', path: file, content: Buffer.from(text).toString('base64') });
    }
    if ((m = /^\/labels\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const l = labels.get(decodeURIComponent(m[1]!));
      return l ? send(200, l) : send(404, { message: 'Not Found' });
    }
    if (rest === '/labels' && method === 'POST') {
      const b = body as { name?: string; color?: string; description?: string };
      if (!b?.name) return send(422, { message: 'Validation Failed' });
      if (labels.has(b.name)) return send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
      const l = { name: b.name, color: b.color ?? 'ededed', description: b.description ?? '' };
      labels.set(b.name, l);
      return send(201, l);
    }
    return send(404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
