/**
 * The sandbox: the registered vendors' fakes behind one loopback HTTP port, one path prefix each.
 * Usable in one line from a test (`await startSandbox()`, then `await sandbox.stop()`), from
 * `campaignctl sandbox`, and embedded in the CLI for `endpoint: sandbox`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeContext, FakeRequest, VendorFake, VendorState } from './fake.js';
import { AnswerDropper, FAULT_STATUSES, SlidingWindowLimiter, seededRandom, type DeepJsonFault, type DropAnswer, type HostileFaults } from './faults.js';
import { loadFakes } from './fakes.js';
import { deepen, hostileAnswer, type WireAnswer } from './hostile.js';
import { loggedBody, loggedQuery } from './request-log.js';
import { readStateFile, StateWriter, type SandboxState } from './state-file.js';

export interface SandboxOptions extends HostileFaults {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback only; `127.0.0.1` by default. */
  readonly host?: string;
  /** Read at start (when it exists) and written after every accepted write. */
  readonly stateFile?: string;
  /** State to start from when there is no state file; the fakes' seed data when absent. */
  readonly initialState?: SandboxState;
  /** Delay before every vendor answer. */
  readonly latencyMs?: number;
  /** Requests per vendor per second; beyond it the vendor's own 429. */
  readonly rateLimit?: number;
  /** Share (0–1) of vendor requests answered 500/502/503 before they touch state. */
  readonly failRate?: number;
  /** Requests the fake acts on whose answer is then lost: the connection closes with no response (faults.ts). */
  readonly dropAnswers?: readonly DropAnswer[];
  /**
   * The vendors (path prefixes) every fault applies to: latency, rate limit, failures and the
   * hostile faults (faults.ts) alike. Every vendor when absent.
   */
  readonly faultVendors?: readonly string[];
  readonly seed?: number;
  /** Lifetime of issued access tokens, in seconds (default 3600). */
  readonly tokenLifetimeSeconds?: number;
  /** The sandbox clock; tests pin it. */
  readonly now?: () => Date;
  /** The fakes to serve; every registered vendor's (loaded from the provider registry) when absent. */
  readonly fakes?: readonly VendorFake[];
}

export interface RequestRecord {
  readonly vendor: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  /** When the request arrived (epoch ms), before latency and faults; the log itself is in answer order. */
  readonly receivedAt: number;
  /**
   * What was sent: the parsed JSON, an object for a form body, or the text when it is neither;
   * absent when there was no body. Credential fields are masked, and no header is ever logged.
   */
  readonly body?: unknown;
  /** The fake acted (`status` is what it answered) but the answer was dropped (`dropAnswers`): the client got no response. */
  readonly dropped?: true;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** Base URL of one vendor: `http://127.0.0.1:PORT/<vendor>`, an account's `endpoint`. */
  endpoint(vendor: string): string;
  state(): SandboxState;
  setState(state: SandboxState): void;
  requests(): readonly RequestRecord[];
  clearRequests(): void;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** What the Retry-After fault's 429 says about the limit: nothing a client could wait on. */
const BARE_LIMIT = { limit: 1, remaining: 0, resetAt: new Date(0), retryAfterSeconds: 1 };

export function seedState(fakes: readonly VendorFake[], now: Date): SandboxState {
  return Object.fromEntries(fakes.map((f) => [f.name, f.seed(now)]));
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const fakes = opts.fakes ?? (await loadFakes());
  const byName = new Map(fakes.map((f) => [f.name, f]));
  const now = opts.now ?? (() => new Date());
  const random = seededRandom(opts.seed ?? 1);
  const faultRandom = seededRandom((opts.seed ?? 1) ^ 0x5eed);
  const limiter = opts.rateLimit && opts.rateLimit > 0 ? new SlidingWindowLimiter(opts.rateLimit) : undefined;
  const dropper = new AnswerDropper(opts.dropAnswers ?? []);
  const fakeOptions = { tokenLifetimeSeconds: opts.tokenLifetimeSeconds ?? 3600 };

  let state: SandboxState =
    (opts.stateFile ? readStateFile(opts.stateFile) : undefined) ?? structuredClone(opts.initialState ?? seedState(fakes, now()));
  for (const f of fakes) state[f.name] ??= { campaigns: [] };
  const writer = new StateWriter(opts.stateFile, () => state);
  if (opts.stateFile) writer.flush();
  let log: RequestRecord[] = [];

  const faulted = (vendor: string) => opts.faultVendors === undefined || opts.faultVendors.includes(vendor);
  const contextFor = (vendor: string): FakeContext => ({
    now,
    state: state[vendor] as VendorState,
    commit: () => writer.schedule(),
    random,
    options: fakeOptions,
    ...(opts.endlessList && faulted(vendor) ? { faults: { endlessList: opts.endlessList } } : {}),
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) void send(res, { status: 500, body: { error: 'sandbox internal error', message: String(err) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const method = (req.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith('/_sandbox/')) return control(method, url.pathname, req, res);

    const [, prefix = '', ...rest] = url.pathname.split('/');
    const fake = byName.get(prefix);
    const path = `/${rest.join('/')}`;
    const raw = await readBody(req);
    const body = loggedBody(raw, contentTypeOf(req));
    const record = (status: number, dropped = false) =>
      log.push({
        vendor: fake ? prefix : prefix || '(none)',
        method,
        path: fake ? path : url.pathname,
        query: loggedQuery(url.search),
        status,
        receivedAt,
        ...(body !== undefined ? { body } : {}),
        ...(dropped ? { dropped: true as const } : {}),
      });

    if (!fake) {
      record(404);
      return send(res, { status: 404, body: { error: 'not_found', message: `no sandbox vendor at /${prefix}` } });
    }
    const faults = faulted(fake.name);
    const shape = faults ? { ...(opts.dripMs ? { dripMs: opts.dripMs } : {}), ...(opts.deepJson ? { deepJson: opts.deepJson } : {}) } : {};
    const answerWith = (answer: WireAnswer) => {
      record(answer.status);
      return send(res, answer, shape);
    };
    if (faults && opts.latencyMs && opts.latencyMs > 0) await sleep(opts.latencyMs);

    let limitHeaders: Record<string, string> = {};
    if (limiter && faults) {
      const { allowed, info } = limiter.take(fake.name, Date.now());
      if (!allowed) return answerWith(fake.rateLimited(info));
      limitHeaders = fake.rateLimitHeaders(info);
    }
    if (faults && opts.failRate && opts.failRate > 0 && faultRandom() < opts.failRate) {
      const status = FAULT_STATUSES[Math.floor(faultRandom() * FAULT_STATUSES.length)]!;
      const answer = fake.serverFault(status);
      return answerWith({ ...answer, headers: { ...limitHeaders, ...answer.headers } });
    }
    const hostile = faults ? hostileAnswer(opts, req, raw ?? '', () => fake.rateLimited(BARE_LIMIT).body) : undefined;
    if (hostile) return answerWith(hostile);
    if (raw === undefined) return answerWith({ status: 413, body: { error: 'payload_too_large' } });
    const fakeReq = parseRequest(method, path, url.searchParams, req, raw);
    const answer = await fake.handle(fakeReq, contextFor(fake.name));
    if (dropper.take(fake.name, faults, method, path)) {
      // The vendor acted; its answer never arrives.
      record(answer.status, true);
      req.socket.destroy();
      return;
    }
    return answerWith({ ...answer, headers: { ...limitHeaders, ...answer.headers } });
  }

  async function control(method: string, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (path === '/_sandbox/state' && method === 'GET') return send(res, { status: 200, body: state });
    if (path === '/_sandbox/state' && method === 'PUT') {
      const raw = await readBody(req);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw ?? '');
      } catch {
        return send(res, { status: 400, body: { error: 'state must be JSON' } });
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return send(res, { status: 400, body: { error: 'state must be {"<vendor>": {"campaigns": [...]}}' } });
      }
      sandbox.setState(parsed as SandboxState);
      return send(res, { status: 200, body: state });
    }
    if (path === '/_sandbox/requests' && method === 'GET') return send(res, { status: 200, body: log });
    if (path === '/_sandbox/requests' && method === 'DELETE') {
      log = [];
      return send(res, { status: 204 });
    }
    return send(res, { status: 404, body: { error: 'unknown sandbox control endpoint' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  server.keepAliveTimeout = 10_000;
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;

  const sandbox: Sandbox = {
    url,
    port,
    endpoint: (vendor) => `${url}/${vendor}`,
    state: () => state,
    setState(next) {
      state = structuredClone(next);
      for (const f of fakes) state[f.name] ??= { campaigns: [] };
      writer.flush();
    },
    requests: () => log,
    clearRequests() {
      log = [];
    },
    async stop() {
      writer.flush();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return sandbox;
}

function parseRequest(method: string, path: string, query: URLSearchParams, req: IncomingMessage, raw: string): FakeRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  const contentType = contentTypeOf(req);
  const base = { method, path, query, headers, ...(contentType ? { contentType } : {}) };
  if (raw === '') return { ...base, body: undefined };
  if (contentType === 'application/x-www-form-urlencoded') {
    return { ...base, body: Object.fromEntries(new URLSearchParams(raw)) };
  }
  try {
    return { ...base, body: JSON.parse(raw) as unknown };
  } catch (err) {
    return { ...base, body: undefined, bodyError: err instanceof Error ? err.message : 'invalid JSON' };
  }
}

/** The media type alone, lower case: `application/json` of `application/json; charset=utf-8`. */
function contentTypeOf(req: IncomingMessage): string | undefined {
  const header = req.headers['content-type'];
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** The body as text, or undefined when it is larger than the sandbox accepts. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(buf);
  }
  return tooLarge ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** How an answer leaves, under the hostile faults that change its bytes. */
interface WireShape {
  readonly dripMs?: number;
  readonly deepJson?: DeepJsonFault;
}

async function send(res: ServerResponse, answer: WireAnswer, shape: WireShape = {}): Promise<void> {
  const headers: Record<string, string> = { ...answer.headers };
  let payload = answer.text ?? '';
  if (answer.text === undefined && answer.body !== undefined) {
    payload = shape.deepJson ? deepen(answer.body, shape.deepJson) : JSON.stringify(answer.body);
    headers['content-type'] ??= 'application/json';
  }
  const bytes = Buffer.from(payload, 'utf8');
  headers['content-length'] = String(bytes.length);
  res.writeHead(answer.status, headers);
  if (!shape.dripMs) {
    res.end(bytes);
    return;
  }
  // Headers at once, then the body a byte at a time, until done or the client hangs up.
  res.flushHeaders();
  for (let i = 0; i < bytes.length && !res.destroyed; i++) {
    await sleep(shape.dripMs);
    if (!res.destroyed) res.write(bytes.subarray(i, i + 1));
  }
  if (!res.destroyed) res.end();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
