/**
 * The reference data a Spaaza chain has beside its campaigns: currencies and stores
 * (businesses). Campaign writes name them by id; reads expand them.
 */
import type { VendorObject, VendorState } from '../fake.js';

export interface Currency {
  readonly currency_id: number;
  readonly currency_code: string;
  readonly currency_name_en: string;
  readonly currency_symbol: string;
}

/**
 * EUR = 2 and PTS (points) = 5 are the ids Spaaza's samples show.
 * Assumed: USD = 1 and GBP = 3; the catalogue's other ids are not published.
 * The read shape `{currency_id, currency_code, currency_name_en, currency_symbol}` is the
 * alter-campaign sample's. Assumed: get-campaign's older sample spells it
 * `{id, code, name_en, symbol, display_position}`; the sandbox returns the alter-campaign
 * shape from every call so that one stored object serves all reads.
 */
export const CURRENCIES: readonly Currency[] = [
  { currency_id: 1, currency_code: 'USD', currency_name_en: 'US Dollar', currency_symbol: '$' },
  { currency_id: 2, currency_code: 'EUR', currency_name_en: 'Euro', currency_symbol: '\u20ac' },
  { currency_id: 3, currency_code: 'GBP', currency_name_en: 'British Pound', currency_symbol: '\u00a3' },
  { currency_id: 5, currency_code: 'PTS', currency_name_en: 'Points', currency_symbol: 'pts' },
];

export const currencyById = (id: number): Currency | undefined => CURRENCIES.find((c) => c.currency_id === id);
export const currencyByCode = (code: string): Currency | undefined => CURRENCIES.find((c) => c.currency_code === code);

/** Assumed: the stores of the sandbox's chain 1 (a Dutch fashion retailer); names are made up. */
export const BUSINESSES: readonly { readonly id: number; readonly name: string; readonly chain_id: number }[] = [
  { id: 2797, name: 'Van Dalen Amsterdam Kalverstraat', chain_id: 1 },
  { id: 2801, name: 'Van Dalen Utrecht Hoog Catharijne', chain_id: 1 },
  { id: 2815, name: 'Van Dalen Rotterdam Lijnbaan', chain_id: 1 },
  { id: 2822, name: 'Van Dalen Webshop', chain_id: 1 },
  { id: 2830, name: 'Van Dalen Den Haag Spuistraat', chain_id: 1 },
];

/** The chain every sandbox session administers, whatever the state holds. */
export const HOME_CHAIN_ID = 1;

/**
 * The chains the sandbox session may administer: chain 1 plus every chain that owns a campaign
 * in the state (so a test's own initial state works). Assumed: any other chain answers 68.
 */
export function knownChains(state: VendorState): Set<number> {
  const chains = new Set<number>([HOME_CHAIN_ID, ...BUSINESSES.map((b) => b.chain_id)]);
  for (const c of state.campaigns) if (typeof c.chain_id === 'number') chains.add(c.chain_id);
  return chains;
}

/** Whether `knownChains` holds the integer `id`, without building the set (read on every call that names a chain). */
export function isKnownChain(state: VendorState, id: number): boolean {
  return id === HOME_CHAIN_ID || BUSINESSES.some((b) => b.chain_id === id) || state.campaigns.some((c) => c.chain_id === id);
}

/**
 * A store of `chainId` by id: the catalogue's, or one some campaign of that chain in the state
 * already lists as `{id, name}` (so states written by tests can name their own stores).
 */
export function findBusiness(state: VendorState, chainId: number, id: number): { id: number; name: string } | undefined {
  const known = BUSINESSES.find((b) => b.id === id && b.chain_id === chainId);
  if (known) return { id: known.id, name: known.name };
  for (const c of state.campaigns) {
    if (c.chain_id !== chainId || !Array.isArray(c.assigned_business_ids)) continue;
    for (const ref of c.assigned_business_ids as unknown[]) {
      if (isRef(ref) && ref.id === id) return { id, name: ref.name };
    }
  }
  return undefined;
}

/** The chain a store belongs to, for add-campaign's `business_id`. */
export function chainOfBusiness(state: VendorState, id: number): number | undefined {
  const known = BUSINESSES.find((b) => b.id === id);
  if (known) return known.chain_id;
  const owner = state.campaigns.find(
    (c: VendorObject) => Array.isArray(c.assigned_business_ids) && (c.assigned_business_ids as unknown[]).some((r) => isRef(r) && r.id === id),
  );
  return typeof owner?.chain_id === 'number' ? owner.chain_id : undefined;
}

function isRef(value: unknown): value is { id: number; name: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' && typeof (value as { name?: unknown }).name === 'string';
}
