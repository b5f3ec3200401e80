/**
 * Masivo's storefront routes behind the `/masivo` prefix (the account endpoint is the storefront
 * base `…/api/storefront/v1`): `GET /auth/authorize`, `GET|POST /campaigns`, `GET|PUT /campaigns/{id}`.
 *
 * An unknown path (a trailing slash included) is a 404 before any credential check; a known path with
 * another method is a 405 with `Allow` (Assumed: the docs list no other methods). Every campaign
 * route then needs a valid bearer token (401 otherwise).
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { authorize, checkBearer } from './auth.js';
import { createCampaign, getCampaign, updateCampaign } from './campaigns.js';
import { fail } from './errors.js';
import { listCampaigns } from './list.js';

type Handler = (req: FakeRequest, ctx: FakeContext, id: string) => FakeResponse;

interface Route {
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, Handler>>;
  readonly authenticated: boolean;
}

const ROUTES: readonly Route[] = [
  { pattern: /^\/auth\/authorize$/, methods: { GET: (req, ctx) => authorize(req, ctx) }, authenticated: false },
  { pattern: /^\/campaigns$/, methods: { GET: (req, ctx) => listCampaigns(req, ctx), POST: (req, ctx) => createCampaign(req, ctx) }, authenticated: true },
  { pattern: /^\/campaigns\/([^/]+)$/, methods: { GET: getCampaign, PUT: updateCampaign }, authenticated: true },
];

export function route(req: FakeRequest, ctx: FakeContext): FakeResponse {
  for (const r of ROUTES) {
    const m = r.pattern.exec(req.path);
    if (!m) continue;
    const handler = r.methods[req.method];
    if (!handler) {
      const allow = Object.keys(r.methods).join(', ');
      return fail(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}`, undefined, { allow });
    }
    if (r.authenticated) {
      const denied = checkBearer(req, ctx);
      if (denied) return denied;
    }
    const id = safeDecode(m[1] ?? '');
    if (id === undefined) return fail(404, 'NOT_FOUND', 'campaign not found');
    return handler(req, ctx, id);
  }
  return fail(404, 'NOT_FOUND', `no route for ${req.method} ${req.path}`);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
