/**
 * The spec `import` writes for a live Topsort campaign: `toSpec`'s reading (dates as UTC instants,
 * `budget` as `{amount, type}` without the spend figures, segment lists sorted, uuids in lower
 * case), in the schema's shape.
 *
 * - `startDate` is kept even when it has passed: validate has no rule against a past start, and
 *   plan treats a past desired start and a past live start as equal (Topsort moves a past start to
 *   "now" on every write), so it never shows as a change nor is it resent.
 * - `endDate` is kept as read, the far-future `9999-12-31T23:59:59.999Z` of a campaign created
 *   without an end included: that value is how Topsort says "no end".
 * - `campaignType` only when `autobidding`: the schema takes nothing else (the one-way switch), so a
 *   manual or exclusive campaign leaves it unmanaged.
 * - `adFormat` and `vendorId` (readOnly: identify the campaign) are kept; nulls are kept where the
 *   read model has them and the schema takes them (`targetRoas`, `externalCampaignId`,
 *   `statusUpdatedBy`, `autobiddingObjective`); a null `budget` or segment configuration is left out.
 * - Left out: the write-only `productIds`, `bannerAdRejectionReason` and `bids`; an
 *   `externalCampaignId` that is a marker campaignctl wrote on create (identity.ts): the
 *   marketplace never chose it.
 */
import type { CampaignGlance, ImportedSpec, LiveCampaign } from '../runtime.js';
import { glanceOf, switchWord } from '../kit/glance.js';
import { shapeForSchema } from '../import-shape.js';
import { isCreationMarker } from './identity.js';
import { toSpec } from './normalize.js';

const REVIEW_STATUSES = new Set(['approved', 'pending', 'rejected']);

export function importSpec(live: LiveCampaign): ImportedSpec {
  const spec = toSpec(live.raw);
  if (spec.campaignType !== 'autobidding') delete spec.campaignType;
  if (typeof spec.status !== 'string' || !REVIEW_STATUSES.has(spec.status)) delete spec.status;
  const budget = spec.budget;
  if (typeof budget === 'object' && budget !== null && Object.keys(budget).length === 0) delete spec.budget;
  if (spec.name === '') delete spec.name;
  if (isCreationMarker(spec.externalCampaignId)) delete spec.externalCampaignId;
  const name = typeof spec.name === 'string' ? spec.name : undefined;
  return { spec: shapeForSchema('topsort.schema.json', spec), ...(name !== undefined ? { name } : {}) };
}

/** Topsort's switch and review status (`active, approved`), and its dates; the far-future end that means "no end" is none. */
export function glance(live: LiveCampaign): CampaignGlance {
  const raw = live.raw;
  const status = [switchWord(raw.isActive), typeof raw.status === 'string' ? raw.status : undefined].filter((s) => s !== undefined).join(', ');
  const end = typeof raw.endDate === 'string' && raw.endDate.startsWith('9999-') ? undefined : raw.endDate;
  return glanceOf({ name: raw.name, status, start: raw.startDate, end });
}
