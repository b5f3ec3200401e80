/**
 * The sandbox project around the campaigns: its categories, its areas and stores (Areas and Stores
 * enterprise feature, assumed enabled so `access_settings` can be faked), and the bin. They live in the
 * vendor state beside `campaigns` (`categories`, `areas`, `bin`); a state without them (e.g. a test's
 * `initialState`) falls back to the defaults below plus whatever categories its campaigns carry.
 */
import type { VendorState } from '../fake.js';
import { idIndex } from '../kit/id-index.js';
import { isObject, type JsonObject, str } from './json.js';

export interface Category {
  id: string;
  name: string;
  hierarchy: number;
  created_at: string;
  object: 'category';
}

export interface Area {
  id: string;
  name: string;
  stores: string[];
}

const category = (id: string, name: string, hierarchy: number, created_at: string): Category => ({
  id,
  name,
  hierarchy,
  created_at,
  object: 'category',
});

export const DEFAULT_CATEGORIES: readonly Category[] = [
  category('cat_0c9da30e7116ba6bb2', 'Seasonal sales', 1, '2025-02-10T09:14:03.112Z'),
  category('cat_0c9da30e7116ba6bb4', 'In-store', 2, '2025-02-10T09:14:27.540Z'),
  category('cat_0c9da30e7116ba6bb6', 'Gift cards', 3, '2025-02-10T09:15:02.008Z'),
  category('cat_0c9da30e7116ba6bb8', 'Referral', 4, '2025-02-10T09:15:40.761Z'),
  category('cat_0c9da30e7116ba6bba', 'Loyalty', 5, '2025-02-10T09:16:11.390Z'),
  category('cat_0c9da30e7116ba6bbc', 'Staff', 6, '2025-02-10T09:16:45.902Z'),
];

export const DEFAULT_AREAS: readonly Area[] = [
  { id: 'ar_0ea6cd7b781b8f857f', name: 'Berlin', stores: ['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5'] },
  { id: 'ar_0ea6cd7b781b8f8580', name: 'Hamburg', stores: ['ars_0ec347e2016bed85f6', 'ars_0ec347e2016bed85f7'] },
];

function isCategory(v: unknown): v is Category {
  return isObject(v) && typeof v.id === 'string' && typeof v.name === 'string';
}

/** Every category of the project: the state's registry (or the defaults) and those its campaigns carry. */
export function categories(state: VendorState): Category[] {
  const out = new Map<string, Category>();
  const registry = Array.isArray(state.categories) ? state.categories.filter(isCategory) : DEFAULT_CATEGORIES;
  for (const c of registry) out.set(c.id, c);
  for (const c of state.campaigns) {
    for (const k of Array.isArray(c.categories) ? c.categories.filter(isCategory) : []) if (!out.has(k.id)) out.set(k.id, k);
  }
  return [...out.values()];
}

export function areas(state: VendorState): Area[] {
  if (!Array.isArray(state.areas)) return [...DEFAULT_AREAS];
  return state.areas.filter((a): a is Area => isObject(a) && typeof a.id === 'string' && Array.isArray(a.stores));
}

const byId = idIndex<JsonObject>((c) => c.id);
const byName = idIndex<JsonObject>((c) => c.name);

/** The campaign with this id. */
export function findById(state: VendorState, id: string): JsonObject | undefined {
  const i = byId.find(state.campaigns, id);
  return i < 0 ? undefined : state.campaigns[i];
}

/** A campaign by id first, then by exact name (the path takes either). Assumed: names match case-sensitively. */
export function findCampaign(state: VendorState, idOrName: string): JsonObject | undefined {
  const byIdFirst = findById(state, idOrName);
  if (byIdFirst) return byIdFirst;
  const i = byName.find(state.campaigns, idOrName);
  return i < 0 ? undefined : state.campaigns[i];
}

export interface BinEntry {
  campaign: JsonObject;
  deleted_at: string;
}

export function bin(state: VendorState): BinEntry[] {
  if (!Array.isArray(state.bin)) state.bin = [];
  return state.bin as BinEntry[];
}

/**
 * Whether a name is taken. Assumed: a campaign moved to the bin (DELETE without `force=true`) keeps its
 * name reserved; the docs say only that after a forced delete the name can be used again.
 */
export function nameTaken(state: VendorState, name: string): boolean {
  if (state.campaigns.some((c) => c.name === name)) return true;
  const binned = Array.isArray(state.bin) ? (state.bin as unknown[]) : [];
  return binned.some((e) => isObject(e) && isObject(e.campaign) && str(e.campaign, 'name') === name);
}
