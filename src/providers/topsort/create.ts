/**
 * Creating a campaign: `POST /public/v1/campaign-service/campaigns?vendor_id=<vendorId>` with the
 * create page's body, then, only where the document asks for it, one PATCH for what the create
 * call does not take.
 *
 * - The body carries the document's fields the create page lists, as written (dates in UTC with
 *   `Z`): name, adFormat, campaignType, isActive, status, isAutoTrigger, chargeType, targetRoas,
 *   autobiddingObjective (shown in the create example of api.docs.topsort.com), externalCampaignId
 *   (or the marker, identity.ts), budget, startDate, endDate, productIds, the segment
 *   configurations and bids. `vendorId` travels as `?vendor_id=`. A null (targetRoas,
 *   autobiddingObjective) is left out: a new campaign has none of these anyway. `walletId` is not
 *   in the spec: Topsort takes the vendor's wallet.
 * - The follow-up PATCH carries `isSmart`, `statusUpdatedBy` and `bannerAdRejectionReason`, which
 *   only the update call takes, and only those whose value the created campaign does not already
 *   have (a new campaign reads `isSmart: false`, so `isSmart: false` costs no request).
 * - Server defaults are not added: without `startDate` a campaign starts when it is created, and
 *   a past `startDate` is moved to that moment too (the next plan treats both as "started");
 *   without `endDate` Topsort stores a far-future end, which a YAML without `endDate` never
 *   compares. Neither is shown as a field to be sent, because neither is sent.
 *
 * The POST is never retried blindly (not idempotent): a timeout, a reset or a 5xx after it left
 * may have created the campaign, so it is reported as `CreateAnswerLost` and plan's identity
 * look-up finds the campaign on the next run. A 4xx is Topsort's refusal: nothing was created.
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import { HttpError } from '../../http/errors.js';
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import { jsonEqual } from '../../engine/canonical-json.js';
import {
  CreateAnswerLost,
  CreateFollowUpFailed,
  type CreateContext,
  type CreateInput,
  type FieldChange,
} from '../runtime.js';
import { externalIdToCreate } from './identity.js';
import { wireInstant } from './instants.js';
import { canonical, toSpec } from './normalize.js';
import { CAMPAIGNS_PATH } from './read.js';
import { parseCampaign } from './wire-types.js';
import { patchBody } from './write.js';

/** Fields the create body carries as the YAML has them (dates aside). */
const CREATE_AS_WRITTEN = [
  'name',
  'adFormat',
  'campaignType',
  'isActive',
  'status',
  'isAutoTrigger',
  'chargeType',
  'targetRoas',
  'autobiddingObjective',
  'externalCampaignId',
  'budget',
  'productIds',
  'multiplierConfig',
  'targetingFilters',
  'exclusionFilters',
  'bids',
] as const;
const CREATE_DATES = ['startDate', 'endDate'] as const;
/** Fields only the update call takes: sent by the follow-up PATCH. */
const FOLLOW_UP = ['isSmart', 'statusUpdatedBy', 'bannerAdRejectionReason'] as const;
/** Write-only: the created campaign never shows it, so it is always sent when the YAML has it. */
const FOLLOW_UP_WRITE_ONLY: ReadonlySet<string> = new Set(['bannerAdRejectionReason']);

const SENT_BY_CREATE: ReadonlySet<string> = new Set<string>([...CREATE_AS_WRITTEN, ...CREATE_DATES, 'vendorId']);
const SENT_BY_FOLLOW_UP: ReadonlySet<string> = new Set<string>(FOLLOW_UP);

/**
 * What the create call and the follow-up send, in the spec's names and as the YAML writes them,
 * in the YAML's order; the marker last when the YAML has no `externalCampaignId`.
 */
export function createFields(desired: TopsortSpec, ctx: CreateContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(desired)) {
    if (value === null || value === undefined) continue;
    if (SENT_BY_CREATE.has(field) || SENT_BY_FOLLOW_UP.has(field)) out[field] = structuredClone(value);
  }
  if (out.externalCampaignId === undefined) out.externalCampaignId = externalIdToCreate(desired, ctx);
  return out;
}

/** The create call's query and body; throws when the document cannot be sent (validate refuses such documents). */
export function createRequest(desired: TopsortSpec, ctx: CreateContext): { vendorId: string; body: JsonObject } {
  const vendorId = desired.vendorId;
  if (typeof vendorId !== 'string' || vendorId === '') throw new Error('a new Topsort campaign needs `vendorId` (the create call takes it as `?vendor_id=`)');
  const spec = desired as JsonObject;
  const body: JsonObject = {};
  for (const field of CREATE_AS_WRITTEN) {
    const value = spec[field];
    if (value !== undefined && value !== null) body[field] = structuredClone(value);
  }
  for (const field of CREATE_DATES) {
    const value = desired[field];
    if (value !== undefined) body[field] = wireInstant(value);
  }
  body.externalCampaignId = externalIdToCreate(desired, ctx);
  return { vendorId, body };
}

/** The follow-up PATCH's changes: the update-only fields the created campaign does not already have. */
export function followUpChanges(desired: TopsortSpec, created: Readonly<Record<string, unknown>>): FieldChange[] {
  const want = canonical(desired);
  const changes: FieldChange[] = [];
  for (const field of FOLLOW_UP) {
    const value = want[field];
    if (value === undefined || value === null) continue;
    if (!FOLLOW_UP_WRITE_ONLY.has(field) && jsonEqual(value, created[field])) continue;
    changes.push({ path: field, before: created[field], after: value });
  }
  return changes;
}

export async function createCampaign(input: CreateInput<TopsortSpec>): Promise<{ readonly id: string }> {
  const { vendorId, body } = createRequest(input.desired, input);
  const label = typeof input.desired.name === 'string' ? ` "${input.desired.name}"` : '';
  let answer: unknown;
  try {
    const res = await input.http.request(
      {
        method: 'POST',
        path: CAMPAIGNS_PATH,
        query: { vendor_id: vendorId },
        json: body,
        // Two creates make two campaigns with money behind them: never sent again blindly.
        idempotent: false,
        purpose: `create campaign${label} for vendor ${vendorId}`,
      },
      input.signal,
    );
    answer = res.body;
  } catch (err) {
    throw createFailure(err);
  }
  const created = isJsonObject(answer) ? parseCampaign(answer) : undefined;
  if (!created) throw new CreateAnswerLost(new Error('Topsort answered the create without a campaignId'));
  const id = created.campaignId;

  const changes = followUpChanges(input.desired, toSpec(answer as JsonObject));
  if (changes.length === 0) return { id };
  try {
    await input.http.request(
      {
        method: 'PATCH',
        path: `${CAMPAIGNS_PATH}/${encodeURIComponent(id)}`,
        json: patchBody(input.desired, changes, toSpec(answer as JsonObject)),
        idempotent: true,
        purpose: `update new campaign ${id} with what its create call does not take`,
      },
      input.signal,
    );
  } catch (err) {
    throw new CreateFollowUpFailed(id, err);
  }
  return { id };
}

/**
 * What a failed create means: a 4xx is Topsort's refusal (nothing was created), an exhausted
 * rate-limit wait or an abort never sent the request; anything else after the request may have
 * left (5xx, timeout, reset, an unreadable answer) may have created the campaign. A refused
 * connection is reported as possibly acted too: the HTTP error does not say whether the request
 * left, and the identity look-up of the next plan makes the careful answer cheap.
 */
function createFailure(err: unknown): Error {
  if (!(err instanceof HttpError)) return err instanceof Error ? err : new Error(String(err));
  if (err.kind === 'rate-limit-budget' || err.kind === 'aborted') return err;
  if (err.kind === 'status' && err.status !== undefined && err.status < 500) return refusal(err);
  return new CreateAnswerLost(err);
}

/** The vendor's own words for a refused create: the array's messages, or FastAPI's `loc: msg` items. */
function refusal(err: HttpError): Error {
  const said = vendorMessages(err.body);
  if (said.length === 0) return err;
  return new Error(`Topsort refused to create the campaign (${err.status}): ${said.join('; ')}`, { cause: err });
}

function vendorMessages(body: string | undefined): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return [];
  }
  if (Array.isArray(parsed)) {
    return parsed.filter(isJsonObject).map((e) => (typeof e.message === 'string' ? e.message : String(e.errCode)));
  }
  if (isJsonObject(parsed) && Array.isArray(parsed.detail)) {
    return parsed.detail.filter(isJsonObject).map((d) => {
      const loc = Array.isArray(d.loc) ? d.loc.filter((p) => p !== 'body' && p !== 'query').join('.') : '';
      return `${loc ? `${loc}: ` : ''}${String(d.msg)}`;
    });
  }
  return [];
}
