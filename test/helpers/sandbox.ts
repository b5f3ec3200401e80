/**
 * Sandbox helpers for tests: start on a free loopback port, talk to it over real HTTP, stop.
 *
 *   const sb = await startTestSandbox({ initialState: { topsort: { campaigns: [...] } } });
 *   const res = await call(sb, 'topsort', 'GET', '/public/v1/campaign-service/campaigns', { headers: { authorization: 'Bearer k' } });
 *   await sb.stop();
 *
 * This is the project's own helper over the server (any fakes, the full options, raw HTTP calls);
 * the harness users import, `campaignctl/sandbox`, is src/sandbox/harness.ts.
 */
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';

export const SANDBOX_NOW = new Date('2026-11-23T12:00:00Z');

/** Starts a sandbox with a pinned clock (2026-11-23T12:00Z unless `now` is given). */
export function startTestSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ now: () => SANDBOX_NOW, ...opts });
}

export interface CallOptions {
  readonly headers?: Record<string, string>;
  /** Sent as JSON unless `form` is true. */
  readonly body?: unknown;
  readonly form?: boolean;
  /** Appended as the query string. */
  readonly query?: Record<string, string | number | boolean>;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the text when the body is not JSON, or undefined when empty. */
  readonly body: unknown;
}

/** One HTTP request to `<sandbox>/<vendor><path>`. */
export async function call(sb: Sandbox, vendor: string, method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const qs = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.body !== undefined) {
    if (opts.form) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
      body = new URLSearchParams(opts.body as Record<string, string>).toString();
    } else {
      headers['content-type'] ??= 'application/json';
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    }
  }
  const res = await fetch(`${sb.endpoint(vendor)}${path}${qs}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text === '' ? undefined : text;
  try {
    if (text !== '') parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
