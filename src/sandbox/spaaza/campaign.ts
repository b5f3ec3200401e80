/**
 * The campaign object as Spaaza returns it, and how a checked write lands in it. The read shape
 * differs from the write in documented ways, each a trap for a naive diff:
 * - `active` is mirrored by `is_active`;
 * - date-times read as `2025-11-15T10:30:00+00:00` (UTC, no millis), whatever offset was written;
 * - `active_time_*` are written `HH:MM:SS` and read `HH:MM`;
 * - `cashback_ratio` reads as a decimal string with four decimals (`"1.0000"`);
 * - `assigned_business_ids` are written as ids and read as `[{id, name}]`;
 * - `allows_end_user_to_claim_voucher` reads back as `allows_user_to_claim_voucher`;
 * - `currency_id`/`currency_code` read back as a `currency` object;
 * - `allows_unrecognised_items` is write-only (kept aside in `state.writeOnly`);
 * - `last_modified_date`/`last_updated_date`/`last_updated_by` change on every accepted write;
 * - `assigned_*` lists are replaced whole (documented for assigned_currencies; Assumed for the others);
 * - `rules` is the campaign's list of rules, empty when created (add-campaign's answer shows it).
 *   Assumed: every representation of the campaign carries it, reads and alter-campaign's answer
 *   too, although their samples leave it out: the add-campaign page describes it as the field
 *   that holds each rule of the campaign, and a create answer unlike the reads after it would
 *   make the created campaign look different from itself. No rule endpoint is served, so it
 *   stays empty.
 */
import type { VendorObject, VendorState } from '../fake.js';
import { currencyByCode, currencyById, findBusiness, type Currency } from './catalogue.js';
import { formatInstant } from './coerce.js';
import type { WriteValues } from './fields.js';

/** Assumed: a new campaign is in the chain's currency, EUR for the sandbox's chains. */
const DEFAULT_CURRENCY: Currency = currencyById(2)!;

/** A new campaign of `type` with Spaaza's defaults (documented ones: active true in the sample,
 * allows_user_to_claim_voucher true, created_voucher_claimed_by_default false; the rest Assumed). */
export function newCampaign(id: number, chainId: number, type: string, nowMs: number, userId: number | string): VendorObject {
  const stamp = formatInstant(nowMs);
  return {
    id,
    chain_id: chainId,
    title: null,
    subtitle: null,
    description: null,
    subtext: null,
    notes: null,
    active: true,
    active_date_from: null,
    active_date_until: null,
    active_time_from: null,
    active_time_until: null,
    active_weekdays: null,
    operator_type: 'or',
    created_date: stamp,
    last_modified_date: stamp,
    rounding_strategy: 'neutral',
    rounding_precision: 2,
    created_voucher_claimed_by_default: false,
    voucher_expiry_days: null,
    excludes_assignment_matches: false,
    recipient_reward_method: 'voucher',
    recipient_reward_amount: 0,
    recipient_reward_discount_ratio: 0,
    currency: { ...DEFAULT_CURRENCY },
    is_active: true,
    is_deleted: false,
    is_default: false,
    excludes_referred_users: false,
    visible_to_all_user_segments: true,
    type,
    minimum_basket_total_value: 0,
    minimum_basket_total_value_earn: 0,
    maximum_basket_total_value_earn: null,
    minimum_basket_total_value_spend: null,
    maximum_basket_total_value_spend: null,
    redemption_grace_period: 0,
    last_updated_date: stamp,
    last_updated_by: lastUpdatedBy(userId),
    field_localisations: null,
    assignment_count: 0,
    assignment_count_by_type: assignmentCountByType(0, 0, 0),
    parameters: [],
    rules: [],
    image_filename: null,
    image_url: null,
    image_link: null,
    image_dimension_x: null,
    image_dimension_y: null,
    supports_contribution: false,
    is_contributor: false,
    recipient_campaign_id: null,
    sender_campaign_id: null,
    supports_user_segments: true,
    user_segment_id: null,
    excluded_user_segment_id: null,
    voucher_title: null,
    voucher_description: null,
    voucher_notes: null,
    voucher_text: null,
    voucher_image_url: null,
    allows_user_to_claim_voucher: true,
    assigned_barcodes: [],
    assigned_barcodes_earn: [],
    assigned_barcodes_spend: [],
    assigned_business_ids: [],
    assigned_currencies: [],
    // Assumed: a cashback campaign starts at ratio 0; other types carry no ratio.
    cashback_ratio: type === 'cashback' ? decimal4(0) : null,
    max_reward_quantity: null,
    max_reward_quantity_unit: null,
    owner_code: null,
    point_cost: null,
    point_cost_method: null,
    point_cost_method_wallet_campaign_id: null,
    reward_priority: 0,
    earn_on_promotional_items: false,
    return_reclaims_earned_rewards: false,
  };
}

/** Assumed: the sandbox has no user records, so every session user is called "Sandbox admin". */
export const lastUpdatedBy = (userId: number | string): { name: string; user_id: number | string } => ({ name: 'Sandbox admin', user_id: userId });

export const decimal4 = (n: number): string => (Math.round(n * 10_000) / 10_000).toFixed(4);

function assignmentCountByType(barcode: number, business: number, currency: number): Record<string, number> {
  return { barcode, brand: 0, business, category: 0, currency, gender: 0, product: 0, season: 0, type: 0 };
}

const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

/**
 * Lands checked values in `campaign` (a copy the caller swaps in once the rules pass).
 * `currency_*` and `assigned_business_ids` must already be known to exist (rules.ts).
 * Returns the write-only values, which the caller keeps aside once the write is accepted.
 */
export function applyWrite(campaign: VendorObject, values: WriteValues, state: VendorState): Record<string, unknown> {
  const chainId = campaign.chain_id as number;
  const writeOnly: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    switch (name) {
      case 'active':
        campaign.active = value;
        campaign.is_active = value;
        break;
      case 'active_date_from':
      case 'active_date_until':
        campaign[name] = typeof value === 'number' ? formatInstant(value) : null;
        break;
      case 'active_time_from':
      case 'active_time_until':
        campaign[name] = typeof value === 'string' ? value.slice(0, 5) : null;
        break;
      case 'currency_id':
        campaign.currency = { ...currencyById(value as number)! };
        break;
      case 'currency_code':
        campaign.currency = { ...currencyByCode(value as string)! };
        break;
      case 'assigned_business_ids':
        campaign.assigned_business_ids = (value as number[]).map((id) => findBusiness(state, chainId, id)!);
        break;
      case 'allows_end_user_to_claim_voucher':
        campaign.allows_user_to_claim_voucher = value;
        break;
      case 'allows_unrecognised_items':
        writeOnly.allows_unrecognised_items = value;
        break;
      case 'cashback_ratio':
        campaign.cashback_ratio = decimal4(value as number);
        break;
      default:
        campaign[name] = value;
    }
  }
  const barcodes = lengthOf(campaign.assigned_barcodes) + lengthOf(campaign.assigned_barcodes_earn) + lengthOf(campaign.assigned_barcodes_spend);
  const businesses = lengthOf(campaign.assigned_business_ids);
  const currencies = lengthOf(campaign.assigned_currencies);
  campaign.assignment_count = barcodes + businesses + currencies;
  campaign.assignment_count_by_type = assignmentCountByType(barcodes, businesses, currencies);
  return writeOnly;
}

/** Marks an accepted write: both modification stamps and the writing user. */
export function touch(campaign: VendorObject, nowMs: number, userId: number | string): void {
  const stamp = formatInstant(nowMs);
  campaign.last_modified_date = stamp;
  campaign.last_updated_date = stamp;
  campaign.last_updated_by = lastUpdatedBy(userId);
}

export type WriteOnly = Record<string, Record<string, unknown>>;

/** Keeps write-only values per campaign id, beside (never inside) the objects reads return. */
export function storeWriteOnly(state: VendorState, id: number, values: Record<string, unknown>): void {
  if (Object.keys(values).length === 0) return;
  const store = (state.writeOnly ??= {}) as WriteOnly;
  store[String(id)] = { ...store[String(id)], ...values };
}
