/**
 * An HttpClient for unit tests of providers: it answers from a script of the requests a test
 * expects and records every request it was sent (credentials and all: it never leaves the test).
 *
 *   const http = scriptedHttp([
 *     { method: 'GET', path: '/campaigns', query: { offset: 0 }, reply: { body: page1 } },
 *     { method: 'PATCH', path: /\/campaigns\/c1$/, reply: { status: 204 } },
 *   ]);
 *   await provider.write({ ..., http });
 *   expect(http.sent.map(describe)).toEqual([...]);
 *   expect(http.pending()).toEqual([]);
 *
 * Each request takes the first step that matches it and is not used up, so concurrent requests
 * need not arrive in script order. A request no step matches fails the call, naming it. For a
 * vendor simulated by code (pages computed from the query), pass a function instead of a list.
 */
import type { HttpClient, HttpMethod, HttpRequest, HttpResponse } from '../../src/http/types.js';

export interface Reply {
  /** 200 unless given. */
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer after this many milliseconds (lets concurrent callers overlap). */
  readonly delayMs?: number;
}

export type Responder = (req: HttpRequest) => Reply | Promise<Reply>;

export interface Step {
  readonly method?: HttpMethod;
  /** The whole path, or a pattern it must match. */
  readonly path?: string | RegExp;
  /** Query parameters the request must carry (others may be there too). */
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  /** The answer, or a function of the request that gives it (it may throw, as a failed request does). */
  readonly reply: Reply | Responder;
  /** How many requests the step answers; 1 unless given (`Infinity`: any number). */
  readonly times?: number;
}

export interface ScriptedHttp extends HttpClient {
  /** Every request, in the order it was made. */
  readonly sent: readonly HttpRequest[];
  /** The steps not used up yet. */
  pending(): readonly Step[];
}

/** `GET /path?a=1` for messages and compact assertions. */
export function describeRequest(req: HttpRequest): string {
  const query = Object.entries(req.query ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
  return `${req.method} ${req.path}${query ? `?${query}` : ''}`;
}

function matches(step: Step, req: HttpRequest): boolean {
  if (step.method !== undefined && step.method !== req.method) return false;
  if (typeof step.path === 'string' && step.path !== req.path) return false;
  if (step.path instanceof RegExp && !step.path.test(req.path)) return false;
  for (const [k, v] of Object.entries(step.query ?? {})) if (req.query?.[k] !== v) return false;
  return true;
}

export function scriptedHttp(script: readonly Step[] | Responder): ScriptedHttp {
  const sent: HttpRequest[] = [];
  const steps = typeof script === 'function' ? [{ reply: script, times: Infinity }] : script;
  const used = steps.map(() => 0);
  return {
    sent,
    pending: () => steps.filter((s, i) => used[i]! < (s.times ?? 1)),
    async request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
      sent.push(req);
      const index = steps.findIndex((s, i) => used[i]! < (s.times ?? 1) && matches(s, req));
      if (index < 0) throw new Error(`scriptedHttp: no step expects ${describeRequest(req)}`);
      used[index]!++;
      const step = steps[index]!;
      const reply = typeof step.reply === 'function' ? await step.reply(req) : step.reply;
      if (reply.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      return { status: reply.status ?? 200, headers: { ...reply.headers }, body: reply.body as T };
    },
    stats: () => ({ requests: sent.length, retries: 0, rateLimited: 0 }),
    close: async () => {},
  };
}
