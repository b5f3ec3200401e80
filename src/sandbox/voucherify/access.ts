/**
 * `access_settings` (write-only `{assign, unassign}`) and what reads show of it,
 * `access_settings_assignments` (a list of area/store assignments; on list reads only with
 * `expand=access_settings_assignments`).
 *
 * Assumed: the Areas and Stores feature is enabled in the sandbox project; area and store ids must
 * exist in the project (else 404 `not_found` with `resource_type` "area" / "area_store", mirroring the
 * documented category 404); assignment ids look like `arsca_…`; assigning twice is a no-op and unassigning
 * what is not assigned is ignored; unassign is applied after assign.
 */
import type { FakeResponse, VendorState } from '../fake.js';
import { HEX_DIGITS, randomChars } from '../kit/ids.js';
import { resourceNotFound } from './errors.js';
import { isObject, type JsonObject } from './json.js';
import { type Area, areas } from './project.js';

interface Assignment {
  id: string;
  area_id: string;
  all_stores: boolean;
  area_store_id?: string;
  created_at: string;
  object: 'area_store_campaign_assignment';
}

type Target = Pick<Assignment, 'area_id' | 'all_stores' | 'area_store_id'>;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function targets(ids: unknown, known: readonly Area[]): Target[] | FakeResponse {
  if (!isObject(ids)) return [];
  const out: Target[] = [];
  for (const id of [...list(ids.areas_ids), ...list(ids.area_all_stores_ids)]) {
    if (!known.some((a) => a.id === id)) return resourceNotFound('area', id);
  }
  for (const id of list(ids.areas_ids)) out.push({ area_id: id, all_stores: false });
  for (const id of list(ids.area_all_stores_ids)) out.push({ area_id: id, all_stores: true });
  for (const id of list(ids.area_stores_ids)) {
    const area = known.find((a) => a.stores.includes(id));
    if (!area) return resourceNotFound('area_store', id);
    out.push({ area_id: area.id, all_stores: false, area_store_id: id });
  }
  return out;
}

const same = (a: Target, b: Target): boolean =>
  a.area_id === b.area_id && a.all_stores === b.all_stores && (a.area_store_id ?? '') === (b.area_store_id ?? '');

export interface AccessChange {
  assign: Target[];
  unassign: Target[];
}

/** The change an `access_settings` body asks for, or the vendor's 404 for an unknown area or store. */
export function accessChange(state: VendorState, settings: unknown): AccessChange | FakeResponse {
  const known = areas(state);
  const s = isObject(settings) ? settings : {};
  const assign = targets(s.assign, known);
  if (!Array.isArray(assign)) return assign;
  const unassign = targets(s.unassign, known);
  if (!Array.isArray(unassign)) return unassign;
  return { assign, unassign };
}

export function applyAccessChange(campaign: JsonObject, change: AccessChange, now: string, random: () => number): void {
  const current = isObject(campaign.access_settings_assignments) ? campaign.access_settings_assignments : {};
  let data = (Array.isArray(current.data) ? current.data : []).filter(isObject) as unknown as Assignment[];
  for (const t of change.assign) {
    if (data.some((a) => same(a, t))) continue;
    data.push({ id: `arsca_${randomChars(random, HEX_DIGITS, 18)}`, ...t, created_at: now, object: 'area_store_campaign_assignment' });
  }
  data = data.filter((a) => !change.unassign.some((t) => same(a, t)));
  campaign.access_settings_assignments = { object: 'list', data_ref: 'data', data, total: data.length };
}
