/**
 * The rate-limit header families vendors send, recognised by name so that the HTTP layer never has
 * to know which vendor it is talking to:
 *
 *   X-RateLimit-Limit / -Remaining / -Reset          (GitHub style; reset in epoch seconds or seconds)
 *   X-Rate-Limit-Limit / -Remaining / -Reset / -Retry (hyphenated; -Retry is the next allowed call)
 *   RateLimit-Limit / -Remaining / -Reset, RateLimit-Policy: 100;w=60   (IETF draft)
 *   RateLimit: limit=100, remaining=5, reset=30                          (IETF draft, one field)
 *   Retry-After                                       (seconds or an HTTP date)
 *
 * Reset values above 1e9 are epoch seconds, anything smaller a delay in seconds.
 */
import { parseRetryAfter, parseTimeValue } from './retry.js';

export interface RateLimitSignal {
  /** Requests the vendor allows per window. */
  readonly limit?: number;
  /** Requests left in the current window after this one. */
  readonly remaining?: number;
  /** The window, when the vendor states it (`w=` in the IETF policy). */
  readonly windowMs?: number;
  /** Milliseconds until the vendor frees a slot or resets the window. */
  readonly resetInMs?: number;
  /** Milliseconds the vendor asks us to wait (Retry-After). */
  readonly retryAfterMs?: number;
}

const FAMILIES = ['x-ratelimit-', 'x-rate-limit-', 'ratelimit-'] as const;

/** The first integer in a header value: `100`, `100, 100;w=60`. */
function firstNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)/.exec(value);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function windowParam(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /[;,\s]w=(\d+(?:\.\d+)?)/.exec(value);
  return m?.[1] === undefined ? undefined : Number(m[1]) * 1000;
}

/** Reads the rate-limit facts out of an answer's (lower-case) headers; `nowMs` is the wall clock. */
export function parseRateLimitHeaders(headers: Readonly<Record<string, string>>, nowMs: number = Date.now()): RateLimitSignal {
  let limit: number | undefined;
  let remaining: number | undefined;
  let windowMs: number | undefined;
  let resetInMs: number | undefined;

  for (const prefix of FAMILIES) {
    limit ??= firstNumber(headers[`${prefix}limit`]);
    remaining ??= firstNumber(headers[`${prefix}remaining`]);
    windowMs ??= windowParam(headers[`${prefix}limit`]) ?? windowParam(headers[`${prefix}policy`]);
    resetInMs ??= parseTimeValue(headers[`${prefix}reset`]?.trim().split(/[\s,;]/)[0], nowMs);
    // `X-Rate-Limit-Retry`: when the next call is allowed (epoch seconds).
    resetInMs ??= parseTimeValue(headers[`${prefix}retry`]?.trim(), nowMs);
  }

  const combined = headers['ratelimit'];
  if (combined !== undefined) {
    const param = (name: string) => {
      const m = new RegExp(`(?:^|[\\s,;])${name}=(\\d+(?:\\.\\d+)?)`).exec(combined);
      return m?.[1] === undefined ? undefined : Number(m[1]);
    };
    limit ??= param('limit');
    remaining ??= param('remaining') ?? param('r');
    const reset = param('reset') ?? param('t');
    if (reset !== undefined) resetInMs ??= reset * 1000;
  }

  const retryAfterMs = parseRetryAfter(headers['retry-after'] ?? headers['x-ratelimit-retry-after'], nowMs);

  return {
    ...(limit !== undefined && limit > 0 ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(windowMs !== undefined && windowMs > 0 ? { windowMs } : {}),
    ...(resetInMs !== undefined ? { resetInMs } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}
