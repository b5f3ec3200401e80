/**
 * A loopback HTTP server for the HTTP layer's tests: port 0, a handler per test, counters for
 * connections and requests in flight, and a stop that closes every socket.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** Date.now() when the request had been read. */
  readonly at: number;
}

export interface TestServer {
  readonly url: string;
  readonly received: Received[];
  /** TCP connections accepted so far. */
  connections(): number;
  /** Most requests the handler was working on at once. */
  maxInFlight(): number;
  stop(): Promise<void>;
}

export type Handler = (req: Received, res: ServerResponse, raw: IncomingMessage) => unknown;

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  let connections = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const serve = async (raw: IncomingMessage, res: ServerResponse): Promise<void> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    for await (const c of raw) chunks.push(c as Buffer);
    const req: Received = {
      method: raw.method ?? '',
      url: raw.url ?? '',
      headers: raw.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    received.push(req);
    try {
      await handler(req, res, raw);
    } catch (err) {
      if (!res.headersSent) res.writeHead(599).end(err instanceof Error ? err.message : 'handler failed');
    }
  };
  const server = createServer((raw, res) => void serve(raw, res));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    connections: () => connections,
    maxInFlight: () => maxInFlight,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** Test policy: every wait in milliseconds rather than seconds. */
export const FAST = {
  retry: { maxRetries: 3, minDelayMs: 5, maxDelayMs: 20 },
  rateLimit: { defaultWaitMs: 50, minWaitMs: 5, budgetMs: 5_000 },
  timeouts: { requestMs: 5_000 },
} as const;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** At most `limit` accepted requests in any `windowMs`; refused ones do not count (as a gateway). */
export function slidingWindow(limit: number, windowMs = 1000) {
  const stamps: number[] = [];
  return (now = Date.now()) => {
    while (stamps.length > 0 && stamps[0]! <= now - windowMs) stamps.shift();
    const allowed = stamps.length < limit;
    if (allowed) stamps.push(now);
    const resetAt = stamps.length > 0 ? stamps[0]! + windowMs : now;
    return { allowed, limit, remaining: Math.max(0, limit - stamps.length), resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  };
}
