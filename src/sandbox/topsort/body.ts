/**
 * The request body before any model sees it. The errors page documents `invalid_json` ("The
 * request is not valid JSON") and `empty_request` ("Request body is empty") as 400s in the array
 * shape; the fake answers them before validation.
 *
 * Assumed: a body sent with a non-JSON content type reaches the model as something that is not
 * an object, hence a 422 `value is not a valid dict` at `["body"]` (FastAPI reads such bodies raw).
 */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { topsortError } from './errors.js';

const NOT_JSON = Symbol('non-JSON body');

export function requestBody(req: FakeRequest): FakeResponse | { readonly value: unknown } {
  if (req.bodyError !== undefined) return topsortError(400, 'invalid_json', `The request is not valid JSON: ${req.bodyError}`);
  if (req.body === undefined) return topsortError(400, 'empty_request', 'The request body is empty.');
  const type = req.contentType;
  if (type !== undefined && type !== 'application/json' && !type.endsWith('+json')) return { value: NOT_JSON };
  return { value: req.body };
}
