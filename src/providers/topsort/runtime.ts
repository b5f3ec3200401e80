/**
 * Topsort's plan/apply runtime: bearer API key (auth.ts), list pages (read.ts), normalisation
 * into the spec's shape (normalize.ts, instants.ts), rules needing live state (plan-rules.ts),
 * a partial PATCH of the changed fields (write.ts), what `import` writes (import.ts), creating
 * campaigns (create.ts, identity.ts), and retiring or deleting them (retire-remove.ts).
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import type { ProviderRuntime } from '../runtime.js';
import { apiKeyAuth } from './auth.js';
import { canonical, fieldEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { glance, importSpec } from './import.js';
import { readAllCampaigns, readCampaigns } from './read.js';
import { writeCampaign } from './write.js';
import { createCampaign, createFields } from './create.js';
import { identity, identityOf } from './identity.js';
import { deleteCampaign, stopped } from './retire-remove.js';

export const runtime: ProviderRuntime<TopsortSpec> = {
  auth: apiKeyAuth,
  read: readCampaigns,
  readAll: readAllCampaigns,
  importSpec,
  glance,
  toSpec,
  canonical,
  fieldEquals,
  planRules,
  write: writeCampaign,
  create: { identity, identityOf, fields: createFields, send: createCampaign },
  retire: { stopped },
  remove: { send: deleteCampaign },
};
