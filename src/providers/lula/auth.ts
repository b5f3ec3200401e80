/**
 * Lula's authentication is not documented anywhere public. DESIGN fixes the credential key
 * `token` and assumes a bearer token (`Authorization: Bearer <token>`); the sandbox fake
 * demands exactly that. A static token cannot be refreshed, so a 401 is final.
 */
import type { AuthStrategy } from '../../http/types.js';
import type { ConnectContext } from '../runtime.js';

export function lulaAuth(ctx: ConnectContext): AuthStrategy {
  const token = ctx.credentials['token'] ?? '';
  const headers = Object.freeze({ authorization: `Bearer ${token}` });
  return {
    headers: async () => headers,
    invalidate: () => false,
  };
}
