/**
 * `Authorization: Bearer <API key>`. The sandbox has no real marketplaces: any non-empty key is
 * accepted; a missing header, another scheme or an empty key is a 401 with `invalid_api_key`
 * ("The API key in the authorization header is missing, invalid, or has expired").
 *
 * Assumed: the key is checked before routing (the API gateway answers first), so an
 * unauthenticated request to an unknown path is a 401, not a 404.
 */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { topsortError } from './errors.js';

const BEARER = /^Bearer\s+(\S.*)$/i;

export function checkApiKey(req: FakeRequest): FakeResponse | undefined {
  const header = req.headers.authorization;
  if (header !== undefined && BEARER.test(header.trim())) return undefined;
  return topsortError(
    401,
    'invalid_api_key',
    header === undefined ? 'The Authorization header is missing.' : 'The API key in the Authorization header is missing or invalid.',
  );
}
