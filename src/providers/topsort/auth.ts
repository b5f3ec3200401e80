/**
 * Topsort authenticates every campaign-service call with `Authorization: Bearer <api key>` (an
 * Advanced key, generated per marketplace in the Topsort UI). There is no token exchange, so a
 * 401 cannot be cured by refreshing: the key is wrong or revoked, and the error is final.
 */
import type { AuthStrategy } from '../../http/types.js';
import type { ConnectContext } from '../runtime.js';

export function apiKeyAuth(ctx: ConnectContext): AuthStrategy {
  const key = ctx.credentials.api_key?.trim() ?? '';
  const headers = Object.freeze({ authorization: `Bearer ${key}` });
  return {
    async headers() {
      if (key === '') throw new Error(`account \`${ctx.account.name}\` has no Topsort \`api_key\``);
      return headers;
    },
    invalidate: () => false,
  };
}
