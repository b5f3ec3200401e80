/**
 * The smallest correct update of one campaign:
 * - `PUT /v1/campaigns/{id}` (partial) with only the changed fields the PUT takes for the campaign's
 *   type; never `name`, `campaign_type` or `active`, which it silently ignores. No PUT when nothing
 *   but `active` changed.
 * - `active` only through `POST …/enable` or `…/disable`, and only when it changed: disable before the
 *   PUT (the campaign stops before it changes), enable after it (it starts changed).
 * - `metadata` merges: only the desired keys whose value differs are sent; keys are removed through
 *   `unset_metadata_fields` (write-only), sent when the YAML lists keys and differs from what was
 *   last applied. `access_settings` and `options` (write-only) likewise.
 * - `discount` and `gift` (read under `voucher`) are stored whole: the desired object is sent over the
 *   live one's keys of the same discount variant, so sub-fields the YAML does not manage are kept.
 *   `referral_program` and `loyalty_tiers_expiration` likewise, merged deeply.
 * - Updates run in the background (`MODIFYING`): a campaign read MODIFYING (or still IN_PROGRESS after
 *   its creation) is polled until it settles before the first write, and after a PUT that answers
 *   MODIFYING before the enable that follows.
 * - The create-only `voucher` and `vouchers_count` are never sent (plan refuses a change to them).
 * Retiring a campaign (`prune: deactivate`) comes through here as `active: false`: one disable.
 */
import { jsonEqual } from '../../engine/canonical-json.js';
import type { HttpClient } from '../../http/types.js';
import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { WriteInput } from '../runtime.js';
import { canonicalInstant } from './normalize.js';
import { getOne } from './read.js';
import { isJsonObject } from '../../json/guards.js';
import { changedFields } from '../kit/changed-fields.js';
import { CREATE_ONLY, NOT_PUT, PUT_FIELDS } from './update-fields.js';
import { busyStatus, campaignTypeOf, type Json } from './wire-types.js';

/** Waits between reads of a campaign that is still MODIFYING (about 8 s in all). */
export const SETTLE_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000];

export async function writeCampaign(input: WriteInput<VoucherifySpec>): Promise<void> {
  const { id, desired, live, http, signal } = input;
  const fields = changedFields(input.changes);
  const body = putBody(desired, fields, live.raw);
  const active = fields.has('active') ? desired.active : undefined;
  if (fields.has('active') && typeof active !== 'boolean') throw new Error('`active` must be true or false');
  if (Object.keys(body).length === 0 && active === undefined) return;

  if (busyStatus(live.raw)) await settle(http, id, signal);
  if (active === false) await toggle(http, id, 'disable', signal);
  if (Object.keys(body).length > 0) {
    const res = await http.request(
      { method: 'PUT', path: campaignPath(id), json: body, purpose: `update campaign ${id}` },
      signal,
    );
    if (active === true && isJsonObject(res.body) && busyStatus(res.body)) await settle(http, id, signal);
  }
  if (active === true) await toggle(http, id, 'enable', signal);
}

const campaignPath = (id: string): string => `/v1/campaigns/${encodeURIComponent(id)}`;

export async function toggle(http: HttpClient, id: string, action: 'enable' | 'disable', signal?: AbortSignal): Promise<void> {
  // Enabling an enabled campaign (or disabling a disabled one) changes nothing: safe to repeat.
  await http.request({ method: 'POST', path: `${campaignPath(id)}/${action}`, idempotent: true, purpose: `${action} campaign ${id}` }, signal);
}

/** Reads the campaign until it is no longer MODIFYING / IN_PROGRESS; throws when it stays so. */
export async function settle(http: HttpClient, id: string, signal?: AbortSignal): Promise<void> {
  let status: string | undefined;
  for (const ms of SETTLE_DELAYS_MS) {
    await sleep(ms, signal);
    const raw = await getOne(http, id, signal);
    if (!raw) throw new Error(`campaign ${id} could no longer be read while waiting for it to settle`);
    status = busyStatus(raw);
    if (!status) return;
  }
  const waited = SETTLE_DELAYS_MS.reduce((a, b) => a + b, 0) / 1000;
  throw new Error(`campaign ${id} still reads ${status} after ${waited} s (Voucherify is generating or rewriting its codes); apply again once it reads DONE`);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('interrupted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('interrupted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The PUT body: each changed field the update takes, in the form it takes it. */
export function putBody(desired: VoucherifySpec, fields: ReadonlySet<string>, raw: Json): Json {
  const type = campaignTypeOf(raw);
  const takes = type ? new Set(PUT_FIELDS[type]) : undefined;
  const d = desired as Json;
  const voucher = isJsonObject(raw.voucher) ? raw.voucher : {};
  const body: Json = {};
  for (const field of [...fields].sort()) {
    if (NOT_PUT.has(field)) continue;
    if (CREATE_ONLY.has(field)) throw new Error(`\`${field}\` is set when the campaign is created; Voucherify's update cannot change it`);
    if (takes && !takes.has(field)) {
      throw new Error(`\`${field}\` cannot be updated on a ${type} campaign (the update would ignore it)`);
    }
    const value = d[field];
    switch (field) {
      case 'start_date':
      case 'expiration_date':
        body[field] = need(field, canonicalInstant(value), 'string');
        break;
      case 'description':
      case 'category':
      case 'category_id':
      case 'type':
      case 'activity_duration_after_publishing':
        body[field] = need(field, value, 'string');
        break;
      case 'join_once':
      case 'auto_join':
        body[field] = need(field, value, 'boolean');
        break;
      case 'validity_day_of_week':
        body[field] = need(field, value, 'array');
        break;
      case 'validity_timeframe':
      case 'validity_hours':
        body[field] = need(field, value, 'object');
        break;
      case 'metadata': {
        const changed = changedMetadata(need(field, value, 'object'), raw.metadata);
        if (Object.keys(changed).length > 0) body.metadata = changed;
        break;
      }
      case 'unset_metadata_fields':
        if (Array.isArray(value) && value.length > 0) body[field] = need(field, value, 'array');
        break;
      case 'access_settings':
      case 'options':
        if (isJsonObject(value) && Object.keys(value).length > 0) body[field] = value;
        break;
      case 'discount':
        body.discount = sameVariantMerged(need(field, value, 'object'), voucher.discount ?? raw.discount);
        break;
      case 'gift': {
        const liveGift = isJsonObject(voucher.gift) ? voucher.gift : isJsonObject(raw.gift) ? raw.gift : {};
        body.gift = { ...pick(liveGift, GIFT_KEYS), ...need(field, value, 'object') };
        break;
      }
      case 'referral_program':
      case 'loyalty_tiers_expiration':
        body[field] = deepMerged(raw[field], need(field, value, 'object'));
        break;
      default:
        throw new Error(`campaignctl does not know how to update \`${field}\` at Voucherify`);
    }
  }
  return body;
}

type Kind = 'string' | 'boolean' | 'array' | 'object';
type KindValue<K extends Kind> = K extends 'string' ? string : K extends 'boolean' ? boolean : K extends 'array' ? unknown[] : Json;

/** What is written is checked strictly: a value of the wrong kind is a bug, never sent. */
function need<K extends Kind>(field: string, value: unknown, kind: K): KindValue<K> {
  const ok =
    kind === 'array' ? Array.isArray(value) : kind === 'object' ? isJsonObject(value) : typeof value === kind;
  if (!ok) throw new Error(`\`${field}\` must be ${kind === 'array' ? 'a list' : kind === 'object' ? 'an object' : `a ${kind}`} to be sent`);
  return value as KindValue<K>;
}

/** The desired metadata keys whose value differs from the live one (the update merges them in). */
function changedMetadata(want: Json, live: unknown): Json {
  const have = isJsonObject(live) ? live : {};
  return Object.fromEntries(Object.entries(want).filter(([k, v]) => !jsonEqual(v, have[k] ?? null)));
}

const GIFT_KEYS = ['amount', 'subtracted_amount', 'balance', 'effect'];

/** Each discount variant's own properties (the Discount oneOf: Amount, Percent, Fixed, Unit, Unit Multiple). */
const DISCOUNT_KEYS: Readonly<Record<string, readonly string[]>> = {
  AMOUNT: ['amount_off', 'amount_off_formula', 'aggregated_amount_limit', 'effect', 'is_dynamic'],
  PERCENT: ['percent_off', 'percent_off_formula', 'amount_limit', 'aggregated_amount_limit', 'effect', 'is_dynamic'],
  FIXED: ['fixed_amount', 'fixed_amount_formula', 'effect', 'is_dynamic'],
  UNIT: ['unit_off', 'unit_off_formula', 'effect', 'unit_type', 'product', 'sku', 'is_dynamic'],
  UNIT_MULTIPLE: ['effect', 'units'],
};

const variantOf = (d: Json): string => (d.type === 'UNIT' && d.units !== undefined ? 'UNIT_MULTIPLE' : String(d.type));

/** The desired discount over the live one's properties when both are the same variant. */
function sameVariantMerged(want: Json, live: unknown): Json {
  if (!isJsonObject(live) || variantOf(live) !== variantOf(want)) return want;
  return { ...pick(live, DISCOUNT_KEYS[variantOf(want)] ?? []), ...want };
}

function pick(o: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined && o[k] !== null).map((k) => [k, o[k]]));
}

/** `want` over `live`, object by object (lists and scalars from `want`). */
function deepMerged(live: unknown, want: Json): Json {
  if (!isJsonObject(live)) return want;
  const out: Json = { ...live };
  for (const [k, v] of Object.entries(want)) out[k] = isJsonObject(v) ? deepMerged(live[k], v) : v;
  return out;
}
