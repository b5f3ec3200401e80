/**
 * Voucherify's error answers. Shape per the error guide and the OpenAPI `Error` schema:
 *
 *   { code, key, message, details, request_id, resource_id?, resource_type?, error? }
 *
 * `code` and `message` are required; `request_id` looks like `v-0bb99c9213425fa250`. The 405 body
 * follows the guide's own example (`code`, `message`, `details` only).
 */
import { randomBytes } from 'node:crypto';
import type { FakeResponse, RateLimitInfo } from '../fake.js';
import { answer, type ErrorFormat } from '../kit/errors.js';
import type { IntProblem } from '../kit/query.js';

export interface VoucherifyError {
  code: number;
  key?: string;
  message: string;
  details?: string;
  request_id?: string;
  resource_id?: string;
  resource_type?: string;
}

/** `v-` and 18 hex digits, as in the docs' examples. Not reproducible on purpose: it is a trace id. */
export function requestId(): string {
  return `v-${randomBytes(9).toString('hex')}`;
}

export function fail(
  status: number,
  key: string,
  message: string,
  details?: string,
  resource?: { id: string; type: string },
  headers?: Record<string, string>,
): FakeResponse {
  const body: VoucherifyError = {
    code: status,
    key,
    message,
    ...(details !== undefined ? { details } : {}),
    request_id: requestId(),
    ...(resource ? { resource_id: resource.id, resource_type: resource.type } : {}),
  };
  return answer(status, body, headers);
}

/** 404 for a campaign id or name that does not exist (docs: "Cannot find campaign with id …"). */
export const campaignNotFound = (idOrName: string): FakeResponse =>
  fail(404, 'not_found', 'Resource not found', `Cannot find campaign with id ${idOrName}`, { id: idOrName, type: 'campaign' });

/** 404 for a referenced object given in a body (documented for categories on create). */
export const resourceNotFound = (type: string, id: string, by = 'id'): FakeResponse =>
  fail(404, 'not_found', 'Resource not found', `Cannot find ${type} with ${by} ${id}`, { id, type });

/** The error guide's own 405 example: "PUT is not supported by this endpoint. Did you mean GET or POST?" */
export function methodNotAllowed(method: string, allowed: readonly string[]): FakeResponse {
  const hint = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  const body = { code: 405, message: 'HTTP Method Not Allowed', details: `${method} is not supported by this endpoint. Did you mean ${hint}?` };
  return answer(405, body, { Allow: allowed.join(', ') });
}

/** Assumed: a rule violation in a campaign PUT/POST body (key `invalid_campaign_params` from the error guide). */
export const invalidParams = (details: string): FakeResponse => fail(400, 'invalid_campaign_params', 'Invalid Campaign Params', details);

/** The create example's own 400: `invalid_campaign`, "Invalid Campaign", "Property 'discount' is required for …". */
export const invalidCampaign = (details: string): FakeResponse => fail(400, 'invalid_campaign', 'Invalid Campaign', details);

/** Assumed: key `invalid_query_params` from the error guide, for list parameters out of range. */
export const invalidQuery = (details: string): FakeResponse => fail(400, 'invalid_query_params', 'Invalid Query Params', details);

/** A list parameter that is not a whole number, or out of its bounds. */
export function badIntQuery(p: IntProblem): FakeResponse {
  const name = `Query parameter '${p.name}'`;
  if (p.kind === 'below-min') return invalidQuery(`${name} must be greater than or equal to ${p.min}`);
  if (p.kind === 'above-max') return invalidQuery(`${name} must be less than or equal to ${p.max}`);
  return invalidQuery(`${name} must be an integer between ${p.min} and ${p.max}`);
}

/** Key `invalid_payload` from the error guide: "a request body is invalid and cannot be processed". */
export const invalidPayload = (details: string): FakeResponse => fail(400, 'invalid_payload', 'Invalid Payload', details);

/** The guide's 415: "unable to consume a request in a format specified by the Content-Type header". Assumed body. */
export const unsupportedMediaType = (contentType: string): FakeResponse =>
  fail(415, 'unsupported_media_type', 'Unsupported Media Type', `Content-Type ${contentType} is not supported; send application/json`);

/**
 * Documented: `X-Rate-Limit-Limit`, `X-Rate-Limit-Remaining` and `X-Rate-Limit-Retry` (epoch seconds of
 * the next allowed call) on every answer. Assumed: `X-Rate-Limit-Retry` is the moment the window frees a
 * slot, also while calls remain.
 */
export function rateLimitHeaders(info: RateLimitInfo): Record<string, string> {
  return {
    'X-Rate-Limit-Limit': String(info.limit),
    'X-Rate-Limit-Remaining': String(info.remaining),
    'X-Rate-Limit-Retry': String(Math.ceil(info.resetAt.getTime() / 1000)),
  };
}

const FAULT_TEXT: Readonly<Record<number, [string, string]>> = {
  500: ['internal_server_error', 'Internal Server Error'],
  502: ['bad_gateway', 'Bad Gateway'],
  503: ['service_unavailable', 'Service Unavailable'],
};

export const voucherifyErrors: ErrorFormat = {
  /** Assumed: an unknown route answers in the same `not_found` shape, without a resource. */
  routeNotFound: (method, path) => fail(404, 'not_found', 'Resource not found', `Route ${method} ${path} not found`),
  methodNotAllowed: (method, _path, allow) => methodNotAllowed(method, allow),
  /**
   * 429 with the rate-limit headers, `Retry-After` (documented "shown after a limit is reached") and
   * `X-Rate-Limit-Type: api_calls`. Assumed: body key `too_many_requests`, message from the guide's
   * status table ("API limit reached").
   */
  rateLimited: (info) =>
    fail(
      429,
      'too_many_requests',
      'API limit reached',
      `You have reached the limit of ${info.limit} API calls per second; retry after ${info.retryAfterSeconds} s`,
      undefined,
      { ...rateLimitHeaders(info), 'Retry-After': String(info.retryAfterSeconds), 'X-Rate-Limit-Type': 'api_calls' },
    ),
  /** Assumed: 5xx answers in the same error shape (the guide documents 500 with no example). */
  serverFault: (status) => {
    const [key, message] = FAULT_TEXT[status] ?? ['internal_server_error', 'Internal Server Error'];
    return fail(status, key, message, 'An internal API error occurred. Please try again later.');
  },
};
