/**
 * Topsort's two error shapes.
 *
 * - The documented envelope (errors page): a JSON ARRAY of `{errCode, docUrl, message?}`, used for
 *   auth, unparsable or empty bodies, unknown routes and campaigns, rate limits and server faults.
 * - The campaign-service is a FastAPI app, so body/query/path validation answers 422 with
 *   `{"detail": [{loc, msg, type}]}` (see validation.ts).
 *
 * The key-types page shows yet another 401/403 shape, `{"error", "message"}`; the fake uses the
 * array, which the errors page gives for every Topsort API.
 */
import type { FakeResponse, RateLimitInfo } from '../fake.js';
import { answer, type ErrorFormat } from '../kit/errors.js';

// Assumed: every error links the public errors page (the docs show a `docUrl` but not its value).
export const DOC_URL = 'https://docs.topsort.com/en/api-reference/errors';

export type ErrCode =
  // documented codes
  | 'invalid_api_key'
  | 'bad_request'
  | 'invalid_json'
  | 'empty_request'
  | 'invalid_operation'
  | 'internal_server_error'
  // Assumed codes: the docs list none for these situations.
  | 'not_found'
  | 'campaign_not_found'
  | 'method_not_allowed'
  | 'rate_limit_exceeded';

export interface TopsortError {
  readonly errCode: ErrCode;
  readonly docUrl: string;
  readonly message?: string;
}

export function topsortError(status: number, errCode: ErrCode, message: string, headers?: Record<string, string>): FakeResponse {
  const body: TopsortError[] = [{ errCode, docUrl: DOC_URL, message }];
  return answer(status, body, headers);
}

/** 404 for a campaign id that is well-formed but unknown (or soft-deleted). */
export function campaignNotFound(id: string): FakeResponse {
  return topsortError(404, 'campaign_not_found', `Campaign ${id} was not found.`);
}

/**
 * The docs: on 429 the headers `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset`
 * are set ("wait until X-RateLimit-Reset"); no `Retry-After` is documented, so none is sent.
 * Assumed: `X-RateLimit-Reset` is epoch seconds; the three headers also ride on every answer
 * while a rate limit applies.
 */
export function rateLimitHeaders(info: RateLimitInfo): Record<string, string> {
  return {
    'x-ratelimit-limit': String(info.limit),
    'x-ratelimit-remaining': String(info.remaining),
    'x-ratelimit-reset': String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
}

export const topsortErrors: ErrorFormat = {
  /** A path that is not a route, a trailing slash included: Topsort does not redirect. */
  routeNotFound: (method, path) => topsortError(404, 'not_found', `No route matches ${method} ${path}.`),
  // Assumed: a wrong method on a known path is 405 with an `Allow` header, in the array shape.
  methodNotAllowed: (method, path, allow) => topsortError(405, 'method_not_allowed', `${method} is not allowed on ${path}.`, { allow: allow.join(', ') }),
  // Assumed: the 429 body is the array with errCode `rate_limit_exceeded`.
  rateLimited: (info) => topsortError(429, 'rate_limit_exceeded', 'Rate limit exceeded; retry after X-RateLimit-Reset.', rateLimitHeaders(info)),
  // The documented `internal_server_error` (assumed for 502/503 too).
  serverFault: (status) => topsortError(status, 'internal_server_error', 'Unexpected server problem; please retry.'),
};
