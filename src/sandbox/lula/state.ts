/**
 * Access to the Lula slice of the sandbox state. Campaign objects are kept as the detail read
 * returns them (with `company_id`); what Lula accepts but never returns lives beside them in
 * `writeOnly`, keyed by campaign id:
 *   - `campaign_identifier` (never read back; needed for its uniqueness rule),
 *   - `starts_at` / `ends_at` as last written (reads only show their UTC day).
 */
import type { VendorObject, VendorState } from '../fake.js';
import { idIndex } from '../kit/id-index.js';
import { DAY_MS, parseDay, parseTimestamp, utcDay } from './dates.js';

export interface WriteOnly {
  campaign_identifier?: string;
  starts_at?: string;
  ends_at?: string;
}

// Assumed: API writes are attributed to one fixed user id (the sandbox has no real users).
export const API_USER_ID = '1000999';

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isLive(campaign: VendorObject): boolean {
  return campaign['deletedAt'] === null || campaign['deletedAt'] === undefined;
}

// Assumed: soft-deleted campaigns (deletedAt set) are invisible to list, read and update.
export function companyCampaigns(state: VendorState, companyId: string): VendorObject[] {
  return state.campaigns.filter((c) => str(c['company_id']) === companyId && isLive(c));
}

const byId = idIndex<VendorObject>((c) => str(c['id']));

/** A campaign of another company is as invisible as a missing one. */
export function findCampaign(state: VendorState, companyId: string, campaignId: string): VendorObject | undefined {
  const i = byId.find(state.campaigns, campaignId, (c) => str(c['company_id']) === companyId && isLive(c));
  return i < 0 ? undefined : state.campaigns[i];
}

export function writeOnlyMap(state: VendorState): Record<string, WriteOnly> {
  const existing = state['writeOnly'];
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) {
    return existing as Record<string, WriteOnly>;
  }
  const created: Record<string, WriteOnly> = {};
  state['writeOnly'] = created;
  return created;
}

/** Read-only view (never creates the map, so a rejected request leaves the state untouched). */
export function allWriteOnly(state: VendorState): Readonly<Record<string, WriteOnly>> {
  const existing = state['writeOnly'];
  return typeof existing === 'object' && existing !== null && !Array.isArray(existing)
    ? (existing as Record<string, WriteOnly>)
    : {};
}

export function writeOnlyOf(state: VendorState, campaignId: string): WriteOnly {
  return allWriteOnly(state)[campaignId] ?? {};
}

/** Ids are digit strings from one global sequence (e.g. "1000010"). */
export function nextCampaignId(state: VendorState): string {
  let max = 1000000;
  for (const c of state.campaigns) {
    const n = Number(str(c['id']));
    if (Number.isSafeInteger(n) && n > max) max = n;
  }
  return String(max + 1);
}

export interface Bounds {
  readonly start?: number;
  readonly end?: number;
}

/**
 * The instants a campaign runs between, in epoch ms.
 * Assumed: Lula stores instants. A bound last written as a date-time (`starts_at`/`ends_at`)
 * is that instant; a bound the fake only knows as a day (created with `start_date`/`end_date`,
 * or seeded) starts at 00:00:00.000Z of its day and ends at 23:59:59.999Z of its day. A
 * recorded instant whose UTC day no longer matches the object's day (the state was edited) is
 * ignored in favour of the day.
 */
export function boundsOf(state: VendorState, campaign: VendorObject): Bounds {
  const wo = writeOnlyOf(state, str(campaign['id']) ?? '');
  const startDay = str(campaign['start_date']);
  const endDay = str(campaign['end_date']);
  const exact = (text: string | undefined, day: string | undefined): number | undefined => {
    const ms = text === undefined ? undefined : parseTimestamp(text);
    return ms !== undefined && day !== undefined && utcDay(ms) === day ? ms : undefined;
  };
  const dayStart = startDay === undefined ? undefined : parseDay(startDay);
  const dayEnd = endDay === undefined ? undefined : parseDay(endDay);
  return {
    start: exact(wo.starts_at, startDay) ?? dayStart,
    end: exact(wo.ends_at, endDay) ?? (dayEnd === undefined ? undefined : dayEnd + DAY_MS - 1),
  };
}
