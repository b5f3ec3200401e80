/**
 * Creating a Spaaza campaign from a document without `id`: ONE `POST /internal/add-campaign`
 * (JSON) with the account's `chain_id` (add-campaign takes `chain_id` or `business_id`; an account
 * is a chain), the mandatory `type` (create-only: plan checks it afterwards and never sends it
 * again), and every other field of the spec as alter-campaign takes it (write.ts `wireValue`).
 * add-campaign takes every field alter-campaign takes, so there is no follow-up.
 *
 * Identity: a marker in `notes` (marker.ts), since Spaaza has no unique key for campaigns.
 */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import { createdId, sendCreate } from '../kit/create-call.js';
import { CreateAnswerLost, type CreateCapability, type CreateContext, type CreateIdentity, type CreateInput, type LiveCampaign } from '../runtime.js';
import { markerIn, markerKey, markerText, withMarker } from './marker.js';
import { ENVELOPE_ERRORS, chainIdOf } from './read.js';
import { campaignIdOf, readEnvelope } from './wire-types.js';
import { wireValue } from './write.js';

/** The spec with its notes carrying the document's marker: what add-campaign receives, in spec names. */
function fields(desired: SpaazaSpec, ctx: CreateContext): Record<string, unknown> {
  return { ...desired, notes: withMarker(desired.notes, markerKey(ctx.creationKey)) };
}

/** The add-campaign body, checked strictly (a saved plan is data that could have been edited). */
export function createBody(desired: SpaazaSpec, ctx: CreateContext, chainId: number): Record<string, unknown> {
  const { type, ...rest } = fields(desired, ctx);
  if (typeof type !== 'string' || type === '') throw new Error("Spaaza's add-campaign requires `type`, and the document has none");
  const body: Record<string, unknown> = { chain_id: chainId, type };
  for (const [field, value] of Object.entries(rest)) {
    if (value !== undefined) body[field] = wireValue(field, value);
  }
  return body;
}

function identity(_desired: SpaazaSpec, ctx: CreateContext): CreateIdentity {
  const key = markerKey(ctx.creationKey);
  return { kind: 'marker', label: `marker ${markerText(key)} in notes`, key };
}

function identityOf(live: LiveCampaign): string | undefined {
  return markerIn(live.raw.notes);
}

async function send(input: CreateInput<SpaazaSpec>): Promise<{ readonly id: string }> {
  const body = createBody(input.desired, input, chainIdOf(input.account.options));
  const title = typeof body.title === 'string' ? ` "${body.title}"` : '';
  const res = await sendCreate(
    input.http,
    { method: 'POST', path: '/internal/add-campaign', json: body, accept: [...ENVELOPE_ERRORS], purpose: `add campaign${title}` },
    input.signal,
  );
  const envelope = readEnvelope(res.body);
  if (!envelope.ok) {
    // A 2xx that is not Spaaza's answer at all may still have created the campaign.
    if (res.status < 300 && envelope.code === undefined) throw new CreateAnswerLost(new Error(`Spaaza's add-campaign answer: ${envelope.text}`));
    throw new Error(`Spaaza refused to add campaign${title} (HTTP ${res.status}): ${envelope.text}`);
  }
  return { id: createdId(campaignIdOf(envelope.results.campaign), 'Spaaza') };
}

export const create: CreateCapability<SpaazaSpec> = { identity, identityOf, fields, send };
