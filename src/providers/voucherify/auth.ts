/**
 * Voucherify's server-side key pair, sent as `X-App-Id` / `X-App-Token` on every request. The keys
 * do not expire and there is nothing to refresh, so a 401 is final.
 */
import type { ConnectContext } from '../runtime.js';
import type { AuthStrategy } from '../../http/types.js';

export function keyPairAuth(ctx: ConnectContext): AuthStrategy {
  const headers = Object.freeze({
    'X-App-Id': ctx.credentials.app_id ?? '',
    'X-App-Token': ctx.credentials.app_token ?? '',
  });
  return {
    headers: async () => headers,
    invalidate: () => false,
  };
}
