import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, type AuthStrategy, type HttpClient } from '../../src/http/index.js';
import { FAST, json, startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.stop();
  client = undefined;
  server = undefined;
});

const fail = (p: Promise<unknown>) => p.then(() => expect.fail('expected the request to fail'), (e: unknown) => e as HttpError);

describe('retries', () => {
  it('retries 500, 502 and 503 with backoff, then answers', async () => {
    const statuses = [500, 502, 503];
    server = await startTestServer((_req, res) => {
      const status = statuses.shift();
      if (status) json(res, status, { error: 'fault' });
      else json(res, 200, { ok: true });
    });
    const lines: string[] = [];
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST, log: (l) => lines.push(l), random: () => 1 });
    const res = await client.request({ method: 'PATCH', path: '/campaigns/1', json: { name: 'x' }, idempotent: true });
    expect(res.body).toEqual({ ok: true });
    expect(server.received).toHaveLength(4);
    // A PATCH marked idempotent (it sets the values it names) is repeated with the same body.
    expect(new Set(server.received.map((r) => `${r.method} ${r.body}`)).size).toBe(1);
    // Backoff bounds with random() = 1: 5, 10, 20 ms.
    const gaps = server.received.slice(1).map((r, i) => r.at - server!.received[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(4);
    expect(gaps[1]).toBeGreaterThanOrEqual(9);
    expect(gaps[2]).toBeGreaterThanOrEqual(19);
    expect(lines.join('\n')).toMatch(/acct: PATCH \/campaigns\/1: 500; retry 1\/3/);
  });

  it('gives up after maxRetries with an error that says how often it tried', async () => {
    server = await startTestServer((_req, res) => json(res, 503, { error: 'down' }));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const err = await fail(client.request({ method: 'GET', path: '/v1/campaigns' }));
    expect(err).toBeInstanceOf(HttpError);
    expect(err.kind).toBe('status');
    expect(err.status).toBe(503);
    expect(err.attempts).toBe(4);
    expect(server.received).toHaveLength(4);
    expect(err.message).toBe(`GET ${server.url}/v1/campaigns: 503 Service Unavailable (after 4 attempts) — {"error":"down"}`);
  });

  it('retries network errors (a socket destroyed mid-request)', async () => {
    let n = 0;
    server = await startTestServer((_req, res, raw) => {
      if (++n <= 2) raw.socket.destroy();
      else json(res, 200, { ok: true });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const res = await client.request({ method: 'GET', path: '/campaigns' });
    expect(res.status).toBe(200);
    expect(server.received).toHaveLength(3);
  });

  it('reports kind network once network retries are spent', async () => {
    server = await startTestServer((_req, _res, raw) => raw.socket.destroy());
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: { ...FAST, retry: { ...FAST.retry, maxRetries: 1 } } });
    const err = await fail(client.request({ method: 'GET', path: '/x' }));
    expect(err.kind).toBe('network');
    expect(err.attempts).toBe(2);
    expect(err.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/x: network error: .+ \(after 2 attempts\)$/);
  });

  it('honours Retry-After on a 503', async () => {
    let n = 0;
    server = await startTestServer((_req, res) => (++n === 1 ? json(res, 503, {}, { 'retry-after': '0.3' }) : json(res, 200, {})));
    // Retry-After on a 5xx is capped at maxDelayMs (20 ms in FAST).
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: { ...FAST, retry: { ...FAST.retry, maxDelayMs: 1_000 } } });
    await client.request({ method: 'GET', path: '/x' });
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(299);
  });

  it('does not retry client errors', async () => {
    server = await startTestServer((_req, res) => json(res, 409, { code: 'duplicate_found' }));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const err = await fail(client.request({ method: 'POST', path: '/v1/campaigns', json: {} }));
    expect(err.status).toBe(409);
    expect(server.received).toHaveLength(1);
  });
});

describe('only idempotent requests are sent again', () => {
  const refusedPort = async () => {
    const closed = await startTestServer(() => {});
    await closed.stop();
    return closed.url;
  };

  it('sends a POST that times out exactly once', async () => {
    server = await startTestServer(() => {});
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: { ...FAST, timeouts: { requestMs: 100 } } });
    const err = await fail(client.request({ method: 'POST', path: '/v1/campaigns', json: { name: 'new' } }));
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBe(1);
    expect(server.received).toHaveLength(1);
  });

  it('sends a POST whose connection is reset exactly once', async () => {
    server = await startTestServer((_req, _res, raw) => raw.socket.destroy());
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const err = await fail(client.request({ method: 'POST', path: '/v1/campaigns', json: { name: 'new' } }));
    expect(err.kind).toBe('network');
    expect(server.received).toHaveLength(1);
  });

  it('sends a POST answered 503, and a PATCH answered 500, exactly once', async () => {
    server = await startTestServer((req, res) => json(res, req.method === 'POST' ? 503 : 500, { error: 'down' }));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const post = await fail(client.request({ method: 'POST', path: '/v1/campaigns', json: {} }));
    expect(post.status).toBe(503);
    expect(post.attempts).toBe(1);
    const patch = await fail(client.request({ method: 'PATCH', path: '/v1/campaigns/1', json: {} }));
    expect(patch.status).toBe(500);
    expect(server.received.map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('retries a PUT after a 503 and a reset connection, as before', async () => {
    let n = 0;
    server = await startTestServer((_req, res, raw) => {
      n++;
      if (n === 1) json(res, 503, {});
      else if (n === 2) raw.socket.destroy();
      else json(res, 200, { ok: true });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const res = await client.request({ method: 'PUT', path: '/v1/campaigns/1', json: { name: 'x' } });
    expect(res.body).toEqual({ ok: true });
    expect(server.received.map((r) => `${r.method} ${r.body}`)).toEqual(Array(3).fill('PUT {"name":"x"}'));
  });

  it('retries a POST marked idempotent after a 503, a reset connection and a timeout', async () => {
    let n = 0;
    server = await startTestServer((_req, res, raw) => {
      n++;
      if (n === 1) json(res, 503, {});
      else if (n === 2) raw.socket.destroy();
      else if (n === 3) return; // never answers
      else json(res, 200, { ok: true });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: { ...FAST, timeouts: { requestMs: 100 } } });
    const res = await client.request({ method: 'POST', path: '/v1/campaigns/1/enable', idempotent: true });
    expect(res.status).toBe(200);
    expect(server.received).toHaveLength(4);
  });

  it('does not retry a GET marked not idempotent', async () => {
    server = await startTestServer((_req, res) => json(res, 502, {}));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const err = await fail(client.request({ method: 'GET', path: '/v1/next-code', idempotent: false }));
    expect(err.attempts).toBe(1);
    expect(server.received).toHaveLength(1);
  });

  it('waits out a 429 and sends a POST again: the limiter refused it before acting', async () => {
    let n = 0;
    server = await startTestServer((_req, res) => (++n === 1 ? json(res, 429, {}, { 'retry-after': '0' }) : json(res, 201, { id: 'c1' })));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const res = await client.request({ method: 'POST', path: '/v1/campaigns', json: { name: 'new' } });
    expect(res.status).toBe(201);
    expect(server.received).toHaveLength(2);
  });

  it('tries a POST again when the connection was refused: nothing was sent', async () => {
    const url = await refusedPort();
    client = createHttpClient({ baseUrl: url, name: 'acct', policy: FAST });
    const err = await fail(client.request({ method: 'POST', path: '/v1/campaigns', json: {} }));
    expect(err.kind).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.attempts).toBe(4);
  });
});

describe('timeouts', () => {
  it('fails with kind timeout when the server never answers', async () => {
    server = await startTestServer(() => {
      /* never answers */
    });
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: { ...FAST, timeouts: { requestMs: 150 }, retry: { ...FAST.retry, maxRetries: 1 } },
    });
    const started = Date.now();
    const err = await fail(client.request({ method: 'GET', path: '/hang' }));
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBe(2); // timeouts are retried like network errors
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(err.message).toContain('no complete answer within 0.2 s');
  });

  it('does not retry timeouts when the policy says so', async () => {
    server = await startTestServer(() => {});
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: { ...FAST, timeouts: { headersMs: 100 }, retry: { ...FAST.retry, retryTimeouts: false } },
    });
    const err = await fail(client.request({ method: 'GET', path: '/hang' }));
    expect(err.kind).toBe('timeout');
    expect(err.attempts).toBe(1);
  });
});

describe('rate limits (429)', () => {
  it('waits the Retry-After before the next request', async () => {
    let n = 0;
    server = await startTestServer((_req, res) => (++n === 1 ? json(res, 429, {}, { 'retry-after': '0.4' }) : json(res, 200, { n })));
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    const res = await client.request({ method: 'GET', path: '/x' });
    expect(res.body).toEqual({ n: 2 });
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(399);
    expect(client.stats().rateLimited).toBe(1);
  });

  it('waits until an epoch-seconds reset header when there is no Retry-After', async () => {
    let n = 0;
    let reset = 0;
    server = await startTestServer((_req, res) => {
      if (++n > 1) return json(res, 200, {});
      reset = Math.ceil(Date.now() / 1000) + 1; // between 1 and 2 s away
      json(res, 429, {}, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) });
    });
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST });
    await client.request({ method: 'GET', path: '/x' });
    expect(server.received[1]!.at).toBeGreaterThanOrEqual(reset * 1000 - 2);
  });

  it('does not count 429s against maxRetries but against a time budget', async () => {
    server = await startTestServer((_req, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '0.1' }));
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: { ...FAST, retry: { ...FAST.retry, maxRetries: 1 }, rateLimit: { ...FAST.rateLimit, budgetMs: 450 } },
    });
    const started = Date.now();
    const err = await fail(client.request({ method: 'GET', path: '/x' }));
    expect(err.kind).toBe('rate-limit-budget');
    expect(err.status).toBe(429);
    // 100 ms waits: 4 fit in the budget (more than maxRetries allows), the fifth does not.
    expect(err.attempts).toBe(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(err.message).toMatch(/still rate limited \(429\) after waiting 0\.4 s \(the budget is 0\.5 s/);
  });
});

describe('auth', () => {
  it('after a 401 invalidates the credentials and repeats once with fresh headers', async () => {
    let token = 'token-one';
    let invalidations = 0;
    const auth: AuthStrategy = {
      headers: async () => ({ Authorization: `Bearer ${token}` }),
      invalidate: () => {
        invalidations++;
        token = 'token-two';
        return true;
      },
    };
    server = await startTestServer((req, res) =>
      req.headers.authorization === 'Bearer token-two' ? json(res, 200, { ok: true }) : json(res, 401, { error: 'expired' }),
    );
    client = createHttpClient({ baseUrl: server.url, name: 'acct', policy: FAST, auth });
    const res = await client.request({ method: 'GET', path: '/x' });
    expect(res.body).toEqual({ ok: true });
    expect(invalidations).toBe(1);
    expect(server.received.map((r) => r.headers.authorization)).toEqual(['Bearer token-one', 'Bearer token-two']);
  });

  it('repeats a 401 only once, and not at all when the strategy cannot refresh', async () => {
    let invalidations = 0;
    server = await startTestServer((_req, res) => json(res, 401, { error: 'bad key' }));
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: FAST,
      auth: { headers: async () => ({ 'x-api-key': 'abcd-key' }), invalidate: () => (++invalidations, true) },
    });
    const err = await fail(client.request({ method: 'GET', path: '/x' }));
    expect(err.status).toBe(401);
    expect(server.received).toHaveLength(2);
    expect(invalidations).toBe(1);
    await client.close();

    server.received.length = 0;
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: FAST,
      auth: { headers: async () => ({ 'x-api-key': 'abcd-key' }), invalidate: () => false },
    });
    await fail(client.request({ method: 'GET', path: '/x' }));
    expect(server.received).toHaveLength(1);
  });

  it('lets an auth strategy fetch its token through the same client, even with every slot busy', async () => {
    let cached: Promise<string> | undefined;
    server = await startTestServer((req, res) => {
      if (req.url === '/auth') return json(res, 200, { token: 'fresh-token' });
      return req.headers.authorization === 'Bearer fresh-token' ? json(res, 200, {}) : json(res, 401, {});
    });
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      concurrency: 2,
      policy: FAST,
      auth: {
        headers: async (c) => {
          cached ??= c.request<{ token: string }>({ method: 'GET', path: '/auth', skipAuth: true }).then((r) => r.body.token);
          return { authorization: `Bearer ${await cached}` };
        },
      },
    });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client!.request({ method: 'GET', path: `/c/${i}` })));
    expect(server.received.filter((r) => r.url === '/auth')).toHaveLength(1);
    expect(server.received).toHaveLength(7);
  });
});
