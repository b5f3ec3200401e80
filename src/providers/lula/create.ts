/**
 * Creating a Lula campaign from a document without `id`, in two documented calls:
 *
 *   1. `POST {micro_service_base_url}/stores/company/{company_id}/campaigns` with create's own
 *      names: `name`, `description`, `start_date` and `end_date` (days, `YYYY-MM-DD`: the UTC day
 *      of `starts_at`/`ends_at`, the day reads return) and `status`, all of which it requires;
 *   2. the documented update, `PUT {stores_service_api_base_url}/…/campaigns/{id}/stores`, with
 *      what create does not take: `starts_at`/`ends_at` as written (create keeps only the days,
 *      so the time of day reaches Lula only this way) and `campaign_identifier` when the document
 *      has one. Since the dates are required, the follow-up is always sent.
 *
 * Both base URLs are the account's one `endpoint` (account.ts), as for reads and updates.
 *
 * Identity: `name` is unique within the company, compared as the uniqueness rule compares it
 * (uniqueness.ts: surrounding spaces and case ignored). A live campaign with the document's name
 * is the one an earlier apply created, or one made by hand that the document adopts; Lula would
 * refuse a second one anyway.
 */
import type { LulaSpec } from '../../generated/lula.js';
import { createdId, sendCreate } from '../kit/create-call.js';
import { CreateFollowUpFailed, type CreateCapability, type CreateIdentity, type CreateInput, type LiveCampaign } from '../runtime.js';
import { campaignsPath, companyId } from './account.js';
import { toSpec, utcDayOfInstant } from './normalize.js';
import { nameKey } from './uniqueness.js';
import { campaignDetail, describeError, idOf, updateSucceeded } from './wire-types.js';
import { LulaWriteError, REFUSALS, UPDATE_FIELDS, sendUpdate, wireValue, type UpdateField } from './write.js';

/** What the create call takes, in the spec's names, all required by Lula. */
type CreateField = 'name' | 'description' | 'starts_at' | 'ends_at' | 'status';
/** What only the update takes, sent right after the create. */
const FOLLOW_UP_FIELDS = ['starts_at', 'ends_at', 'campaign_identifier'] as const;

function required(desired: LulaSpec, field: CreateField): string {
  const value = (desired as Readonly<Record<string, unknown>>)[field];
  if (value === undefined) throw new LulaWriteError(`Lula's create call requires \`${field}\`, and the document has none`);
  return wireValue(field, value);
}

/** The day Lula's create takes for a date-time of the spec. */
function dayOf(field: 'starts_at' | 'ends_at', value: string): string {
  const day = utcDayOfInstant(value);
  if (day === undefined) throw new LulaWriteError(`\`${field}\` (${value}) names no instant`);
  return day;
}

/** The create body, checked strictly (a saved plan is data that could have been edited). */
export function createBody(desired: LulaSpec): Record<string, string> {
  const startsAt = required(desired, 'starts_at');
  const endsAt = required(desired, 'ends_at');
  return {
    name: required(desired, 'name'),
    description: required(desired, 'description'),
    start_date: dayOf('starts_at', startsAt),
    end_date: dayOf('ends_at', endsAt),
    status: required(desired, 'status'),
  };
}

/** The follow-up update's body: the fields create does not take that the document sets. */
export function followUpBody(desired: LulaSpec): Record<string, string> {
  const spec = desired as Readonly<Record<string, unknown>>;
  const body: Record<string, string> = {};
  for (const field of FOLLOW_UP_FIELDS) {
    if (spec[field] !== undefined) body[field] = wireValue(field, spec[field]);
  }
  return body;
}

function identity(desired: LulaSpec): CreateIdentity | undefined {
  if (typeof desired.name !== 'string' || desired.name.trim() === '') return undefined;
  return { kind: 'unique', label: `name "${desired.name}"`, key: nameKey(desired.name) };
}

function identityOf(live: LiveCampaign): string | undefined {
  // `name` is in the list's summaries too, so a listed campaign needs no detail read for this.
  const name = toSpec(live.raw)['name'];
  return typeof name === 'string' && name.trim() !== '' ? nameKey(name) : undefined;
}

/** Every field create and its follow-up send, as the spec writes them: the whole managed spec. */
function fields(desired: LulaSpec): Record<string, unknown> {
  const spec = desired as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const field of UPDATE_FIELDS as readonly UpdateField[]) if (spec[field] !== undefined) out[field] = spec[field];
  return out;
}

async function send(input: CreateInput<LulaSpec>): Promise<{ readonly id: string }> {
  const body = createBody(input.desired);
  const followUp = followUpBody(input.desired);
  const company = companyId(input.account);
  const res = await sendCreate(
    input.http,
    { method: 'POST', path: campaignsPath(company), json: body, accept: [...REFUSALS], purpose: `create campaign "${body.name}"` },
    input.signal,
  );
  if (res.status >= 300 || !updateSucceeded(res.body)) {
    throw new LulaWriteError(`Lula refused to create campaign "${body.name}": ${describeError(res.status, res.body)}`);
  }
  const detail = campaignDetail(res.body);
  const answered = res.body !== null && typeof res.body === 'object' ? (res.body as Record<string, unknown>)['campaign_id'] : undefined;
  const id = createdId(idOf(detail?.['id']) ?? idOf(answered), 'Lula');
  if (Object.keys(followUp).length > 0) {
    try {
      await sendUpdate(input, id, followUp, `set ${Object.keys(followUp).join(', ')} of new campaign ${id}`);
    } catch (err) {
      throw new CreateFollowUpFailed(id, err);
    }
  }
  return { id };
}

export const create: CreateCapability<LulaSpec> = { identity, identityOf, fields, send };
