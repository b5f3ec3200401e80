/**
 * Lula's auth is not documented anywhere public. DESIGN: credentials key `token`, "assumed
 * bearer: the docs are silent".
 */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { unauthorized } from './errors.js';

// Assumed: `Authorization: Bearer <token>` with any non-empty token (the sandbox has no real
// accounts); a missing header, another scheme or an empty token is a 401.
export function checkAuth(req: FakeRequest): FakeResponse | undefined {
  const header = req.headers['authorization'] ?? '';
  const match = /^Bearer\s+(\S.*)$/i.exec(header.trim());
  return match ? undefined : unauthorized();
}
