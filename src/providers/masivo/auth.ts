/**
 * Masivo authentication: the account's `api_key` is exchanged at `GET /auth/authorize` (header
 * `x-api-key`) for a JWT (`{data: "<JWT>"}`, valid one hour), sent as `Authorization: Bearer` on
 * every storefront call.
 *
 * The token is cached until shortly before it expires: its lifetime is `exp − iat` from the JWT
 * payload, counted from when it arrived (so a clock that differs from Masivo's does not matter),
 * less a margin of 5 minutes (half the lifetime for very short-lived tokens). Concurrent requests
 * share one exchange. After a 401 the HTTP client calls `invalidate()`, which drops the token so
 * the retry exchanges a new one. (`invalidate()` cannot tell which token the failed request
 * carried, so concurrent 401s may drop a token just fetched and cost one more exchange; correct,
 * if not minimal.) Neither the key nor the token is ever logged or put in an error.
 */
import type { AuthStrategy, HttpClient } from '../../http/types.js';
import { isJsonObject } from '../../json/guards.js';
import { jsonTextValue } from '../kit/json-text.js';
import { tokenOf } from './wire-types.js';

/** Refresh this long before expiry (the vendor's guide refreshes 5 minutes early). */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** When the JWT says nothing usable about its lifetime: Masivo's documented hour. */
export const DEFAULT_LIFETIME_MS = 60 * 60_000;

interface Cached {
  readonly token: string;
  /** Local clock (ms) after which the token is exchanged again. */
  readonly refreshAt: number;
}

/** Lifetime in ms from a JWT's payload (`exp − iat`, else `exp − now`); undefined when unreadable. */
export function tokenLifetimeMs(jwt: string, nowMs: number): number | undefined {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return undefined;
  const claims = jsonTextValue(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!isJsonObject(claims)) return undefined;
  const { exp, iat } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return undefined;
  const lifetime = typeof iat === 'number' && Number.isFinite(iat) ? (exp - iat) * 1000 : exp * 1000 - nowMs;
  return lifetime > 0 ? lifetime : 0;
}

/** When to exchange again, on the local clock, for a token received at `receivedAt`. */
export function refreshTime(jwt: string, receivedAt: number): number {
  const lifetime = tokenLifetimeMs(jwt, receivedAt) ?? DEFAULT_LIFETIME_MS;
  return receivedAt + lifetime - Math.min(REFRESH_MARGIN_MS, lifetime / 2);
}

export function masivoAuth(apiKey: string, clock: () => number = Date.now): AuthStrategy {
  let cached: Cached | undefined;
  let pending: Promise<Cached> | undefined;

  const exchange = async (client: HttpClient, signal?: AbortSignal): Promise<Cached> => {
    const res = await client.request(
      { method: 'GET', path: '/auth/authorize', headers: { 'x-api-key': apiKey }, skipAuth: true, purpose: 'exchange the API key for an access token' },
      signal,
    );
    const token = tokenOf(res.body);
    if (token === undefined) throw new Error('Masivo GET /auth/authorize answered without an access token in `data`');
    const receivedAt = clock();
    return { token, refreshAt: refreshTime(token, receivedAt) };
  };

  return {
    async headers(client, signal) {
      if (!cached || clock() >= cached.refreshAt) {
        pending ??= exchange(client, signal).finally(() => {
          pending = undefined;
        });
        cached = await pending;
      }
      return { authorization: `Bearer ${cached.token}` };
    },
    invalidate() {
      cached = undefined;
      return true;
    },
  };
}
