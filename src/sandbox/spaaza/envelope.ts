/**
 * Spaaza's response envelope: `{result: {code: 1, status: "ok"}, results: {…}}` on success (always
 * HTTP 200), `{result: {code: 2, status: "error"}, error: {code, name, description}}` on failure.
 */
import type { FakeResponse } from '../fake.js';
import { answer, type ErrorFormat } from '../kit/errors.js';

export interface SpaazaError {
  readonly code: number;
  readonly name: string;
  readonly description: string;
  readonly status: number;
}

/** The error catalogue. Codes 6, 68, 244, 245, 246 and 419 are the ones alter-campaign documents. */
export const ERRORS = {
  noValidSession: {
    code: 6,
    name: 'no_valid_session',
    description: 'The user needs to be logged in and a valid session key needs to be sent',
    status: 401,
  },
  permissionDenied: {
    code: 68,
    name: 'permission_denied_or_non_existent',
    description: 'This user has insufficient permissions for this object or the object does not exist.',
    status: 403,
  },
  campaignIdInvalid: {
    code: 244,
    name: 'campaign_id_invalid',
    description: 'The campaign_id passed must be an integer',
    status: 400,
  },
  campaignIdNotPresent: {
    code: 245,
    name: 'campaign_id_not_present',
    description: 'The campaign_id must be passed as a parameter',
    status: 400,
  },
  campaignIdNotFound: {
    code: 246,
    name: 'campaign_id_not_found',
    description: 'The campaign_id supplied could not be found.',
    status: 404,
  },
  parameterInvalid: {
    code: 419,
    name: 'parameter_invalid',
    description: 'One of the parameters is invalid and should be in a different format.',
    status: 400,
  },
  // Assumed: Spaaza documents no error for an unknown endpoint, a wrong method, a rate limit or a
  // server fault. These keep the documented envelope, with the HTTP status as the numeric code.
  endpointNotFound: { code: 404, name: 'endpoint_not_found', description: 'The requested API call does not exist.', status: 404 },
  methodNotAllowed: { code: 405, name: 'method_not_allowed', description: 'This API call does not accept this request method.', status: 405 },
  tooManyRequests: { code: 429, name: 'too_many_requests', description: 'Too many requests; retry after the time given in Retry-After.', status: 429 },
} as const satisfies Record<string, SpaazaError>;

export function ok(results: Record<string, unknown>): FakeResponse {
  return { status: 200, body: { result: { code: 1, status: 'ok' }, results } };
}

/**
 * An error answer. `message` says which parameter or rule failed.
 * Assumed: the documented error object carries code, name and description only; the extra
 * `message` mirrors the documented warning objects (`{code, name, description, message}`) so a
 * reconciler's log can say what was wrong. Clients that read code/name are unaffected.
 */
export function fail(error: SpaazaError, message?: string, headers?: Record<string, string>): FakeResponse {
  const body = {
    result: { code: 2, status: 'error' },
    error: { code: error.code, name: error.name, description: error.description, ...(message ? { message } : {}) },
  };
  return answer(error.status, body, headers);
}

const FAULT_NAMES: Record<number, string> = {
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
};

export const spaazaErrors: ErrorFormat = {
  routeNotFound: (_method, path) => fail(ERRORS.endpointNotFound, `No API call at ${path}.`),
  methodNotAllowed: (_method, path, allow) => fail(ERRORS.methodNotAllowed, `${path} accepts ${allow.join(', ')}.`, { allow: allow.join(', ') }),
  // Assumed: Spaaza documents no rate limit: a plain 429 with Retry-After.
  rateLimited: (info) => fail(ERRORS.tooManyRequests, undefined, { 'retry-after': String(info.retryAfterSeconds) }),
  /** Assumed: an injected 5xx keeps the error envelope, code = HTTP status. */
  serverFault: (status) =>
    fail({
      code: status,
      name: FAULT_NAMES[status] ?? 'server_error',
      description: 'The server encountered an error; please try again later.',
      status,
    }),
};
