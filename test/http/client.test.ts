import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, type HttpClient } from '../../src/http/index.js';
import { FAST, json, sleep, startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.stop();
  client = undefined;
  server = undefined;
});

async function setup(handler: Parameters<typeof startTestServer>[0], base = '') {
  server = await startTestServer(handler);
  client = createHttpClient({ baseUrl: `${server.url}${base}`, name: 'test-account', policy: FAST });
  return { server, client };
}

describe('requests and answers', () => {
  it('sends JSON bodies and parses JSON answers, keeping the endpoint path and adding the query', async () => {
    const { server, client } = await setup((req, res) => json(res, 200, { echo: JSON.parse(req.body), url: req.url }), '/vendor/');
    const res = await client.request<{ echo: unknown; url: string }>({
      method: 'PUT',
      path: '/v1/campaigns/camp_1',
      query: { force: true, page: 2, skip: undefined, q: 'a b&c' },
      json: { name: 'Spring', budget: { amount: 5 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.echo).toEqual({ name: 'Spring', budget: { amount: 5 } });
    expect(res.body.url).toBe('/vendor/v1/campaigns/camp_1?force=true&page=2&q=a+b%26c');
    expect(server.received[0]!.headers['content-type']).toBe('application/json');
    expect(server.received[0]!.method).toBe('PUT');
  });

  it('sends form bodies url-encoded', async () => {
    const { server, client } = await setup((_req, res) => json(res, 200, {}));
    await client.request({ method: 'POST', path: '/oauth/token', form: { grant_type: 'client_credentials', scope: 'campaigns read' } });
    expect(server.received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.received[0]!.body).toBe('grant_type=client_credentials&scope=campaigns+read');
  });

  it('returns text when the answer is not JSON, and an empty string for an empty answer', async () => {
    const { client } = await setup((req, res) => {
      if (req.url === '/text') res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
      else res.writeHead(204).end();
    });
    expect((await client.request({ method: 'GET', path: '/text' })).body).toBe('hello');
    const empty = await client.request({ method: 'DELETE', path: '/gone' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBe('');
  });

  it('parses +json content types', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/problem+json; charset=utf-8' }).end('{"a":1}');
    });
    expect((await client.request({ method: 'GET', path: '/x' })).body).toEqual({ a: 1 });
  });

  it('fails with kind invalid-response when declared JSON is not JSON', async () => {
    const { client } = await setup((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"broken":'));
    const err = await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).kind).toBe('invalid-response');
    expect((err as HttpError).message).toContain('not JSON');
  });

  it('returns statuses listed in accept as answers', async () => {
    const { client } = await setup((_req, res) => json(res, 404, { code: 'not_found' }));
    const res = await client.request({ method: 'GET', path: '/v1/campaigns/camp_missing', accept: [404] });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'not_found' });
  });

  it('rejects other statuses with one actionable line', async () => {
    const { server, client } = await setup((_req, res) => json(res, 400, { code: 400, key: 'invalid_campaign', message: 'Property discount is required' }));
    const err = (await client
      .request({ method: 'PUT', path: '/v1/campaigns/camp_x', json: {}, purpose: 'update campaign camp_x' })
      .catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.kind).toBe('status');
    expect(err.status).toBe(400);
    expect(err.attempts).toBe(1);
    expect(err.purpose).toBe('update campaign camp_x');
    expect(err.account).toBe('test-account');
    expect(err.message).toBe(
      `PUT ${server.url}/v1/campaigns/camp_x: 400 Bad Request — {"code":400,"key":"invalid_campaign","message":"Property discount is required"}`,
    );
    expect(err.message).not.toContain('\n');
    expect(server.received).toHaveLength(1); // a 400 is not retried
  });

  it('keeps the body snippet short', async () => {
    const { client } = await setup((_req, res) => res.writeHead(422, { 'content-type': 'text/plain' }).end('x'.repeat(5000)));
    const err = (await client.request({ method: 'POST', path: '/x' }).catch((e: unknown) => e)) as HttpError;
    expect(err.body!.length).toBeLessThanOrEqual(500);
    expect(err.message.length).toBeLessThan(600);
  });

  it('refuses answers larger than the policy allows', async () => {
    server = await startTestServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('y'.repeat(4096)));
    client = createHttpClient({ baseUrl: server.url, name: 'a', policy: { ...FAST, maxResponseBytes: 1024 } });
    const err = (await client.request({ method: 'GET', path: '/big' }).catch((e: unknown) => e)) as HttpError;
    expect(err.kind).toBe('invalid-response');
    expect(err.message).toContain('larger than 1024 bytes');
  });

  it('reuses one keep-alive connection for consecutive requests', async () => {
    const { server, client } = await setup((_req, res) => json(res, 200, { ok: true }));
    for (let i = 0; i < 6; i++) {
      await client.request({ method: 'GET', path: `/r/${i}` });
      // undici marks a connection free one tick after its answer ends; back to back, a second
      // connection may open (see the next assertion), never one per request.
      await sleep(5);
    }
    expect(server.received).toHaveLength(6);
    expect(server.connections()).toBe(1);
    for (let i = 0; i < 6; i++) await client.request({ method: 'GET', path: `/s/${i}` });
    expect(server.connections()).toBeLessThanOrEqual(2);
  });

  it('never has more requests in flight than the concurrency', async () => {
    server = await startTestServer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 20));
      json(res, 200, {});
    });
    client = createHttpClient({ baseUrl: server.url, name: 'a', concurrency: 3, policy: FAST });
    await Promise.all(Array.from({ length: 20 }, (_, i) => client!.request({ method: 'GET', path: `/c/${i}` })));
    expect(server.received).toHaveLength(20);
    expect(server.maxInFlight()).toBeLessThanOrEqual(3);
    expect(server.maxInFlight()).toBeGreaterThan(1); // it did run in parallel
  });

  it('counts requests, retries and 429s in stats', async () => {
    let n = 0;
    const { client } = await setup((_req, res) => (++n === 1 ? json(res, 503, {}) : json(res, 200, {})));
    await client.request({ method: 'GET', path: '/x' });
    expect(client.stats()).toMatchObject({ requests: 2, retries: 1, rateLimited: 0 });
  });

  it('rejects with kind aborted when the caller aborts, and after close', async () => {
    const { client } = await setup(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 200));
      json(res, 200, {});
    });
    const controller = new AbortController();
    const pending = client.request({ method: 'GET', path: '/slow' }, controller.signal);
    setTimeout(() => controller.abort(new Error('interrupted')), 20);
    const err = (await pending.catch((e: unknown) => e)) as HttpError;
    expect(err.kind).toBe('aborted');
    await client.close();
    const after = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as HttpError;
    expect(after.kind).toBe('aborted');
  });
});
