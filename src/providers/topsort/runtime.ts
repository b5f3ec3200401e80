/**
 * Topsort's plan/apply runtime: bearer API key (auth.ts), list pages (read.ts), normalisation
 * into the spec's shape (normalize.ts, instants.ts), rules needing live state (plan-rules.ts) and
 * a partial PATCH of the changed fields (write.ts).
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import type { ProviderRuntime } from '../runtime.js';
import { apiKeyAuth } from './auth.js';
import { canonical, fieldEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { readCampaigns } from './read.js';
import { writeCampaign } from './write.js';

export const runtime: ProviderRuntime<TopsortSpec> = {
  auth: apiKeyAuth,
  read: readCampaigns,
  toSpec,
  canonical,
  fieldEquals,
  planRules,
  write: writeCampaign,
};
