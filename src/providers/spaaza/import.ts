/**
 * The spec `import` writes for a live Spaaza campaign: `toSpec`'s reading (decimals as numbers,
 * date-times as UTC instants, daily times as `HH:MM:SS`, weekdays and `assigned_*` lists sorted,
 * `assigned_business_ids` as ids, the read aliases `is_active`/`allows_user_to_claim_voucher`
 * under the alter-campaign names), in the schema's shape.
 *
 * - Currency: reads give both `currency_id` and `currency_code`; the schema takes one. The code
 *   (e.g. EUR) is kept as the more readable, the id only when the read has no code.
 * - `is_default` only on loyalty, wallet and points_wallet campaigns (the schema's rule; reads may
 *   carry it on every type).
 * - Empty texts read as null and are kept as null where the schema takes it ("no text"); an empty
 *   `assigned_*` list is kept as `[]` (no assignments), which plan compares as a set.
 * - Left out: `allows_unrecognised_items` (write-only: never returned).
 */
import type { CampaignGlance, ImportedSpec, LiveCampaign } from '../runtime.js';
import { glanceOf, switchWord } from '../kit/glance.js';
import { shapeForSchema } from '../import-shape.js';
import { toSpec } from './normalize.js';

const HAVE_DEFAULT = new Set(['loyalty', 'wallet', 'points_wallet']);

export function importSpec(live: LiveCampaign): ImportedSpec {
  const spec = toSpec(live.raw);
  if (typeof spec.currency_code === 'string') delete spec.currency_id;
  else delete spec.currency_code;
  if (typeof spec.type !== 'string' || !HAVE_DEFAULT.has(spec.type)) delete spec.is_default;
  if (spec.title === '') delete spec.title;
  const name = typeof spec.title === 'string' ? spec.title : undefined;
  return { spec: shapeForSchema('spaaza.schema.json', spec), ...(name !== undefined ? { name } : {}) };
}

/** Spaaza's on/off switch and its active dates. */
export function glance(live: LiveCampaign): CampaignGlance {
  const raw = live.raw;
  return glanceOf({ name: raw.title, status: switchWord(raw.active ?? raw.is_active), start: raw.active_date_from, end: raw.active_date_until });
}
