/**
 * The HTTP client under an interrupt (the caller's AbortSignal), which is what lets apply keep
 * DESIGN's promise "requests in flight finish": a write already sent is let finish and its answer
 * returned; a read in flight is cancelled; nothing waiting (retry backoff, the concurrency queue,
 * the pacer) is sent afterwards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, type HttpClient } from '../../src/http/index.js';
import { FAST, json, startTestServer, type TestServer } from '../http/test-server.js';

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.stop();
  client = undefined;
  server = undefined;
});

/** Answers after `ms`, having aborted `interrupt` as the request arrived: it is in flight then. */
const interruptedInFlight = (interrupt: AbortController, ms: number, status = 200) =>
  async (_req: unknown, res: Parameters<typeof json>[0]) => {
    interrupt.abort('SIGINT');
    await new Promise((r) => setTimeout(r, ms));
    json(res, status, { ok: status < 300 });
  };

describe('an interrupt in the HTTP client', () => {
  it('lets a write already sent finish, and returns its answer', async () => {
    const interrupt = new AbortController();
    server = await startTestServer(interruptedInFlight(interrupt, 150));
    client = createHttpClient({ baseUrl: server.url, name: 'a', policy: FAST });
    const write = client.request<{ ok: boolean }>({ method: 'PATCH', path: '/c/1', json: { name: 'x' } }, interrupt.signal);
    const res = await write;
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });

  it('cancels a read in flight at once', async () => {
    const interrupt = new AbortController();
    server = await startTestServer(interruptedInFlight(interrupt, 1_000));
    client = createHttpClient({ baseUrl: server.url, name: 'a', policy: FAST });
    const started = Date.now();
    const read = client.request({ method: 'GET', path: '/c/1' }, interrupt.signal);
    const err = (await read.catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.kind).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('does not retry a write whose attempt in flight failed after the interrupt', async () => {
    const interrupt = new AbortController();
    server = await startTestServer(interruptedInFlight(interrupt, 150, 503));
    client = createHttpClient({ baseUrl: server.url, name: 'a', policy: FAST });
    const write = client.request({ method: 'PUT', path: '/c/1', json: {} }, interrupt.signal);
    const err = (await write.catch((e: unknown) => e)) as HttpError;
    expect(err.kind).toBe('aborted');
    await new Promise((r) => setTimeout(r, 100));
    expect(server.received).toHaveLength(1);
  });

  it('abandons a write waiting out its backoff, and sends none of the writes queued behind the concurrency limit', async () => {
    const interrupt = new AbortController();
    let abortedAt = 0;
    server = await startTestServer(async (req, res) => {
      // The first write meets a fault (its retry would come after a 2 s backoff). The interrupt
      // comes once the next two have arrived: they are in flight, and the rest wait for a slot.
      if (req.url === '/c/0') return json(res, 503, {});
      if (server!.received.length === 3) {
        interrupt.abort('SIGINT');
        abortedAt = Date.now();
      }
      await new Promise((r) => setTimeout(r, 50));
      json(res, 200, {});
    });
    client = createHttpClient({
      baseUrl: server.url,
      name: 'a',
      concurrency: 3,
      policy: { ...FAST, retry: { ...FAST.retry, minDelayMs: 2_000, maxDelayMs: 2_000, jitter: 'none' } },
    });
    const writes = Array.from({ length: 6 }, (_, i) =>
      client!.request({ method: 'PUT', path: `/c/${i}`, json: {} }, interrupt.signal).then(
        (r) => r.status,
        (e: unknown) => (e instanceof HttpError ? e.kind : 'other'),
      ),
    );
    const outcomes = await Promise.all(writes);
    expect(Date.now() - abortedAt).toBeLessThan(1_000);
    expect(outcomes).toEqual(['aborted', 200, 200, 'aborted', 'aborted', 'aborted']);
    expect(server.received.map((r) => r.url).sort()).toEqual(['/c/0', '/c/1', '/c/2']);
  });
});
