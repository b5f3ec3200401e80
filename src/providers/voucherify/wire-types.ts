/**
 * Voucherify's JSON as read, narrowed from `unknown` with small guards. Reads are parsed leniently:
 * a field of an unexpected type is treated as absent (a vendor adding a field never breaks plan).
 */

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** The campaign types, as `campaign_type` reads. */
export const CAMPAIGN_TYPES = ['LOYALTY_PROGRAM', 'GIFT_VOUCHERS', 'DISCOUNT_COUPONS', 'PROMOTION', 'REFERRAL_PROGRAM'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export function campaignTypeOf(raw: Json): CampaignType | undefined {
  const t = raw.campaign_type;
  return (CAMPAIGN_TYPES as readonly unknown[]).includes(t) ? (t as CampaignType) : undefined;
}

/**
 * Creation and voucher generation run in the background: `IN_PROGRESS` while a new campaign's codes
 * are generated, `MODIFYING` while an update rewrites them (the PUT answer itself reads MODIFYING).
 */
export type GenerationStatus = 'DONE' | 'IN_PROGRESS' | 'FAILED' | 'DRAFT' | 'MODIFYING';

export function busyStatus(raw: Json): 'IN_PROGRESS' | 'MODIFYING' | undefined {
  for (const key of ['creation_status', 'vouchers_generation_status']) {
    const s = raw[key];
    if (s === 'IN_PROGRESS' || s === 'MODIFYING') return s;
  }
  return undefined;
}

/** `GET /v1/campaigns`: `{object: "list", data_ref: "campaigns", campaigns: [...], total}` (no `has_more`). */
export interface CampaignListPage {
  readonly campaigns: readonly Json[];
  /** Undefined when the answer does not say. */
  readonly total?: number;
}

export function parseListPage(body: unknown): CampaignListPage {
  if (!isObject(body) || !Array.isArray(body.campaigns)) {
    throw new Error('Voucherify answered the campaign list without a `campaigns` array');
  }
  const total = typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : undefined;
  return { campaigns: body.campaigns.filter(isObject), ...(total !== undefined ? { total } : {}) };
}
