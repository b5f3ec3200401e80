/**
 * The Masivo storefront campaigns API, faked for the sandbox. Everything Masivo-specific lives in
 * this folder:
 *   routes.ts      paths, methods, 404/405, where auth applies
 *   auth.ts        `GET /auth/authorize` and expiring bearer tokens
 *   list.ts        `GET /campaigns` index-range pagination and filters
 *   campaigns.ts   read, create, full-payload update, and the order of their checks
 *   validation.ts  the write payload's fields, types, enums and bounds
 *   write-rules.ts date windows, started/ended campaigns, COUPONS confirmation
 *   read-shape.ts  the read projection: status vocabulary, date format, codes summary
 *   store.ts       what an accepted write stores (omitted fields cleared)
 *   state.ts       the shape of Masivo's state slice
 *   errors.ts      the (assumed) error body
 *   seed.ts        the embedded sandbox's initial campaigns
 */
import type { VendorFake } from '../fake.js';
import { errorBody } from './errors.js';
import { route } from './routes.js';
import { seed } from './seed.js';

const FAULT_CODES = { 500: 'INTERNAL_SERVER_ERROR', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE' } as const;

export const fake: VendorFake = {
  name: 'masivo',
  handle: (req, ctx) => route(req, ctx),
  // Assumed: Masivo documents no rate limit; a plain 429 with Retry-After and the fake's error body.
  rateLimited: (info) => ({
    status: 429,
    headers: { 'retry-after': String(info.retryAfterSeconds) },
    body: errorBody('RATE_LIMITED', 'too many requests, retry later'),
  }),
  // No rate-limit headers on normal answers: none are documented.
  rateLimitHeaders: () => ({}),
  serverFault: (status) => {
    const code = status === 502 || status === 503 ? FAULT_CODES[status] : FAULT_CODES[500];
    return { status, body: errorBody(code, 'the server could not complete the request') };
  },
  seed,
  harness: async () => (await import('./harness.js')).harness,
};
