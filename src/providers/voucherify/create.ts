/**
 * Creating a Voucherify campaign from a document without `id`: `POST /v1/campaigns`
 * (CampaignsCreateRequestBody, one body per `campaign_type`).
 *
 * Identity: the campaign `name`, unique in a project (a second one is refused with 409
 * `duplicate_found`), compared exactly as written. The docs do not say whether Voucherify ignores
 * case or spaces; comparing exactly is the safe side: a name that differs only in case is not
 * adopted, so at worst the create is refused with 409 and nothing is made twice, whereas folding
 * case could adopt somebody else's campaign. No marker is needed.
 *
 * The body is the spec under the create call's names. `discount` (DISCOUNT_COUPONS,
 * REFERRAL_PROGRAM), `gift` (GIFT_VOUCHERS) and the create-only `voucher` (`code_config`,
 * `redemption`, `loyalty_card`) travel inside the body's `voucher`, whose `type` follows from
 * `campaign_type` (with `is_referral_code: true` for a referral programme, as its voucher schema
 * requires); dates go as UTC instants. `active` travels in the body, as the docs' promotion example
 * sends it; should the answer read otherwise, the documented enable/disable call follows (the one
 * follow-up).
 *
 * A campaign with many codes is generated in the background: the answer (and reads until the job
 * ends) show `creation_status: IN_PROGRESS` and `vouchers_count: 0`. Apply does not wait for it:
 * neither field is compared (`creation_status` is no spec field, `vouchers_count` is write-only), so
 * the next plan finds the document equal to the campaign; an update before the job ends is refused
 * at plan time (`voucherify.campaign-generating`) or waited out by `write`.
 */
import { HttpError } from '../../http/errors.js';
import type { HttpResponse } from '../../http/types.js';
import type { VoucherifySpec } from '../../generated/voucherify.js';
import { isJsonObject } from '../../json/guards.js';
import {
  CreateAnswerLost,
  CreateFollowUpFailed,
  type CreateCapability,
  type CreateIdentity,
  type CreateInput,
  type LiveCampaign,
} from '../runtime.js';
import { canonicalInstant } from './normalize.js';
import { busyStatus, type CampaignType, type Json } from './wire-types.js';
import { settle, toggle } from './write.js';

/** The body's top-level fields, in the order of the docs' examples. */
const TOP_LEVEL = [
  'name',
  'description',
  'campaign_type',
  'join_once',
  'auto_join',
  'type',
  'start_date',
  'expiration_date',
  'vouchers_count',
  'validity_timeframe',
  'validity_day_of_week',
  'validity_hours',
  'activity_duration_after_publishing',
  'category',
  'category_id',
  'metadata',
  'access_settings',
  'referral_program',
  'active',
] as const;

/** Spec fields that travel inside the body's `voucher`. */
const IN_VOUCHER = ['discount', 'gift', 'voucher'] as const;

/** Every spec field the create call takes; validate (`$defs.create`) refuses the others for a new document. */
export const CREATE_FIELDS: ReadonlySet<string> = new Set([...TOP_LEVEL, ...IN_VOUCHER]);

/** The create body's `voucher.type` and the spec field holding its required detail, per campaign type. */
const VOUCHER_OF: Readonly<Record<CampaignType, { readonly type: string; readonly detail: 'discount' | 'gift' | 'loyalty_card' } | undefined>> = {
  DISCOUNT_COUPONS: { type: 'DISCOUNT_VOUCHER', detail: 'discount' },
  REFERRAL_PROGRAM: { type: 'DISCOUNT_VOUCHER', detail: 'discount' },
  GIFT_VOUCHERS: { type: 'GIFT_VOUCHER', detail: 'gift' },
  LOYALTY_PROGRAM: { type: 'LOYALTY_CARD', detail: 'loyalty_card' },
  PROMOTION: undefined,
};

const DATES = new Set(['start_date', 'expiration_date']);

/** The documented errors of the create call, read whole for their message. */
const REFUSALS = [400, 404, 409];

export function identity(desired: VoucherifySpec): CreateIdentity | undefined {
  const name = desired.name;
  if (typeof name !== 'string' || name === '') return undefined;
  return { kind: 'unique', label: `name "${name}"`, key: name };
}

export function identityOf(live: LiveCampaign): string | undefined {
  const name = live.raw.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** What the plan shows as `+ field: value`: the spec's fields the body carries, as written. */
export function createFields(desired: VoucherifySpec): Record<string, unknown> {
  const d = desired as Json;
  return Object.fromEntries(Object.keys(d).filter((k) => d[k] !== undefined && CREATE_FIELDS.has(k)).map((k) => [k, d[k]]));
}

/** The create body for a validated new document. */
export function createBody(desired: VoucherifySpec): Json {
  const d = desired as Json;
  const other = Object.keys(d).find((k) => d[k] !== undefined && !CREATE_FIELDS.has(k));
  if (other !== undefined) throw new Error(`\`${other}\` cannot be sent when creating a Voucherify campaign: the create call does not take it`);
  if (typeof desired.name !== 'string' || desired.campaign_type === undefined) {
    throw new Error('a new Voucherify campaign needs `name` and `campaign_type`');
  }
  const voucher = voucherPart(desired, desired.campaign_type);
  const body: Json = {};
  for (const k of TOP_LEVEL) {
    if (d[k] !== undefined) body[k] = DATES.has(k) ? canonicalInstant(d[k]) : d[k];
    if (k === 'vouchers_count' && voucher) body.voucher = voucher;
  }
  return body;
}

/** The body's `voucher`: its type, the type's detail (`discount`, `gift`, `loyalty_card`), code_config, redemption. */
function voucherPart(desired: VoucherifySpec, type: CampaignType): Json | undefined {
  const of = VOUCHER_OF[type];
  const given = desired.voucher;
  if (!of) {
    if (given !== undefined || desired.vouchers_count !== undefined) {
      throw new Error(`a ${type} campaign has no codes: \`voucher\` and \`vouchers_count\` cannot be sent`);
    }
    return undefined;
  }
  const detail = of.detail === 'loyalty_card' ? given?.loyalty_card : desired[of.detail];
  return {
    type: of.type,
    ...(detail !== undefined ? { [of.detail]: detail } : {}),
    ...(given?.redemption !== undefined ? { redemption: given.redemption } : {}),
    ...(given?.code_config !== undefined ? { code_config: given.code_config } : {}),
    ...(type === 'REFERRAL_PROGRAM' ? { is_referral_code: true } : {}),
  };
}

async function send(input: CreateInput<VoucherifySpec>): Promise<{ readonly id: string }> {
  const { desired, http, signal } = input;
  const body = createBody(desired);
  const name = String(body.name);
  let res: HttpResponse;
  try {
    // POST: not idempotent, so the client never repeats it once it may have reached Voucherify.
    res = await http.request({ method: 'POST', path: '/v1/campaigns', json: body, accept: REFUSALS, purpose: `create campaign "${name}"` }, signal);
  } catch (err) {
    throw refusedOrLost(err);
  }
  if (res.status >= 400) throw new Error(refusal(res, name));
  const answer = isJsonObject(res.body) ? res.body : undefined;
  const id = typeof answer?.id === 'string' && answer.id !== '' ? answer.id : undefined;
  if (!id) throw new CreateAnswerLost(new Error(`Voucherify answered ${res.status} without the new campaign's id`));

  const active = desired.active;
  if (typeof active === 'boolean' && typeof answer?.active === 'boolean' && answer.active !== active) {
    try {
      if (answer && busyStatus(answer)) await settle(http, id, signal);
      await toggle(http, id, active ? 'enable' : 'disable', signal);
    } catch (err) {
      throw new CreateFollowUpFailed(id, err);
    }
  }
  return { id };
}

/**
 * A refusal (4xx: Voucherify answered and made nothing; a 429 past the budget likewise) stays an
 * ordinary error; anything else — a 5xx, a timeout, a reset connection, an unreadable answer, an
 * interrupt — may have followed the vendor acting.
 */
function refusedOrLost(err: unknown): Error {
  if (err instanceof HttpError) {
    if (err.kind === 'rate-limit-budget') return err;
    if (err.kind === 'status' && err.status !== undefined && err.status < 500) return err;
  }
  return new CreateAnswerLost(err);
}

/** The vendor's own words for a refused create, and what to do about a taken name. */
function refusal(res: HttpResponse, name: string): string {
  const b = isJsonObject(res.body) ? res.body : {};
  const key = typeof b.key === 'string' ? b.key : undefined;
  const said = [b.message, b.details].filter((s): s is string => typeof s === 'string' && s !== '').join(': ');
  const code = `${res.status}${key ? ` ${key}` : ''}`;
  if (res.status === 409) {
    return (
      `Voucherify refused to create campaign "${name}": the name is taken (${code}${said ? `: ${said}` : ''}). ` +
      'No listed campaign has exactly this name, so it is held by a campaign in the bin (deleted without force), ' +
      'by one created meanwhile, or by one whose name differs only in case; restore or empty the bin entry and import it, or choose another name'
    );
  }
  return `Voucherify refused to create campaign "${name}" (${code})${said ? `: ${said}` : ''}`;
}

export const create: CreateCapability<VoucherifySpec> = {
  identity,
  identityOf,
  fields: createFields,
  send,
};
