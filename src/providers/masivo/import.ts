/**
 * The spec `import` writes for a live Masivo campaign: `toSpec`'s reading (status in the write
 * vocabulary, rules and metadata parsed, dates as UTC instants, `codes_summary` dropped), in the
 * schema's shape.
 *
 * - `status`: RUNNING and SCHEDULED are ACTIVE, PAUSED is INACTIVE; FINISHED is written ACTIVE
 *   (what toSpec shows, and what plan accepts for an ended campaign whatever the YAML says).
 * - `end_date: null` is kept: it is how reads say "no end", and plan compares it with the live null.
 *   `withoutEndDate` (write-only) is not invented from it.
 * - Left out: the write-only fields (`platforms`, `labels`, `divide_budget_in`, `withoutEndDate`,
 *   the coupon code settings, `referee_rules_json`): reads never return them. Masivo's full-payload
 *   update clears a write-only field it is not sent, so the user should add those the campaign
 *   uses before the first apply that changes something (the file says so in a comment).
 * - `metadata` comes without campaignctl's creation marker (marker.ts); a metadata that held
 *   nothing but the marker is left out rather than written as `{}`.
 * - Values the schema refuses are left out rather than written wrong: a null `description` or
 *   `start_date`, an empty `rules` list, a status outside ACTIVE/INACTIVE, a budget below 1.
 */
import type { CampaignGlance, ImportedSpec, LiveCampaign } from '../runtime.js';
import { glanceOf } from '../kit/glance.js';
import { isJsonObject } from '../../json/guards.js';
import { shapeForSchema } from '../import-shape.js';
import { liveMetadata, toSpec } from './normalize.js';
import { markerIn } from './marker.js';

export function importSpec(live: LiveCampaign): ImportedSpec {
  const spec = toSpec(live.raw);
  if (Array.isArray(spec.rules) && spec.rules.length === 0) delete spec.rules;
  if (spec.status !== 'ACTIVE' && spec.status !== 'INACTIVE') delete spec.status;
  if (typeof spec.budget === 'number' && spec.budget < 1) delete spec.budget;
  if (spec.brand_id === '') delete spec.brand_id;
  if (spec.name === '') delete spec.name;
  if (isJsonObject(spec.metadata) && Object.keys(spec.metadata).length === 0 && markerIn(liveMetadata(live.raw)) !== undefined) delete spec.metadata;
  const name = typeof spec.name === 'string' ? spec.name : undefined;
  return { spec: shapeForSchema('masivo.schema.json', spec), ...(name !== undefined ? { name } : {}) };
}

/** Masivo's words: its read status (RUNNING, SCHEDULED, PAUSED, FINISHED…) and its instants. */
export function glance(live: LiveCampaign): CampaignGlance {
  const raw = live.raw;
  return glanceOf({ name: raw.name, status: raw.status, start: raw.start_date, end: raw.end_date });
}
