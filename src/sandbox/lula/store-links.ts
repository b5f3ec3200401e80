/**
 * GET …/campaigns/{id}/stores: the campaign's store associations (same path as the documented
 * update, with GET). Built from the detail object's `associated_stores` and the store directory.
 */
import type { FakeResponse, VendorObject } from '../fake.js';
import { validationError, type FieldError } from './errors.js';
import { str } from './state.js';
import { storeInfo } from './store-directory.js';

const ASSOCIATION_STATUSES = ['active', 'inactive', 'pending'];
const STORE_TYPES = ['retail', 'online', 'franchise', 'corporate'];

interface Association {
  store_id: string;
  store_name: string;
  store_type: string;
  region: string | null;
  association_status: string;
  linked_at: string | null;
  last_updated: string | null;
  store_specific_config?: Record<string, unknown>;
}

function associations(campaign: VendorObject, includeConfig: boolean): Association[] {
  const raw = Array.isArray(campaign['associated_stores']) ? (campaign['associated_stores'] as unknown[]) : [];
  return raw
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .map((s) => {
      const storeId = str(s['store_id']) ?? '';
      const linkedAt = str(s['linked_at']) ?? null;
      const entry: Association = {
        store_id: storeId,
        store_name: str(s['store_name']) ?? '',
        ...storeInfo(storeId),
        association_status: str(s['status']) ?? 'active',
        linked_at: linkedAt,
        // Assumed: no per-store edits exist in the sandbox, so last_updated is the link time.
        last_updated: linkedAt,
      };
      // Assumed: store-specific configuration is never set in the sandbox; empty when asked for.
      if (includeConfig) {
        entry.store_specific_config = { custom_messaging: null, local_promotions: [], display_settings: {}, scheduling_overrides: {} };
      }
      return entry;
    });
}

function countBy(list: readonly Association[], key: (a: Association) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) out[key(a)] = (out[key(a)] ?? 0) + 1;
  return out;
}

export function storeLinks(campaign: VendorObject, query: URLSearchParams): FakeResponse {
  const errors: FieldError[] = [];
  const status = query.get('status');
  const storeType = query.get('store_type');
  const region = query.get('region');
  const includeConfig = query.get('include_config');
  if (status !== null && !ASSOCIATION_STATUSES.includes(status)) {
    errors.push({ field: 'status', error: `status must be one of: ${ASSOCIATION_STATUSES.join(', ')}` });
  }
  if (storeType !== null && !STORE_TYPES.includes(storeType)) {
    errors.push({ field: 'store_type', error: `store_type must be one of: ${STORE_TYPES.join(', ')}` });
  }
  if (includeConfig !== null && includeConfig !== 'true' && includeConfig !== 'false') {
    errors.push({ field: 'include_config', error: 'include_config must be a boolean value' });
  }
  if (errors.length > 0) return validationError(errors);

  const all = associations(campaign, includeConfig === 'true');
  const base = { campaign_id: campaign['id'], campaign_name: campaign['name'], total_associated_stores: all.length };
  if (all.length === 0) {
    return {
      status: 200,
      body: { ...base, store_associations: [], message: 'No stores are currently associated with this campaign' },
    };
  }
  const shown = all.filter(
    (a) =>
      (status === null || a.association_status === status) &&
      (storeType === null || a.store_type === storeType) &&
      (region === null || (a.region ?? '').toLowerCase() === region.toLowerCase()),
  );
  const metrics = (campaign['performance_metrics'] ?? {}) as Record<string, unknown>;
  return {
    status: 200,
    body: {
      ...base,
      store_associations: shown,
      association_summary: {
        by_status: countBy(all, (a) => a.association_status),
        by_store_type: countBy(all, (a) => a.store_type),
        by_region: countBy(all, (a) => a.region ?? 'unassigned'),
        performance_overview: {
          total_views: metrics['total_views'] ?? 0,
          total_conversions: metrics['total_conversions'] ?? 0,
          conversion_rate: metrics['conversion_rate'] ?? 0,
        },
      },
    },
  };
}
