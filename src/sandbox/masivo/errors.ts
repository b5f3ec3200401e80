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
  return { status, body: errorBody(code, message, field), ...(headers ? { headers } : {}) };
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
