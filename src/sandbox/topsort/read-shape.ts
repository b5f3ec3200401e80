/**
 * The campaign as Topsort returns it (GET, list, PATCH and POST answers) and as the state file keeps it.
 *
 * Read quirks reproduced here:
 * - dates are RFC 3339 in UTC with `Z` (`2023-11-07T05:31:56Z`, milliseconds only when non-zero);
 * - `budget` adds `amountRemaining`, `amountCarryover`, `amountUsed` to the written `{amount, type}`;
 * - `campaignBehaviorData` and `campaignBehaviorDataByDay` are always null (deprecated);
 * - `externalVendorId` (deprecated) repeats `vendorId`; `bidCount` counts the bids;
 * - `productIds` and `bannerAdRejectionReason` are write-only: never returned.
 */
import type { VendorObject } from '../fake.js';

/**
 * Assumed: the endDate a campaign created without one receives (the 2022 service's default,
 * `9999-12-31T23:59:59.999999+00:00`, written here in the read format with `Z`).
 */
export const FAR_FUTURE_END_DATE = '9999-12-31T23:59:59.999999Z';

export interface BudgetRead {
  amount: number;
  amountRemaining: number;
  amountCarryover: number;
  amountUsed: number;
  type: string;
}

export interface SegmentConfigRead {
  isActive: boolean;
  [listKey: string]: unknown;
}

/** Every field of the read model, in the order the docs list them. */
export interface CampaignRead {
  campaignId: string;
  marketplaceId: string;
  name: string;
  startDate: string;
  endDate: string;
  isActive: boolean;
  isSmart: boolean;
  campaignType: string;
  status: string;
  createdAt: string;
  chargeType: string;
  externalVendorId: string;
  adFormat: string;
  isAutoTrigger: boolean;
  vendorId: string;
  walletId: string;
  bidCount: number;
  budget: BudgetRead | null;
  statusUpdatedBy: string | null;
  campaignBehaviorData: null;
  campaignBehaviorDataByDay: null;
  exclusivityPrice: number | null;
  targetRoas: number | null;
  externalCampaignId: string | null;
  autobiddingObjective: string | null;
  multiplierConfig: SegmentConfigRead | null;
  targetingFilters: SegmentConfigRead | null;
  exclusionFilters: SegmentConfigRead | null;
  promotionType: Record<string, unknown> | null;
}

/** `2026-11-23T12:00:00Z`; milliseconds only when there are some. */
export function formatInstant(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z');
}

/** A stored date re-emitted in the read format (the far-future default keeps its microseconds). */
function readDate(v: unknown): string {
  if (typeof v !== 'string') return '';
  if (v.endsWith('Z')) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : formatInstant(new Date(t));
}

/** The instant of a stored date. */
export function instantOf(v: unknown): number {
  return typeof v === 'string' ? Date.parse(v) : Number.NaN;
}

const nullable = <T>(v: unknown, guard: (x: unknown) => x is T): T | null => (guard(v) ? v : null);
const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function budgetRead(v: unknown): BudgetRead | null {
  if (!isObject(v) || !isNumber(v.amount)) return null;
  const amountUsed = isNumber(v.amountUsed) ? v.amountUsed : 0;
  return {
    amount: v.amount,
    amountRemaining: isNumber(v.amountRemaining) ? v.amountRemaining : Math.max(0, v.amount - amountUsed),
    amountCarryover: isNumber(v.amountCarryover) ? v.amountCarryover : 0,
    amountUsed,
    type: isString(v.type) ? v.type : 'daily',
  };
}

/*
 * The fields lists filter and sort by and writes check for clashes, as toRead shows them: read
 * from the stored object without shaping the rest of it.
 */
export const campaignIdOf = (stored: VendorObject): string => String(stored.campaignId);
export const vendorIdOf = (stored: VendorObject): string => (isString(stored.vendorId) ? stored.vendorId : '');
export const isActiveOf = (stored: VendorObject): boolean => stored.isActive === true;
export const statusOf = (stored: VendorObject): string => (isString(stored.status) ? stored.status : 'approved');
export const adFormatOf = (stored: VendorObject): string => (isString(stored.adFormat) ? stored.adFormat : 'listing');
export const externalCampaignIdOf = (stored: VendorObject): string | null => nullable(stored.externalCampaignId, isString);
/** The instant of the read's `createdAt`. */
export const createdInstantOf = (stored: VendorObject): number => instantOf(readDate(stored.createdAt));

/**
 * The read shape of a stored campaign: every documented field present, write-only and unknown
 * keys dropped. State objects already have this shape; this also repairs hand-edited state.
 */
export function toRead(stored: VendorObject): CampaignRead {
  const vendorId = vendorIdOf(stored);
  return {
    campaignId: campaignIdOf(stored),
    marketplaceId: String(stored.marketplaceId),
    name: String(stored.name),
    startDate: readDate(stored.startDate),
    endDate: readDate(stored.endDate),
    isActive: isActiveOf(stored),
    isSmart: stored.isSmart === true,
    campaignType: isString(stored.campaignType) ? stored.campaignType : 'manual',
    status: statusOf(stored),
    createdAt: readDate(stored.createdAt),
    chargeType: isString(stored.chargeType) ? stored.chargeType : 'CPC',
    externalVendorId: vendorId,
    adFormat: adFormatOf(stored),
    isAutoTrigger: stored.isAutoTrigger === true,
    vendorId,
    walletId: String(stored.walletId),
    bidCount: isNumber(stored.bidCount) ? stored.bidCount : 0,
    budget: budgetRead(stored.budget),
    statusUpdatedBy: nullable(stored.statusUpdatedBy, isString),
    campaignBehaviorData: null,
    campaignBehaviorDataByDay: null,
    exclusivityPrice: nullable(stored.exclusivityPrice, isNumber),
    targetRoas: nullable(stored.targetRoas, isNumber),
    externalCampaignId: externalCampaignIdOf(stored),
    autobiddingObjective: nullable(stored.autobiddingObjective, isString),
    multiplierConfig: nullable(stored.multiplierConfig, isObject) as SegmentConfigRead | null,
    targetingFilters: nullable(stored.targetingFilters, isObject) as SegmentConfigRead | null,
    exclusionFilters: nullable(stored.exclusionFilters, isObject) as SegmentConfigRead | null,
    promotionType: nullable(stored.promotionType, isObject),
  };
}

/** A deep copy as plain JSON, for answers (so later writes never alias an earlier answer). */
export function answerOf(c: CampaignRead): VendorObject {
  return structuredClone(c) as unknown as VendorObject;
}
