/**
 * Lula Commerce plan/apply runtime. Where each part lives:
 *   auth.ts        bearer token (assumed: the docs are silent)
 *   account.ts     `company_id` and the company-scoped paths
 *   read.ts        one GET per campaign (the list has summaries only) + the company's names
 *   import.ts      the spec `import` writes for a live campaign
 *   normalize.ts   live → spec shape (days, status vocabulary) and the desired spec's canonical form
 *   plan-rules.ts  rules that need live state or "now"
 *   write.ts       the partial PUT …/campaigns/{id}/stores
 *   create.ts      POST …/campaigns, then the update for what create does not take
 *   remove.ts      DELETE on an assumed path (the documented one names no campaign), checked by a read
 *   wire-types.ts  Lula's JSON, narrowed from unknown
 */
import type { LulaSpec } from '../../generated/lula.js';
import type { ProviderRuntime } from '../runtime.js';
import { lulaAuth } from './auth.js';
import { canonical, statusEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { glance, importSpec } from './import.js';
import { readAllCampaigns, readCampaigns } from './read.js';
import { writeCampaign } from './write.js';
import { create } from './create.js';
import { remove } from './remove.js';

export const runtime: ProviderRuntime<LulaSpec> = {
  auth: lulaAuth,
  read: readCampaigns,
  readAll: readAllCampaigns,
  importSpec,
  glance,
  toSpec,
  canonical,
  fieldEquals(field, desired, live, ctx) {
    return field === 'status' ? statusEquals(desired, live, ctx.live.raw, ctx.now) : undefined;
  },
  // Reads show only the day: the time of day is judged against the last-applied record.
  lossyFields: ['starts_at', 'ends_at'],
  planRules,
  write: writeCampaign,
  create,
  // Lula's own switch: `inactive` (an ended campaign reads `expired`, which plan takes as stopped).
  retire: { stopped: () => ({ status: 'inactive' }) },
  remove,
};
