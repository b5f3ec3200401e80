/**
 * The spec `import` writes for a live Voucherify campaign: `toSpec`'s reading (dates as UTC
 * instants with milliseconds, `discount`/`gift` taken from under `voucher`, days of the week
 * sorted, `HH:mm` times), limited to what the campaign's type can take, in the schema's shape.
 *
 * - Kept: `name` and `campaign_type` (readOnly: checked, never sent), `active`, and the fields the
 *   PUT takes for this campaign type (update-fields.ts), e.g. no `type`, `join_once` or `auto_join`
 *   on a PROMOTION, `gift` only on GIFT_VOUCHERS, `loyalty_tiers_expiration` only on a loyalty
 *   programme.
 * - `category` (the name) rather than `category_id`: the schema takes one of them, and the name is
 *   what the dashboard shows; plan compares it with the live category's name.
 * - `type` only when AUTO_UPDATE or STATIC: a STANDALONE campaign reads `type: STANDALONE`, which no
 *   update takes (nothing changes to or from it), so it is left unmanaged.
 * - `validity_timeframe` only beside a `start_date` (the schema requires it: windows count from it).
 * - `metadata` whole: plan compares the keys a spec names, so every live key is managed (an empty
 *   mapping, which would manage nothing, is left out).
 * - Left out: the write-only `unset_metadata_fields`, `access_settings` and `options`.
 */
import type { CampaignGlance, ImportedSpec, LiveCampaign } from '../runtime.js';
import { glanceOf, switchWord } from '../kit/glance.js';
import { shapeForSchema } from '../import-shape.js';
import { toSpec } from './normalize.js';
import { PUT_FIELDS } from './update-fields.js';
import { campaignTypeOf } from './wire-types.js';

/** Fields every campaign carries whatever its type (checked or switched, not PUT). */
const ALWAYS = ['name', 'campaign_type', 'active'];

export function importSpec(live: LiveCampaign): ImportedSpec {
  const read = toSpec(live.raw);
  const type = campaignTypeOf(live.raw);
  const allowed = new Set([...ALWAYS, ...(type ? PUT_FIELDS[type] : [])]);
  const spec: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(read)) if (allowed.has(field)) spec[field] = value;

  if (typeof spec.category === 'string' && spec.category !== '') delete spec.category_id;
  else delete spec.category;
  if (spec.type !== 'AUTO_UPDATE' && spec.type !== 'STATIC') delete spec.type;
  if (spec.start_date === undefined) delete spec.validity_timeframe;
  // Metadata merges key by key: an empty mapping manages nothing.
  if (typeof spec.metadata === 'object' && spec.metadata !== null && Object.keys(spec.metadata).length === 0) delete spec.metadata;

  const name = typeof read.name === 'string' ? read.name : undefined;
  return { spec: shapeForSchema('voucherify.schema.json', spec), ...(name !== undefined ? { name } : {}) };
}

/** Voucherify's on/off switch, and its start and expiration instants. */
export function glance(live: LiveCampaign): CampaignGlance {
  const raw = live.raw;
  return glanceOf({ name: raw.name, status: switchWord(raw.active), start: raw.start_date, end: raw.expiration_date });
}
