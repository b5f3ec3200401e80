/**
 * Masivo's plan/apply runtime: API-key exchange for a bearer token (auth.ts), list pages
 * (read.ts), the live campaign in the spec's shape (normalize.ts), the rules that need the live
 * campaign (plan-rules.ts), the full-payload PUT (write.ts) and what `import` writes (import.ts).
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { ProviderRuntime } from '../runtime.js';
import { masivoAuth } from './auth.js';
import { canonical, statusEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { importSpec } from './import.js';
import { read, readAll } from './read.js';
import { write } from './write.js';

export const runtime: ProviderRuntime<MasivoSpec> = {
  auth: ({ credentials }) => masivoAuth(credentials.api_key ?? ''),
  read,
  readAll,
  importSpec,
  toSpec,
  canonical,
  fieldEquals: (field, _desired, _live, { live }) => (field === 'status' ? statusEquals(live.raw) : undefined),
  planRules,
  write,
};
