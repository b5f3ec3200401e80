/** The JSON object a write must carry. */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { validationError } from './errors.js';

export type BodyResult = { readonly ok: true; readonly body: Record<string, unknown> } | { readonly ok: false; readonly response: FakeResponse };

function refuse(error: string): BodyResult {
  return { ok: false, response: validationError([{ field: 'body', error }]) };
}

// Assumed: a body that is not a JSON object (malformed JSON, an array, a form body) is a
// VALIDATION_ERROR on the field `body`; an absent body counts as `{}` (Express's json parser).
export function objectBody(req: FakeRequest): BodyResult {
  if (req.bodyError !== undefined) return refuse(`Request body is not valid JSON: ${req.bodyError}`);
  if (req.body === undefined) return { ok: true, body: {} };
  if (req.contentType !== undefined && req.contentType !== 'application/json') {
    return refuse('Request body must be JSON (Content-Type: application/json)');
  }
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    return refuse('Request body must be a JSON object');
  }
  return { ok: true, body: req.body as Record<string, unknown> };
}
