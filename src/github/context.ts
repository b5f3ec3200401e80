/**
 * What a `campaignctl github …` command knows about the run it is part of, read from the variables
 * the Actions runner sets. Each command asks only for what it needs (`summary` needs no token), and
 * a missing variable is a GithubContextError that names it and says where it comes from.
 */

export const DEFAULT_API_URL = 'https://api.github.com';
export const DEFAULT_SERVER_URL = 'https://github.com';

export class GithubContextError extends Error {
  override readonly name = 'GithubContextError';
}

export interface GithubRepo {
  readonly owner: string;
  readonly name: string;
}

export interface GithubContext {
  readonly repo: GithubRepo;
  /** REST API root, GitHub Enterprise Server's `https://HOST/api/v3` included. */
  readonly apiUrl: string;
  readonly serverUrl: string;
  /** The workflow run's page (its job summaries and artifacts), when the run is known. */
  readonly runUrl?: string;
  /** `GITHUB_EVENT_PATH`: the webhook payload that started the run. */
  readonly eventPath?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function required(env: Env, name: string, why: string): string {
  const v = value(env, name);
  if (v === undefined) {
    throw new GithubContextError(`${name} is not set: ${why} (the Actions runner sets it; outside Actions, export it)`);
  }
  return v;
}

/** The repository, API and run; everything but the token. */
export function readGithubContext(env: Env): GithubContext {
  const full = required(env, 'GITHUB_REPOSITORY', 'it names the repository as OWNER/NAME');
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full);
  if (!m) throw new GithubContextError(`GITHUB_REPOSITORY must be OWNER/NAME (got "${full}")`);
  const apiUrl = checkedUrl(value(env, 'GITHUB_API_URL') ?? DEFAULT_API_URL, 'GITHUB_API_URL', true);
  const serverUrl = checkedUrl(value(env, 'GITHUB_SERVER_URL') ?? DEFAULT_SERVER_URL, 'GITHUB_SERVER_URL', false);
  const runId = value(env, 'GITHUB_RUN_ID');
  const eventPath = value(env, 'GITHUB_EVENT_PATH');
  return {
    repo: { owner: m[1]!, name: m[2]! },
    apiUrl,
    serverUrl,
    ...(runId && /^\d+$/.test(runId) ? { runUrl: `${serverUrl}/${m[1]!}/${m[2]!}/actions/runs/${runId}` } : {}),
    ...(eventPath ? { eventPath } : {}),
  };
}

/** The token for the REST API; it goes to the HTTP client (which redacts it) and nowhere else. */
export function readGithubToken(env: Env): string {
  return required(
    env,
    'GITHUB_TOKEN',
    'the REST API needs a token; in a workflow pass `env: GITHUB_TOKEN: ${{ github.token }}` with the permissions the README lists',
  );
}

export function readStepSummaryPath(env: Env): string {
  return required(env, 'GITHUB_STEP_SUMMARY', 'it is the job summary file of the current step');
}

/**
 * A URL without a trailing slash. The token travels to the API URL, so plain http is refused
 * except on loopback (local fakes).
 */
function checkedUrl(raw: string, name: string, carriesToken: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GithubContextError(`${name} is not a URL (got "${raw}")`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (loopback || !carriesToken))) {
    throw new GithubContextError(`${name} must be an https URL (got "${raw}"); plain http is accepted only on loopback`);
  }
  return url.toString().replace(/\/+$/, '');
}
