/**
 * Spaaza plan/apply behaviour, assembled from the files beside it:
 *   auth.ts        session headers (+ API version and app hostname options)
 *   read.ts        one get-campaigns call per account (exclude_inactive=false), chain snapshot
 *   normalize.ts   live object ⇄ spec shape (decimals, instants, HH:MM times, {id,name} lists…)
 *   plan-rules.ts  rules judged against the live chain before anything is sent
 *   write.ts       one partial PUT /internal/alter-campaign with campaign_id per changed campaign
 *   create.ts      one POST /internal/add-campaign; marker.ts, the notes marker that identifies it
 *   import.ts      the spec `import` writes for a live campaign
 */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { ProviderRuntime } from '../runtime.js';
import { spaazaAuth } from './auth.js';
import { LOSSY_FIELDS, canonical, fieldEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { glance, importSpec } from './import.js';
import { readAllCampaigns, readCampaigns } from './read.js';
import { writeCampaign } from './write.js';
import { create } from './create.js';

export const runtime: ProviderRuntime<SpaazaSpec> = {
  auth: spaazaAuth,
  read: readCampaigns,
  readAll: readAllCampaigns,
  importSpec,
  glance,
  toSpec,
  canonical,
  fieldEquals,
  lossyFields: LOSSY_FIELDS,
  planRules,
  write: writeCampaign,
  create,
  // Spaaza's own switch. Switching off never breaks the one-active-default-loyalty rule (it can
  // only free the default's place); Spaaza documents no delete, so there is no `remove`.
  retire: { stopped: () => ({ active: false }) },
};
