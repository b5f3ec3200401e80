/**
 * Spaaza admin session headers. The session (user id + key) comes from the credentials as is:
 * campaignctl does not log in (admin login may ask for an e-mail passcode, which an unattended
 * run cannot answer), so there is nothing to refresh and a 401 is final.
 *
 * Account options add the headers Spaaza selects behaviour with:
 *   api_version  → X-Spaaza-API-Version (pin it: renames and removals come with a version bump)
 *   app_hostname → X-Spaaza-MyPrice-App-Hostname
 */
import type { AuthStrategy } from '../../http/types.js';
import type { ConnectContext } from '../runtime.js';

export function sessionHeaders(ctx: ConnectContext): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Spaaza-Session-User-Id': ctx.credentials['session_user_id'] ?? '',
    'X-Spaaza-Session-Key': ctx.credentials['session_key'] ?? '',
  };
  const version = ctx.account.options['api_version'];
  if (typeof version === 'string' && version !== '') headers['X-Spaaza-API-Version'] = version;
  const hostname = ctx.account.options['app_hostname'];
  if (typeof hostname === 'string' && hostname !== '') headers['X-Spaaza-MyPrice-App-Hostname'] = hostname;
  return headers;
}

export function spaazaAuth(ctx: ConnectContext): AuthStrategy {
  const headers = sessionHeaders(ctx);
  return {
    headers: () => Promise.resolve(headers),
    // A static session cannot be renewed: let the 401 stand.
    invalidate: () => false,
  };
}
