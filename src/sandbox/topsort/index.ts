/**
 * The Topsort fake: campaign-service (`/public/v1/campaign-service/campaigns…`) behind `/topsort`.
 * Everything Topsort-specific lives in this folder:
 *   routes.ts (paths and methods, the kit's router), auth.ts (bearer key), errors.ts (array bodies,
 *   404/405/429/5xx and rate-limit headers included),
 *   validation.ts + models.ts + update-model.ts + create-model.ts + bid-model.ts (FastAPI 422 bodies),
 *   rules.ts (rules needing the stored campaign), apply-patch.ts (PATCH semantics, past start → now),
 *   read-shape.ts (read quirks), list.ts (pagination), read.ts (GET/DELETE), create.ts, update.ts,
 *   store.ts (state slice), seed.ts (embedded data).
 */
import { defineFake } from '../kit/define-fake.js';
import { rateLimitHeaders, topsortErrors } from './errors.js';
import { handle } from './routes.js';
import { seed } from './seed.js';

export const fake = defineFake({ name: 'topsort', errors: topsortErrors, handle, rateLimitHeaders, seed, harness: async () => (await import('./harness.js')).harness });
