/**
 * Lula's error bodies. The update page documents one shape for the stores-service,
 * `{success: false, message, error_code, …}`, with extra keys per code (`campaign_id`,
 * `current_status`, `validation_errors`). HTTP statuses are not documented: 404 for a missing
 * campaign, 400 for every rule violation (DESIGN's rule for vendors that are silent).
 */
import type { FakeResponse } from '../fake.js';
import { answer, type ErrorFormat } from '../kit/errors.js';
import type { IntProblem } from '../kit/query.js';

export interface FieldError {
  readonly field: string;
  readonly error: string;
}

function failure(status: number, message: string, errorCode: string, extra: Record<string, unknown> = {}): FakeResponse {
  return answer(status, { success: false, message, error_code: errorCode, ...extra });
}

/** Documented body; also used by the detail and store-link reads. */
export function campaignNotFound(campaignId: string): FakeResponse {
  // Assumed: the store-links page shows another shape (`{error, message, code}`) for the same
  // case; we answer every route with the update page's shape, the one the seed documents.
  return failure(404, 'Campaign not found', 'CAMPAIGN_NOT_FOUND', { campaign_id: campaignId });
}

export function validationError(errors: readonly FieldError[]): FakeResponse {
  return failure(400, 'Field validation failed', 'VALIDATION_ERROR', { validation_errors: errors });
}

export function invalidDateRange(): FakeResponse {
  return failure(400, 'End date must be after start date', 'INVALID_DATE_RANGE');
}

export function notModifiable(currentStatus: string): FakeResponse {
  return failure(400, 'Campaign cannot be modified in current status', 'CAMPAIGN_NOT_MODIFIABLE', {
    current_status: currentStatus,
  });
}

// Assumed: auth is undocumented; a missing or malformed bearer token gets a 401 in the
// documented error shape with the code UNAUTHORIZED.
export function unauthorized(): FakeResponse {
  return failure(401, 'Unauthorized: a bearer token is required', 'UNAUTHORIZED');
}

/** A list parameter that is not a whole number, or out of its bounds (class-validator's wording). */
export function intProblemError(p: IntProblem): FieldError {
  if (p.kind === 'below-min') return { field: p.name, error: `${p.name} must not be less than ${p.min}` };
  if (p.kind === 'above-max') return { field: p.name, error: `${p.name} must not be greater than ${p.max}` };
  return { field: p.name, error: `${p.name} must be an integer number` };
}

const FAULTS: Readonly<Record<number, [string, string]>> = {
  500: ['Internal server error', 'INTERNAL_SERVER_ERROR'],
  502: ['Bad gateway', 'BAD_GATEWAY'],
  503: ['Service temporarily unavailable', 'SERVICE_UNAVAILABLE'],
};

export const lulaErrors: ErrorFormat = {
  // Assumed: an unknown route (or a known path with a method it does not serve: no
  // methodNotAllowed here) answers like an Express/NestJS app does, 404 "Cannot METHOD /path".
  routeNotFound: (method, path) => failure(404, `Cannot ${method} ${path}`, 'NOT_FOUND'),
  // Assumed: no rate limit is documented; a plain 429 with Retry-After, body in Lula's shape.
  rateLimited: (info) =>
    answer(
      429,
      { success: false, message: 'Too many requests, please try again later', error_code: 'RATE_LIMIT_EXCEEDED' },
      { 'retry-after': String(info.retryAfterSeconds) },
    ),
  // Assumed: 5xx bodies are undocumented; the same shape with a code per status.
  serverFault: (status) => {
    const [message, code] = FAULTS[status] ?? ['Internal server error', 'INTERNAL_SERVER_ERROR'];
    return failure(status, message, code);
  },
};
