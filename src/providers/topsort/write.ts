/**
 * The update: one `PATCH /public/v1/campaign-service/campaigns/{id}` carrying only the top-level
 * fields that changed. Every PATCH field is nullable with undocumented null semantics, so an
 * unchanged field is left out, never sent as null (null is sent only where the YAML says null,
 * on the fields the read model itself holds as null).
 *
 * - `budget` goes as a complete `{amount, type}`: the YAML's members, the live ones for the rest.
 * - `multiplierConfig`, `targetingFilters`, `exclusionFilters` likewise go complete
 *   (`isActive` and the list), so the result is the same whether Topsort merges or replaces them.
 * - `startDate` is sent only when it changed: a past start is rewritten to "now" on every write,
 *   so an unchanged past start is never resent (normalize.ts treats two past starts as equal).
 * - Dates go in UTC with `Z`. `productIds` and `bannerAdRejectionReason` (write-only) go when
 *   they differ from the last-applied record. `adFormat` and `vendorId` are never sent: they are
 *   fixed at creation and checked by plan; nor is the create-only `bids`.
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import type { FieldChange, WriteInput } from '../runtime.js';
import { wireInstant } from './instants.js';
import { toSpec } from './normalize.js';
import { CAMPAIGNS_PATH } from './read.js';
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import { changedFields } from '../kit/changed-fields.js';
import { SEGMENT_CONFIGS } from './wire-types.js';

/** Budget types the PATCH model accepts (the spec schema's enum). */
const BUDGET_TYPES: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly', 'total']);
const BUDGET_AMOUNT_LIMIT = 2_000_000_000;
/**
 * Fields an update never sends: fixed at creation and checked by plan (`adFormat`, `vendorId`),
 * or taken by the create call only (`bids`: later bids go through the bid endpoints).
 */
const NEVER_SENT: ReadonlySet<string> = new Set(['adFormat', 'vendorId', 'bids']);
/** Fields sent exactly as the YAML has them. */
const AS_WRITTEN = [
  'name',
  'isActive',
  'isSmart',
  'campaignType',
  'status',
  'statusUpdatedBy',
  'isAutoTrigger',
  'targetRoas',
  'externalCampaignId',
  'chargeType',
  'autobiddingObjective',
  'productIds',
  'bannerAdRejectionReason',
] as const;

/** The top-level fields a PATCH for these changes carries. */
export function sentFields(changes: readonly FieldChange[]): Set<string> {
  return new Set([...changedFields(changes)].filter((f) => !NEVER_SENT.has(f)));
}

/** `{amount, type}`: the YAML's members, Topsort's for the ones the YAML leaves out. */
export function mergedBudget(desired: TopsortSpec, liveSpec: Readonly<JsonObject>): { amount?: number; type?: string } {
  const live = isJsonObject(liveSpec.budget) ? liveSpec.budget : {};
  const amount = desired.budget?.amount ?? (typeof live.amount === 'number' ? live.amount : undefined);
  const type = desired.budget?.type ?? (typeof live.type === 'string' ? live.type : undefined);
  return { ...(amount !== undefined ? { amount } : {}), ...(type !== undefined ? { type } : {}) };
}

function segmentConfig(desired: unknown, live: unknown, listKey: string): JsonObject {
  const want = isJsonObject(desired) ? desired : {};
  const have = isJsonObject(live) ? live : {};
  const isActive = want.isActive ?? have.isActive;
  const items = want[listKey] ?? have[listKey];
  // Neither side knows `isActive` only when Topsort has no configuration yet: the list alone is sent.
  return { ...(typeof isActive === 'boolean' ? { isActive } : {}), [listKey]: Array.isArray(items) ? items : [] };
}

/** The PATCH body for these changes; throws when a value would not match Topsort's model. */
export function patchBody(desired: TopsortSpec, changes: readonly FieldChange[], liveSpec: Readonly<JsonObject>): JsonObject {
  const fields = sentFields(changes);
  const spec = desired as JsonObject;
  const body: JsonObject = {};
  for (const field of AS_WRITTEN) if (fields.has(field)) body[field] = spec[field] ?? null;
  for (const field of ['startDate', 'endDate'] as const) {
    if (!fields.has(field)) continue;
    const value = desired[field];
    if (typeof value !== 'string') throw new Error(`\`${field}\` must be a date-time to be sent`);
    body[field] = wireInstant(value);
  }
  if (fields.has('budget')) {
    const budget = mergedBudget(desired, liveSpec);
    const { amount, type } = budget;
    if (amount === undefined || !Number.isInteger(amount) || amount < 0 || amount >= BUDGET_AMOUNT_LIMIT) {
      throw new Error(`\`budget.amount\` must be a whole number of minor units below ${BUDGET_AMOUNT_LIMIT} to be sent`);
    }
    if (type === undefined || !BUDGET_TYPES.has(type)) throw new Error(`\`budget.type\` must be one of daily, weekly, monthly, total to be sent`);
    body.budget = { amount, type };
  }
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    if (fields.has(field)) body[field] = segmentConfig(spec[field], liveSpec[field], listKey);
  }
  const unknown = [...fields].filter((f) => !(f in body));
  if (unknown.length > 0) throw new Error(`campaignctl does not know how to send ${unknown.map((f) => `\`${f}\``).join(', ')} to Topsort`);
  return body;
}

export async function writeCampaign(input: WriteInput<TopsortSpec>): Promise<void> {
  const body = patchBody(input.desired, input.changes, toSpec(input.live.raw));
  if (Object.keys(body).length === 0) return;
  await input.http.request(
    {
      method: 'PATCH',
      path: `${CAMPAIGNS_PATH}/${encodeURIComponent(input.id)}`,
      json: body,
      // The PATCH sets values (never adds or increments), so sending it twice changes nothing more.
      idempotent: true,
      purpose: `update campaign ${input.id}`,
    },
    input.signal,
  );
}
