/**
 * Builds seed campaigns in the exact read shape (`GET /v1/campaigns/{id}`), key order as in the docs'
 * examples, from a compact description. Dates given with any offset are stored as UTC with milliseconds.
 */
import { toVendorDate } from './dates.js';
import type { JsonObject } from './json.js';
import { type Category, DEFAULT_CATEGORIES } from './project.js';

export const ALNUM = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface SeedCampaign {
  id: string;
  name: string;
  description?: string;
  campaign_type: string;
  type: string;
  /** The voucher's type-specific part, e.g. `{ discount: {...} }`; absent for PROMOTION. */
  voucher?: { type: string; detail: JsonObject; quantity: number | null; prefix: string };
  auto_join?: boolean;
  join_once?: boolean;
  use_voucher_metadata_schema?: boolean;
  start_date?: string;
  expiration_date?: string;
  validity?: JsonObject;
  activity_duration_after_publishing?: string;
  vouchers_count: number;
  active: boolean;
  metadata: JsonObject;
  created_at: string;
  updated_at?: string;
  category?: string;
  protected?: boolean;
  extra?: JsonObject;
}

export function categoryNamed(name: string): Category {
  const found = DEFAULT_CATEGORIES.find((c) => c.name === name);
  if (!found) throw new Error(`seed: no category ${name}`);
  return found;
}

export function build(c: SeedCampaign): JsonObject {
  const dates: JsonObject = {
    ...(c.start_date ? { start_date: toVendorDate(Date.parse(c.start_date)) } : {}),
    ...(c.expiration_date ? { expiration_date: toVendorDate(Date.parse(c.expiration_date)) } : {}),
    ...c.validity,
  };
  const category = c.category ? categoryNamed(c.category) : undefined;
  return {
    id: c.id,
    name: c.name,
    ...(c.description !== undefined ? { description: c.description } : {}),
    campaign_type: c.campaign_type,
    type: c.type,
    ...(c.voucher
      ? {
          voucher: {
            type: c.voucher.type,
            ...c.voucher.detail,
            redemption: { quantity: c.voucher.quantity },
            code_config: { length: 8, charset: ALNUM, pattern: '########', prefix: c.voucher.prefix },
            is_referral_code: c.campaign_type === 'REFERRAL_PROGRAM',
            ...dates,
          },
        }
      : {}),
    auto_join: c.auto_join ?? false,
    join_once: c.join_once ?? false,
    use_voucher_metadata_schema: c.use_voucher_metadata_schema ?? false,
    ...dates,
    ...(c.activity_duration_after_publishing ? { activity_duration_after_publishing: c.activity_duration_after_publishing } : {}),
    vouchers_count: c.vouchers_count,
    active: c.active,
    metadata: c.metadata,
    created_at: toVendorDate(Date.parse(c.created_at)),
    ...(c.updated_at ? { updated_at: toVendorDate(Date.parse(c.updated_at)) } : {}),
    ...(category ? { category: category.name } : {}),
    creation_status: 'DONE',
    vouchers_generation_status: 'DONE',
    protected: c.protected ?? false,
    validation_rules_assignments: { object: 'list', data_ref: 'data', data: [], total: 0 },
    category_id: category ? category.id : null,
    categories: category ? [{ ...category }] : [],
    object: 'campaign',
    ...c.extra,
  };
}
