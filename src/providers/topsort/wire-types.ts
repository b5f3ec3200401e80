/**
 * The campaign-service's JSON, narrowed from `unknown`. Reads are parsed leniently: a field of
 * the wrong type is dropped (as if absent) instead of failing the whole answer, and fields we do
 * not manage (spend figures, bidCount, deprecated duplicates…) are never looked at.
 */
import type { VendorObject } from '../runtime.js';

export type UnknownRecord = Record<string, unknown>;

export const isRecord = (v: unknown): v is UnknownRecord => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A segment of `targetingFilters` / `exclusionFilters`. */
export interface WireSegment {
  readonly type: string;
  readonly segmentId: number;
}

/** A segment of `multiplierConfig.multipliers`. */
export interface WireMultiplier extends WireSegment {
  readonly multiplier: number;
}

/** `{amount, type}` of the read budget (the spend figures beside them are left out). */
export interface WireBudget {
  readonly amount?: number;
  readonly type?: string;
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

function pick<T>(v: unknown, guard: (x: unknown) => x is T): T | undefined {
  return guard(v) ? v : undefined;
}

function pickNullable<T>(v: unknown, guard: (x: unknown) => x is T): T | null | undefined {
  return v === null ? null : pick(v, guard);
}

function segment(v: unknown): WireSegment | undefined {
  if (!isRecord(v) || !isString(v.type) || !isNumber(v.segmentId)) return undefined;
  return { type: v.type, segmentId: v.segmentId };
}

function multiplier(v: unknown): WireMultiplier | undefined {
  const s = segment(v);
  if (!s || !isRecord(v) || !isNumber(v.multiplier)) return undefined;
  return { ...s, multiplier: v.multiplier };
}

function segmentConfig<T>(v: unknown, listKey: string, item: (x: unknown) => T | undefined): WireSegmentConfig<T> | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return undefined;
  const list = v[listKey];
  return {
    ...(isBoolean(v.isActive) ? { isActive: v.isActive } : {}),
    // A malformed item is dropped: the list then differs from the YAML and is rewritten whole.
    ...(Array.isArray(list) ? { items: list.map(item).filter((x): x is T => x !== undefined) } : {}),
  };
}

function budget(v: unknown): WireBudget | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return undefined;
  return {
    ...(isNumber(v.amount) ? { amount: v.amount } : {}),
    ...(isString(v.type) ? { type: v.type } : {}),
  };
}

/** The managed fields of a campaign object; undefined when it has no `campaignId`. */
export function parseCampaign(raw: VendorObject): WireCampaign | undefined {
  if (!isString(raw.campaignId)) return undefined;
  return {
    campaignId: raw.campaignId,
    name: pick(raw.name, isString),
    startDate: pick(raw.startDate, isString),
    endDate: pick(raw.endDate, isString),
    isActive: pick(raw.isActive, isBoolean),
    isSmart: pick(raw.isSmart, isBoolean),
    campaignType: pick(raw.campaignType, isString),
    status: pick(raw.status, isString),
    statusUpdatedBy: pickNullable(raw.statusUpdatedBy, isString),
    isAutoTrigger: pick(raw.isAutoTrigger, isBoolean),
    targetRoas: pickNullable(raw.targetRoas, isNumber),
    externalCampaignId: pickNullable(raw.externalCampaignId, isString),
    chargeType: pick(raw.chargeType, isString),
    autobiddingObjective: pickNullable(raw.autobiddingObjective, isString),
    adFormat: pick(raw.adFormat, isString),
    vendorId: pick(raw.vendorId, isString),
    budget: budget(raw.budget),
    multiplierConfig: segmentConfig(raw.multiplierConfig, 'multipliers', multiplier),
    targetingFilters: segmentConfig(raw.targetingFilters, 'targetingFilters', segment),
    exclusionFilters: segmentConfig(raw.exclusionFilters, 'exclusionFilters', segment),
  };
}

/** One page of `GET /campaigns`: `{campaigns, hasMore, next: {offset, limit} | null}`. */
export interface WireListPage {
  readonly campaigns: readonly VendorObject[];
  readonly hasMore: boolean;
  readonly nextOffset?: number;
}

/** Undefined when the answer is not a list page at all (entries that are not objects are skipped). */
export function parseListPage(body: unknown): WireListPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.campaigns)) return undefined;
  const next = isRecord(body.next) && isNumber(body.next.offset) ? body.next.offset : undefined;
  return {
    campaigns: body.campaigns.filter(isRecord),
    hasMore: body.hasMore === true,
    ...(next !== undefined ? { nextOffset: next } : {}),
  };
}
