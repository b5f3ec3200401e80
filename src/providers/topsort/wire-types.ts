/**
 * The campaign-service's JSON as campaignctl reads it: the one place that says which fields are
 * read and in what shape. Reads are lenient (kit/lenient.ts): a field of the wrong type is dropped
 * (as if absent) instead of failing the whole answer, and fields we do not manage (spend figures,
 * bidCount, deprecated duplicates…) are never looked at.
 */
import { isJsonObject } from '../../json/guards.js';
import type { VendorObject } from '../runtime.js';
import { fields, finite, flag, listOf, nullable, rowsOf, text, type Read, type Row } from '../kit/lenient.js';

/** A segment of `targetingFilters` / `exclusionFilters`. */
export interface WireSegment {
  readonly type: string;
  readonly segmentId: number;
}

/** A segment of `multiplierConfig.multipliers`. */
export interface WireMultiplier extends WireSegment {
  readonly multiplier: number;
}

/**
 * `{amount, type}` of the read budget, and `amountUsed`, the spend so far (field roles); the other
 * spend figures beside them are left out.
 */
export interface WireBudget {
  readonly amount?: number;
  readonly type?: string;
  readonly amountUsed?: number;
}

export interface WireSegmentConfig<T> {
  readonly isActive?: boolean;
  readonly items?: readonly T[];
}

/** The three segment configurations and the key of the list inside each. */
export const SEGMENT_CONFIGS = [
  { field: 'multiplierConfig', listKey: 'multipliers' },
  { field: 'targetingFilters', listKey: 'targetingFilters' },
  { field: 'exclusionFilters', listKey: 'exclusionFilters' },
] as const;
export type SegmentConfigField = (typeof SEGMENT_CONFIGS)[number]['field'];

/**
 * A campaign as read, managed fields only. `undefined`: absent or malformed; `null`: the vendor
 * says "none" (only where the read model can hold null).
 */
export interface WireCampaign {
  readonly campaignId: string;
  readonly name?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly isActive?: boolean;
  readonly isSmart?: boolean;
  readonly campaignType?: string;
  readonly status?: string;
  readonly statusUpdatedBy?: string | null;
  readonly isAutoTrigger?: boolean;
  readonly targetRoas?: number | null;
  readonly externalCampaignId?: string | null;
  readonly chargeType?: string;
  readonly autobiddingObjective?: string | null;
  readonly adFormat?: string;
  readonly vendorId?: string;
  readonly budget?: WireBudget | null;
  readonly multiplierConfig?: WireSegmentConfig<WireMultiplier> | null;
  readonly targetingFilters?: WireSegmentConfig<WireSegment> | null;
  readonly exclusionFilters?: WireSegmentConfig<WireSegment> | null;
}

const segment: Read<WireSegment> = (v) => {
  const s = fields<WireSegment>({ type: text, segmentId: finite })(v);
  return s?.type !== undefined && s.segmentId !== undefined ? { type: s.type, segmentId: s.segmentId } : undefined;
};

const multiplier: Read<WireMultiplier> = (v) => {
  const s = segment(v);
  const m = isJsonObject(v) ? finite(v.multiplier) : undefined;
  return s && m !== undefined ? { ...s, multiplier: m } : undefined;
};

/** `{isActive, <listKey>: […]}` as `{isActive, items}`; a malformed item is dropped (the list then differs from the YAML and is rewritten whole). */
function segmentConfig<T>(listKey: string, item: Read<T>): Read<WireSegmentConfig<T> | null> {
  return nullable((v) => {
    if (!isJsonObject(v)) return undefined;
    const isActive = flag(v.isActive);
    const items = listOf(item)(v[listKey]);
    return { ...(isActive !== undefined ? { isActive } : {}), ...(items !== undefined ? { items } : {}) };
  });
}

const readCampaign = fields<WireCampaign>({
  campaignId: text,
  name: text,
  startDate: text,
  endDate: text,
  isActive: flag,
  isSmart: flag,
  campaignType: text,
  status: text,
  statusUpdatedBy: nullable(text),
  isAutoTrigger: flag,
  targetRoas: nullable(finite),
  externalCampaignId: nullable(text),
  chargeType: text,
  autobiddingObjective: nullable(text),
  adFormat: text,
  vendorId: text,
  budget: nullable(fields<WireBudget>({ amount: finite, type: text, amountUsed: finite })),
  multiplierConfig: segmentConfig('multipliers', multiplier),
  targetingFilters: segmentConfig('targetingFilters', segment),
  exclusionFilters: segmentConfig('exclusionFilters', segment),
});

/** The managed fields of a campaign object; undefined when it has no `campaignId`. */
export function parseCampaign(raw: VendorObject): WireCampaign | undefined {
  const c = readCampaign(raw);
  return c?.campaignId !== undefined ? (c as WireCampaign) : undefined;
}

/** One page of `GET /campaigns`: `{campaigns, hasMore, next: {offset, limit} | null}`. */
export interface WireListPage {
  readonly rows: readonly Row[];
  /** Entries without a string `campaignId`. */
  readonly unreadable: number;
  /** How many entries the page held. */
  readonly size: number;
  readonly hasMore: boolean;
  readonly nextOffset?: number;
}

/** A campaignId is a UUID; anything else (a number, `true`, a name) leaves its row unreadable. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidOf(v: unknown): string | undefined {
  const id = text(v);
  return id !== undefined && UUID.test(id) ? id.toLowerCase() : undefined;
}

/** Undefined when the answer is not a list page at all. Rows are keyed by the id in lower case (uuids compare so). */
export function parseListPage(body: unknown): WireListPage | undefined {
  if (!isJsonObject(body) || !Array.isArray(body.campaigns)) return undefined;
  const next = isJsonObject(body.next) ? finite(body.next.offset) : undefined;
  const { rows, unreadable } = rowsOf(body.campaigns, (c) => uuidOf(c.campaignId));
  return {
    rows,
    unreadable: unreadable.length,
    size: body.campaigns.length,
    hasMore: body.hasMore === true,
    ...(next !== undefined ? { nextOffset: next } : {}),
  };
}
