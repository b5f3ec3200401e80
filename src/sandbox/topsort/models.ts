/**
 * The enums and nested objects the Create and Update request models share, parsed pydantic-style.
 */
import { bool, dict, int, Issues, list, num, oneOf, str, type Loc } from './validation.js';

// Assumed: only `daily` appears in the docs; `total` is implied by the CPA rule; `weekly` and
// `monthly` come from sibling Topsort APIs (the 2022 service had them, with `fixed` for `total`).
export const BUDGET_TYPES = ['daily', 'weekly', 'monthly', 'total'] as const;
export const REVIEW_STATUSES = ['approved', 'pending', 'rejected'] as const;
export const CHARGE_TYPES = ['CPM', 'CPC', 'CPA'] as const;
export const OBJECTIVES = ['impressions', 'clicks', 'conversions', 'revenue'] as const;
export const CAMPAIGN_TYPES = ['manual', 'autobidding', 'exclusive'] as const;
/** Create takes only these two; reads may show the whole family below. */
export const CREATE_AD_FORMATS = ['listing', 'banner'] as const;

export type BudgetType = (typeof BUDGET_TYPES)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ChargeType = (typeof CHARGE_TYPES)[number];
export type Objective = (typeof OBJECTIVES)[number];
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

// Assumed: the docs state rules for "banner campaigns"; they apply to the banner family
// (banner, exclusive_banner, sponsored_brand); everything else counts as listing.
const BANNER_FAMILY: readonly string[] = ['banner', 'exclusive_banner', 'sponsored_brand'];
export const isBannerFormat = (adFormat: unknown): boolean => typeof adFormat === 'string' && BANNER_FAMILY.includes(adFormat);

/** Budget amounts are integers in minor currency units, below 2 000 000 000. */
export const BUDGET_AMOUNT_LIMIT = 2_000_000_000;

export interface BudgetInput {
  amount?: number;
  type?: BudgetType;
}

/**
 * BudgetCreate needs both fields (as in the 2022 model); BudgetUpdate takes either.
 * Assumed: a negative amount is refused (the docs give only the upper bound).
 */
export function budget(v: unknown, loc: Loc, issues: Issues, requireBoth: boolean): BudgetInput | undefined {
  const b = dict(v, loc, issues);
  if (!b) return undefined;
  const out: BudgetInput = {};
  if (b.amount !== undefined && b.amount !== null) {
    const amount = int(b.amount, [...loc, 'amount'], issues, { ge: 0, lt: BUDGET_AMOUNT_LIMIT });
    if (amount !== undefined) out.amount = amount;
  } else if (requireBoth) issues.missing([...loc, 'amount']);
  if (b.type !== undefined && b.type !== null) {
    const type = oneOf(b.type, [...loc, 'type'], issues, BUDGET_TYPES);
    if (type !== undefined) out.type = type;
  } else if (requireBoth) issues.missing([...loc, 'type']);
  return out;
}

export interface Segment {
  type: string;
  segmentId: number;
}
export interface Multiplier extends Segment {
  multiplier: number;
}

function segment(v: unknown, loc: Loc, issues: Issues, withMultiplier: boolean): Multiplier | Segment | undefined {
  const s = dict(v, loc, issues);
  if (!s) return undefined;
  const type = s.type === undefined ? issues.missing([...loc, 'type']) : str(s.type, [...loc, 'type'], issues);
  const segmentId = s.segmentId === undefined ? issues.missing([...loc, 'segmentId']) : int(s.segmentId, [...loc, 'segmentId'], issues);
  if (!withMultiplier) return type !== undefined && segmentId !== undefined ? { type, segmentId } : undefined;
  const multiplier = s.multiplier === undefined ? issues.missing([...loc, 'multiplier']) : num(s.multiplier, [...loc, 'multiplier'], issues);
  return type !== undefined && segmentId !== undefined && multiplier !== undefined ? { type, segmentId, multiplier } : undefined;
}

/**
 * `multiplierConfig`, `targetingFilters`, `exclusionFilters`: `{isActive, <listKey>: [...]}`.
 * Assumed: both members are optional on write; one left out keeps its stored value (see apply).
 */
export interface SegmentConfig {
  isActive?: boolean;
  items?: (Segment | Multiplier)[];
}

export function segmentConfig(v: unknown, loc: Loc, issues: Issues, listKey: string): SegmentConfig | undefined {
  const c = dict(v, loc, issues);
  if (!c) return undefined;
  const out: SegmentConfig = {};
  if (c.isActive !== undefined && c.isActive !== null) {
    const isActive = bool(c.isActive, [...loc, 'isActive'], issues);
    if (isActive !== undefined) out.isActive = isActive;
  }
  const raw = c[listKey];
  if (raw !== undefined && raw !== null) {
    const items = list(raw, [...loc, listKey], issues);
    if (items) {
      const parsed = items.map((item, i) => segment(item, [...loc, listKey, i], issues, listKey === 'multipliers'));
      out.items = parsed.filter((p): p is Segment | Multiplier => p !== undefined);
    }
  }
  return out;
}

export const SEGMENT_CONFIGS = [
  { field: 'multiplierConfig', listKey: 'multipliers' },
  { field: 'targetingFilters', listKey: 'targetingFilters' },
  { field: 'exclusionFilters', listKey: 'exclusionFilters' },
] as const;
export type SegmentConfigField = (typeof SEGMENT_CONFIGS)[number]['field'];

/** `productIds`: 1–200 strings. */
export function productIds(v: unknown, loc: Loc, issues: Issues): string[] | undefined {
  const items = list(v, loc, issues, { minItems: 1, maxItems: 200 });
  if (!items) return undefined;
  const ids = items.map((item, i) => str(item, [...loc, i], issues));
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

export interface RejectionReason {
  declineReason?: string;
  reasonDetails?: string;
}

export function rejectionReason(v: unknown, loc: Loc, issues: Issues): RejectionReason | undefined {
  const r = dict(v, loc, issues);
  if (!r) return undefined;
  const out: RejectionReason = {};
  for (const key of ['declineReason', 'reasonDetails'] as const) {
    if (r[key] === undefined || r[key] === null) continue;
    const value = str(r[key], [...loc, key], issues);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
