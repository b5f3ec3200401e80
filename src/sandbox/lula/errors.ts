/**
 * Lula's error bodies. The update page documents one shape for the stores-service,
 * `{success: false, message, error_code, …}`, with extra keys per code (`campaign_id`,
 * `current_status`, `validation_errors`). HTTP statuses are not documented: 404 for a missing
 * campaign, 400 for every rule violation (DESIGN's rule for vendors that are silent).
 */
import type { FakeResponse } from '../fake.js';

export interface FieldError {
  readonly field: string;
  readonly error: string;
}

function failure(status: number, message: string, errorCode: string, extra: Record<string, unknown> = {}): FakeResponse {
  return { status, body: { success: false, message, error_code: errorCode, ...extra } };
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

// Assumed: an unknown route (or a known path with a method it does not serve) answers like
// an Express/NestJS app does, 404 "Cannot METHOD /path", in Lula's error shape.
export function routeNotFound(method: string, path: string): FakeResponse {
  return failure(404, `Cannot ${method} ${path}`, 'NOT_FOUND');
}

// Assumed: no rate limit is documented; a plain 429 with Retry-After, body in Lula's shape.
export function rateLimited(retryAfterSeconds: number): FakeResponse {
  return {
    ...failure(429, 'Too many requests, please try again later', 'RATE_LIMIT_EXCEEDED'),
    headers: { 'retry-after': String(retryAfterSeconds) },
  };
}

// Assumed: 5xx bodies are undocumented; the same shape with a code per status.
export function serverFault(status: number): FakeResponse {
  const known: Record<number, [string, string]> = {
    500: ['Internal server error', 'INTERNAL_SERVER_ERROR'],
    502: ['Bad gateway', 'BAD_GATEWAY'],
    503: ['Service temporarily unavailable', 'SERVICE_UNAVAILABLE'],
  };
  const [message, code] = known[status] ?? ['Internal server error', 'INTERNAL_SERVER_ERROR'];
  return failure(status, message, code);
}
