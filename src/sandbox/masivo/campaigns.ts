/**
 * `GET /campaigns/{id}`, `POST /campaigns?type=` and `PUT /campaigns/{id}?type=`.
 *
 * Order of the checks on a PUT: `type` query (present, known) → campaign exists (404) → `type`
 * equals the campaign's → the campaign has not ended → body validation → started-campaign locks →
 * date windows → COUPONS confirmation. Assumed: this order (the docs list the rules, not their order).
 * Assumed: POST answers 201 with the same minimal `{data: {id, name, status, attributes}}` as PUT.
 * Assumed: create takes the PUT's body fields and requires the same ones (validation.ts); the docs
 * name no required body field. `confirm_changes` ("COUPONS update only") is type-checked on create
 * and otherwise ignored: there are no codes yet to confirm, and the docs do not say create refuses it.
 * Masivo documents no delete call: DELETE /campaigns/{id} is a 405 (routes.ts).
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { uuidV4 } from '../kit/ids.js';
import { fail, notFound, RuleViolation } from './errors.js';
import { includesCodes } from './list.js';
import { hasStarted, toRead, writeAnswer } from './read-shape.js';
import { campaignsOf, findCampaign, isCampaignType, setWriteOnly, writeOnlyOf, type CampaignType, type MasivoState } from './state.js';
import { buildCampaign, buildWriteOnly } from './store.js';
import { validateBody } from './validation.js';
import {
  checkCouponConfirmation,
  checkEndNotMovedIntoPast,
  checkEndWindow,
  checkNotEnded,
  checkStartedLocks,
  checkStartWindow,
} from './write-rules.js';

function typeQuery(req: FakeRequest): CampaignType | FakeResponse {
  const type = req.query.get('type');
  if (type === null || type === '') return fail(400, 'VALIDATION_ERROR', 'type query parameter is required', 'type');
  if (!isCampaignType(type)) return fail(400, 'VALIDATION_ERROR', 'type must be one of BEHAVIOR, COUPONS, PUNCH_CARDS, REFERRALS', 'type');
  return type;
}

function bodyError(req: FakeRequest): FakeResponse | undefined {
  if (req.bodyError !== undefined) return fail(400, 'INVALID_JSON', `request body is not valid JSON: ${req.bodyError}`);
  return undefined;
}

export function getCampaign(req: FakeRequest, ctx: FakeContext, id: string): FakeResponse {
  const state = ctx.state as MasivoState;
  const codes = includesCodes(req.query);
  if (codes === 'bad') return fail(400, 'INVALID_QUERY', 'includes must be CODES_SUMMARY', 'includes');
  const c = findCampaign(state, id);
  if (!c) return notFound('campaign');
  // Assumed: `customer_id` (COUPONS availability for a customer) is accepted and ignored: no customers here.
  return { status: 200, body: { data: toRead(c, state, ctx.now().getTime(), codes) } };
}

export function createCampaign(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const type = typeQuery(req);
  if (typeof type !== 'string') return type;
  const parseError = bodyError(req);
  if (parseError) return parseError;
  const now = ctx.now().getTime();
  const state = ctx.state as MasivoState;
  try {
    const p = validateBody(req.body, type, 'create');
    checkStartWindow(p, now);
    checkEndWindow(p);
    let id = uuidV4(ctx.random);
    while (findCampaign(state, id)) id = uuidV4(ctx.random);
    const campaign = buildCampaign(id, type, p, now);
    campaignsOf(state).push(campaign);
    setWriteOnly(state, id, buildWriteOnly(p, type, {}));
    ctx.commit();
    return { status: 201, body: writeAnswer(campaign, now) };
  } catch (err) {
    if (err instanceof RuleViolation) return err.toResponse();
    throw err;
  }
}

export function updateCampaign(req: FakeRequest, ctx: FakeContext, id: string): FakeResponse {
  const type = typeQuery(req);
  if (typeof type !== 'string') return type;
  const state = ctx.state as MasivoState;
  const existing = findCampaign(state, id);
  if (!existing) return notFound('campaign');
  if (existing.type !== type) {
    return fail(400, 'TYPE_MISMATCH', `type ${type} does not match the campaign's type ${existing.type}; a campaign's type cannot change`, 'type');
  }
  const parseError = bodyError(req);
  if (parseError) return parseError;
  const now = ctx.now().getTime();
  try {
    checkNotEnded(existing, now);
    const p = validateBody(req.body, type, 'update');
    checkStartedLocks(p, existing, now);
    if (!hasStarted(existing, now)) checkStartWindow(p, now);
    checkEndWindow(p);
    checkEndNotMovedIntoPast(p, existing, now);
    const stored = writeOnlyOf(state, id);
    if (type === 'COUPONS') checkCouponConfirmation(p, stored);

    const campaign = buildCampaign(id, type, p, now);
    const list = campaignsOf(state);
    list[list.indexOf(existing)] = campaign;
    setWriteOnly(state, id, buildWriteOnly(p, type, stored));
    ctx.commit();
    return { status: 200, body: writeAnswer(campaign, now) };
  } catch (err) {
    if (err instanceof RuleViolation) return err.toResponse();
    throw err;
  }
}
