/**
 * Spaaza's rules across parameters and campaigns, all answered with error 419
 * `parameter_invalid` (HTTP 400). `checkReferences` runs on the parsed values before they land;
 * `checkCampaign` on the campaign as it would be after the write (partial updates merge first).
 */
import type { VendorObject, VendorState } from '../fake.js';
import { currencyByCode, currencyById, findBusiness } from './catalogue.js';
import type { WriteValues } from './fields.js';

/** is_default is documented for these types only. */
const DEFAULT_TYPES = new Set(['loyalty', 'wallet', 'points_wallet']);

/** Ids, currencies and stores named by the write must exist. Returns the 419 message, if any. */
export function checkReferences(values: WriteValues, chainId: number, state: VendorState, selfId?: number): string | undefined {
  // Assumed: currency_id and currency_code are alternatives; both at once is refused.
  if ('currency_id' in values && 'currency_code' in values) return 'give currency_id or currency_code, not both.';
  if (typeof values.currency_id === 'number' && !currencyById(values.currency_id)) return `currency_id ${values.currency_id} does not exist.`;
  if (typeof values.currency_code === 'string' && !currencyByCode(values.currency_code)) return `currency_code ${values.currency_code} is not a known currency.`;
  for (const id of listOf(values.assigned_currencies)) {
    if (typeof id === 'number' && !currencyById(id)) return `assigned_currencies: currency ${id} does not exist.`;
  }
  // Assumed: a store of another chain, or an unknown one, is an invalid parameter.
  for (const id of listOf(values.assigned_business_ids)) {
    if (typeof id === 'number' && !findBusiness(state, chainId, id)) return `assigned_business_ids: business ${id} is not a store of chain ${chainId}.`;
  }
  // Assumed: campaigns referred to must exist, undeleted, in the same chain.
  for (const name of ['recipient_campaign_id', 'point_cost_method_wallet_campaign_id'] as const) {
    const id = values[name];
    if (typeof id !== 'number') continue;
    const target = state.campaigns.find((c) => c.id === id && c.chain_id === chainId && c.is_deleted !== true);
    if (!target || id === selfId) return `${name}: campaign ${id} is not another campaign of chain ${chainId}.`;
  }
  return undefined;
}

/** Rules on the campaign as it would stand after the write. */
export function checkCampaign(after: VendorObject, values: WriteValues, state: VendorState): string | undefined {
  const type = String(after.type);
  if (values.is_default === true && !DEFAULT_TYPES.has(type)) {
    return `is_default applies to loyalty, wallet and points_wallet campaigns, not to a ${type} campaign.`;
  }
  if ('allows_unrecognised_items' in values && type !== 'basket') {
    return `allows_unrecognised_items applies to basket campaigns only, not to a ${type} campaign.`;
  }
  // Assumed: Spaaza refuses a date window whose end is not after its start (the docs are silent;
  // campaignctl validates the same rule offline, so the fake refuses rather than stores it).
  const from = instant(after.active_date_from);
  const until = instant(after.active_date_until);
  if (from !== undefined && until !== undefined && until <= from) return 'active_date_until must be later than active_date_from.';
  // Assumed: a daily window may not wrap past midnight (end after start, same day).
  const tFrom = timeOf(values.active_time_from, after.active_time_from);
  const tUntil = timeOf(values.active_time_until, after.active_time_until);
  if (tFrom !== undefined && tUntil !== undefined && tUntil <= tFrom) return 'active_time_until must be later in the day than active_time_from.';
  // Assumed: a basket-total maximum below its minimum leaves no qualifying basket and is refused.
  for (const kind of ['earn', 'spend'] as const) {
    const lo = after[`minimum_basket_total_value_${kind}`];
    const hi = after[`maximum_basket_total_value_${kind}`];
    if (typeof lo === 'number' && typeof hi === 'number' && hi < lo) {
      return `maximum_basket_total_value_${kind} must not be below minimum_basket_total_value_${kind}.`;
    }
  }
  return checkSingleDefaultLoyalty(after, state);
}

/**
 * Documented: "only one active default loyalty campaign is allowed per chain. Attempting to set
 * a second active loyalty campaign as default will return a parameter_invalid error." Checked on
 * the result, so switching on (`active: true`) an inactive default loyalty campaign while
 * another runs is refused too.
 */
function checkSingleDefaultLoyalty(after: VendorObject, state: VendorState): string | undefined {
  if (!isActiveDefaultLoyalty(after)) return undefined;
  const other = state.campaigns.find((c) => c.id !== after.id && c.chain_id === after.chain_id && isActiveDefaultLoyalty(c));
  return other ? `campaign ${String(other.id)} is already the active default loyalty campaign of chain ${String(after.chain_id)}.` : undefined;
}

const isActiveDefaultLoyalty = (c: VendorObject): boolean =>
  c.type === 'loyalty' && c.is_default === true && c.active === true && c.is_deleted !== true;

const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function instant(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The written `HH:MM:SS` when sent, else the stored `HH:MM` read as `HH:MM:00`. */
function timeOf(written: unknown, stored: unknown): string | undefined {
  if (typeof written === 'string') return written;
  if (written === null) return undefined;
  if (typeof stored !== 'string') return undefined;
  return stored.length === 5 ? `${stored}:00` : stored;
}
