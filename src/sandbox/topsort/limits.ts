/**
 * Rate limits and server faults in Topsort's shape.
 *
 * The docs: on 429 the headers `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`
 * are set ("wait until X-RateLimit-Reset"); no `Retry-After` is documented, so none is sent.
 * Assumed: `X-RateLimit-Reset` is epoch seconds; the three headers also ride on every answer
 * while a rate limit applies; the 429 body is the array with errCode `rate_limit_exceeded`.
 * Server faults: the array with the documented `internal_server_error` (assumed for 502/503 too).
 */
import type { FakeResponse, RateLimitInfo } from '../fake.js';
import { topsortError } from './errors.js';

export function rateLimitHeaders(info: RateLimitInfo): Record<string, string> {
  return {
    'x-ratelimit-limit': String(info.limit),
    'x-ratelimit-remaining': String(info.remaining),
    'x-ratelimit-reset': String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
}

export function rateLimited(info: RateLimitInfo): FakeResponse {
  return topsortError(429, 'rate_limit_exceeded', 'Rate limit exceeded; retry after X-RateLimit-Reset.', rateLimitHeaders(info));
}

export function serverFault(status: number): FakeResponse {
  return topsortError(status, 'internal_server_error', 'Unexpected server problem; please retry.');
}
