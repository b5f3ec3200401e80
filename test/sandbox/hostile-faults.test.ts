/**
 * The sandbox's hostile faults (src/sandbox/faults.ts), as a test, the harness and the command
 * line give them: each answers as documented in docs/sandbox.md, for the vendors named and no other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startTestSandbox as startHarness, type TestSandbox } from '../../src/sandbox/harness.js';
import { CONTROL_TEXT } from '../../src/sandbox/faults.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { startTestSandbox } from '../helpers/sandbox.js';

const TOPSORT_LIST = '/topsort/public/v1/campaign-service/campaigns';
const LULA_LIST = '/lula/stores/company/1042/campaigns';
const auth = { authorization: 'Bearer tok-1234/abcd+EFGH' };

let sb: Sandbox | TestSandbox | undefined;
afterEach(async () => {
  await sb?.stop();
  sb = undefined;
});

const get = (base: string, p: string) => fetch(`${base}${p}`, { headers: auth });

describe('hostile faults', () => {
  it('retryAfter: a bare 429 with that Retry-After, for the fault vendors only', async () => {
    sb = await startTestSandbox({ faultVendors: ['topsort'], retryAfter: '-5', rateLimit: 1_000 });
    const hit = await get(sb.url, TOPSORT_LIST);
    expect(hit.status).toBe(429);
    expect(hit.headers.get('retry-after')).toBe('-5');
    expect([...hit.headers.keys()].filter((k) => k.includes('ratelimit'))).toEqual([]);
    expect((await get(sb.url, LULA_LIST)).status).toBe(200);
  });

  it('echoCredentials: a 400 whose body holds the credential headers in the encoding asked, credentials first', async () => {
    sb = await startHarness({ faultVendors: ['topsort'], echoCredentials: 'base64' });
    const res = await get(sb.url, TOPSORT_LIST);
    expect(res.status).toBe(400);
    const { echo } = (await res.json()) as { echo: string };
    const [first, second, third] = echo.split(' ');
    expect([first, second, third].map((b) => Buffer.from(b!, 'base64').toString())).toEqual(['tok-1234/abcd+EFGH', 'u:tok-1234/abcd+EFGH', 'id:tok-1234/abcd+EFGH']);
    expect(sb.requests('topsort')[0]!.status).toBe(400);
  });

  it('controlChars: a 500 whose plain-text body holds the sequences raw', async () => {
    sb = await startTestSandbox({ controlChars: true });
    const res = await get(sb.url, TOPSORT_LIST);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(CONTROL_TEXT);
  });

  it('deepJson: objects nested that deep, beside the answer\'s keys or in place of a field, as JSON or as text', async () => {
    sb = await startTestSandbox({ faultVendors: ['topsort'], deepJson: { depth: 3 } });
    expect(await (await get(sb.url, TOPSORT_LIST)).json()).toMatchObject({ sandbox_deep: { d: { d: {} } }, hasMore: false });
    await sb.stop();
    sb = await startTestSandbox({ faultVendors: ['topsort'], deepJson: { depth: 2, field: 'name', asText: true } });
    const { campaigns } = (await (await get(sb.url, TOPSORT_LIST)).json()) as { campaigns: { name: unknown }[] };
    expect(campaigns.length).toBeGreaterThan(1);
    for (const c of campaigns) expect(c.name).toBe('{"d":{}}');
  });

  it('endlessList new: full pages of made-up campaigns past the real ones, "more" for ever', async () => {
    sb = await startTestSandbox({ endlessList: 'new' });
    const far = (await (await get(sb.url, `${TOPSORT_LIST}?offset=100000&limit=100`)).json()) as { campaigns: { campaignId: string }[]; hasMore: boolean; next: { offset: number } };
    expect(far.hasMore).toBe(true);
    expect(far.next.offset).toBe(100_100);
    // Topsort says "more" in words: one made-up campaign a page past the real ones.
    expect(far.campaigns.map((c) => c.campaignId)).toEqual(['00000000-0000-4000-8000-0000000186a0']);
  });

  it('endlessList repeat: the first page again, filled to the page size, with "more" for ever', async () => {
    sb = await startTestSandbox({ endlessList: 'repeat' });
    const first = (await (await get(sb.url, `${LULA_LIST}?offset=0&limit=10`)).json()) as { campaigns: { id: string }[]; pagination: { has_next_page: boolean } };
    const later = (await (await get(sb.url, `${LULA_LIST}?offset=500&limit=10`)).json()) as typeof first;
    expect(later.campaigns).toHaveLength(10);
    expect(later.campaigns).toEqual(first.campaigns);
    expect(later.pagination.has_next_page).toBe(true);
  });

  it('dripMs: the body a byte at a time', async () => {
    sb = await startTestSandbox({ faultVendors: ['spaaza'], dripMs: 5 });
    const started = performance.now();
    const res = await fetch(`${sb.url}/spaaza/nothing-here`);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(10);
    expect(performance.now() - started).toBeGreaterThanOrEqual(text.length * 5 - 20);
  });
});

describe('campaignctl sandbox with fault flags', () => {
  it('serves the faults the flags name, for the vendor named', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-hostile-'));
    const interrupt = new AbortController();
    let out = '';
    const running = main(['sandbox', '--port', '0', '--fault-vendor', 'lula', '--endless-list', 'new', '--deep-json', '4', '--deep-json-field', 'name'], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      stdinIsTTY: false,
      env: {},
      cwd: dir,
      now: () => new Date('2026-11-23T12:00:00Z'),
      interrupts: () => interrupt.signal,
    });
    try {
      for (let i = 0; i < 200 && !/listening on (\S+)/.test(out); i++) await new Promise((r) => setTimeout(r, 20));
      const url = /listening on (\S+)/.exec(out)![1]!;
      const page = (await (await get(url, `${LULA_LIST}?offset=1000&limit=100`)).json()) as { campaigns: { id: string; name: unknown }[]; pagination: { has_next_page: boolean } };
      expect(page.pagination.has_next_page).toBe(true);
      expect(page.campaigns[0]).toMatchObject({ id: '900001000', name: { d: { d: { d: {} } } } });
      // Another vendor is served as usual.
      const topsort = (await (await get(url, TOPSORT_LIST)).json()) as { hasMore: boolean; campaigns: { name: unknown }[] };
      expect(topsort.hasMore).toBe(false);
      expect(typeof topsort.campaigns[0]!.name).toBe('string');
    } finally {
      interrupt.abort('SIGINT');
      expect(await running).toBe(130);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
