/**
 * Voucherify at plan and apply time. Where each part lives:
 *   auth.ts        X-App-Id / X-App-Token
 *   read.ts        list pages (oldest first, `expand=category`), GET per id beyond them; the whole project
 *   normalize.ts   toSpec / canonical / metadata comparison
 *   plan-rules.ts  the rules that need the live campaign
 *   write.ts       partial PUT, enable/disable, waiting out MODIFYING
 *   implicit-changes.ts  what a PUT of a discount of another variant clears
 *   import.ts      the spec `import` writes for a live campaign
 *   create.ts      POST /v1/campaigns, identity by name
 *   remove.ts      DELETE to the bin
 * Retiring a campaign (`prune: deactivate`) is `active: false`: write sends it as one disable call.
 */
import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { ProviderRuntime } from '../runtime.js';
import { keyPairAuth } from './auth.js';
import { create } from './create.js';
import { canonical, metadataEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { glance, importSpec } from './import.js';
import { implicitChanges } from './implicit-changes.js';
import { readAllCampaigns, readCampaigns } from './read.js';
import { remove } from './remove.js';
import { writeCampaign } from './write.js';

export const runtime: ProviderRuntime<VoucherifySpec> = {
  auth: keyPairAuth,
  read: readCampaigns,
  readAll: readAllCampaigns,
  importSpec,
  glance,
  toSpec,
  canonical,
  fieldEquals: (field, want, have) => (field === 'metadata' ? metadataEquals(want, have) : undefined),
  planRules,
  implicitChanges,
  write: writeCampaign,
  create,
  retire: { stopped: () => ({ active: false }) },
  remove,
};
