/**
 * Masivo's token exchange: `GET /auth/authorize` with `x-api-key` answers `{"data": "<JWT>"}`; every
 * storefront call carries `Authorization: Bearer <JWT>`. Tokens expire after
 * `ctx.options.tokenLifetimeSeconds` (3600 s, as Masivo's 1-hour JWT; tests shorten it).
 *
 * A token is an HS256 JWT signed with a secret that belongs to one sandbox instance (keyed by that
 * sandbox's options object, which lives as long as the sandbox), so only tokens this sandbox issued
 * pass, across state replacements, and several sandboxes in one process do not share tokens.
 * Assumed: any non-empty API key is accepted (the sandbox has no accounts); the token carries
 * `exp`/`iat` in seconds and `role: "SERVER"` (create/update need a SERVER token).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FakeContext, FakeOptions, FakeRequest, FakeResponse } from '../fake.js';
import { fail } from './errors.js';

const secrets = new WeakMap<FakeOptions, Buffer>();

function secretFor(options: FakeOptions): Buffer {
  let s = secrets.get(options);
  if (!s) {
    s = randomBytes(32);
    secrets.set(options, s);
  }
  return s;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

function sign(input: string, options: FakeOptions): string {
  return createHmac('sha256', secretFor(options)).update(input).digest('base64url');
}

/** A stable account id per API key: a uuid-shaped digest (account_id is "derived from the token"). */
function accountIdOf(apiKey: string): string {
  const h = createHash('sha256').update(apiKey).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Assumed: a missing or empty key is answered 401 in the fake's error shape. */
export function authorize(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const apiKey = req.headers['x-api-key']?.trim();
  if (!apiKey) return fail(401, 'UNAUTHORIZED', 'missing x-api-key header');
  const iat = Math.floor(ctx.now().getTime() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({ sub: accountIdOf(apiKey), account_id: accountIdOf(apiKey), role: 'SERVER', iat, exp: iat + ctx.options.tokenLifetimeSeconds }),
  );
  const token = `${header}.${payload}.${sign(`${header}.${payload}`, ctx.options)}`;
  return { status: 200, body: { data: token } };
}

/** undefined when the bearer token is one this sandbox issued and has not expired; else the 401. */
export function checkBearer(req: FakeRequest, ctx: FakeContext): FakeResponse | undefined {
  const header = req.headers.authorization?.trim() ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return fail(401, 'UNAUTHORIZED', 'missing bearer token: send Authorization: Bearer <token> from GET /auth/authorize');
  const parts = match[1]!.split('.');
  if (parts.length !== 3) return fail(401, 'INVALID_TOKEN', 'invalid access token');
  const [h, p, sig] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${h}.${p}`, ctx.options));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return fail(401, 'INVALID_TOKEN', 'invalid access token');
  let exp: unknown;
  try {
    exp = (JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  } catch {
    return fail(401, 'INVALID_TOKEN', 'invalid access token');
  }
  if (typeof exp !== 'number' || ctx.now().getTime() >= exp * 1000) return fail(401, 'TOKEN_EXPIRED', 'access token has expired');
  return undefined;
}
