/**
 * Masivo's update: `PUT /campaigns/{id}?type=<type>` with a FULL payload — the body replaces the
 * campaign, and a field it leaves out is cleared. So the body is built from the fresh live read,
 * in the write vocabulary (status ACTIVE/INACTIVE, `rules` and `metadata` as JSON strings), with:
 *
 * - every readable managed field that the plan lists as changed replaced by the YAML's value
 *   (`attributes` and `metadata` merged key by key, as the plan compares them, so unmanaged keys
 *   stay); an unchanged managed field is resent exactly as read, which equals the YAML's value by
 *   the plan's own comparison and is what a started campaign's locked fields must carry;
 * - every write-only field the YAML manages (`platforms`, `labels`, `divide_budget_in`,
 *   `withoutEndDate`, `referee_rules_json`): they are never read back, and a full payload without
 *   them would clear them; `withoutEndDate: true` leaves `end_date` out, as Masivo asks;
 * - the COUPONS code settings only when the plan lists them as changed (Masivo keeps the codes
 *   when they are left out; see coupon-codes.ts), with `confirm_changes: true` beside them only
 *   when the YAML says so.
 *
 * Retire (`prune: deactivate`) comes through here too, with `{status: 'INACTIVE'}` as the desired
 * spec: the rest of the body is the live campaign, so a running campaign's locked fields go back
 * unchanged and the creation marker in `metadata` stays. What it cannot keep are the write-only
 * fields (`platforms`, `labels`, `divide_budget_in`, `referee_rules_json`): no read returns them and
 * the document that held them is gone, so the full payload clears them (the coupon codes stay).
 * Whatever the body clears or rewrites beyond the managed fields, implicit-changes.ts lists for the
 * plan from this same buildPayload, so apply sends nothing the plan did not show.
 *
 * Never sent: `id`, `type` (it travels in the query), `account_id` (derived from the token),
 * `created_at`, `order`, `attributes.codes_summary`, or any field a read carries that is not part
 * of the write payload. The body is checked before it goes out; a campaign whose live state cannot
 * make a valid full payload fails alone without a request.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { FieldChange, WriteInput } from '../runtime.js';
import { codeFieldsToSend } from './coupon-codes.js';
import { canonicalInstant, liveAttributes, liveMetadata, projectRules, writeStatusOf } from './normalize.js';
import { isJsonObject } from '../../json/guards.js';
import { changedFields } from '../kit/changed-fields.js';
import { jsonTextValue } from '../kit/json-text.js';
import { readCampaign, type JsonObject } from './wire-types.js';

/** Readable fields, in the order the payload lists them. */
export const READABLE = ['brand_id', 'name', 'description', 'rules', 'attributes', 'status', 'start_date', 'end_date', 'funded_by', 'budget', 'metadata'] as const;
export type Readable = (typeof READABLE)[number];

/** Write-only fields a full payload must carry whenever the YAML manages them. */
const ALWAYS_SENT_WRITE_ONLY = ['platforms', 'withoutEndDate', 'divide_budget_in', 'labels', 'referee_rules_json'] as const;

/** The desired value merged onto the live one the way the plan compares them: objects key by key. */
export function mergeManaged(live: unknown, desired: unknown): unknown {
  if (!isJsonObject(desired) || !isJsonObject(live)) return desired;
  const out: JsonObject = { ...live };
  for (const [k, v] of Object.entries(desired)) if (v !== undefined) out[k] = mergeManaged(live[k], v);
  return out;
}

/** The live campaign's readable fields in the write vocabulary; fields it lacks are left out. */
function fromLive(raw: JsonObject): JsonObject {
  const c = readCampaign(raw);
  const body: JsonObject = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined) body[key] = v;
  };
  put('brand_id', c.brand_id);
  put('name', c.name);
  put('description', c.description ?? undefined);
  if (typeof c.rules === 'string') put('rules', c.rules);
  else if (Array.isArray(c.rules)) put('rules', JSON.stringify(projectRules(c.rules)));
  put('attributes', liveAttributes(raw));
  const status = writeStatusOf(c.status);
  put('status', status === 'ACTIVE' || status === 'INACTIVE' ? status : undefined);
  put('start_date', c.start_date ?? undefined);
  put('end_date', c.end_date);
  put('funded_by', c.funded_by);
  put('budget', c.budget);
  const metadata = liveMetadata(raw);
  if (metadata) put('metadata', JSON.stringify(metadata));
  return body;
}

/** One desired readable field in the write vocabulary. */
function wireValue(field: Readable, desired: MasivoSpec, raw: JsonObject): unknown {
  switch (field) {
    case 'rules':
      return desired.rules === undefined ? undefined : JSON.stringify(projectRules(desired.rules));
    case 'attributes':
      return mergeManaged(liveAttributes(raw), desired.attributes);
    case 'metadata':
      return desired.metadata === undefined ? undefined : JSON.stringify(mergeManaged(liveMetadata(raw) ?? {}, desired.metadata));
    case 'start_date':
    case 'end_date': {
      const v = desired[field];
      return typeof v === 'string' ? (canonicalInstant(v) ?? v) : v;
    }
    default:
      return desired[field];
  }
}

export function buildPayload(desired: MasivoSpec, changes: readonly FieldChange[], raw: JsonObject): JsonObject {
  const changed = changedFields(changes);
  const body = fromLive(raw);
  for (const field of READABLE) {
    if (!(field in desired) || !changed.has(field)) continue;
    const v = wireValue(field, desired, raw);
    if (v !== undefined) body[field] = v;
  }
  for (const field of ALWAYS_SENT_WRITE_ONLY) {
    const v = desired[field];
    if (v === undefined) continue;
    body[field] = field === 'referee_rules_json' && Array.isArray(v) ? JSON.stringify(projectRules(v)) : v;
  }
  if (desired.withoutEndDate === true) delete body.end_date;
  const codes = codeFieldsToSend(changes).filter((f) => desired[f] !== undefined);
  for (const f of codes) body[f] = desired[f];
  if (codes.length > 0 && desired.confirm_changes === true) body.confirm_changes = true;
  return body;
}

/** What Masivo requires of every full payload; a message per problem, empty when it may be sent. */
export function payloadProblems(body: JsonObject): string[] {
  const problems: string[] = [];
  if (typeof body.name !== 'string' || body.name.trim() === '') problems.push('`name` is missing');
  if (body.status !== 'ACTIVE' && body.status !== 'INACTIVE') problems.push('`status` is not readable as ACTIVE or INACTIVE');
  if (typeof body.start_date !== 'string') problems.push('`start_date` is missing');
  const rules = typeof body.rules === 'string' ? jsonTextValue(body.rules) : undefined;
  if (!Array.isArray(rules) || rules.length === 0) problems.push('`rules` is missing or not a JSON array of rules');
  if (body.budget !== undefined && (typeof body.budget !== 'number' || body.budget < 1)) problems.push('`budget` is below 1');
  if (body.metadata !== undefined && !(typeof body.metadata === 'string' && isJsonObject(jsonTextValue(body.metadata)))) {
    problems.push('`metadata` is not a JSON object');
  }
  if (body.withoutEndDate === true && 'end_date' in body) problems.push('`end_date` is sent beside `withoutEndDate: true`');
  return problems;
}

export async function write(input: WriteInput<MasivoSpec>): Promise<void> {
  const { id, desired, http, signal } = input;
  const body = buildPayload(desired, input.changes, input.live.raw);
  // A retire sends only the stopped values (`status`), not a document: the type is the live one,
  // which the PUT must repeat anyway.
  const type = (desired as Partial<MasivoSpec>).type ?? readCampaign(input.live.raw).type;
  const problems = payloadProblems(body);
  if (type === undefined) problems.push('the campaign type is neither in the spec nor in the live campaign');
  if (problems.length > 0) {
    throw new Error(`cannot build a full Masivo payload for campaign ${id}: ${problems.join('; ')}; nothing was sent`);
  }
  await http.request(
    { method: 'PUT', path: `/campaigns/${encodeURIComponent(id)}`, query: { type }, json: body, purpose: `update campaign ${id}` },
    signal,
  );
}
