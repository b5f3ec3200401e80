/**
 * The HTTP client against a sandbox vendor that misbehaves on purpose (src/sandbox/faults.ts):
 * a garbage Retry-After must not turn into a hot loop, an answer nested thousands of levels deep
 * fails its request instead of the process, and an answer dripped a byte at a time is cut at the
 * request's deadline and at the account's run deadline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, HTTP_DEFAULTS, type HttpClient, type HttpPolicyOverrides } from '../../src/http/index.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { startTestSandbox } from '../helpers/sandbox.js';

const LIST = '/public/v1/campaign-service/campaigns';

let sb: Sandbox | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await sb?.stop();
  client = undefined;
  sb = undefined;
});

async function topsortClient(faults: SandboxOptions, policy: HttpPolicyOverrides = {}): Promise<HttpClient> {
  sb = await startTestSandbox({ faultVendors: ['topsort'], ...faults });
  client = createHttpClient({ baseUrl: sb.endpoint('topsort'), name: 'marketplace-eu', policy, auth: { headers: async () => ({ authorization: 'Bearer k-1234' }) } });
  return client;
}

const failure = (p: Promise<unknown>) => p.then(() => expect.fail('expected the request to fail'), (e: unknown) => e as HttpError);

describe('a Retry-After that is not a time to wait', () => {
  for (const value of ['-5', 'garbage', 'Sat, 01 Jan 2000 00:00:00 GMT']) {
    it(`429 with Retry-After: ${value} waits the default ${HTTP_DEFAULTS.rateLimit.defaultWaitMs} ms between attempts, never none`, async () => {
      const http = await topsortClient({ retryAfter: value });
      const stop = new AbortController();
      const windowMs = 2_500;
      setTimeout(() => stop.abort('test window over'), windowMs);
      const err = await failure(http.request({ method: 'GET', path: LIST }, stop.signal));
      expect(err.kind).toBe('aborted');
      const sent = sb!.requests().filter((r) => r.vendor === 'topsort');
      expect(sent.every((r) => r.status === 429)).toBe(true);
      // One attempt, then one per default wait: 3 in 2.5 s (a 0 ms wait, floored at 50 ms, sent 50).
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(sent.length).toBeLessThanOrEqual(1 + Math.ceil(windowMs / HTTP_DEFAULTS.rateLimit.defaultWaitMs));
      for (let i = 1; i < sent.length; i++) {
        expect(sent[i]!.receivedAt - sent[i - 1]!.receivedAt).toBeGreaterThanOrEqual(HTTP_DEFAULTS.rateLimit.defaultWaitMs - 20);
      }
    });
  }
});

describe('an answer nested thousands of levels deep', () => {
  it('fails its request as an invalid answer that says how deep campaignctl reads', async () => {
    const http = await topsortClient({ deepJson: { depth: 5_000, field: 'name' } });
    const err = await failure(http.request({ method: 'GET', path: LIST }));
    expect(err.kind).toBe('invalid-response');
    expect(err.message).toContain(`more than ${HTTP_DEFAULTS.maxJsonDepth} levels deep`);
    // The snippet would be braces: none is kept.
    expect(err.body).toBeUndefined();
  });

  it('reads an answer nested just within the limit', async () => {
    // The campaign list wraps each name in three levels (answer, list, campaign).
    const http = await topsortClient({ deepJson: { depth: HTTP_DEFAULTS.maxJsonDepth - 3, field: 'name' } });
    const res = await http.request<{ campaigns: { name: unknown }[] }>({ method: 'GET', path: LIST });
    expect(res.body.campaigns.length).toBeGreaterThan(0);
    expect(typeof res.body.campaigns[0]!.name).toBe('object');
  });
});

describe('an answer dripped a byte at a time', () => {
  it('is cut at the request deadline, headers and body together, retries included', async () => {
    const http = await topsortClient({ dripMs: 100 }, { timeouts: { totalMs: 1_000 } });
    const started = performance.now();
    const err = await failure(http.request({ method: 'GET', path: LIST }));
    const took = performance.now() - started;
    expect(err.kind).toBe('timeout');
    expect(err.message).toContain("no complete answer within the request's deadline of 1 s (request_timeout)");
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(2_500);
  });

  it('has each attempt cut at its own allowance, and retried within the request deadline', async () => {
    const http = await topsortClient({ dripMs: 100 }, { timeouts: { requestMs: 400, totalMs: 1_500 }, retry: { minDelayMs: 10, maxDelayMs: 10 } });
    const started = performance.now();
    const err = await failure(http.request({ method: 'GET', path: LIST }));
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBeGreaterThanOrEqual(3);
    expect(err.attempts).toBeLessThanOrEqual(4);
    expect(performance.now() - started).toBeLessThan(2_500);
  });

  it('stops at the account run deadline: kind deadline, naming the account and the limit, and nothing sent after it', async () => {
    const http = await topsortClient({ dripMs: 100 }, { timeouts: { runMs: 1_200 } });
    const started = performance.now();
    const first = await failure(http.request({ method: 'GET', path: LIST }));
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(first.kind).toBe('deadline');
    expect(first.message).toMatch(/stopped: account `marketplace-eu` reached its run deadline of 1\.2 s \(run_timeout\)/);
    const sent = sb!.requests().length;
    const later = await failure(http.request({ method: 'GET', path: LIST }));
    expect(later.kind).toBe('deadline');
    expect(later.attempts).toBe(0);
    expect(sb!.requests().length).toBe(sent);
  });
});
