/** `POST /internal/add-campaign` and `POST`/`PUT /internal/alter-campaign` (JSON or form). */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import type { Session } from './auth.js';
import { applyWrite, newCampaign, storeWriteOnly, touch } from './campaign.js';
import { chainOfBusiness, knownChains } from './catalogue.js';
import { isClear, toInt } from './coerce.js';
import { ERRORS, fail, ok } from './envelope.js';
import { CAMPAIGN_TYPES, parseWrite } from './fields.js';
import { bodyParams, campaignIdParam, chainParam, checkHeaderChain, checkScope, findCampaign } from './params.js';
import { checkCampaign, checkReferences } from './rules.js';

const present = (v: unknown): boolean => v !== undefined && !isClear(v);

/**
 * add-campaign: `chain_id` xor `business_id` (mandatory, not both), `type` mandatory and one of
 * the documented types (fields.ts), then any campaign field, `title` and `active` required.
 * Answers the new campaign as every read returns it, with its empty `rules` list (documented:
 * rules are added afterwards with add-campaign-rule; campaign.ts keeps the list on the campaign).
 * Assumed: `title` and `active` are required because the two generations of the campaign-field
 * page each mark one of them so (title "required", active "mandatory"); ids are allocated
 * sequentially after the highest id the sandbox holds; a `business_id` campaign belongs to that
 * store's chain; an unknown store is error 68.
 */
export function addCampaign(req: FakeRequest, ctx: FakeContext, session: Session): FakeResponse {
  const body = bodyParams(req);
  if (!body.ok) return body.response;
  const params = body.value;

  if (present(params.chain_id) === present(params.business_id)) {
    return fail(ERRORS.parameterInvalid, 'Pass either chain_id or business_id (one of them, not both).');
  }
  let chainId: number;
  if (present(params.chain_id)) {
    const chain = chainParam(params.chain_id, 'chain_id', true, ctx.state);
    if (!chain.ok) return chain.response;
    chainId = chain.value!;
  } else {
    const business = toInt(params.business_id);
    if (!business.ok || business.value < 1) return fail(ERRORS.parameterInvalid, 'business_id must be an integer.');
    const owner = chainOfBusiness(ctx.state, business.value);
    if (owner === undefined || !knownChains(ctx.state).has(owner)) {
      return fail(ERRORS.permissionDenied, `This session has no access to business ${business.value}.`);
    }
    chainId = owner;
  }
  const header = checkHeaderChain(session, chainId);
  if (header) return header;

  const type = params.type;
  if (!present(type)) return fail(ERRORS.parameterInvalid, 'type must be passed as a parameter.');
  if (typeof type !== 'string' || !(CAMPAIGN_TYPES as readonly string[]).includes(type)) {
    return fail(ERRORS.parameterInvalid, `type must be one of ${CAMPAIGN_TYPES.join(', ')}.`);
  }
  for (const name of ['title', 'active'] as const) {
    if (!present(params[name])) return fail(ERRORS.parameterInvalid, `${name} must be passed as a parameter.`);
  }
  const parsed = parseWrite(params);
  if (!parsed.ok) return fail(ERRORS.parameterInvalid, parsed.message);

  const id = 1 + ctx.state.campaigns.reduce((max, c) => Math.max(max, typeof c.id === 'number' ? c.id : 0), 0);
  const refs = checkReferences(parsed.values, chainId, ctx.state, id);
  if (refs) return fail(ERRORS.parameterInvalid, refs);
  const campaign = newCampaign(id, chainId, type, ctx.now().getTime(), session.userId);
  const writeOnly = applyWrite(campaign, parsed.values, ctx.state);
  const rule = checkCampaign(campaign, parsed.values, ctx.state);
  if (rule) return fail(ERRORS.parameterInvalid, rule);

  ctx.state.campaigns.push(campaign);
  storeWriteOnly(ctx.state, id, writeOnly);
  ctx.commit();
  return ok({ campaign: structuredClone(campaign) });
}

/**
 * alter-campaign: `campaign_id` (mandatory integer) plus any add-campaign field; a partial
 * update (Assumed, as the page says "all other fields … can also be passed"): fields not sent
 * keep their value. Documented errors: 245 absent campaign_id, 244 not an integer, 246 not
 * found, 68 no permission, 419 invalid parameter (among them a second active default loyalty
 * campaign in the chain). Answers `results.campaign` and `result_type: "alter-campaign"`.
 * Assumed: `type`, `chain_id` and `business_id` are fixed at creation: `type` may be resent
 * unchanged (a change is 419), `chain_id` only scopes the call (another chain is 68),
 * `business_id` is 419.
 */
export function alterCampaign(req: FakeRequest, ctx: FakeContext, session: Session): FakeResponse {
  const body = bodyParams(req);
  if (!body.ok) return body.response;
  const params = body.value;

  const id = campaignIdParam(params.campaign_id);
  if (!id.ok) return id.response;
  const found = findCampaign(ctx.state, id.value);
  if (!found) return fail(ERRORS.campaignIdNotFound);
  const chain = chainParam(params.chain_id, 'chain_id', false, ctx.state);
  if (!chain.ok) return chain.response;
  const scope = checkScope(found.campaign, chain.value, session);
  if (scope) return scope;

  if (params.business_id !== undefined) return fail(ERRORS.parameterInvalid, 'business_id cannot be changed on an existing campaign.');
  if (params.type !== undefined && params.type !== found.campaign.type) {
    return fail(ERRORS.parameterInvalid, `type cannot be changed (the campaign is a ${String(found.campaign.type)} campaign).`);
  }
  const parsed = parseWrite(params);
  if (!parsed.ok) return fail(ERRORS.parameterInvalid, parsed.message);
  const chainId = found.campaign.chain_id as number;
  const refs = checkReferences(parsed.values, chainId, ctx.state, id.value);
  if (refs) return fail(ERRORS.parameterInvalid, refs);

  const after: VendorObject = structuredClone(found.campaign);
  const writeOnly = applyWrite(after, parsed.values, ctx.state);
  const rule = checkCampaign(after, parsed.values, ctx.state);
  if (rule) return fail(ERRORS.parameterInvalid, rule);

  touch(after, ctx.now().getTime(), session.userId);
  ctx.state.campaigns[found.index] = after;
  storeWriteOnly(ctx.state, id.value, writeOnly);
  ctx.commit();
  return ok({ campaign: structuredClone(after), result_type: 'alter-campaign' });
}
