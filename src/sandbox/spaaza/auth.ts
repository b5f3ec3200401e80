/**
 * Spaaza admin sessions: every campaign call needs `X-Spaaza-Session-User-Id` and
 * `X-Spaaza-Session-Key`. The sandbox has no users, so any non-empty pair is a valid session
 * (DESIGN); absence answers error 6 `no_valid_session` with HTTP 401.
 *
 * `X-Spaaza-API-Version`, `X-Spaaza-MyPrice-App-Hostname` and its older spelling
 * `X-MyPrice-App-Hostname` are accepted and never required.
 * Assumed: only the X-Spaaza-… names authenticate; the older `session-user-id`/`session-key`
 * spellings of some doc pages and the Postman collection are not accepted (DESIGN names these).
 */
import type { FakeRequest, FakeResponse } from '../fake.js';
import { ERRORS, fail } from './envelope.js';

export interface Session {
  /** The session user id, as a number when it is one (it is echoed in `last_updated_by`). */
  readonly userId: number | string;
  /** `X-Spaaza-API-Version`, when sent. */
  readonly apiVersion?: string;
  /** `X-Spaaza-Chain-ID`, when sent (the Resources API's chain header). */
  readonly chainHeader?: string;
}

function header(req: FakeRequest, name: string): string | undefined {
  const value = req.headers[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function authenticate(req: FakeRequest): Session | FakeResponse {
  const userId = header(req, 'x-spaaza-session-user-id');
  const key = header(req, 'x-spaaza-session-key');
  if (userId === undefined || key === undefined) {
    return fail(ERRORS.noValidSession, 'X-Spaaza-Session-User-Id and X-Spaaza-Session-Key must both be sent.');
  }
  const apiVersion = header(req, 'x-spaaza-api-version');
  const chainHeader = header(req, 'x-spaaza-chain-id');
  return {
    userId: /^\d+$/.test(userId) ? Number(userId) : userId,
    ...(apiVersion ? { apiVersion } : {}),
    ...(chainHeader ? { chainHeader } : {}),
  };
}

export function isSession(value: Session | FakeResponse): value is Session {
  return 'userId' in value;
}

/**
 * Whether the session's API version is below `target` (semver, numeric parts compared).
 * Assumed: without a version header, or with one that is not a version, the API behaves as
 * its latest version.
 */
export function versionBelow(session: Session, target: string): boolean {
  const v = session.apiVersion;
  if (!v || !/^\d+(\.\d+){0,2}$/.test(v)) return false;
  const a = v.split('.').map(Number);
  const b = target.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
