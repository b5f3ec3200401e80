/**
 * The Masivo slice of the sandbox state:
 *
 *   { campaigns: [ <campaign exactly as GET /campaigns/{id} returns it: `rules`, `metadata` JSON strings> ],
 *     writeOnly: { <id>: <write-only fields last written, as sent> },
 *     codeUsage: { <id>: <coupon codes redeemed so far> } }
 *
 * `writeOnly` and `codeUsage` are never returned as campaign fields; they exist so the fake can
 * judge a COUPONS code-format or quantity change and answer `includes=CODES_SUMMARY`.
 */
import type { VendorState } from '../fake.js';
import { idIndex } from '../kit/id-index.js';

export const CAMPAIGN_TYPES = ['BEHAVIOR', 'COUPONS', 'PUNCH_CARDS', 'REFERRALS'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const READ_STATUSES = ['RUNNING', 'PAUSED', 'SCHEDULED', 'FINISHED'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];

export type WriteStatus = 'ACTIVE' | 'INACTIVE';

export interface SelectValue {
  label: string;
  value: string;
}

/**
 * A campaign as Masivo returns it on read (newer doc generation: `type` present, `rules` and
 * `metadata` JSON strings).
 */
export interface MasivoCampaign {
  id: string;
  type: CampaignType;
  brand_id: string | null;
  name: string;
  description: string | null;
  /** JSON string holding the rules array. */
  rules: string;
  attributes: Record<string, unknown>;
  status: ReadStatus;
  start_date: string | null;
  end_date: string | null;
  funded_by: string | null;
  budget: number | null;
  /** JSON string holding an object, or null when none was written. */
  metadata: string | null;
}

/** Fields accepted on write and never returned on read (the schema's writeOnly marks). */
export interface WriteOnlyFields {
  withoutEndDate?: boolean;
  platforms?: SelectValue[] | null;
  divide_budget_in?: string;
  labels?: SelectValue[];
  quantity?: number;
  useCustomCodes?: boolean;
  customCodes?: string;
  /** JSON string holding the referee rules. */
  referee_rules_json?: string;
}

export interface MasivoState extends VendorState {
  writeOnly?: Record<string, WriteOnlyFields>;
  codeUsage?: Record<string, number>;
}

export function campaignsOf(state: VendorState): MasivoCampaign[] {
  return state.campaigns as unknown as MasivoCampaign[];
}

const byId = idIndex<MasivoCampaign>((c) => c.id);

export function findCampaign(state: VendorState, id: string): MasivoCampaign | undefined {
  const campaigns = campaignsOf(state);
  const i = byId.find(campaigns, id);
  return i < 0 ? undefined : campaigns[i];
}

export function writeOnlyOf(state: MasivoState, id: string): WriteOnlyFields {
  return state.writeOnly?.[id] ?? {};
}

export function setWriteOnly(state: MasivoState, id: string, fields: WriteOnlyFields): void {
  state.writeOnly ??= {};
  state.writeOnly[id] = fields;
}

export function isCampaignType(v: unknown): v is CampaignType {
  return typeof v === 'string' && (CAMPAIGN_TYPES as readonly string[]).includes(v);
}
