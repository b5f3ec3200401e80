/**
 * The Masivo storefront campaigns API, faked for the sandbox. Everything Masivo-specific lives in
 * this folder:
 *   routes.ts      paths, methods and where auth applies (the kit's router)
 *   auth.ts        `GET /auth/authorize` and expiring bearer tokens
 *   list.ts        `GET /campaigns` index-range pagination and filters
 *   campaigns.ts   read, create, full-payload update, and the order of their checks
 *   validation.ts  the write payload's fields, types, enums and bounds
 *   write-rules.ts date windows, started/ended campaigns, COUPONS confirmation
 *   read-shape.ts  the read projection: status vocabulary, date format, codes summary
 *   store.ts       what an accepted write stores (omitted fields cleared)
 *   state.ts       the shape of Masivo's state slice
 *   errors.ts      the (assumed) error body, 404/405/429/5xx included
 *   seed.ts        the embedded sandbox's initial campaigns
 */
import { defineFake } from '../kit/define-fake.js';
import { masivoErrors } from './errors.js';
import { handle } from './routes.js';
import { seed } from './seed.js';

// No rate-limit headers on normal answers: none are documented.
export const fake = defineFake({ name: 'masivo', errors: masivoErrors, handle, seed, harness: async () => (await import('./harness.js')).harness });
