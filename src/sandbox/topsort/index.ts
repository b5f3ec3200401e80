/**
 * The Topsort fake: campaign-service (`/public/v1/campaign-service/campaigns…`) behind `/topsort`.
 * Everything Topsort-specific lives in this folder:
 *   routes.ts (paths, methods, trailing slash), auth.ts (bearer key), errors.ts (array bodies),
 *   validation.ts + models.ts + update-model.ts + create-model.ts (FastAPI 422 bodies),
 *   rules.ts (rules needing the stored campaign), apply-patch.ts (PATCH semantics, past start → now),
 *   read-shape.ts (read quirks), list.ts (pagination), read.ts (GET/DELETE), create.ts, update.ts,
 *   store.ts (state slice), limits.ts (429 and faults), seed.ts (embedded data).
 */
import type { VendorFake } from '../fake.js';
import { rateLimited, rateLimitHeaders, serverFault } from './limits.js';
import { route } from './routes.js';
import { seed } from './seed.js';

export const fake: VendorFake = {
  name: 'topsort',
  handle: route,
  rateLimited,
  rateLimitHeaders,
  serverFault,
  seed,
  harness: async () => (await import('./harness.js')).harness,
};
