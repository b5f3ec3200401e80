/**
 * The update: `PUT /stores/company/{company_id}/campaigns/{id}/stores` (the documented path
 * does end in `/stores`), partial: it carries only the top-level fields that differ, named as
 * the spec names them (the update call's own names). The answer is a receipt, not the
 * campaign; apply reads the campaign back to confirm.
 *
 * What is sent is checked strictly first (a saved plan file is data that could have been
 * edited): a malformed value fails this campaign before anything is sent.
 */
import type { LulaSpec } from '../../generated/lula.js';
import type { WriteInput } from '../runtime.js';
import { companyId, updatePath } from './account.js';
import { changedFields } from '../kit/changed-fields.js';
import { formatInstant, readInstant } from '../kit/instants.js';
import { describeError, updateSucceeded } from './wire-types.js';

export const UPDATE_FIELDS = ['name', 'description', 'campaign_identifier', 'starts_at', 'ends_at', 'status'] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

const STATUSES = new Set(['active', 'inactive', 'scheduled', 'expired']);
const IDENTIFIER = /^[A-Za-z0-9_]+$/;
/** The date-time form Lula's update is documented to take, sent as written when it matches. */
const STRICT_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export class LulaWriteError extends Error {
  override readonly name = 'LulaWriteError';
}

function chars(text: string): number {
  return [...text].length;
}

/** ISO-8601 as Lula takes it: the text as written when strict, else the same instant in UTC. */
export function wireDateTime(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new LulaWriteError(`\`${field}\` must be a date-time string, not ${JSON.stringify(value)}`);
  if (STRICT_DATE_TIME.test(value)) return value;
  const instant = readInstant(value);
  if (!instant) throw new LulaWriteError(`\`${field}\` (${value}) is not an ISO-8601 date-time with a time zone`);
  return formatInstant(instant, 'exact');
}

/** One update field's value as Lula takes it; throws when it is not of the field's shape. */
export function wireValue(field: UpdateField, value: unknown): string {
  switch (field) {
    case 'starts_at':
    case 'ends_at':
      return wireDateTime(field, value);
    case 'name':
      if (typeof value !== 'string' || value.trim() === '' || chars(value) > 200) {
        throw new LulaWriteError('`name` must be a non-blank string of at most 200 characters');
      }
      return value;
    case 'description':
      if (typeof value !== 'string' || chars(value) > 1000) {
        throw new LulaWriteError('`description` must be a string of at most 1000 characters');
      }
      return value;
    case 'campaign_identifier':
      if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
        throw new LulaWriteError('`campaign_identifier` must be letters, digits and underscores only');
      }
      return value;
    case 'status':
      if (typeof value !== 'string' || !STATUSES.has(value)) {
        throw new LulaWriteError(`\`status\` must be one of active, inactive, scheduled, expired, not ${JSON.stringify(value)}`);
      }
      return value;
  }
}

/** The PUT body: every changed top-level field, with its desired value. */
export function updateBody(desired: LulaSpec, changes: WriteInput<LulaSpec>['changes']): Record<string, string> {
  const body: Record<string, string> = {};
  const spec = desired as Readonly<Record<string, unknown>>;
  for (const field of changedFields(changes)) {
    if (!(UPDATE_FIELDS as readonly string[]).includes(field)) {
      throw new LulaWriteError(`\`${field}\` is not a field Lula's update takes`);
    }
    const value = spec[field];
    // A managed field always has a value; a change without one has nothing to send.
    if (value === undefined) throw new LulaWriteError(`\`${field}\` changed but has no desired value to send`);
    body[field] = wireValue(field as UpdateField, value);
  }
  return body;
}

/** Lula's refusals (VALIDATION_ERROR, INVALID_DATE_RANGE, CAMPAIGN_NOT_MODIFIABLE, …) are answers to report in Lula's words; 401, 429 and 5xx stay with the HTTP client. */
export const REFUSALS = [400, 403, 404, 409, 412, 422] as const;

/** One PUT of the documented update with this body; throws LulaWriteError when Lula refuses it. */
export async function sendUpdate(
  input: Pick<WriteInput<LulaSpec>, 'http' | 'account' | 'signal'>,
  id: string,
  body: Readonly<Record<string, string>>,
  purpose = `update campaign ${id}`,
): Promise<void> {
  const company = companyId(input.account);
  const res = await input.http.request({ method: 'PUT', path: updatePath(company, id), json: body, accept: [...REFUSALS], purpose }, input.signal);
  if (res.status >= 300) {
    throw new LulaWriteError(`Lula refused the update of campaign ${id}: ${describeError(res.status, res.body)}`);
  }
  if (!updateSucceeded(res.body)) {
    throw new LulaWriteError(`Lula did not apply the update of campaign ${id}: ${describeError(res.status, res.body)}`);
  }
}

export async function writeCampaign(input: WriteInput<LulaSpec>): Promise<void> {
  const body = updateBody(input.desired, input.changes);
  if (Object.keys(body).length === 0) return;
  await sendUpdate(input, input.id, body);
}
