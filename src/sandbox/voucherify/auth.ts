/**
 * Server-side key pair on every request: `X-App-Id` and `X-App-Token`, both non-empty (the sandbox has
 * no real projects, so any non-empty pair is accepted). The OAuth flow (`POST /v1/oauth/token`) is not
 * faked: DESIGN fixes the credentials to the key pair.
 *
 * Assumed: the 401 body `{code: 401, key: "unauthorized", message: "Unauthorized", details, request_id}`;
 * the error guide gives the status and the shape, not this example.
 */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { fail } from './errors.js';

export function checkAuth(req: FakeRequest): FakeResponse | undefined {
  const id = req.headers['x-app-id']?.trim() ?? '';
  const token = req.headers['x-app-token']?.trim() ?? '';
  if (id !== '' && token !== '') return undefined;
  const missing = [id === '' ? 'X-App-Id' : undefined, token === '' ? 'X-App-Token' : undefined].filter(Boolean).join(' and ');
  const noun = id === '' && token === '' ? 'headers' : 'header';
  return fail(
    401,
    'unauthorized',
    'Unauthorized',
    `Missing or empty ${missing} ${noun}: authentication has failed or has not been provided`,
  );
}
