/** The sandbox server itself, with a tiny stand-in vendor: routing, log, state file, faults. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/providers/registry.js';
import type { VendorFake } from '../../src/sandbox/fake.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import { runCli } from '../helpers/cli.js';
import { call } from '../helpers/sandbox.js';

/** A vendor with one list and one create call, enough to see what the server does around a fake. */
const shop: VendorFake = {
  name: 'shop',
  handle(req, ctx) {
    if (req.path === '/items' && req.method === 'GET') return { status: 200, body: ctx.state.campaigns };
    if (req.path === '/items' && req.method === 'POST') {
      ctx.state.campaigns.push(req.body as Record<string, unknown>);
      ctx.commit();
      return { status: 201, body: req.body };
    }
    return { status: 404, body: { shop_error: 'no such route' } };
  },
  rateLimited: (info) => ({ status: 429, body: { shop_error: 'slow down' }, headers: { 'x-shop-reset': String(info.retryAfterSeconds) } }),
  rateLimitHeaders: (info) => ({ 'x-shop-remaining': String(info.remaining) }),
  serverFault: (status) => ({ status, body: { shop_error: 'boom' } }),
  seed: () => ({ campaigns: [{ id: 'seeded' }] }),
};

/** Every registered vendor: the sandbox serves one fake per registry entry. */
const VENDORS = registry.map((e) => e.provider.name);

let dir: string;
let sb: Sandbox | undefined;
const start = async (opts: SandboxOptions = {}) => (sb = await startSandbox({ fakes: [shop], ...opts }));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sandbox-test-'));
});
afterEach(async () => {
  await sb?.stop();
  sb = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('sandbox server', () => {
  it('starts from the fakes\' seed, on loopback, on a free port', async () => {
    await start();
    expect(sb!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sb!.port).toBeGreaterThan(0);
    expect((await call(sb!, 'shop', 'GET', '/items')).body).toEqual([{ id: 'seeded' }]);
  });

  it('logs every vendor request with its status, and only vendor requests', async () => {
    await start();
    await call(sb!, 'shop', 'GET', '/items', { query: { page: 2 } });
    await call(sb!, 'shop', 'GET', '/nope');
    await call(sb!, 'nobody', 'GET', '/x');
    await fetch(`${sb!.url}/_sandbox/state`);
    const log = (await (await fetch(`${sb!.url}/_sandbox/requests`)).json()) as unknown[];
    expect(log).toEqual([
      { vendor: 'shop', method: 'GET', path: '/items', query: '?page=2', status: 200, receivedAt: expect.any(Number) },
      { vendor: 'shop', method: 'GET', path: '/nope', query: '', status: 404, receivedAt: expect.any(Number) },
      { vendor: 'nobody', method: 'GET', path: '/nobody/x', query: '', status: 404, receivedAt: expect.any(Number) },
    ]);
    expect((await fetch(`${sb!.url}/_sandbox/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(sb!.requests()).toEqual([]);
  });

  it('logs what each request sent: parsed JSON, a form as an object, other text as it came', async () => {
    await start();
    await call(sb!, 'shop', 'POST', '/items', { body: { id: 'a', tags: ['x'] } });
    await call(sb!, 'shop', 'POST', '/items', { body: { grant_type: 'client_credentials', scope: 'items' }, form: true });
    await call(sb!, 'shop', 'POST', '/items', { body: 'id=7;note', headers: { 'content-type': 'text/plain' } });
    await call(sb!, 'shop', 'GET', '/items');
    const bodies = (await (await fetch(`${sb!.url}/_sandbox/requests`)).json()) as { body?: unknown }[];
    expect(bodies.map((r) => r.body)).toEqual([{ id: 'a', tags: ['x'] }, { grant_type: 'client_credentials', scope: 'items' }, 'id=7;note', undefined]);
    expect(sb!.requests().map((r) => 'body' in r)).toEqual([true, true, true, false]);
  });

  it('never logs a credential: no header, and credential fields of bodies and queries masked', async () => {
    await start();
    const secret = 'S3cr3t-d41d8cd98f00';
    await call(sb!, 'shop', 'POST', '/items', {
      headers: { authorization: `Bearer ${secret}`, 'x-api-key': secret },
      body: { id: 'a', api_key: secret, nested: [{ clientSecret: secret, accessToken: secret, keyword: 'kept' }], password: { old: secret } },
    });
    await call(sb!, 'shop', 'POST', '/auth', { body: { client_id: 'app', client_secret: secret }, form: true });
    await call(sb!, 'shop', 'POST', '/auth', { body: `token=${secret}&user=ann`, headers: { 'content-type': 'text/plain' } });
    await call(sb!, 'shop', 'GET', '/items', { query: { page: 2, api_key: secret } });
    const text = await (await fetch(`${sb!.url}/_sandbox/requests`)).text();
    expect(text).not.toContain(secret);
    expect(sb!.requests().map((r) => [r.query, r.body])).toEqual([
      ['', { id: 'a', api_key: '***', nested: [{ clientSecret: '***', accessToken: '***', keyword: 'kept' }], password: '***' }],
      ['', { client_id: 'app', client_secret: '***' }],
      ['', 'token=***&user=ann'],
      ['?page=2&api_key=***', undefined],
    ]);
  });

  it('writes the state file after an accepted write, and a restart reads it back', async () => {
    const file = path.join(dir, 'state.json');
    await start({ stateFile: file });
    expect((await call(sb!, 'shop', 'POST', '/items', { body: { id: 'new' } })).status).toBe(201);
    await new Promise((r) => setImmediate(r));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ shop: { campaigns: [{ id: 'seeded' }, { id: 'new' }] } });
    await sb!.stop();
    await start({ stateFile: file, initialState: { shop: { campaigns: [] } } });
    expect((await call(sb!, 'shop', 'GET', '/items')).body).toEqual([{ id: 'seeded' }, { id: 'new' }]);
  });

  it('reads and replaces state over /_sandbox/state', async () => {
    await start();
    const put = await fetch(`${sb!.url}/_sandbox/state`, { method: 'PUT', body: JSON.stringify({ shop: { campaigns: [{ id: 'x' }] } }) });
    expect(put.status).toBe(200);
    expect(await (await fetch(`${sb!.url}/_sandbox/state`)).json()).toEqual({ shop: { campaigns: [{ id: 'x' }] } });
    expect((await fetch(`${sb!.url}/_sandbox/state`, { method: 'PUT', body: '[1' })).status).toBe(400);
  });

  it('answers over the rate limit with the vendor\'s 429, before the request touches state', async () => {
    await start({ rateLimit: 2 });
    const a = await call(sb!, 'shop', 'POST', '/items', { body: { id: 'a' } });
    const b = await call(sb!, 'shop', 'POST', '/items', { body: { id: 'b' } });
    const c = await call(sb!, 'shop', 'POST', '/items', { body: { id: 'c' } });
    expect([a.status, b.status, c.status]).toEqual([201, 201, 429]);
    expect(a.headers.get('x-shop-remaining')).toBe('1');
    expect(c.body).toEqual({ shop_error: 'slow down' });
    expect(c.headers.get('x-shop-reset')).toBe('1');
    expect(sb!.state().shop!.campaigns.map((x) => x.id)).toEqual(['seeded', 'a', 'b']);
    expect(sb!.requests().map((r) => r.status)).toEqual([201, 201, 429]);
  });

  it('injects server faults in the vendor\'s shape without touching state', async () => {
    await start({ failRate: 1 });
    const r = await call(sb!, 'shop', 'POST', '/items', { body: { id: 'lost' } });
    expect([500, 502, 503]).toContain(r.status);
    expect(r.body).toEqual({ shop_error: 'boom' });
    expect(sb!.state().shop!.campaigns).toEqual([{ id: 'seeded' }]);
  });

  it('replays the same faults for the same seed', async () => {
    const statuses = async (seed: number) => {
      await start({ failRate: 0.5, seed });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await call(sb!, 'shop', 'GET', '/items')).status);
      await sb!.stop();
      sb = undefined;
      return out;
    };
    const first = await statuses(7);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(await statuses(7)).toEqual(first);
    expect(await statuses(8)).not.toEqual(first);
  });

  it('delays answers by the configured latency', async () => {
    await start({ latencyMs: 80 });
    const t0 = performance.now();
    await call(sb!, 'shop', 'GET', '/items');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(75);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    await start();
    const r = await call(sb!, 'shop', 'POST', '/items', { body: 'x'.repeat(1024 * 1024 + 1) });
    expect(r.status).toBe(413);
    expect(sb!.state().shop!.campaigns).toHaveLength(1);
  });
});

describe('campaignctl sandbox', () => {
  it('prints where it listens, serves, and on SIGINT flushes state and exits 130', async () => {
    const file = path.join(dir, 'state.json');
    const interrupt = new AbortController();
    const running = runCli(['sandbox', '--port', '0', '--state', file, '--seed', '3'], { cwd: dir, interrupt });
    // The state file is written as soon as the sandbox has started.
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
    const state = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual([...VENDORS].sort());
    interrupt.abort('SIGINT');
    const r = await running;
    expect(r.status).toBe(130);
    expect(r.stdout).toMatch(/^sandbox listening on http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('--help names every registered vendor\'s path prefix', async () => {
    const r = await runCli(['sandbox', '--help'], { cwd: dir });
    expect(r.status).toBe(0);
    for (const vendor of VENDORS) expect(r.stdout).toMatch(new RegExp(`(^|[\\s(,])/${vendor}\\b`));
  });

  it('rejects a bad option value with exit 1', async () => {
    const r = await runCli(['sandbox', '--fail-rate', '2'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--fail-rate takes a number from 0 to 1 (got "2")');
  });
});


describe('embedded sandbox (endpoint: sandbox)', () => {
  it('seeds .campaignctl/sandbox.json beside the config on first use and keeps it afterwards', async () => {
    const { startEmbeddedSandbox } = await import('../../src/sandbox/embedded.js');
    const config = path.join(dir, 'campaignctl.yaml');
    sb = await startEmbeddedSandbox(config);
    const file = path.join(dir, '.campaignctl', 'sandbox.json');
    const seeded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { campaigns: unknown[] }>;
    for (const vendor of VENDORS) {
      expect(seeded[vendor]!.campaigns.length, vendor).toBeGreaterThan(1);
    }
    sb.setState({ ...seeded, topsort: { campaigns: [] } });
    await sb.stop();
    sb = await startEmbeddedSandbox(config);
    expect(sb.state().topsort!.campaigns).toEqual([]);
    expect(sb.state().masivo!.campaigns.length).toBe(seeded.masivo!.campaigns.length);
  });
});
