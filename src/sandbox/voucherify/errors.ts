/**
 * Voucherify's error answers. Shape per the error guide and the OpenAPI `Error` schema:
 *
 *   { code, key, message, details, request_id, resource_id?, resource_type?, error? }
 *
 * `code` and `message` are required; `request_id` looks like `v-0bb99c9213425fa250`. The 405 body
 * follows the guide's own example (`code`, `message`, `details` only).
 */
import { randomBytes } from 'node:crypto';
import type { FakeResponse } from '../fake.js';

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
  return { status, body, ...(headers ? { headers } : {}) };
}

/** 404 for a campaign id or name that does not exist (docs: "Cannot find campaign with id …"). */
export const campaignNotFound = (idOrName: string): FakeResponse =>
  fail(404, 'not_found', 'Resource not found', `Cannot find campaign with id ${idOrName}`, { id: idOrName, type: 'campaign' });

/** 404 for a referenced object given in a body (documented for categories on create). */
export const resourceNotFound = (type: string, id: string, by = 'id'): FakeResponse =>
  fail(404, 'not_found', 'Resource not found', `Cannot find ${type} with ${by} ${id}`, { id, type });

/** Assumed: an unknown route answers in the same `not_found` shape, without a resource. */
export const routeNotFound = (method: string, path: string): FakeResponse =>
  fail(404, 'not_found', 'Resource not found', `Route ${method} ${path} not found`);

/** The error guide's own 405 example: "PUT is not supported by this endpoint. Did you mean GET or POST?" */
export function methodNotAllowed(method: string, allowed: readonly string[]): FakeResponse {
  const hint = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  return {
    status: 405,
    headers: { Allow: allowed.join(', ') },
    body: { code: 405, message: 'HTTP Method Not Allowed', details: `${method} is not supported by this endpoint. Did you mean ${hint}?` },
  };
}

/** Assumed: a rule violation in a campaign PUT/POST body (key `invalid_campaign_params` from the error guide). */
export const invalidParams = (details: string): FakeResponse => fail(400, 'invalid_campaign_params', 'Invalid Campaign Params', details);

/** The create example's own 400: `invalid_campaign`, "Invalid Campaign", "Property 'discount' is required for …". */
export const invalidCampaign = (details: string): FakeResponse => fail(400, 'invalid_campaign', 'Invalid Campaign', details);

/** Assumed: key `invalid_query_params` from the error guide, for list parameters out of range. */
export const invalidQuery = (details: string): FakeResponse => fail(400, 'invalid_query_params', 'Invalid Query Params', details);

/** Key `invalid_payload` from the error guide: "a request body is invalid and cannot be processed". */
export const invalidPayload = (details: string): FakeResponse => fail(400, 'invalid_payload', 'Invalid Payload', details);

/** The guide's 415: "unable to consume a request in a format specified by the Content-Type header". Assumed body. */
export const unsupportedMediaType = (contentType: string): FakeResponse =>
  fail(415, 'unsupported_media_type', 'Unsupported Media Type', `Content-Type ${contentType} is not supported; send application/json`);
