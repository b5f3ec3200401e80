/**
 * What reads return. The state holds the detail object; the status is recomputed from the
 * clock on every read (see status.ts), and the list shows summaries only.
 */
import type { VendorObject, VendorState } from '../fake.js';
import { boundsOf } from './state.js';
import { readStatus } from './status.js';

/** GET …/campaigns/{id}: the stored object with its status as of now. */
export function detail(state: VendorState, campaign: VendorObject, now: Date): VendorObject {
  return { ...structuredClone(campaign), status: readStatus(campaign['status'], boundsOf(state, campaign), now.getTime()) };
}

/** One list entry: `{id, image, name, start_date, end_date, status}`, as the list page shows. */
export function summary(state: VendorState, campaign: VendorObject, now: Date): VendorObject {
  const full = detail(state, campaign, now);
  return {
    id: full['id'],
    image: full['image'] ?? null,
    name: full['name'],
    start_date: full['start_date'],
    end_date: full['end_date'],
    status: full['status'],
  };
}

const CREATE_RESPONSE_KEYS = [
  'id',
  'company_id',
  'name',
  'description',
  'start_date',
  'end_date',
  'status',
  'image',
  'created_by',
  'updated_by',
  'created_at',
  'updated_at',
  'deletedAt',
] as const;

/**
 * POST's answer: the campaign record without stores, promotions or metrics.
 * Assumed: it echoes the status as written, not as computed — the create page's own example
 * answers `active` for a campaign whose end date had already passed; later reads compute it.
 */
export function createResponse(campaign: VendorObject, writtenStatus: string): VendorObject {
  const out: VendorObject = {};
  for (const key of CREATE_RESPONSE_KEYS) out[key] = campaign[key] ?? null;
  out['status'] = writtenStatus;
  return out;
}
