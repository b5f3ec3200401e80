/**
 * How campaignctl recognises a Masivo campaign it created. Masivo has no unique key a new document
 * could be matched by (names may repeat, and there is no external id), so create writes a marker:
 * the document's creation key under `campaignctl_creation_key` in the campaign's `metadata`.
 * `metadata` is the natural carrier: a JSON object Masivo stores as text and returns on every
 * read, free-form, and one the full-payload update keeps (write.ts resends the live metadata,
 * merged with the YAML's keys, never a bare YAML object).
 *
 * The marker is campaignctl's bookkeeping, never the user's: `toSpec` leaves it out, so it shows
 * as no change whether or not the YAML manages `metadata`, and `import` never writes it; a spec
 * that names the key itself is refused (it would differ from live on every plan, and overwrite
 * the marker that lets a lost create be found again).
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import { isJsonObject } from '../../json/guards.js';
import type { SpecRule } from '../types.js';
import type { JsonObject } from './wire-types.js';

export const MARKER_KEY = 'campaignctl_creation_key';

/** The marker a live metadata object carries, or undefined when it has none. */
export function markerIn(metadata: JsonObject | undefined): string | undefined {
  const v = metadata?.[MARKER_KEY];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Metadata as the user sees it: without the marker. */
export function withoutMarker(metadata: JsonObject): JsonObject {
  if (!(MARKER_KEY in metadata)) return metadata;
  const { [MARKER_KEY]: _marker, ...rest } = metadata;
  return rest;
}

/** Metadata as create sends it: the YAML's keys plus the marker. */
export function withMarker(metadata: unknown, key: string): JsonObject {
  return { ...(isJsonObject(metadata) ? metadata : {}), [MARKER_KEY]: key };
}

export const markerKeyReserved: SpecRule<MasivoSpec> = (spec) => {
  if (!isJsonObject(spec.metadata) || !(MARKER_KEY in spec.metadata)) return [];
  return [
    {
      rule: 'masivo.metadata-marker-reserved',
      path: ['metadata', MARKER_KEY],
      message: `\`metadata.${MARKER_KEY}\` is reserved: campaignctl writes it when it creates a campaign, to find that campaign again`,
      hint: `remove \`${MARKER_KEY}\` from \`metadata\`; campaignctl keeps it at Masivo by itself`,
    },
  ];
};
