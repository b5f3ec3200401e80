/**
 * Every number the HTTP layer acts on, in one place, each with the reason for its value (the habit
 * of undici's retry-handler). A client takes `Partial<HttpPolicy>`; nested groups merge key by key,
 * so `{ retry: { maxRetries: 2 } }` keeps the other retry defaults.
 */

export interface TimeoutPolicy {
  /** Opening a TCP/TLS connection. */
  readonly connectMs: number;
  /** From sending the request to the answer's status line and headers. */
  readonly headersMs: number;
  /** Longest silence between two chunks of the answer's body. */
  readonly bodyMs: number;
  /** One attempt from first byte sent to last byte read; retries get a fresh allowance. */
  readonly requestMs: number;
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
  /** A request that timed out is sent again (every call we make sets values, so repeats are safe). */
  readonly retryTimeouts: boolean;
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
    retryTimeouts: true,
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
  };
}
