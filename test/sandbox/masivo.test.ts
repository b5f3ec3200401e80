/**
 * The Masivo fake over real HTTP: the seed page's request, auth with expiring tokens, every
 * documented rule (violation → 400 in the fake's error shape, state untouched), the read-shape
 * quirks, pagination, rate limit, faults and the request log.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { call, SANDBOX_NOW, startTestSandbox, type CallOptions, type CallResult } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

type Json = Record<string, unknown>;

const COFFEE = '6ab8ebd7-08d5-40c3-9d7e-118d65906a5b'; // PUNCH_CARDS, started 2026-03-01, paused (seed drift)
const DOUBLE = 'd03e623e-cc9b-4610-a661-1d2a5901ce82'; // BEHAVIOR, scheduled for 2027
const REFER = 'd5843e2a-ddbc-4577-92a0-22ff8fb19977'; // REFERRALS, started, paused
const WELCOME = '370f67dc-b60e-4a2f-ac8d-0ca4dc15d7e3'; // COUPONS, scheduled for 2026-12-01, 20,000 codes
const CASHBACK = '9f1c2b7e-5d4a-4c1e-9b2f-3a6d8e7c1f20'; // BEHAVIOR, finished (unmanaged)
const BUENFIN = 'b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43'; // COUPONS, running, custom codes (unmanaged)

const READ_KEYS = ['attributes', 'brand_id', 'budget', 'description', 'end_date', 'funded_by', 'id', 'metadata', 'name', 'rules', 'start_date', 'status', 'type'];
const RULES = JSON.stringify([
  { conditions: [[{ type: 'Order Value', operator: 'greater than', primitive: 'number', value: 500 }]], effects: [{ reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd', amount: 1 }] },
]);

let sb: Sandbox;
let clock: Date;

async function start(opts: SandboxOptions = {}): Promise<void> {
  await sb?.stop();
  clock = new Date(SANDBOX_NOW);
  sb = await startTestSandbox({ now: () => clock, ...opts });
}

beforeEach(async () => {
  clock = new Date(SANDBOX_NOW);
  sb = await startTestSandbox({ now: () => clock });
});
afterEach(async () => {
  await sb.stop();
});

async function token(): Promise<string> {
  const res = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' } });
  expect(res.status).toBe(200);
  return (res.body as { data: string }).data;
}

async function api(method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const t = await token();
  return call(sb, 'masivo', method, path, { ...opts, headers: { authorization: `Bearer ${t}`, ...opts.headers } });
}

async function read(id: string, query?: CallOptions['query']): Promise<Json> {
  const res = await api('GET', `/campaigns/${id}`, query ? { query } : {});
  expect(res.status).toBe(200);
  return (res.body as { data: Json }).data;
}

/** The full payload a careful reconciler sends: the live campaign in write vocabulary (a null `metadata` left out). */
async function payloadOf(id: string): Promise<Json> {
  const live = await read(id);
  const { id: _id, type: _type, status, end_date, metadata, ...rest } = live;
  return {
    ...rest,
    ...(metadata === null ? {} : { metadata }),
    status: status === 'PAUSED' ? 'INACTIVE' : 'ACTIVE',
    ...(end_date === null ? { withoutEndDate: true } : { end_date }),
  };
}

function masivoState(): { campaigns: Json[]; writeOnly: Record<string, Json>; codeUsage: Record<string, number> } {
  return structuredClone(sb.state().masivo) as never;
}

/** A rejected write: the status, the fake's error body, and state untouched. */
async function expectRejected(method: string, path: string, opts: CallOptions, code: string, field?: string, status = 400): Promise<Json> {
  const before = masivoState();
  const res = await api(method, path, opts);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const err = (res.body as { error: Json }).error;
  expect(err.code).toBe(code);
  expect(typeof err.message).toBe('string');
  if (field !== undefined) expect(err.field).toBe(field);
  expect(masivoState()).toEqual(before);
  return err;
}

async function put(id: string, type: string, body: Json): Promise<CallResult> {
  return api('PUT', `/campaigns/${id}`, { query: { type }, body });
}

// ---------------------------------------------------------------------------------------------

describe('seed page requests', () => {
  it('PUT /campaigns/{id}?type= with a full payload answers {data: {id, name, status, attributes}} in the read vocabulary', async () => {
    const body = { ...(await payloadOf(COFFEE)), status: 'ACTIVE', budget: 1000, divide_budget_in: 'daily', labels: [{ label: 'x', value: 'x' }], metadata: '{"a":1}' };
    const res = await put(COFFEE, 'PUNCH_CARDS', body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { id: COFFEE, name: 'Tarjeta de sellos Café Aurora', status: 'RUNNING', attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' } } });
    expect(await read(COFFEE)).toMatchObject({ budget: 1000, metadata: '{"a":1}' });
  });

  it('GET /auth/authorize with x-api-key answers {data: <JWT>} valid for tokenLifetimeSeconds', async () => {
    const res = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'key' } });
    expect(res.status).toBe(200);
    const jwt = (res.body as { data: string }).data;
    const parts = jwt.split('.');
    expect(parts).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as { iat: number; exp: number; role: string };
    expect(claims.exp - claims.iat).toBe(3600);
    expect(claims.iat).toBe(SANDBOX_NOW.getTime() / 1000);
    expect(claims.role).toBe('SERVER');
  });

  it('GET /campaigns/{id} answers {data: campaign}; GET /campaigns answers {data, from, to, count}', async () => {
    const one = await api('GET', `/campaigns/${DOUBLE}`);
    expect(one.status).toBe(200);
    expect(Object.keys((one.body as { data: Json }).data).sort()).toEqual(READ_KEYS);
    const list = await api('GET', '/campaigns');
    expect(list.status).toBe(200);
    expect(Object.keys(list.body as Json).sort()).toEqual(['count', 'data', 'from', 'to']);
  });

  it('POST /campaigns?type= creates a campaign: 201', async () => {
    const res = await api('POST', '/campaigns', {
      query: { type: 'BEHAVIOR' },
      body: { name: 'Nueva', rules: RULES, status: 'ACTIVE', start_date: '2026-12-10T06:00:00Z', end_date: '2027-01-10T06:00:00Z', budget: 10 },
    });
    expect(res.status).toBe(201);
    const data = (res.body as { data: Json }).data;
    expect(data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(data).toMatchObject({ name: 'Nueva', status: 'SCHEDULED', attributes: {} });
    const live = await read(data.id as string);
    expect(live).toMatchObject({ type: 'BEHAVIOR', name: 'Nueva', start_date: '2026-12-10T06:00:00Z', end_date: '2027-01-10T06:00:00Z', budget: 10, brand_id: null });
  });
});

describe('auth', () => {
  it('answers a missing or empty x-api-key with 401', async () => {
    for (const headers of [{}, { 'x-api-key': '' }] as Record<string, string>[]) {
      const res = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: 'missing x-api-key header' } });
    }
  });

  it('answers a missing, empty or non-bearer Authorization with 401', async () => {
    for (const headers of [{}, { authorization: '' }, { authorization: 'Bearer ' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const res = await call(sb, 'masivo', 'GET', '/campaigns', { headers });
      expect(res.status).toBe(401);
      expect((res.body as { error: Json }).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('refuses a token it did not issue: forged, tampered, or from another sandbox', async () => {
    const t = await token();
    const [h, p] = t.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Json;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: 9999999999 })).toString('base64url')}.${t.split('.')[2]}`;
    const other = await startTestSandbox();
    const foreign = (await call(other, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'k' } })).body as { data: string };
    await other.stop();
    for (const bad of ['not-a-token', 'a.b.c', tampered, foreign.data]) {
      const res = await call(sb, 'masivo', 'GET', '/campaigns', { headers: { authorization: `Bearer ${bad}` } });
      expect(res.status).toBe(401);
      expect((res.body as { error: Json }).error.code).toBe('INVALID_TOKEN');
    }
  });

  it('tokens expire after tokenLifetimeSeconds', async () => {
    await start({ tokenLifetimeSeconds: 60 });
    const t = await token();
    const get = () => call(sb, 'masivo', 'GET', `/campaigns/${COFFEE}`, { headers: { authorization: `Bearer ${t}` } });
    clock = new Date(SANDBOX_NOW.getTime() + 59_000);
    expect((await get()).status).toBe(200);
    clock = new Date(SANDBOX_NOW.getTime() + 60_000);
    const expired = await get();
    expect(expired.status).toBe(401);
    expect((expired.body as { error: Json }).error.code).toBe('TOKEN_EXPIRED');
    // A fresh exchange works again.
    expect((await api('GET', `/campaigns/${COFFEE}`)).status).toBe(200);
  });

  it('tokens survive a state replacement (PUT /_sandbox/state)', async () => {
    const t = await token();
    const state = sb.state();
    const res = await fetch(`${sb.url}/_sandbox/state`, { method: 'PUT', body: JSON.stringify(state) });
    expect(res.status).toBe(200);
    expect((await call(sb, 'masivo', 'GET', '/campaigns', { headers: { authorization: `Bearer ${t}` } })).status).toBe(200);
  });
});

describe('routes', () => {
  it('unknown paths, trailing slashes and unknown campaigns are 404 in the fake error shape', async () => {
    for (const path of ['/nope', '/campaigns/', '/auth/authorize/', '/campaigns/x/y']) {
      const res = await api('GET', path);
      expect(res.status, path).toBe(404);
      expect((res.body as { error: Json }).error.code).toBe('NOT_FOUND');
    }
    const missing = await api('GET', '/campaigns/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: 'campaign not found' } });
    const putMissing = await put('00000000-0000-4000-8000-000000000000', 'BEHAVIOR', {});
    expect(putMissing.status).toBe(404);
  });

  it('a campaign id whose percent-encoding is broken names no route: 404 before the token check', async () => {
    const res = await call(sb, 'masivo', 'GET', '/campaigns/%E0%A4%A');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'no route for GET /campaigns/%E0%A4%A' } });
  });

  it('a known path with another method is 405 with Allow', async () => {
    const res = await api('DELETE', `/campaigns/${COFFEE}`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PUT');
    expect((res.body as { error: Json }).error.code).toBe('METHOD_NOT_ALLOWED');
    expect((await call(sb, 'masivo', 'POST', '/auth/authorize', { headers: { 'x-api-key': 'k' } })).status).toBe(405);
  });
});

describe('pagination (index range, inclusive, with count)', () => {
  it('defaults to from=0, to=9 and pages by inclusive index range', async () => {
    const all = await api('GET', '/campaigns');
    expect(all.body).toMatchObject({ from: 0, to: 9, count: 6 });
    expect((all.body as { data: Json[] }).data).toHaveLength(6);
    const seen: string[] = [];
    for (let from = 0; ; from += 2) {
      const page = (await api('GET', '/campaigns', { query: { from, to: from + 1 } })).body as { data: Json[]; from: number; to: number; count: number };
      expect(page).toMatchObject({ from, to: from + 1, count: 6 });
      if (page.data.length === 0) break;
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((c) => c.id as string));
    }
    expect(seen).toEqual((all.body as { data: Json[] }).data.map((c) => c.id));
  });

  it('list items are the same objects as reads', async () => {
    const list = (await api('GET', '/campaigns')).body as { data: Json[] };
    for (const item of list.data) expect(item).toEqual(await read(item.id as string));
  });

  it('serves at most 100 items a page and says so in `to`', async () => {
    const base = masivoState().campaigns[1]!;
    const campaigns = Array.from({ length: 150 }, (_, i) => ({ ...base, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    await start({ initialState: { masivo: { campaigns } } });
    const page = (await api('GET', '/campaigns', { query: { from: 0, to: 199 } })).body as { data: Json[]; from: number; to: number; count: number };
    expect(page.data).toHaveLength(100);
    expect(page).toMatchObject({ from: 0, to: 99, count: 150 });
    const rest = (await api('GET', '/campaigns', { query: { from: 100, to: 199 } })).body as { data: Json[] };
    expect(rest.data).toHaveLength(50);
  });

  it('filters by type, status (NOT FINISHED too) and labels; count is the filtered total', async () => {
    const ids = async (query: CallOptions['query']): Promise<{ ids: string[]; count: number }> => {
      const body = (await api('GET', '/campaigns', { query })).body as { data: Json[]; count: number };
      return { ids: body.data.map((c) => c.id as string), count: body.count };
    };
    expect(await ids({ type: 'COUPONS' })).toEqual({ ids: [WELCOME, BUENFIN], count: 2 });
    expect(await ids({ status: 'SCHEDULED' })).toEqual({ ids: [DOUBLE, WELCOME], count: 2 });
    expect(await ids({ status: 'PAUSED' })).toEqual({ ids: [COFFEE, REFER], count: 2 });
    expect(await ids({ status: 'FINISHED' })).toEqual({ ids: [CASHBACK], count: 1 });
    expect((await ids({ status: 'NOT FINISHED' })).count).toBe(5);
    expect(await ids({ labels: 'cafeteria,nothing' })).toEqual({ ids: [COFFEE], count: 1 });
    expect(await ids({ brand_id: '2cc67d9c-410c-44c8-aa8c-741fbdbc58af', status: 'RUNNING' })).toEqual({ ids: [BUENFIN], count: 1 });
  });

  it('refuses bad ranges and filters with 400', async () => {
    for (const [query, field] of [
      [{ from: -1 }, 'from'],
      [{ from: 'a' }, 'from'],
      [{ from: 5, to: 4 }, 'to'],
      [{ status: 'ACTIVE' }, 'status'],
      [{ type: 'LOYALTY' }, 'type'],
      [{ includes: 'EVERYTHING' }, 'includes'],
    ] as const) {
      const res = await api('GET', '/campaigns', { query });
      expect(res.status).toBe(400);
      expect((res.body as { error: Json }).error).toMatchObject({ code: 'INVALID_QUERY', field });
    }
  });
});

describe('read shape quirks', () => {
  it('returns only read fields: rules and metadata as JSON strings; no write-only fields, account_id, order, created_at', async () => {
    const c = await read(REFER);
    expect(Object.keys(c).sort()).toEqual(READ_KEYS);
    expect(typeof c.rules).toBe('string');
    expect(JSON.parse(c.rules as string)).toHaveLength(1);
    expect(c.metadata).toBe('{"program":"member-get-member","terms_version":"2026-04"}');
    expect((await read(DOUBLE)).metadata).toBeNull();
  });

  it('metadata is returned as a JSON string in lists too', async () => {
    const list = ((await api('GET', '/campaigns')).body as { data: Json[] }).data;
    const byId = new Map(list.map((c) => [c.id, c.metadata]));
    expect(byId.get(REFER)).toBe('{"program":"member-get-member","terms_version":"2026-04"}');
    expect(JSON.parse(byId.get(WELCOME) as string)).toEqual({ owner: 'crm-app', utm_campaign: 'bienvenida-app', cost_center: 'MKT-DIG-014' });
    expect(byId.get(DOUBLE)).toBeNull();
  });

  it('a hand-written state object keeps its metadata: it is returned, not dropped', async () => {
    const state = masivoState();
    const campaigns = state.campaigns.map((c) => (c.id === DOUBLE ? { ...c, metadata: '{"owner":"ops"}' } : c.id === REFER ? (({ metadata: _m, ...rest }) => rest)(c) : c));
    sb.setState({ masivo: { campaigns } });
    expect((await read(DOUBLE)).metadata).toBe('{"owner":"ops"}');
    expect((await read(REFER)).metadata).toBeNull(); // no metadata key at all: read as null
    const list = ((await api('GET', '/campaigns')).body as { data: Json[] }).data;
    expect(list.find((c) => c.id === DOUBLE)!.metadata).toBe('{"owner":"ops"}');
  });

  it('write-only fields are accepted and never returned; metadata is stored and returned as compact JSON text', async () => {
    const body = {
      ...(await payloadOf(WELCOME)),
      withoutEndDate: true,
      platforms: [{ label: 'App', value: 'APP' }],
      labels: [{ label: 'Bienvenida', value: 'bienvenida' }],
      divide_budget_in: 'total',
      metadata: '{ "owner": "crm-app",  "n": 1 }',
      quantity: 20000,
      useCustomCodes: false,
    };
    expect((await put(WELCOME, 'COUPONS', body)).status).toBe(200);
    const c = await read(WELCOME);
    expect(Object.keys(c).sort()).toEqual(READ_KEYS);
    expect(c.metadata).toBe('{"owner":"crm-app","n":1}');
    const state = masivoState();
    expect(state.campaigns.find((x) => x.id === WELCOME)!.metadata).toBe('{"owner":"crm-app","n":1}');
    expect(state.writeOnly[WELCOME]).not.toHaveProperty('metadata');
  });

  it('status is written ACTIVE/INACTIVE and read RUNNING/PAUSED/SCHEDULED/FINISHED, following the clock', async () => {
    expect((await read(DOUBLE)).status).toBe('SCHEDULED');
    expect((await read(COFFEE)).status).toBe('PAUSED');
    expect((await read(BUENFIN)).status).toBe('RUNNING');
    expect((await read(CASHBACK)).status).toBe('FINISHED');
    const res = await put(COFFEE, 'PUNCH_CARDS', { ...(await payloadOf(COFFEE)), status: 'ACTIVE' });
    expect((res.body as { data: Json }).data.status).toBe('RUNNING');
    expect((await read(COFFEE)).status).toBe('RUNNING');
    const res2 = await put(DOUBLE, 'BEHAVIOR', { ...(await payloadOf(DOUBLE)), status: 'INACTIVE' });
    expect((res2.body as { data: Json }).data.status).toBe('PAUSED');
    clock = new Date('2027-01-01T06:00:00Z');
    expect((await read(WELCOME)).status).toBe('RUNNING');
    clock = new Date('2026-12-31T05:59:59Z');
    expect((await read(BUENFIN)).status).toBe('FINISHED');
  });

  it('rules are stored as compact JSON text: spacing does not survive a read', async () => {
    const spaced = JSON.stringify(JSON.parse(RULES), null, 2);
    expect((await put(DOUBLE, 'BEHAVIOR', { ...(await payloadOf(DOUBLE)), rules: spaced })).status).toBe(200);
    const c = await read(DOUBLE);
    expect(c.rules).toBe(RULES);
    expect(c.rules).not.toBe(spaced);
  });

  it('PUT replaces the whole campaign: omitted fields are cleared', async () => {
    expect((await put(DOUBLE, 'BEHAVIOR', { ...(await payloadOf(DOUBLE)), metadata: '{"a":1}' })).status).toBe(200);
    const { description: _d, funded_by: _f, budget: _b, attributes: _a, brand_id: _br, metadata: _m, ...rest } = await payloadOf(DOUBLE);
    expect((await put(DOUBLE, 'BEHAVIOR', rest)).status).toBe(200);
    const c = await read(DOUBLE);
    expect(c).toMatchObject({ description: null, funded_by: null, budget: null, attributes: {}, brand_id: null, metadata: null });
    // The write-only fields (platforms, labels, divide_budget_in) were omitted too: cleared.
    expect(masivoState().writeOnly[DOUBLE]).toEqual({});
  });

  it('a started campaign PUT without metadata clears it (reads null)', async () => {
    const { metadata, ...rest } = await payloadOf(REFER);
    expect(metadata).toBe('{"program":"member-get-member","terms_version":"2026-04"}');
    expect((await put(REFER, 'REFERRALS', rest)).status).toBe(200);
    expect((await read(REFER)).metadata).toBeNull();
    expect(masivoState().campaigns.find((c) => c.id === REFER)!.metadata).toBeNull();
  });

  it('dates read back in UTC without milliseconds', async () => {
    const body = { ...(await payloadOf(WELCOME)), start_date: '2026-12-05T10:00:00.750+02:00' };
    expect((await put(WELCOME, 'COUPONS', body)).status).toBe(200);
    expect((await read(WELCOME)).start_date).toBe('2026-12-05T08:00:00Z');
  });

  it('includes=CODES_SUMMARY adds attributes.codes_summary to COUPONS campaigns only', async () => {
    expect((await read(BUENFIN, { includes: 'CODES_SUMMARY' })).attributes).toEqual({
      privacy: 'PUBLIC',
      codes_summary: { used: 2, total: 3, left: 1, codes: ['BUENFIN-AB12', 'BUENFIN-CD34', 'BUENFIN-EF56'], codes_usage: 0.6667 },
    });
    expect(((await read(WELCOME, { includes: 'CODES_SUMMARY' })).attributes as Json).codes_summary).toMatchObject({ total: 20000, used: 0, left: 20000 });
    expect((await read(DOUBLE, { includes: 'CODES_SUMMARY' })).attributes).toEqual({ trigger: 'PURCHASE', privacy: 'PUBLIC' });
    expect((await read(BUENFIN)).attributes).toEqual({ privacy: 'PUBLIC' });
  });
});

describe('update rules', () => {
  it('type query is required and must be a campaign type', async () => {
    const body = await payloadOf(DOUBLE);
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body }, 'VALIDATION_ERROR', 'type');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body, query: { type: 'LOYALTY' } }, 'VALIDATION_ERROR', 'type');
  });

  it('type must equal the campaign type', async () => {
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: await payloadOf(DOUBLE), query: { type: 'COUPONS' } }, 'TYPE_MISMATCH', 'type');
  });

  it('budget must be at least 1', async () => {
    const body = await payloadOf(DOUBLE);
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, budget: 0.5 }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'budget');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, budget: '100' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'budget');
    expect((await put(DOUBLE, 'BEHAVIOR', { ...body, budget: 1 })).status).toBe(200);
  });

  it('status must be ACTIVE or INACTIVE (the read vocabulary is refused); divide_budget_in an enum', async () => {
    const body = await payloadOf(DOUBLE);
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, status: 'SCHEDULED' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'status');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, divide_budget_in: 'yearly' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'divide_budget_in');
  });

  it('metadata must be a string holding a JSON object', async () => {
    const body = await payloadOf(DOUBLE);
    for (const metadata of [{ a: 1 }, '[1]', 'null', 'not json', '"text"', null, 1]) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, metadata }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'metadata');
    }
    expect((await put(DOUBLE, 'BEHAVIOR', { ...body, metadata: '{ "a": {"b": [1]} }' })).status).toBe(200);
    expect((await read(DOUBLE)).metadata).toBe('{"a":{"b":[1]}}');
  });

  it('rules must be a JSON string with at least one rule', async () => {
    const body = await payloadOf(DOUBLE);
    for (const rules of ['[]', 'not json', '{"conditions":[]}', JSON.parse(RULES) as unknown, '[1]']) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, rules }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'rules');
    }
  });

  it('required fields and account_id', async () => {
    const body = await payloadOf(DOUBLE);
    for (const field of ['name', 'status', 'start_date', 'rules']) {
      const { [field]: _gone, ...rest } = body;
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: rest, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', field);
    }
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, account_id: 'x' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'account_id');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, name: '' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'name');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: [body], query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: '{"name":', query: { type: 'BEHAVIOR' } }, 'INVALID_JSON');
  });

  it('unknown keys (a read echoed back: id, type) are ignored', async () => {
    const live = await read(DOUBLE);
    const res = await put(DOUBLE, 'BEHAVIOR', { ...(await payloadOf(DOUBLE)), id: live.id, type: 'BEHAVIOR', extra: 1 });
    expect(res.status).toBe(200);
    expect(Object.keys(await read(DOUBLE)).sort()).toEqual(READ_KEYS);
  });

  it('end_date must be after start_date', async () => {
    const body = await payloadOf(DOUBLE);
    for (const end_date of ['2027-01-01T06:00:00Z', '2026-12-31T00:00:00Z']) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, end_date }, query: { type: 'BEHAVIOR' } }, 'INVALID_DATE_RANGE', 'end_date');
    }
  });

  it('end_date must be less than one year after start_date', async () => {
    const body = await payloadOf(DOUBLE);
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, end_date: '2028-01-01T06:00:00Z' }, query: { type: 'BEHAVIOR' } }, 'INVALID_DATE_RANGE', 'end_date');
    expect((await put(DOUBLE, 'BEHAVIOR', { ...body, end_date: '2028-01-01T05:59:59Z' })).status).toBe(200);
  });

  it('withoutEndDate: true forbids end_date (even null)', async () => {
    const body = await payloadOf(DOUBLE);
    for (const end_date of ['2027-06-01T00:00:00Z', null]) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, withoutEndDate: true, end_date }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'end_date');
    }
    const { end_date: _e, ...rest } = body;
    expect((await put(DOUBLE, 'BEHAVIOR', { ...rest, withoutEndDate: true })).status).toBe(200);
    expect((await read(DOUBLE)).end_date).toBeNull();
  });

  it('a scheduled campaign start must be today or later and less than a year from now', async () => {
    const body = await payloadOf(DOUBLE);
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, start_date: '2026-11-22T23:59:59Z' }, query: { type: 'BEHAVIOR' } }, 'INVALID_DATE_RANGE', 'start_date');
    await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, start_date: '2027-11-23T12:00:00Z', end_date: '2027-12-01T00:00:00Z' }, query: { type: 'BEHAVIOR' } }, 'INVALID_DATE_RANGE', 'start_date');
    // Earlier today is "today": accepted, and the campaign starts at once.
    expect((await put(DOUBLE, 'BEHAVIOR', { ...body, start_date: '2026-11-23T00:00:00Z', end_date: '2027-06-01T00:00:00Z' })).status).toBe(200);
    expect((await read(DOUBLE)).status).toBe('RUNNING');
  });

  it('a scheduled campaign may change start_date, attributes, rules and brand_id', async () => {
    const body = { ...(await payloadOf(DOUBLE)), start_date: '2027-01-02T06:00:00Z', attributes: { trigger: 'SIGNUP' }, rules: RULES, brand_id: 'b1' };
    expect((await put(DOUBLE, 'BEHAVIOR', body)).status).toBe(200);
    expect(await read(DOUBLE)).toMatchObject({ start_date: '2027-01-02T06:00:00Z', attributes: { trigger: 'SIGNUP' }, rules: RULES, brand_id: 'b1' });
  });

  it('end_date cannot be moved into the past', async () => {
    const body = await payloadOf(COFFEE);
    const { withoutEndDate: _w, ...rest } = body;
    await expectRejected('PUT', `/campaigns/${COFFEE}`, { body: { ...rest, end_date: '2026-11-20T00:00:00Z' }, query: { type: 'PUNCH_CARDS' } }, 'INVALID_DATE_RANGE', 'end_date');
    expect((await put(COFFEE, 'PUNCH_CARDS', { ...rest, end_date: '2026-12-20T00:00:00Z' })).status).toBe(200);
  });

  it('ended campaigns refuse any update, even an unchanged resend', async () => {
    const body = await payloadOf(CASHBACK);
    await expectRejected('PUT', `/campaigns/${CASHBACK}`, { body, query: { type: 'BEHAVIOR' } }, 'CAMPAIGN_ENDED');
    await expectRejected('PUT', `/campaigns/${CASHBACK}`, { body: { ...body, name: 'x' }, query: { type: 'BEHAVIOR' } }, 'CAMPAIGN_ENDED');
  });

  it('started campaigns refuse a change of start_date, attributes, rules or brand_id', async () => {
    const body = await payloadOf(COFFEE);
    const changes: [string, unknown][] = [
      ['start_date', '2026-03-02T06:00:00Z'],
      ['attributes', { trigger: 'PURCHASE', privacy: 'PRIVATE' }],
      ['rules', RULES],
      ['brand_id', null],
    ];
    for (const [field, value] of changes) {
      await expectRejected('PUT', `/campaigns/${COFFEE}`, { body: { ...body, [field]: value }, query: { type: 'PUNCH_CARDS' } }, 'CAMPAIGN_STARTED', field);
    }
    // Omitting a locked field clears it: a change too.
    const { attributes: _a, ...noAttributes } = body;
    await expectRejected('PUT', `/campaigns/${COFFEE}`, { body: noAttributes, query: { type: 'PUNCH_CARDS' } }, 'CAMPAIGN_STARTED', 'attributes');
    // A paused campaign that has started is locked too.
    const refer = await payloadOf(REFER);
    await expectRejected('PUT', `/campaigns/${REFER}`, { body: { ...refer, rules: RULES }, query: { type: 'REFERRALS' } }, 'CAMPAIGN_STARTED', 'rules');
  });

  it('started campaigns accept an unchanged resend (rules compared as JSON, dates as instants)', async () => {
    const body = await payloadOf(COFFEE);
    const rules = JSON.parse(body.rules as string) as Json[];
    const reordered = JSON.stringify(rules.map((r) => ({ effects: r.effects, conditions: r.conditions })), null, 1);
    const res = await put(COFFEE, 'PUNCH_CARDS', {
      ...body,
      rules: reordered,
      start_date: '2026-03-01T00:00:00-06:00',
      attributes: { privacy: 'PUBLIC', trigger: 'PURCHASE' },
      name: 'Tarjeta de sellos Café Aurora 2',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await read(COFFEE)).toMatchObject({ name: 'Tarjeta de sellos Café Aurora 2', start_date: '2026-03-01T06:00:00Z' });
  });

  it('COUPONS: a quantity change needs confirm_changes: true', async () => {
    const body = await payloadOf(WELCOME);
    await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...body, quantity: 50000 }, query: { type: 'COUPONS' } }, 'CONFIRMATION_REQUIRED', 'confirm_changes');
    await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...body, quantity: 50000, confirm_changes: false }, query: { type: 'COUPONS' } }, 'CONFIRMATION_REQUIRED');
    expect((await put(WELCOME, 'COUPONS', { ...body, quantity: 20000 })).status).toBe(200); // unchanged: no confirmation needed
    expect((await put(WELCOME, 'COUPONS', body)).status).toBe(200); // omitted: codes kept
    expect((await put(WELCOME, 'COUPONS', { ...body, quantity: 50000, confirm_changes: true })).status).toBe(200);
    expect(((await read(WELCOME, { includes: 'CODES_SUMMARY' })).attributes as Json).codes_summary).toMatchObject({ total: 50000 });
  });

  it('COUPONS: a code-format change needs confirm_changes: true', async () => {
    const welcome = await payloadOf(WELCOME);
    await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...welcome, useCustomCodes: true, customCodes: 'HOLA-1' }, query: { type: 'COUPONS' } }, 'CONFIRMATION_REQUIRED');
    const buenfin = await payloadOf(BUENFIN);
    await expectRejected('PUT', `/campaigns/${BUENFIN}`, { body: { ...buenfin, useCustomCodes: true, customCodes: 'BUENFIN-AB12' }, query: { type: 'COUPONS' } }, 'CONFIRMATION_REQUIRED');
    expect((await put(BUENFIN, 'COUPONS', { ...buenfin, useCustomCodes: true, customCodes: 'BUENFIN-AB12,BUENFIN-CD34 , BUENFIN-EF56' })).status).toBe(200);
    expect((await put(WELCOME, 'COUPONS', { ...welcome, useCustomCodes: true, customCodes: 'HOLA-1, HOLA-2', confirm_changes: true })).status).toBe(200);
  });

  it('COUPONS: useCustomCodes needs at least one non-empty custom code; quantity is a positive integer within the safe limit', async () => {
    const body = await payloadOf(WELCOME);
    for (const customCodes of [' , ', '']) {
      await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...body, useCustomCodes: true, customCodes, confirm_changes: true }, query: { type: 'COUPONS' } }, 'VALIDATION_ERROR', 'customCodes');
    }
    await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...body, useCustomCodes: true, confirm_changes: true }, query: { type: 'COUPONS' } }, 'VALIDATION_ERROR', 'customCodes');
    for (const quantity of [0, 1.5, 100001]) {
      await expectRejected('PUT', `/campaigns/${WELCOME}`, { body: { ...body, quantity, confirm_changes: true }, query: { type: 'COUPONS' } }, 'VALIDATION_ERROR', 'quantity');
    }
  });

  it('COUPONS-only and REFERRALS-only fields are refused on other types', async () => {
    const body = await payloadOf(DOUBLE);
    for (const [field, value] of [['quantity', 10], ['useCustomCodes', false], ['customCodes', 'A'], ['confirm_changes', true], ['referee_rules_json', '[]']] as const) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, [field]: value }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', field);
    }
    const refer = await payloadOf(REFER);
    await expectRejected('PUT', `/campaigns/${REFER}`, { body: { ...refer, referee_rules_json: '{"x":1}' }, query: { type: 'REFERRALS' } }, 'VALIDATION_ERROR', 'referee_rules_json');
    expect((await put(REFER, 'REFERRALS', { ...refer, referee_rules_json: RULES })).status).toBe(200);
  });

  it('field types: brand_id, platforms, labels, attributes, dates', async () => {
    const body = await payloadOf(DOUBLE);
    const bad: [string, unknown][] = [
      ['brand_id', 12],
      ['brand_id', ''],
      ['platforms', ['APP']],
      ['labels', null],
      ['attributes', 'x'],
      ['start_date', '2027-01-01'],
      ['end_date', 'tomorrow'],
      ['description', null],
      ['funded_by', 3],
      ['withoutEndDate', 'yes'],
    ];
    for (const [field, value] of bad) {
      await expectRejected('PUT', `/campaigns/${DOUBLE}`, { body: { ...body, [field]: value }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', field === 'platforms' ? 'platforms[0]' : field);
    }
  });
});

describe('create rules', () => {
  const valid = { name: 'Nueva', rules: RULES, status: 'ACTIVE', start_date: '2026-12-10T06:00:00Z', end_date: '2027-01-10T06:00:00Z', budget: 10 };

  it('type query required', async () => {
    await expectRejected('POST', '/campaigns', { body: valid }, 'VALIDATION_ERROR', 'type');
  });

  it('start today or later and less than a year ahead; end after start and within a year', async () => {
    const cases: [Json, string][] = [
      [{ start_date: '2026-11-22T12:00:00Z' }, 'start_date'],
      [{ start_date: '2027-11-23T12:00:00Z', end_date: '2027-12-01T00:00:00Z' }, 'start_date'],
      [{ end_date: '2026-12-09T00:00:00Z' }, 'end_date'],
      [{ end_date: '2027-12-10T06:00:00Z' }, 'end_date'],
    ];
    for (const [patch, field] of cases) {
      await expectRejected('POST', '/campaigns', { body: { ...valid, ...patch }, query: { type: 'BEHAVIOR' } }, 'INVALID_DATE_RANGE', field);
    }
  });

  it('rules need one rule; COUPONS need a quantity or custom codes', async () => {
    await expectRejected('POST', '/campaigns', { body: { ...valid, rules: '[]' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'rules');
    await expectRejected('POST', '/campaigns', { body: valid, query: { type: 'COUPONS' } }, 'VALIDATION_ERROR', 'quantity');
    expect((await api('POST', '/campaigns', { body: { ...valid, useCustomCodes: true, customCodes: 'A,B' }, query: { type: 'COUPONS' } })).status).toBe(201);
    expect((await api('POST', '/campaigns', { body: { ...valid, quantity: 10 }, query: { type: 'COUPONS' } })).status).toBe(201);
  });

  it('name, status, start_date and rules are required (assumed); account_id must not be sent', async () => {
    for (const field of ['name', 'status', 'start_date', 'rules']) {
      const { [field]: _left, ...body } = valid as Json;
      await expectRejected('POST', '/campaigns', { body, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', field);
    }
    await expectRejected('POST', '/campaigns', { body: { ...valid, account_id: 'a1' }, query: { type: 'BEHAVIOR' } }, 'VALIDATION_ERROR', 'account_id');
  });

  it('a created campaign is listed and read like any other: metadata as JSON text, no write-only field', async () => {
    const before = (await api('GET', '/campaigns')).body as { count: number };
    const res = await api('POST', '/campaigns', {
      query: { type: 'BEHAVIOR' },
      body: { ...valid, metadata: '{ "owner": "crm", "campaignctl_creation_key": "ck-1" }', labels: [{ label: 'Hot Sale', value: 'hot-sale' }], divide_budget_in: 'total' },
    });
    const id = (res.body as { data: Json }).data.id as string;
    const list = (await api('GET', '/campaigns', { query: { from: 0, to: 99 } })).body as { count: number; data: Json[] };
    expect(list.count).toBe(before.count + 1);
    const listed = list.data.find((c) => c.id === id);
    expect(listed).toEqual(await read(id));
    expect(Object.keys(listed!).sort()).toEqual(READ_KEYS);
    expect(listed!.metadata).toBe('{"owner":"crm","campaignctl_creation_key":"ck-1"}');
  });
});

describe('seed', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const examples = existingExampleFiles(`${root}campaigns/masivo`)
    .map((f) => parse(readFileSync(`${root}campaigns/masivo/${f}`, 'utf8')) as { id: string; spec: Json });
  const RETURNED = ['name', 'description', 'brand_id', 'start_date', 'end_date', 'funded_by', 'budget', 'attributes', 'rules', 'metadata', 'status'];

  function differences(spec: Json, live: Json): string[] {
    return RETURNED.filter((k) => k in spec).filter((k) => {
      if (k === 'rules') return JSON.stringify(JSON.parse(live.rules as string)) !== JSON.stringify(spec.rules);
      if (k === 'metadata') return live.metadata === null || JSON.stringify(JSON.parse(live.metadata as string)) !== JSON.stringify(spec.metadata);
      if (k === 'status') return (live.status === 'PAUSED' ? 'INACTIVE' : 'ACTIVE') !== spec.status;
      if (k === 'start_date' || k === 'end_date') return Date.parse(String(live[k])) !== Date.parse(String(spec[k]));
      return JSON.stringify(live[k]) !== JSON.stringify(spec[k]);
    });
  }

  it('holds every example campaign with 4 deliberate differences, plus unmanaged ones', async () => {
    expect(examples).toHaveLength(4);
    const found: string[] = [];
    for (const ex of examples) {
      const live = await read(ex.id);
      expect(live.type).toBe(ex.spec.type);
      found.push(...differences(ex.spec, live).map((d) => `${ex.id}.${d}`));
    }
    expect(found.sort()).toEqual([`${COFFEE}.status`, `${DOUBLE}.budget`, `${REFER}.name`, `${REFER}.metadata`].sort());
    const all = (await api('GET', '/campaigns')).body as { data: Json[] };
    expect(all.data.filter((c) => !examples.some((e) => e.id === c.id)).map((c) => c.id)).toEqual([CASHBACK, BUENFIN]);
  });

  it('accepts the examples written as a full payload (live merged with spec), after which they read as desired', async () => {
    for (const ex of examples) {
      const { type, rules, metadata, referee_rules_json, withoutEndDate, ...spec } = ex.spec;
      const base = await payloadOf(ex.id);
      const body: Json = { ...base, ...spec, rules: JSON.stringify(rules) };
      if (metadata !== undefined) body.metadata = JSON.stringify(metadata);
      if (referee_rules_json !== undefined) body.referee_rules_json = JSON.stringify(referee_rules_json);
      if (withoutEndDate === true) {
        delete body.end_date;
        body.withoutEndDate = true;
      } else delete body.withoutEndDate;
      const res = await put(ex.id, type as string, body);
      expect(res.status, `${ex.id}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(differences(ex.spec, await read(ex.id))).toEqual([]);
    }
    expect(((await read(WELCOME, { includes: 'CODES_SUMMARY' })).attributes as Json).codes_summary).toMatchObject({ total: 50000 });
  });
});

describe('faults, rate limit and the request log', () => {
  it('rate limit: a plain 429 with Retry-After in the fake error shape; no rate-limit headers otherwise', async () => {
    await start({ rateLimit: 2 });
    const first = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'k' } });
    const second = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'k' } });
    const third = await call(sb, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'k' } });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(third.body).toEqual({ error: { code: 'RATE_LIMITED', message: 'too many requests, retry later' } });
    expect([...first.headers.keys()].filter((k) => k.includes('ratelimit') || k.includes('rate-limit'))).toEqual([]);
  });

  it('server faults answer 5xx in the fake error shape and leave state alone', async () => {
    const t = await token();
    const body = await payloadOf(DOUBLE);
    const before = masivoState();
    await start({ failRate: 1 });
    sb.setState({ masivo: before });
    const res = await call(sb, 'masivo', 'PUT', `/campaigns/${DOUBLE}`, { query: { type: 'BEHAVIOR' }, body: { ...body, budget: 5 }, headers: { authorization: `Bearer ${t}` } });
    expect([500, 502, 503]).toContain(res.status);
    const err = (res.body as { error: Json }).error;
    expect(['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'SERVICE_UNAVAILABLE']).toContain(err.code);
    expect(masivoState()).toEqual(before);
  });

  it('/_sandbox/requests lists masivo calls with their statuses', async () => {
    await fetch(`${sb.url}/_sandbox/requests`, { method: 'DELETE' });
    const t = await token();
    await call(sb, 'masivo', 'GET', '/campaigns');
    await call(sb, 'masivo', 'GET', `/campaigns/${COFFEE}`, { headers: { authorization: `Bearer ${t}` } });
    await call(sb, 'masivo', 'PUT', `/campaigns/${COFFEE}`, { headers: { authorization: `Bearer ${t}` }, body: {} });
    const log = (await (await fetch(`${sb.url}/_sandbox/requests`)).json()) as { vendor: string; method: string; path: string; status: number }[];
    expect(log.map(({ vendor, method, path, status }) => ({ vendor, method, path, status }))).toEqual([
      { vendor: 'masivo', method: 'GET', path: '/auth/authorize', status: 200 },
      { vendor: 'masivo', method: 'GET', path: '/campaigns', status: 401 },
      { vendor: 'masivo', method: 'GET', path: `/campaigns/${COFFEE}`, status: 200 },
      { vendor: 'masivo', method: 'PUT', path: `/campaigns/${COFFEE}`, status: 400 },
    ]);
  });
});
