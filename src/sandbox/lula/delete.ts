/**
 * DELETE /stores/company/{company_id}/campaigns/{campaign_id}.
 *
 * Assumed path: Lula's delete page takes `company_id` and `campaign_id` but shows the path
 * `DELETE /stores/{store_id}/status`, which names neither (a copy of another page's path); the
 * fake serves the REST path beside the read and the update instead, and not the documented one.
 * Assumed: the delete is soft, as the `deletedAt` field of every campaign suggests: the campaign
 * keeps its place in the state with `deletedAt` set, and list, read and update no longer see it
 * (its `campaign_identifier` stays taken, like a database unique index would keep it); any status
 * may be deleted, an expired campaign included; the answer is a receipt in the update's shape.
 */
import type { FakeContext, FakeResponse, VendorObject } from '../fake.js';
import { API_USER_ID, str } from './state.js';

export function deleteCampaign(ctx: FakeContext, campaign: VendorObject): FakeResponse {
  const stamp = ctx.now().toISOString();
  campaign['deletedAt'] = stamp;
  campaign['updated_at'] = stamp;
  campaign['updated_by'] = API_USER_ID;
  ctx.commit();
  return {
    status: 200,
    body: {
      success: true,
      message: 'Campaign successfully deleted',
      campaign_id: str(campaign['id']) ?? '',
      timestamp: stamp.replace(/\.\d{3}Z$/, 'Z'),
    },
  };
}
