/**
 * What reads return. The state holds each campaign exactly as `GET /v1/campaigns/{id}` returns it
 * (the Campaign schema: CampaignBase plus `promotion` and `validation_rules_assignments`). List items
 * are the same objects in the CampaignBase shape:
 * - `categories` is `[]` unless `expand=category` (documented);
 * - `access_settings_assignments` only with `expand=access_settings_assignments` (documented);
 * - no `promotion` / `validation_rules_assignments` (not in CampaignBase; the docs' list example has none).
 */
import { clone, type JsonObject } from './json.js';

export function forGet(campaign: JsonObject): JsonObject {
  return clone(campaign);
}

export function forList(campaign: JsonObject, expand: ReadonlySet<string>): JsonObject {
  const out = clone(campaign);
  delete out.promotion;
  delete out.validation_rules_assignments;
  if (!expand.has('category')) out.categories = [];
  if (!expand.has('access_settings_assignments')) delete out.access_settings_assignments;
  return out;
}

/**
 * The PUT answer. Updating a campaign with codes rewrites its unpublished vouchers in the background, so
 * the answer reads `creation_status`/`vouchers_generation_status` "MODIFYING" (as the docs' own example
 * does) while the stored campaign — and so the next GET — reads "DONE": the job is taken to finish at
 * once. Assumed: this transient MODIFYING for every type but PROMOTION (which has no codes to rewrite).
 */
export function forPutResponse(campaign: JsonObject): JsonObject {
  const out = clone(campaign);
  if (campaign.campaign_type !== 'PROMOTION') {
    out.creation_status = 'MODIFYING';
    out.vouchers_generation_status = 'MODIFYING';
  }
  return out;
}
