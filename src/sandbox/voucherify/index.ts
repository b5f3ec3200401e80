/**
 * The Voucherify fake: `/voucherify` + the vendor's real paths (`/v1/campaigns…`). Everything the
 * vendor means lives in this folder:
 *   routes.ts        paths, methods, 404/405, enable/disable, delete
 *   auth.ts          X-App-Id / X-App-Token and the 401
 *   errors.ts        the vendor's error body
 *   list.ts          page/limit pagination, order, expand; filters.ts the `filters` query
 *   update-rules.ts  what PUT takes per campaign type (the rest silently ignored) and its rules
 *   update.ts        partial update: metadata merge, unset, dates with ms, updated_at
 *   create.ts        POST /v1/campaigns (create-rules.ts its rules); 409 on a duplicate name
 *   read-shape.ts    list items vs GET, the transient MODIFYING on PUT answers
 *   discount.ts, programs.ts, validity.ts, checks.ts   body schemas
 *   categories.ts, access.ts, project.ts               categories, areas/stores, bin
 *   seed.ts          the embedded project, with its deliberate drift
 */
import type { FakeResponse, RateLimitInfo, VendorFake } from '../fake.js';
import { fail } from './errors.js';
import { route } from './routes.js';
import { seed } from './seed.js';

/**
 * Documented: `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Retry` (epoch seconds of
 * the next allowed call) on every answer. Assumed: `X-Rate-Limit-Retry` is the moment the window frees a
 * slot, also while calls remain.
 */
function rateLimitHeaders(info: RateLimitInfo): Record<string, string> {
  return {
    'X-Rate-Limit-Limit': String(info.limit),
    'X-Rate-Limit-Remaining': String(info.remaining),
    'X-Rate-Limit-Retry': String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
}

/**
 * 429 with the same headers, `Retry-After` (documented "shown after a limit is reached") and
 * `X-Rate-Limit-Type: api_calls`. Assumed: body key `too_many_requests`, message from the guide's
 * status table ("API limit reached").
 */
function rateLimited(info: RateLimitInfo): FakeResponse {
  return fail(
    429,
    'too_many_requests',
    'API limit reached',
    `You have reached the limit of ${info.limit} API calls per second; retry after ${info.retryAfterSeconds} s`,
    undefined,
    { ...rateLimitHeaders(info), 'Retry-After': String(info.retryAfterSeconds), 'X-Rate-Limit-Type': 'api_calls' },
  );
}

const FAULT_TEXT: Readonly<Record<number, [string, string]>> = {
  500: ['internal_server_error', 'Internal Server Error'],
  502: ['bad_gateway', 'Bad Gateway'],
  503: ['service_unavailable', 'Service Unavailable'],
};

/** Assumed: 5xx answers in the same error shape (the guide documents 500 with no example). */
function serverFault(status: number): FakeResponse {
  const [key, message] = FAULT_TEXT[status] ?? ['internal_server_error', 'Internal Server Error'];
  return fail(status, key, message, 'An internal API error occurred. Please try again later.');
}

export const fake: VendorFake = {
  name: 'voucherify',
  handle: route,
  rateLimited,
  rateLimitHeaders,
  serverFault,
  seed: () => seed(),
  harness: async () => (await import('./harness.js')).harness,
};
