import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../src/http/index.js';
import { FAST, json, slidingWindow, startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.stop();
  client = undefined;
  server = undefined;
});

const run = (c: HttpClient, n: number) => Promise.all(Array.from({ length: n }, (_, i) => c.request({ method: 'GET', path: `/c/${i}` })));

describe('pace learned from the vendor (no rate_limit configured)', () => {
  it('learns the pace from plain 429s with Retry-After and stops hitting the limit', async () => {
    const take = slidingWindow(10);
    let refused = 0;
    server = await startTestServer((_req, res) => {
      const w = take();
      if (w.allowed) return json(res, 200, {});
      refused++;
      json(res, 429, { error: 'too many requests' }, { 'retry-after': String(w.retryAfterSeconds) });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'plain', concurrency: 3, policy: FAST });
    const answers = await run(client, 30);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Only the requests already in flight when the first 429 came back are refused.
    expect(refused).toBeLessThanOrEqual(3);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(client.stats().rateLimited).toBe(refused);
    expect(client.stats().pace).toBe(10);
  });

  it('paces to limit/remaining headers sent on every answer without a single 429', async () => {
    const take = slidingWindow(10);
    let refused = 0;
    server = await startTestServer((_req, res) => {
      const w = take();
      const headers = {
        'X-Rate-Limit-Limit': String(w.limit),
        'X-Rate-Limit-Remaining': String(w.remaining),
        'X-Rate-Limit-Retry': String(Math.ceil(w.resetAt / 1000)),
      };
      if (w.allowed) return json(res, 200, {}, headers);
      refused++;
      json(res, 429, {}, { ...headers, 'retry-after': String(w.retryAfterSeconds) });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'headers', concurrency: 8, policy: FAST });
    const started = Date.now();
    await run(client, 30);
    expect(refused).toBe(0);
    expect(client.stats().pace).toBe(10);
    // 30 requests at 10 per sliding second cannot finish in under 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });

  it('learns the limit from headers that only come with the 429 and waits until the reset', async () => {
    const take = slidingWindow(10);
    let refused = 0;
    server = await startTestServer((_req, res) => {
      const w = take();
      if (w.allowed) return json(res, 200, {});
      refused++;
      json(res, 429, [{ errCode: 'rate_limit_exceeded' }], {
        'X-RateLimit-Limit': String(w.limit),
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Math.ceil(w.resetAt / 1000)),
      });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'on429', concurrency: 3, policy: FAST });
    const answers = await run(client, 25);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(refused).toBeLessThanOrEqual(3);
    expect(client.stats().pace).toBe(10);
  });
});

describe('configured rate_limit', () => {
  it('never sends faster than the configured rate', async () => {
    server = await startTestServer((_req, res) => json(res, 200, {}));
    client = createHttpClient({ baseUrl: server.url, name: 'configured', rateLimit: 20, policy: FAST });
    expect(client.stats().pace).toBe(20);
    await run(client, 12);
    const at = server.received.map((r) => r.at);
    // 20 per second: 50 ms apart at least. The first request also opens the connection, so it
    // may arrive late; measure from the second (with a few ms for a second connection opening).
    expect(at[11]! - at[1]!).toBeGreaterThanOrEqual(10 * 50 - 10);
  });

  it('still pauses for the vendor after a 429', async () => {
    let n = 0;
    server = await startTestServer((_req, res) => (++n === 2 ? json(res, 429, {}, { 'retry-after': '0.3' }) : json(res, 200, {})));
    client = createHttpClient({ baseUrl: server.url, name: 'configured', rateLimit: 100, concurrency: 1, policy: FAST });
    await run(client, 3);
    expect(server.received[2]!.at - server.received[1]!.at).toBeGreaterThanOrEqual(299);
    expect(client.stats().pace).toBe(100);
  });
});
