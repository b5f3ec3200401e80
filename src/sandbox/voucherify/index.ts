/**
 * The Voucherify fake: `/voucherify` + the vendor's real paths (`/v1/campaigns…`). Everything the
 * vendor means lives in this folder:
 *   routes.ts        paths and methods (the kit's router), enable/disable, delete
 *   auth.ts          X-App-Id / X-App-Token and the 401
 *   errors.ts        the vendor's error body, 404/405/429/5xx and rate-limit headers included
 *   list.ts          page/limit pagination, order, expand; filters.ts the `filters` query
 *   update-rules.ts  what PUT takes per campaign type (the rest silently ignored) and its rules
 *   update.ts        partial update: metadata merge, unset, dates with ms, updated_at
 *   create.ts        POST /v1/campaigns (create-rules.ts its rules); 409 on a duplicate name
 *   generation.ts    codes generated in the background after a create (IN_PROGRESS until done)
 *   read-shape.ts    list items vs GET, the transient MODIFYING on PUT answers
 *   discount.ts, programs.ts, validity.ts, checks.ts   body schemas
 *   categories.ts, access.ts, project.ts               categories, areas/stores, bin
 *   seed.ts          the embedded project, with its deliberate drift
 */
import { defineFake } from '../kit/define-fake.js';
import { rateLimitHeaders, voucherifyErrors } from './errors.js';
import { handle } from './routes.js';
import { seed } from './seed.js';

export const fake = defineFake({ name: 'voucherify', errors: voucherifyErrors, handle, rateLimitHeaders, seed: () => seed(), harness: async () => (await import('./harness.js')).harness });
