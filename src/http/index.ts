/** The HTTP layer: one client per account, its policy, its errors and its redaction. */
export type * from './types.js';
export { createHttpClient, type HttpClientOptions } from './client.js';
export { HttpError, type HttpErrorDetails } from './errors.js';
export { HTTP_DEFAULTS, isIdempotent, mayRetry, resolvePolicy, type AttemptResult, type HttpPolicy, type HttpPolicyOverrides } from './policy.js';
export { Pacer, type PaceTicket, type PacerOptions } from './pacer.js';
export { parseRateLimitHeaders, type RateLimitSignal } from './rate-limit-headers.js';
export { MASK, Redactor, isSensitiveName } from './redact.js';
export { backoffDelay, parseRetryAfter, parseTimeValue } from './retry.js';
