/**
 * Masivo's error answers. The docs give no error body ("updates reject missing campaigns, invalid
 * payloads, and blocked sensitive changes"), so every error the fake sends has one shape:
 *
 *   { "error": { "code": "VALIDATION_ERROR", "message": "…", "field": "budget" } }
 *
 * Assumed: this shape (`field` present only when one body or query field is at fault) and the codes below.
 * Assumed: every rule violation is a 400 (DESIGN: 400 where the vendor's docs give no status).
 */
import type { FakeResponse } from '../fake.js';
import { answer, type ErrorFormat } from '../kit/errors.js';
import type { IntProblem } from '../kit/query.js';

export type MasivoErrorCode =
  | 'UNAUTHORIZED'
  | 'TOKEN_EXPIRED'
  | 'INVALID_TOKEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'INVALID_JSON'
  | 'INVALID_QUERY'
  | 'VALIDATION_ERROR'
  | 'TYPE_MISMATCH'
  | 'INVALID_DATE_RANGE'
  | 'CAMPAIGN_ENDED'
  | 'CAMPAIGN_STARTED'
  | 'CONFIRMATION_REQUIRED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'BAD_GATEWAY'
  | 'SERVICE_UNAVAILABLE';

export interface MasivoErrorBody {
  error: { code: MasivoErrorCode; message: string; field?: string };
}

export function errorBody(code: MasivoErrorCode, message: string, field?: string): MasivoErrorBody {
  return { error: { code, message, ...(field !== undefined ? { field } : {}) } };
}

export function fail(status: number, code: MasivoErrorCode, message: string, field?: string, headers?: Record<string, string>): FakeResponse {
  return answer(status, errorBody(code, message, field), headers);
}

/** A rule violation found while checking a write: always answered 400. */
export class RuleViolation extends Error {
  constructor(
    readonly code: MasivoErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toResponse(): FakeResponse {
    return fail(400, this.code, this.message, this.field);
  }
}

export const notFound = (what: string): FakeResponse => fail(404, 'NOT_FOUND', `${what} not found`);

/** A bad index query parameter (`from`, `to`, both at least 0): one wording, whatever is wrong. */
export const badIntQuery = (problem: IntProblem): FakeResponse =>
  fail(400, 'INVALID_QUERY', `${problem.name} must be a non-negative integer`, problem.name);

const FAULT_CODES = { 500: 'INTERNAL_SERVER_ERROR', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE' } as const;

export const masivoErrors: ErrorFormat = {
  routeNotFound: (method, path) => fail(404, 'NOT_FOUND', `no route for ${method} ${path}`),
  methodNotAllowed: (method, path, allow) => fail(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, undefined, { allow: allow.join(', ') }),
  // Assumed: Masivo documents no rate limit; a plain 429 with Retry-After and the fake's error body.
  rateLimited: (info) => fail(429, 'RATE_LIMITED', 'too many requests, retry later', undefined, { 'retry-after': String(info.retryAfterSeconds) }),
  serverFault: (status) => {
    const code = status === 502 || status === 503 ? FAULT_CODES[status] : FAULT_CODES[500];
    return fail(status, code, 'the server could not complete the request');
  },
};
