/**
 * Voucherify's JSON as campaignctl reads it: the one place that says which fields of a campaign are
 * read and in what shape (kit/lenient.ts). A field of an unexpected type is treated as absent (a
 * vendor adding or changing a field never breaks plan); keys not named here are never looked at.
 */
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import { fields, flag, listOf, object, rowsOf, text, type Read, type Row } from '../kit/lenient.js';

export type Json = JsonObject;

/** The campaign types, as `campaign_type` reads. */
export const CAMPAIGN_TYPES = ['LOYALTY_PROGRAM', 'GIFT_VOUCHERS', 'DISCOUNT_COUPONS', 'PROMOTION', 'REFERRAL_PROGRAM'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export function campaignTypeOf(raw: Json): CampaignType | undefined {
  const t = raw.campaign_type;
  return (CAMPAIGN_TYPES as readonly unknown[]).includes(t) ? (t as CampaignType) : undefined;
}

const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6;

/** Days of the week (0 = Sunday): the whole list, or nothing when any item is not a day. */
const days: Read<number[]> = (v) => (Array.isArray(v) && v.every(isDay) ? v : undefined);

export interface WireTimeframe {
  readonly interval?: string;
  readonly duration?: string;
}

/** `{interval, duration}`; undefined when it has neither. */
const timeframe: Read<WireTimeframe> = (v) => {
  const tf = fields<WireTimeframe>({ interval: text, duration: text })(v);
  return tf && (tf.interval !== undefined || tf.duration !== undefined) ? tf : undefined;
};

/** The campaign-level copy of the voucher: `discount` and `gift` are read from here, and the create-only parts. */
export interface WireVoucher {
  readonly discount?: Json;
  readonly gift?: Json;
  readonly code_config?: Json;
  readonly redemption?: Json;
  readonly loyalty_card?: Json;
}

/** The managed fields of a campaign object, as read. */
export interface WireCampaign {
  readonly name?: string;
  readonly campaign_type?: string;
  readonly type?: string;
  readonly description?: string;
  readonly category_id?: string;
  readonly activity_duration_after_publishing?: string;
  readonly active?: boolean;
  readonly join_once?: boolean;
  readonly auto_join?: boolean;
  readonly metadata?: Json;
  readonly referral_program?: Json;
  readonly loyalty_tiers_expiration?: Json;
  /** The category's name; list items may carry only `categories` (expanded). */
  readonly category?: string;
  readonly categories?: readonly { readonly name?: string }[];
  readonly start_date?: string;
  readonly expiration_date?: string;
  readonly validity_timeframe?: WireTimeframe;
  readonly validity_day_of_week?: readonly number[];
  readonly validity_hours?: Json;
  readonly voucher?: WireVoucher;
  /** Older reads and list items may carry these at the top level too. */
  readonly discount?: Json;
  readonly gift?: Json;
}

const campaignFields = fields<WireCampaign>({
  name: text,
  campaign_type: text,
  type: text,
  description: text,
  category_id: text,
  activity_duration_after_publishing: text,
  active: flag,
  join_once: flag,
  auto_join: flag,
  metadata: object,
  referral_program: object,
  loyalty_tiers_expiration: object,
  category: text,
  categories: listOf(fields<{ name?: string }>({ name: text })),
  start_date: text,
  expiration_date: text,
  validity_timeframe: timeframe,
  validity_day_of_week: days,
  validity_hours: object,
  voucher: fields<WireVoucher>({ discount: object, gift: object, code_config: object, redemption: object, loyalty_card: object }),
  discount: object,
  gift: object,
});

export function readCampaign(raw: Json): WireCampaign {
  return campaignFields(raw) ?? {};
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
  readonly rows: readonly Row[];
  /** Entries without a string `id`. */
  readonly unreadable: number;
  /** How many entries the page held. */
  readonly size: number;
  /** Undefined when the answer does not say. */
  readonly total?: number;
}

export function parseListPage(body: unknown): CampaignListPage {
  if (!isJsonObject(body) || !Array.isArray(body.campaigns)) {
    throw new Error('Voucherify answered the campaign list without a `campaigns` array');
  }
  const total = typeof body.total === 'number' && Number.isFinite(body.total) ? body.total : undefined;
  const { rows, unreadable } = rowsOf(body.campaigns, (c) => text(c.id));
  return { rows, unreadable: unreadable.length, size: body.campaigns.length, ...(total !== undefined ? { total } : {}) };
}
