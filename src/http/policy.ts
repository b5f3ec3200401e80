/**
 * Every number the HTTP layer acts on, in one place, each with the reason for its value (the habit
 * of undici's retry-handler), and the rule for which requests may be sent again (`mayRetry`). A
 * client takes `Partial<HttpPolicy>`; nested groups merge key by key, so `{ retry: { maxRetries: 2 } }`
 * keeps the other retry defaults.
 */
import type { HttpMethod, HttpRequest } from './types.js';

export interface TimeoutPolicy {
  /** Opening a TCP/TLS connection. */
  readonly connectMs: number;
  /** From sending the request to the answer's status line and headers. */
  readonly headersMs: number;
  /** Longest silence between two chunks of the answer's body. */
  readonly bodyMs: number;
  /**
   * One attempt from first byte sent to last byte read, headers and body together: an answer
   * dripped a byte at a time is cut here even though no single silence is long. Retries get a
   * fresh allowance, within what `totalMs` leaves.
   */
  readonly requestMs: number;
  /** One request end to end: every attempt, every backoff and every 429 wait (`request_timeout`). */
  readonly totalMs: number;
  /**
   * Everything one command does with one account, from its client's creation (`run_timeout`): once
   * it passes, waits and reads stop, no request starts, and a write already sent is let finish.
   */
  readonly runMs: number;
}

export interface RetryPolicy {
  /** Retries after a 5xx in `statuses`, a network error or a timeout (429s are bounded by time instead). */
  readonly maxRetries: number;
  /** Upper bound of the first wait; doubled (by `factor`) for every further retry. */
  readonly minDelayMs: number;
  readonly factor: number;
  /** No single wait grows beyond this, Retry-After on a 5xx included. */
  readonly maxDelayMs: number;
  /** 'full': wait a uniformly random time in [0, bound] (AWS "full jitter"); 'none': wait the bound. */
  readonly jitter: 'full' | 'none';
  /** Answers worth repeating. 429 waits under `rateLimit.budgetMs`; the rest count against `maxRetries`. */
  readonly statuses: readonly number[];
  /** A request that timed out may be sent again (when `mayRetry` allows it at all). */
  readonly retryTimeouts: boolean;
  /** Methods whose requests are idempotent unless the request says otherwise (`HttpRequest.idempotent`). */
  readonly idempotentMethods: readonly HttpMethod[];
  /** Error codes that come before any byte of the request is written: it never reached the vendor. */
  readonly notSentCodes: readonly string[];
  /** Error codes that trying again will not heal (a wrong host, a bad certificate). */
  readonly permanentCodes: readonly string[];
}

export interface RateLimitPolicy {
  /** Total time one request may spend waiting out 429s before it fails with kind `rate-limit-budget`. */
  readonly budgetMs: number;
  /** Pause after a 429 that names no time (no Retry-After, no reset header). */
  readonly defaultWaitMs: number;
  /** Shortest pause after a 429, so a reset header rounded into the past does not cause a hot loop. */
  readonly minWaitMs: number;
  /** The window a vendor's limit is assumed to count over until its answers show a longer one. */
  readonly windowMs: number;
  /** Longest window the pacer will believe (a vendor's "100 calls per hour" sandbox). */
  readonly maxWindowMs: number;
  /** Resolution of reset headers in epoch seconds: resets nearer than window + this are left to the pace. */
  readonly resetResolutionMs: number;
  /** Added to every window: clock granularity between our timers and the vendor's counter. */
  readonly marginMs: number;
}

export interface KeepAlivePolicy {
  /** Idle time after which a pooled connection is closed, when the server gives no Keep-Alive hint. */
  readonly timeoutMs: number;
  /** Longest idle time accepted from a server's Keep-Alive hint. */
  readonly maxTimeoutMs: number;
}

export interface HttpPolicy {
  readonly timeouts: TimeoutPolicy;
  readonly retry: RetryPolicy;
  readonly rateLimit: RateLimitPolicy;
  /** Requests in flight per account when the account sets no `concurrency`. */
  readonly concurrency: number;
  readonly keepAlive: KeepAlivePolicy;
  /** Answers larger than this fail with kind `invalid-response` (a campaign list page is far smaller). */
  readonly maxResponseBytes: number;
  /** JSON answers nesting arrays and objects deeper than this fail with kind `invalid-response`. */
  readonly maxJsonDepth: number;
}

/** What a client may override: any group, any key. */
export type HttpPolicyOverrides = {
  readonly [K in keyof HttpPolicy]?: HttpPolicy[K] extends readonly unknown[]
    ? HttpPolicy[K]
    : HttpPolicy[K] extends object
      ? Partial<HttpPolicy[K]>
      : HttpPolicy[K];
};

export const HTTP_DEFAULTS: HttpPolicy = Object.freeze({
  timeouts: Object.freeze({
    // A vendor that cannot open a socket in 10 s is down, not slow.
    connectMs: 10_000,
    // Campaign reads and writes answer in well under a second; 30 s covers a vendor's slow day.
    headersMs: 30_000,
    // Same allowance for a stalled body as for a stalled head.
    bodyMs: 30_000,
    // One attempt, end to end: a hung call fails and is retried instead of blocking the plan.
    requestMs: 30_000,
    // The rate-limit budget (two minutes of 429s) and one attempt after it: a request allowed to
    // wait out 429s that long must also be allowed the attempt that follows.
    totalMs: 150_000,
    // Half an hour per account: a plan of 10,000 campaigns read one GET each at 10 requests a
    // second takes under 20 minutes; a run still going after this is stuck, not slow.
    runMs: 1_800_000,
  }),
  retry: Object.freeze({
    // undici's retry-handler default: enough to ride out a deploy or a flaky load balancer.
    maxRetries: 5,
    // 500 ms, 1 s, 2 s, 4 s, 8 s bounds: about 15 s of patience at most per request.
    minDelayMs: 500,
    factor: 2,
    // A Retry-After on a 503 larger than this is cut down to it.
    maxDelayMs: 30_000,
    // Full jitter spreads the retries of many parallel requests instead of synchronising them.
    jitter: 'full' as const,
    statuses: Object.freeze([429, 500, 502, 503, 504]),
    // Within what mayRetry allows: a timed-out GET is read again, a timed-out POST is not.
    retryTimeouts: true,
    // RFC 9110 §9.2.2 (undici's default less the methods we never send): sending one of these
    // twice has the effect of sending it once. POST and PATCH are idempotent only when the request
    // says so (a provider's enable/disable POST, a PATCH that sets every field it names).
    idempotentMethods: Object.freeze<HttpMethod[]>(['GET', 'PUT', 'DELETE']),
    // Refused, unreachable or unresolvable while connecting: the request was never written.
    notSentCodes: Object.freeze(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']),
    permanentCodes: Object.freeze([
      'ENOTFOUND',
      'ERR_INVALID_URL',
      'UND_ERR_INVALID_ARG',
      'CERT_HAS_EXPIRED',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'ERR_TLS_CERT_ALTNAME_INVALID',
    ]),
  }),
  rateLimit: Object.freeze({
    // Two minutes of 429s per request: a vendor's minute window twice over, then give up and say so.
    budgetMs: 120_000,
    // A bare 429: one second is the most common window.
    defaultWaitMs: 1_000,
    minWaitMs: 50,
    // Per-second limits are the common case; longer windows show up in reset headers and Retry-After.
    windowMs: 1_000,
    maxWindowMs: 3_600_000,
    // X-Rate-Limit-Retry / X-RateLimit-Reset are whole epoch seconds.
    resetResolutionMs: 1_000,
    marginMs: 5,
  }),
  concurrency: 8,
  keepAlive: Object.freeze({
    // Longer than a plan's pauses between calls, shorter than most load balancers' idle limits (60 s).
    timeoutMs: 10_000,
    maxTimeoutMs: 60_000,
  }),
  // 10 MiB: a page of 100 campaigns is tens of kilobytes; anything near this is not a campaign API.
  maxResponseBytes: 10 * 1024 * 1024,
  // Campaign objects nest fewer than ten levels, list envelopes add two or three; vendor fields
  // holding free-form JSON (metadata) get the depth campaignctl allows JSON text fields (64) on
  // top. Far below where recursion in comparing, copying or printing a value could overflow.
  maxJsonDepth: 128,
});

/** The defaults with `overrides` merged in, group by group. */
export function resolvePolicy(overrides: HttpPolicyOverrides = {}): HttpPolicy {
  return {
    timeouts: { ...HTTP_DEFAULTS.timeouts, ...overrides.timeouts },
    retry: { ...HTTP_DEFAULTS.retry, ...overrides.retry },
    rateLimit: { ...HTTP_DEFAULTS.rateLimit, ...overrides.rateLimit },
    concurrency: overrides.concurrency ?? HTTP_DEFAULTS.concurrency,
    keepAlive: { ...HTTP_DEFAULTS.keepAlive, ...overrides.keepAlive },
    maxResponseBytes: overrides.maxResponseBytes ?? HTTP_DEFAULTS.maxResponseBytes,
    maxJsonDepth: overrides.maxJsonDepth ?? HTTP_DEFAULTS.maxJsonDepth,
  };
}

/** What became of one attempt, as far as sending the request again is concerned. */
export type AttemptResult =
  /** The vendor answered with this status. */
  | { readonly status: number }
  /** No answer: the attempt timed out or the connection failed; `code` is the error's, when known. */
  | { readonly failure: 'timeout' | 'network'; readonly code?: string };

/** Whether sending `req` twice has the effect of sending it once. */
export function isIdempotent(req: Pick<HttpRequest, 'method' | 'idempotent'>, policy: RetryPolicy): boolean {
  return req.idempotent ?? policy.idempotentMethods.includes(req.method);
}

/**
 * Whether `req` may be sent again after `result`; counts and time budgets are the client's. The
 * rule: an answer in `statuses`, or a failure that is not permanent, is retried when the request
 * is idempotent, or when it provably did not act at the vendor:
 *
 * - 429: the vendor's limiter refused it for its rate, before acting on it (RFC 6585 §4), so a
 *   429 is waited out for every method. A 5xx gives no such promise (a gateway may time out
 *   while the vendor goes on creating), so a non-idempotent request fails on it.
 * - a failure in `notSentCodes`: the connection was never made, so nothing was sent. Any other
 *   failure (a reset, a timeout) may come after the request was read, and a non-idempotent
 *   request fails on it rather than risk acting twice.
 *
 * (A 401 is repeated once with fresh credentials, by the client, for every method: a refused
 * credential means nothing was done.)
 */
export function mayRetry(req: Pick<HttpRequest, 'method' | 'idempotent'>, result: AttemptResult, policy: RetryPolicy): boolean {
  if ('status' in result) {
    if (!policy.statuses.includes(result.status)) return false;
    return result.status === 429 || isIdempotent(req, policy);
  }
  if (result.code !== undefined && policy.permanentCodes.includes(result.code)) return false;
  if (result.failure === 'timeout' && !policy.retryTimeouts) return false;
  if (result.code !== undefined && policy.notSentCodes.includes(result.code)) return true;
  return isIdempotent(req, policy);
}
