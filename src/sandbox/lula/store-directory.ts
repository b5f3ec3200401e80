/**
 * The sandbox's stores. A campaign's `associated_stores` only carry id, name, status and
 * linked_at; the store-links read adds each store's type and region, looked up here.
 */
export interface StoreInfo {
  readonly store_name: string;
  readonly store_type: 'retail' | 'online' | 'franchise' | 'corporate';
  readonly region: string;
}

export const STORES: Readonly<Record<string, StoreInfo>> = {
  '1000301': { store_name: 'Lula Mart #12 - Main St', store_type: 'retail', region: 'Northeast' },
  '1000302': { store_name: 'Lula Mart #27 - Route 9', store_type: 'retail', region: 'Northeast' },
  '1000305': { store_name: 'Lula Express - Airport Rd', store_type: 'franchise', region: 'Southeast' },
  '1000309': { store_name: 'Lula Online', store_type: 'online', region: 'National' },
  '1000412': { store_name: 'Corner Fuel & Go', store_type: 'franchise', region: 'Midwest' },
};

// Assumed: a store the directory does not know (e.g. one added to the state by hand) is a
// retail store with no region.
export function storeInfo(storeId: string): { store_type: string; region: string | null } {
  const known = STORES[storeId];
  return known ? { store_type: known.store_type, region: known.region } : { store_type: 'retail', region: null };
}
