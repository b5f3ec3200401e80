/**
 * Voucherify at plan and apply time. Where each part lives:
 *   auth.ts        X-App-Id / X-App-Token
 *   read.ts        list pages (oldest first, `expand=category`), GET per id beyond them
 *   normalize.ts   toSpec / canonical / metadata comparison
 *   plan-rules.ts  the rules that need the live campaign
 *   write.ts       partial PUT, enable/disable, waiting out MODIFYING
 */
import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { ProviderRuntime } from '../runtime.js';
import { keyPairAuth } from './auth.js';
import { canonical, metadataEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { readCampaigns } from './read.js';
import { writeCampaign } from './write.js';

export const runtime: ProviderRuntime<VoucherifySpec> = {
  auth: keyPairAuth,
  read: readCampaigns,
  toSpec,
  canonical,
  fieldEquals: (field, want, have) => (field === 'metadata' ? metadataEquals(want, have) : undefined),
  planRules,
  write: writeCampaign,
};
