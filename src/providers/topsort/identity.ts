/**
 * How plan recognises the live campaign a new document stands for, before creating it.
 *
 * Topsort keeps `externalCampaignId` unique per marketplace and ad format, so a document that sets
 * it is identified by (ad format, external id): a campaign an earlier apply created but whose
 * answer was lost, or one made in the dashboard with that id, is adopted instead of created
 * twice. The ids are compared exactly as written (assumed: the docs do not say that Topsort folds
 * case or spaces, and the fake compares them exactly).
 *
 * A document without `externalCampaignId` gets a marker there instead: `campaignctl-` and 24 hex
 * digits of the SHA-256 of the document's creation key, the same in every checkout. The create
 * call writes it (so `fields` shows it and the plan says so), reads return it, and later plans do
 * not show it as drift: the engine compares only the fields the YAML names, and `import` leaves a
 * marker out of the files it writes (import.ts). A YAML that later sets its own
 * `externalCampaignId` replaces the marker with one PATCH.
 */
import { createHash } from 'node:crypto';
import type { TopsortSpec } from '../../generated/topsort.js';
import { text } from '../kit/lenient.js';
import type { CreateContext, CreateIdentity, LiveCampaign } from '../runtime.js';

const MARKER_PREFIX = 'campaignctl-';
const MARKER = /^campaignctl-[0-9a-f]{24}$/;
/**
 * The create call's format when a document names none. Assumed (the docs give no default); the
 * create schema requires `adFormat`, so this only matters for documents validate refused.
 */
const DEFAULT_FORMAT = 'listing';

/** The marker a create writes into `externalCampaignId` for a document that sets none. */
export function creationMarker(creationKey: string): string {
  return MARKER_PREFIX + createHash('sha256').update(creationKey).digest('hex').slice(0, 24);
}

/** True for an `externalCampaignId` that campaignctl wrote as a marker. */
export function isCreationMarker(value: unknown): boolean {
  return typeof value === 'string' && MARKER.test(value);
}

/** The external id a create sends: the document's, else the marker. */
export function externalIdToCreate(desired: TopsortSpec, ctx: CreateContext): string {
  return typeof desired.externalCampaignId === 'string' ? desired.externalCampaignId : creationMarker(ctx.creationKey);
}

/** `listing:MKT-EU-2026-WS-0142` — ad formats hold no colon, so the key is unambiguous. */
function identityKey(adFormat: string, externalCampaignId: string): string {
  return `${adFormat}:${externalCampaignId}`;
}

export function identity(desired: TopsortSpec, ctx: CreateContext): CreateIdentity | undefined {
  // A document that writes `externalCampaignId: null` manages "no external id" (the create schema
  // refuses it): nothing identifies the campaign, so it is always created.
  if (desired.externalCampaignId === null) return undefined;
  const adFormat = desired.adFormat ?? DEFAULT_FORMAT;
  const externalId = externalIdToCreate(desired, ctx);
  const own = typeof desired.externalCampaignId === 'string';
  return {
    kind: own ? 'unique' : 'marker',
    label: own ? `externalCampaignId "${externalId}" (${adFormat})` : `the marker "${externalId}" in externalCampaignId`,
    key: identityKey(adFormat, externalId),
  };
}

export function identityOf(live: LiveCampaign): string | undefined {
  const externalId = text(live.raw.externalCampaignId);
  if (externalId === undefined) return undefined;
  return identityKey(text(live.raw.adFormat) ?? DEFAULT_FORMAT, externalId);
}
