/**
 * The live campaign in the spec's shape (`toSpec`) and the desired spec in the same canonical
 * form (`canonical`), so that the engine's field-by-field comparison sees only real differences:
 *
 * - dates are instants in one UTC spelling (`Z` vs `+00:00`, offsets, microseconds: see instants.ts);
 * - `budget` is `{amount, type}` only: reads add `amountRemaining`, `amountCarryover`, `amountUsed`;
 * - segment lists (multipliers, targeting and exclusion filters) keep only the item fields the
 *   spec has and are sorted by (type, segmentId): the segments are a set, and an order the
 *   vendor chooses must not read as a change;
 * - uuids (`statusUpdatedBy`) in lower case, as the service stores them;
 * - `startDate` (fieldEquals): Topsort moves a past start to "now" on every write, so once both
 *   the desired and the live start have passed they are the same ("started");
 * - write-only fields (`productIds`, `bannerAdRejectionReason`) are never read: the engine judges
 *   them against the last-applied record, and so is `bids` (create-only; reads give only a count);
 *   `adFormat` and `vendorId` are read for its readOnly check;
 * - deprecated fields (`externalVendorId`, `promotionType`, `campaignBehaviorData…`) and computed
 *   ones (`bidCount`, `createdAt`, spend) are not part of the spec and are never looked at.
 *
 * An `endDate` the YAML leaves out is not compared at all (the engine compares only the keys the
 * spec names), so the far-future default of a campaign created without one is no diff; nor is the
 * marker a create writes into `externalCampaignId` when the YAML leaves that out (identity.ts).
 * toSpec reports both as read: they are Topsort's values, and a YAML that starts managing the
 * field sees what it replaces.
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import type { FieldCompareContext, VendorObject } from '../runtime.js';
import { canonicalInstant, notAfter } from './instants.js';
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import { parseCampaign, SEGMENT_CONFIGS, type WireSegmentConfig } from './wire-types.js';

const DATE_FIELDS = ['startDate', 'endDate'] as const;

/** `urn:uuid:` prefix dropped, lower case; anything else unchanged. */
function canonicalUuid(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(/^urn:uuid:/i, '').toLowerCase() : v;
}

function compareValues(p: unknown, q: unknown): number {
  if (p === q) return 0;
  if (typeof p === 'number' && typeof q === 'number') return p - q;
  const s = JSON.stringify(p) ?? '';
  const t = JSON.stringify(q) ?? '';
  return s < t ? -1 : s > t ? 1 : 0;
}

/** The list sorted by (type, segmentId, multiplier), as a copy. */
function sortedSegments(list: readonly unknown[]): unknown[] {
  return [...list].sort((a, b) => {
    const x = isJsonObject(a) ? a : {};
    const y = isJsonObject(b) ? b : {};
    for (const key of ['type', 'segmentId', 'multiplier']) {
      const order = compareValues(x[key], y[key]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

function segmentConfigSpec<T>(config: WireSegmentConfig<T> | null | undefined, listKey: string): unknown {
  if (config === null || config === undefined) return config;
  return {
    ...(config.isActive !== undefined ? { isActive: config.isActive } : {}),
    ...(config.items !== undefined ? { [listKey]: sortedSegments(config.items) } : {}),
  };
}

/** The live campaign in the spec's shape; keys only for fields the read holds. */
export function toSpec(raw: VendorObject): Record<string, unknown> {
  const c = parseCampaign(raw);
  if (!c) return {};
  const out: JsonObject = {
    name: c.name,
    // An unparseable date is kept as read: it then shows as a change rather than hiding one.
    startDate: canonicalInstant(c.startDate) ?? c.startDate,
    endDate: canonicalInstant(c.endDate) ?? c.endDate,
    isActive: c.isActive,
    isSmart: c.isSmart,
    campaignType: c.campaignType,
    status: c.status,
    statusUpdatedBy: canonicalUuid(c.statusUpdatedBy),
    isAutoTrigger: c.isAutoTrigger,
    targetRoas: c.targetRoas,
    externalCampaignId: c.externalCampaignId,
    chargeType: c.chargeType,
    autobiddingObjective: c.autobiddingObjective,
    adFormat: c.adFormat,
    vendorId: c.vendorId,
    budget: c.budget ? { ...(c.budget.amount !== undefined ? { amount: c.budget.amount } : {}), ...(c.budget.type !== undefined ? { type: c.budget.type } : {}) } : c.budget,
  };
  for (const { field, listKey } of SEGMENT_CONFIGS) out[field] = segmentConfigSpec<unknown>(c[field], listKey);
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/** The desired spec in toSpec's form (a copy; every key kept, so the engine sees every field). */
export function canonical(spec: TopsortSpec): Record<string, unknown> {
  const out: JsonObject = structuredClone(spec);
  for (const field of DATE_FIELDS) {
    if (field in out) out[field] = canonicalInstant(out[field]) ?? out[field];
  }
  if ('statusUpdatedBy' in out) out.statusUpdatedBy = canonicalUuid(out.statusUpdatedBy);
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    const config = out[field];
    if (isJsonObject(config) && Array.isArray(config[listKey])) {
      out[field] = { ...config, [listKey]: sortedSegments(config[listKey] as unknown[]) };
    }
  }
  return out;
}

/**
 * How far Topsort's clock may run ahead of ours: right after a write that sent a past start,
 * apply reads back Topsort's "now", which must already count as started.
 */
export const CLOCK_SKEW_MS = 60_000;

/**
 * A past start is rewritten to "now" by every write, so it can never read back as written: once
 * the desired start and the live start have both passed, the campaign has started as desired.
 */
export function fieldEquals(field: string, desired: unknown, live: unknown, ctx: FieldCompareContext): boolean | undefined {
  if (field !== 'startDate') return undefined;
  const skewed = new Date(ctx.now.getTime() + CLOCK_SKEW_MS);
  if (notAfter(desired, ctx.now) && notAfter(live, skewed)) return true;
  return undefined;
}
