/**
 * Creating a Masivo campaign: `POST /campaigns?type=<type>` with the `CampaignInsert` body — the
 * same field family as the full-payload update, in the write vocabulary (`rules`, `metadata` and
 * `referee_rules_json` as JSON text, dates as UTC instants), `type` in the query and never in the
 * body, `account_id` never (Masivo derives it from the token).
 *
 * - Identity: Masivo has no unique key (names may repeat), so the campaign carries a marker in its
 *   `metadata` (marker.ts): the document's creation key. Plan finds a campaign an earlier apply
 *   created, but whose answer was lost, by that marker.
 * - What is sent: every field the spec holds, as written, plus the marker; nothing is defaulted
 *   (the schema's `$defs.create` makes the user write what create needs). `confirm_changes` is an
 *   update-only field ("COUPONS update only") and `$defs.create` refuses it on a new document.
 * - Required on create: the docs do not say. campaignctl asks for `type`, `name`, `status`,
 *   `start_date` and `rules` — what every full-payload update must carry, so the campaign it
 *   creates can be updated afterwards — and `quantity` for a COUPONS campaign with generated codes.
 * - The answer is `{data: {id, …}}` (201); only `data.id` is read, since the two doc generations
 *   disagree on the rest.
 * - The POST is never retried blindly (it is not marked idempotent). A 4xx is a refusal: nothing
 *   was created, and the vendor's answer is in the error. A 5xx, a timeout, a dropped connection
 *   or an answer without an id may follow a create that acted: `CreateAnswerLost`, and the next
 *   plan looks for the marker before creating again.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import { HttpError } from '../../http/errors.js';
import { isJsonObject } from '../../json/guards.js';
import { CreateAnswerLost, type CreateCapability, type CreateContext } from '../runtime.js';
import { canonicalInstant, liveMetadata, projectRules } from './normalize.js';
import { MARKER_KEY, markerIn, withMarker } from './marker.js';
import { createdIdOf, type JsonObject } from './wire-types.js';
import { payloadProblems } from './write.js';

/** The body fields create takes, in the order the docs list them. */
const CREATE_FIELDS = [
  'brand_id',
  'platforms',
  'name',
  'description',
  'rules',
  'attributes',
  'status',
  'start_date',
  'withoutEndDate',
  'end_date',
  'funded_by',
  'budget',
  'divide_budget_in',
  'labels',
  'metadata',
  'quantity',
  'useCustomCodes',
  'customCodes',
  'referee_rules_json',
] as const satisfies readonly (keyof MasivoSpec)[];

/** Everything create sends, in the spec's names and shape: `type` (the query) first, then the body. */
export function createFields(desired: MasivoSpec, ctx: CreateContext): Record<string, unknown> {
  const out: Record<string, unknown> = { type: desired.type };
  for (const field of CREATE_FIELDS) {
    if (field === 'metadata') out.metadata = withMarker(desired.metadata, ctx.creationKey);
    else if (desired[field] !== undefined) out[field] = desired[field];
  }
  return out;
}

/** The spec-shaped fields in the write vocabulary; `type` stays out (it travels in the query). */
export function createBody(fields: Readonly<Record<string, unknown>>): JsonObject {
  const body: JsonObject = {};
  for (const field of CREATE_FIELDS) {
    const v = fields[field];
    if (v === undefined) continue;
    switch (field) {
      case 'rules':
      case 'referee_rules_json':
        body[field] = Array.isArray(v) ? JSON.stringify(projectRules(v)) : v;
        break;
      case 'metadata':
        body[field] = isJsonObject(v) ? JSON.stringify(v) : v;
        break;
      case 'start_date':
      case 'end_date':
        body[field] = typeof v === 'string' ? (canonicalInstant(v) ?? v) : v;
        break;
      default:
        body[field] = v;
    }
  }
  return body;
}

/**
 * What a failed create call means. Only a failure of the POST itself can hide a created campaign
 * (the token exchange before it is a GET that creates nothing); of those, a 4xx is Masivo's
 * refusal, and a 429 past the budget or an interrupt before sending never reached it.
 */
export function createFailure(err: unknown): Error {
  if (err instanceof HttpError) {
    if (err.method !== 'POST') return err;
    if (err.kind === 'rate-limit-budget' || err.kind === 'aborted') return err;
    if (err.kind === 'status' && err.status !== undefined && err.status < 500) return err;
  }
  return new CreateAnswerLost(err);
}

export const create: CreateCapability<MasivoSpec> = {
  identity: (_desired, ctx) => ({ kind: 'marker', label: `metadata.${MARKER_KEY} "${ctx.creationKey}"`, key: ctx.creationKey }),
  identityOf: (live) => markerIn(liveMetadata(live.raw)),
  fields: createFields,
  async send(input) {
    const { desired, http, signal } = input;
    const body = createBody(createFields(desired, input));
    const problems = payloadProblems(body);
    if (problems.length > 0) throw new Error(`cannot build a Masivo create payload: ${problems.join('; ')}; nothing was sent`);
    const purpose = `create campaign ${JSON.stringify(desired.name ?? '')}`;
    let answer: unknown;
    try {
      answer = (await http.request({ method: 'POST', path: '/campaigns', query: { type: desired.type }, json: body, purpose }, signal)).body;
    } catch (err) {
      throw createFailure(err);
    }
    const id = createdIdOf(answer);
    if (id === undefined) throw new CreateAnswerLost(new Error('Masivo answered the create without a campaign id in `data.id`'));
    return { id };
  },
};
