/**
 * Ending a campaign that no document manages any more (`prune` in campaignctl.yaml).
 *
 * - Retire: `isActive: false`, sent by the ordinary PATCH (write.ts): Topsort's own pause, which
 *   stops serving at once and keeps the campaign, its bids and its reports.
 * - Delete: `DELETE /public/v1/campaign-service/campaigns/{campaign-id}`, listed in Topsort's
 *   Campaign API. Its answer was not captured, so any 2xx counts as done and its body is not read;
 *   in 2022 it was a soft delete (the campaign leaves reads and lists). A 404 means the campaign
 *   is already gone (deleted in the dashboard, or by an earlier apply whose answer was lost), which
 *   counts as deleted. A 403 does not: with a vendor-scoped key it means "not yours to see".
 */
import type { LiveCampaign, RemoveInput } from '../runtime.js';
import { CAMPAIGNS_PATH } from './read.js';

export function stopped(_live: LiveCampaign): Record<string, unknown> {
  return { isActive: false };
}

export async function deleteCampaign(input: RemoveInput): Promise<void> {
  await input.http.request(
    {
      method: 'DELETE',
      path: `${CAMPAIGNS_PATH}/${encodeURIComponent(input.id)}`,
      accept: [404],
      purpose: `delete campaign ${input.id}`,
    },
    input.signal,
  );
}
