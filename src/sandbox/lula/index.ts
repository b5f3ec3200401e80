/**
 * The Lula Commerce (stores-service) fake. Everything Lula means lives in this folder:
 * routes.ts (paths, the kit's router), auth.ts, errors.ts (Lula's error bodies, 404/429/5xx included), list.ts (offset pagination),
 * read-shape.ts and status.ts (what reads return), update.ts, create.ts and delete.ts (writes),
 * field-rules.ts and dates.ts (the rules they share), request-body.ts, state.ts (the state
 * slice and its write-only side table), store-links.ts and store-directory.ts, seed.ts.
 */
import type { FakeContext, FakeRequest } from '../fake.js';
import { defineFake } from '../kit/define-fake.js';
import { checkAuth } from './auth.js';
import { lulaErrors } from './errors.js';
import { campaignRoutes } from './routes.js';
import { seed } from './seed.js';

// Assumed: authentication is checked before routing (a gateway in front of the services).
const handle = (req: FakeRequest, ctx: FakeContext) => checkAuth(req) ?? campaignRoutes(req, ctx);

// Assumed: Lula documents no rate-limit headers, so normal answers carry none.
export const fake = defineFake({ name: 'lula', errors: lulaErrors, handle, seed, harness: async () => (await import('./harness.js')).harness });
