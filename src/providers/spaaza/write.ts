/**
 * The update: ONE `PUT /internal/alter-campaign` (JSON) per changed campaign, carrying
 * `campaign_id` and only the top-level fields that differ. alter-campaign is partial: fields not
 * sent keep their value. Lists (`assigned_*`) are replaced whole by Spaaza, so a changed list is
 * sent whole, as the YAML states it.
 *
 * Values go out as the YAML wrote them, except date-times, sent in UTC as Spaaza's
 * `YYYY-MM-DD HH:MM:SS` (all Spaaza date-times are UTC), and `notes`, which keep the marker of a
 * campaign campaignctl created (marker.ts) after the YAML's text. `type` is never sent (plan only
 * checks it; create.ts sends it once). Every value is checked against the field's kind before anything is sent: a value the
 * schema should have refused stops this campaign's write with an error instead of reaching Spaaza.
 */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { WriteInput } from '../runtime.js';
import { topField } from '../../desired/path.js';
import { formatInstant, type Instant } from '../kit/instants.js';
import { FIELD_KINDS, readDatetime, type SpecField } from './normalize.js';
import { ENVELOPE_ERRORS, unwrap } from './read.js';
import { markerIn, withMarker } from './marker.js';

/** Fields alter-campaign never takes from campaignctl. */
const NOT_SENT: ReadonlySet<string> = new Set(['type']);

/** An instant in Spaaza's `YYYY-MM-DD HH:MM:SS` (UTC, whole seconds). */
export function wireDatetime(i: Instant): string {
  return formatInstant(i, 'second').slice(0, 19).replace('T', ' ');
}

const fail = (field: string, what: string): never => {
  throw new Error(`not sending \`${field}\` to Spaaza: ${what}`);
};

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** One field's value as alter-campaign takes it; throws when the value is not of the field's kind. */
export function wireValue(field: string, value: unknown): unknown {
  const kind = FIELD_KINDS[field as SpecField];
  if (kind === undefined || NOT_SENT.has(field)) return fail(field, 'campaignctl does not send this field');
  if (value === undefined) return fail(field, 'no value');
  switch (kind) {
    case 'text':
    case 'notes':
      return value === null || typeof value === 'string' ? value : fail(field, 'expected a string or null');
    case 'string':
      return typeof value === 'string' && value !== '' ? value : fail(field, 'expected a non-empty string');
    case 'bool':
      return typeof value === 'boolean' ? value : fail(field, 'expected true or false');
    case 'int':
      return value === null || isInt(value) ? value : fail(field, 'expected an integer or null');
    case 'currencyId':
      return isInt(value) && value > 0 ? value : fail(field, 'expected a positive integer');
    case 'currencyCode':
      return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? value : fail(field, 'expected an ISO 4217 code');
    case 'decimal':
      return value === null || (typeof value === 'number' && Number.isFinite(value)) ? value : fail(field, 'expected a number or null');
    case 'datetime': {
      if (value === null) return null;
      const instant = readDatetime(value);
      return instant === undefined ? fail(field, 'expected an RFC 3339 date-time or null') : wireDatetime(instant);
    }
    case 'time':
      return value === null || (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value))
        ? value
        : fail(field, 'expected a time of day as HH:MM:SS or null');
    case 'weekdays':
      return value === null || (typeof value === 'string' && /^[1-7](,[1-7]){0,6}$/.test(value))
        ? value
        : fail(field, 'expected comma-separated day numbers 1–7 or null');
    case 'intSet':
      return Array.isArray(value) && value.every((x) => isInt(x) && x > 0) ? value : fail(field, 'expected a list of positive integer ids');
    case 'stringSet':
      return Array.isArray(value) && value.every((x) => typeof x === 'string' && x !== '') ? value : fail(field, 'expected a list of non-empty strings');
  }
}

/** The alter-campaign body for these changes: campaign_id plus each changed top-level field. */
export function alterBody(id: string, desired: SpaazaSpec, changedPaths: readonly string[]): Record<string, unknown> {
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new Error(`campaign id ${JSON.stringify(id)} is not a Spaaza campaign id (a positive integer)`);
  const body: Record<string, unknown> = { campaign_id: Number(id) };
  const spec = desired as Record<string, unknown>;
  for (const path of changedPaths) {
    const field = topField(path);
    if (field in body) continue;
    body[field] = wireValue(field, spec[field]);
  }
  return body;
}

export async function writeCampaign(input: WriteInput<SpaazaSpec>): Promise<void> {
  const body = alterBody(
    input.id,
    input.desired,
    input.changes.map((c) => c.path),
  );
  if (Object.keys(body).length === 1) return; // nothing to send
  const marker = markerIn(input.live.raw.notes);
  if ('notes' in body && marker !== undefined) body.notes = withMarker(body.notes as string | null, marker);
  const res = await input.http.request(
    {
      method: 'PUT',
      path: '/internal/alter-campaign',
      json: body,
      accept: [...ENVELOPE_ERRORS],
      purpose: `alter campaign ${input.id}`,
    },
    input.signal,
  );
  unwrap(res, `alter-campaign for campaign ${input.id}`);
}
