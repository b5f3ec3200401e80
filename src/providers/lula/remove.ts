/**
 * Deleting a Lula campaign (`prune: delete`). Lula's delete page takes `company_id` and
 * `campaign_id` but gives the path `DELETE {stores_service_api_base_url}/stores/{store_id}/status`,
 * a path with neither of them: a copy of another page's path. campaignctl assumes the path beside
 * the documented read and update, `DELETE …/stores/company/{company_id}/campaigns/{campaign_id}`,
 * and does not take the assumption on trust:
 *
 * - a 404 counts as "already gone" only when Lula says the campaign is not found
 *   (`CAMPAIGN_NOT_FOUND`); any other 404 is a route Lula does not have, i.e. the assumed path is
 *   wrong, and the delete fails saying so;
 * - after a 2xx the campaign is read again, and the delete fails unless it reads as gone (404, or
 *   `deletedAt` set: Lula deletes softly).
 *
 * So a wrong guess can only fail loudly, never report a campaign deleted that keeps running.
 */
import type { RemoveCapability, RemoveInput } from '../runtime.js';
import { campaignPath, companyId } from './account.js';
import { campaignDetail, describeError, isDeleted, stringOf, updateSucceeded } from './wire-types.js';
import { LulaWriteError, REFUSALS } from './write.js';

const NOT_FOUND = 'CAMPAIGN_NOT_FOUND';

function errorCode(body: unknown): string | undefined {
  return body !== null && typeof body === 'object' ? stringOf((body as Record<string, unknown>)['error_code']) : undefined;
}

/** Whether a read shows the campaign gone: not found, or soft-deleted. */
async function readsGone(input: RemoveInput, company: string): Promise<boolean> {
  const res = await input.http.request(
    { method: 'GET', path: campaignPath(company, input.id), accept: [404], purpose: `read campaign ${input.id} after deleting it` },
    input.signal,
  );
  if (res.status === 404) return true;
  const raw = campaignDetail(res.body);
  return raw !== undefined && isDeleted(raw);
}

async function send(input: RemoveInput): Promise<void> {
  const company = companyId(input.account);
  const res = await input.http.request(
    { method: 'DELETE', path: campaignPath(company, input.id), accept: [...REFUSALS], purpose: `delete campaign ${input.id}` },
    input.signal,
  );
  if (res.status === 404 && errorCode(res.body) === NOT_FOUND) return;
  if (res.status === 404) {
    throw new LulaWriteError(
      `Lula has no delete at the path campaignctl assumes (its docs give none that names the campaign): ${describeError(res.status, res.body)}; ` +
        'use `prune: deactivate` for this account',
    );
  }
  if (res.status >= 300 || !updateSucceeded(res.body)) {
    throw new LulaWriteError(`Lula refused to delete campaign ${input.id}: ${describeError(res.status, res.body)}`);
  }
  if (!(await readsGone(input, company))) {
    throw new LulaWriteError(
      `Lula answered the delete of campaign ${input.id}, but the campaign still reads as live; the delete path is an assumption ` +
        '(the docs give none that names the campaign): use `prune: deactivate` for this account',
    );
  }
}

export const remove: RemoveCapability = { send };
