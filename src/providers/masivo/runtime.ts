/**
 * Masivo's plan/apply runtime: API-key exchange for a bearer token (auth.ts), list pages
 * (read.ts), the live campaign in the spec's shape (normalize.ts), the rules that need the live
 * campaign (plan-rules.ts), the full-payload PUT (write.ts) and what it clears or rewrites beyond
 * the managed fields (implicit-changes.ts), what `import` writes (import.ts) and the create call
 * with its marker (create.ts, marker.ts).
 *
 * Retire: `status: INACTIVE` through the full-payload PUT, which Masivo accepts for a running
 * campaign (status is not among the fields locked once it started). An ended campaign reads
 * FINISHED, which matches any status (normalize.ts), so retiring it sends nothing: it is already
 * over, and Masivo would refuse any update to it. Masivo documents no delete call: no `remove`.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { ProviderRuntime } from '../runtime.js';
import { masivoAuth } from './auth.js';
import { canonical, statusEquals, toSpec } from './normalize.js';
import { planRules } from './plan-rules.js';
import { glance, importSpec } from './import.js';
import { read, readAll } from './read.js';
import { write } from './write.js';
import { implicitChanges } from './implicit-changes.js';
import { create } from './create.js';

export const runtime: ProviderRuntime<MasivoSpec> = {
  auth: ({ credentials }) => masivoAuth(credentials.api_key ?? ''),
  read,
  readAll,
  importSpec,
  glance,
  toSpec,
  canonical,
  fieldEquals: (field, _desired, _live, { live }) => (field === 'status' ? statusEquals(live.raw) : undefined),
  planRules,
  implicitChanges,
  write,
  create,
  retire: { stopped: () => ({ status: 'INACTIVE' }) },
};
