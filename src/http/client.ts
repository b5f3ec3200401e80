/**
 * The HTTP client of one account. Every request goes through, in this order:
 *
 *   concurrency limit (p-limit) → auth headers → pacer (the account's pace and 429 gate)
 *     → send on a keep-alive pool, with a timeout → classify → retry or answer
 *
 * Auth headers come before the pacer so that the pacer's release time is the moment the request
 * leaves (a token fetch in between would make the vendor count it later than the pacer thinks),
 * and requests marked `skipAuth` (the token fetches themselves) skip the concurrency limit, since
 * every slot may be held by a request waiting for that very token.
 *
 * Retries: which requests may be sent again, after which answers and failures, is the policy's
 * rule (`mayRetry` in policy.ts): idempotent requests, and others only when they provably did not
 * act at the vendor. When one may, a 429 waits as long as the vendor asks (Retry-After, reset
 * headers), within a time budget per request; a 5xx, a network error or a timeout backs off
 * exponentially with full jitter, up to `maxRetries`. A 401 asks the auth strategy to drop its
 * token and, when it does, repeats once.
 *
 * The caller's signal (an interrupt) stops every wait (the concurrency queue, the pacer, backoff)
 * and every further attempt at once. It cancels an attempt already sent only when that attempt is
 * a GET: a write on its way may already have changed the vendor's state, so it is let finish
 * (within its timeout) and its answer is known, instead of leaving its outcome in doubt.
 *
 * Deadlines (policy `timeouts`): an attempt has `requestMs` for its headers and body together; a
 * request has `totalMs` for all its attempts and waits; the account has `runMs` from the client's
 * creation for everything, and its passing acts as an interrupt does (kind `deadline`).
 *
 * JSON answers are measured before they are parsed: one nested deeper than `maxJsonDepth` fails
 * its request (kind `invalid-response`) instead of overflowing the stack wherever it is walked.
 */
import pLimit from 'p-limit';
import { Pool, request as undiciRequest } from 'undici';
import { abortError, HttpError } from './errors.js';
import { jsonNestingDepth } from './json-depth.js';
import { Pacer, PacerClosedError, type PaceTicket } from './pacer.js';
import { mayRetry, resolvePolicy, type HttpPolicy, type HttpPolicyOverrides } from './policy.js';
import { parseRateLimitHeaders } from './rate-limit-headers.js';
import { Redactor, isSensitiveName } from './redact.js';
import { backoffDelay } from './retry.js';
import type { AuthStrategy, HttpClient, HttpErrorKind, HttpRequest, HttpResponse, HttpStats } from './types.js';

export interface HttpClientOptions {
  /** The account's endpoint; request paths are appended to it, its own path kept. */
  readonly baseUrl: string;
  /** The account's name, for log lines and errors. */
  readonly name: string;
  /** Requests in flight at once; `policy.concurrency` (8) when absent. */
  readonly concurrency?: number;
  /** Requests per second; absent: learned from the vendor's answers. */
  readonly rateLimit?: number;
  readonly auth?: AuthStrategy;
  /** Credential values, masked wherever they would appear. */
  readonly secrets?: readonly string[];
  readonly policy?: HttpPolicyOverrides;
  /** Retries, pauses and pace changes, one line each (already redacted). */
  readonly log?: (line: string) => void;
  readonly userAgent?: string;
  /** For tests: the jitter's randomness. */
  readonly random?: () => number;
}

const DEFAULT_USER_AGENT = 'campaignctl';

/** undici error codes that mean the request ran out of time rather than failed. */
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

interface Attempt {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

/** Why an attempt produced no answer. */
class AttemptFailure extends Error {
  constructor(
    readonly kind: Extract<HttpErrorKind, 'timeout' | 'network' | 'aborted' | 'invalid-response'>,
    readonly reason: string,
    /** The error's code (`ECONNREFUSED`, `UND_ERR_CONNECT_TIMEOUT`…), for the retry rule. */
    readonly code?: string,
    /** For `aborted`: the signal's reason. */
    override readonly cause?: unknown,
    /** For `timeout`: the request's whole deadline, not one attempt's allowance, ran out. */
    readonly atDeadline = false,
  ) {
    super(reason);
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
/** A limit for messages: seconds up to two minutes, minutes beyond. */
const duration = (ms: number) => (ms > 120_000 ? `${Math.round(ms / 6_000) / 10} min` : seconds(ms));

/** Of an error answer, the characters searched for credentials: far more than any snippet shows. */
const ERROR_BODY_SEARCHED = 8 * 1024;
/** Dropped from the end of what was searched when the answer was longer: no credential is that long. */
const ERROR_BODY_EDGE = 256;

/** The longest delay a Node timer takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The account's run deadline passed: the abort reason of the client's own deadline signal. */
class RunDeadline extends Error {}

/**
 * One signal that aborts when either does (the caller's interrupt, the run deadline); `dispose`
 * removes its listeners, so the long-lived deadline signal does not collect one per request.
 */
function eitherSignal(a: AbortSignal | undefined, b: AbortSignal): { readonly signal: AbortSignal; dispose(): void } {
  if (!a) return { signal: b, dispose: () => {} };
  const both = new AbortController();
  const fromA = () => both.abort(a.reason);
  const fromB = () => both.abort(b.reason);
  if (a.aborted) fromA();
  else if (b.aborted) fromB();
  else {
    a.addEventListener('abort', fromA, { once: true });
    b.addEventListener('abort', fromB, { once: true });
  }
  return {
    signal: both.signal,
    dispose: () => {
      a.removeEventListener('abort', fromA);
      b.removeEventListener('abort', fromB);
    },
  };
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  return new UndiciHttpClient(options);
}

class UndiciHttpClient implements HttpClient {
  private readonly policy: HttpPolicy;
  private readonly base: URL;
  private readonly basePath: string;
  private readonly pool: Pool;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly pacer: Pacer;
  private readonly redactor: Redactor;
  private readonly random: () => number;
  private readonly userAgent: string;
  private readonly counters = { requests: 0, retries: 0, rateLimited: 0 };
  private closed = false;
  /** Aborted when the account's run deadline passes. */
  private readonly runDeadline = new AbortController();
  private readonly runTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: HttpClientOptions) {
    this.policy = resolvePolicy(options.policy);
    this.redactor = new Redactor(options.secrets);
    this.base = new URL(options.baseUrl);
    this.basePath = this.base.pathname.replace(/\/+$/, '');
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? this.policy.concurrency));
    this.limit = pLimit(concurrency);
    this.random = options.random ?? Math.random;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const { timeouts, keepAlive } = this.policy;
    this.pool = new Pool(this.base.origin, {
      // One more than the limit: token fetches bypass it.
      connections: concurrency + 1,
      pipelining: 1,
      keepAliveTimeout: keepAlive.timeoutMs,
      keepAliveMaxTimeout: keepAlive.maxTimeoutMs,
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.bodyMs,
      connect: { timeout: timeouts.connectMs },
    });
    this.pacer = new Pacer({
      ...(options.rateLimit !== undefined ? { rate: options.rateLimit } : {}),
      policy: this.policy.rateLimit,
      onChange: (line) => this.log(line),
    });
    // The deadline must not keep the process alive once the command is done. No timer holds more
    // than MAX_TIMER_MS (Node fires longer ones at once): a longer deadline is no deadline.
    this.runTimer =
      timeouts.runMs <= MAX_TIMER_MS ? setTimeout(() => this.runDeadline.abort(new RunDeadline('run deadline')), timeouts.runMs).unref() : undefined;
  }

  stats(): HttpStats {
    const pace = this.pacer.pace();
    return { ...this.counters, ...(pace !== undefined ? { pace } : {}) };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.runTimer);
    this.pacer.close();
    await this.pool.close();
  }

  request<T = unknown>(req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse<T>> {
    if (req.skipAuth) return this.run<T>(req, signal);
    return this.limit(() => this.run<T>(req, signal));
  }

  private log(line: string): void {
    this.options.log?.(this.redactor.text(`${this.options.name}: ${line}`));
  }

  private buildUrl(req: HttpRequest): URL {
    const path = req.path.startsWith('/') ? req.path : `/${req.path}`;
    const url = new URL(`${this.basePath}${path}`, this.base.origin);
    for (const [k, v] of this.base.searchParams) url.searchParams.append(k, v);
    for (const [k, v] of Object.entries(req.query ?? {})) {
      if (v !== undefined) url.searchParams.append(k, String(v));
    }
    return url;
  }

  private async run<T>(req: HttpRequest, callerSignal?: AbortSignal): Promise<HttpResponse<T>> {
    const stop = eitherSignal(callerSignal, this.runDeadline.signal);
    try {
      return await this.attempts<T>(req, stop.signal);
    } finally {
      stop.dispose();
    }
  }

  /**
   * The start of an answer, redacted, for an error's snippet. Only the start is searched (an answer
   * may be megabytes); its last characters are dropped when it was cut, so that no credential cut
   * in two by the cut is left half visible.
   */
  private redactedBody(text: string): string {
    if (text.length <= ERROR_BODY_SEARCHED) return this.redactor.text(text);
    return this.redactor.text(text.slice(0, ERROR_BODY_SEARCHED)).slice(0, -ERROR_BODY_EDGE);
  }

  /** Why `signal` stopped a request: the account's run deadline, or the caller. */
  private stopReason(signal: AbortSignal, err?: unknown): { kind: 'deadline' | 'aborted'; reason: string } {
    if (signal.reason instanceof RunDeadline) {
      return {
        kind: 'deadline',
        reason: `account \`${this.options.name}\` reached its run deadline of ${duration(this.policy.timeouts.runMs)} (run_timeout); nothing more is sent to it`,
      };
    }
    return { kind: 'aborted', reason: describeReason(err ?? signal.reason) };
  }

  private async attempts<T>(req: HttpRequest, signal: AbortSignal): Promise<HttpResponse<T>> {
    const started = performance.now();
    const { totalMs } = this.policy.timeouts;
    const deadlineAt = started + totalMs;
    const overDeadline = `the request's deadline of ${seconds(totalMs)} (request_timeout)`;
    const url = this.buildUrl(req);
    const shownUrl = this.redactor.url(url.toString());
    const where = `${req.method} ${this.redactor.url(url.pathname + url.search)}`;
    for (const [name, value] of Object.entries(req.headers ?? {})) {
      if (isSensitiveName(name)) this.redactor.add(value);
    }
    for (const [name, value] of Object.entries(req.form ?? {})) {
      if (isSensitiveName(name)) this.redactor.add(value);
    }
    const { body, contentType } = encodeBody(req);

    let attempts = 0;
    let retries = 0;
    /** Time spent waiting out 429s so far, and since when the current wait runs. */
    let rateLimitWaited = 0;
    let rateLimitedSince: number | undefined;
    let authRetried = false;
    let retryNext = false;
    const fail = (kind: HttpErrorKind, extra: { status?: number; body?: string; reason?: string } = {}): HttpError =>
      new HttpError({
        kind,
        method: req.method,
        url: shownUrl,
        account: this.options.name,
        attempts,
        ...(req.purpose !== undefined ? { purpose: this.redactor.text(req.purpose) } : {}),
        ...(extra.status !== undefined ? { status: extra.status } : {}),
        ...(extra.body !== undefined ? { body: this.redactedBody(extra.body) } : {}),
        ...(extra.reason !== undefined ? { reason: this.redactor.text(extra.reason) } : {}),
      });

    const stopped = (err?: unknown) => {
      const { kind, reason } = this.stopReason(signal, err);
      return fail(kind, { reason });
    };

    for (;;) {
      if (this.closed) throw fail('aborted', { reason: 'the HTTP client was closed' });
      if (signal.aborted) throw stopped();

      let authHeaders: Readonly<Record<string, string>> = {};
      if (this.options.auth && !req.skipAuth) {
        authHeaders = await this.options.auth.headers(this, signal);
        for (const value of Object.values(authHeaders)) this.redactor.add(value);
      }

      let ticket: PaceTicket;
      try {
        ticket = await this.pacer.acquire({ signal, priority: retryNext });
      } catch (err) {
        if (err instanceof PacerClosedError) throw fail('aborted', { reason: err.message });
        throw stopped(err);
      }
      if (rateLimitedSince !== undefined) {
        rateLimitWaited += performance.now() - rateLimitedSince;
        rateLimitedSince = undefined;
      }
      const left = deadlineAt - performance.now();
      if (left <= 0) {
        // The wait for the pace took what was left.
        this.pacer.answered(ticket, undefined);
        throw fail('timeout', { reason: `no complete answer within ${overDeadline}` });
      }
      attempts++;
      this.counters.requests++;
      if (attempts > 1) this.counters.retries++;

      const headers: Record<string, string> = {
        'user-agent': this.userAgent,
        accept: 'application/json',
        ...(contentType ? { 'content-type': contentType } : {}),
        ...lowerCaseKeys(req.headers ?? {}),
        ...lowerCaseKeys(authHeaders),
      };

      let answer: Attempt;
      try {
        answer = await this.send(url, req, headers, body, req.method === 'GET' ? signal : undefined, left, overDeadline);
      } catch (err) {
        const failure = err instanceof AttemptFailure ? err : new AttemptFailure('network', describeReason(err), errorCode(err));
        this.pacer.answered(ticket, undefined);
        if (failure.kind === 'aborted') throw stopped(failure.cause);
        const retryable =
          (failure.kind === 'timeout' || failure.kind === 'network') &&
          mayRetry(req, { failure: failure.kind, ...(failure.code !== undefined ? { code: failure.code } : {}) }, this.policy.retry);
        if (!retryable || retries >= this.policy.retry.maxRetries) throw fail(failure.kind, { reason: failure.reason });
        if (failure.atDeadline) throw fail(failure.kind, { reason: failure.reason });
        const delay = backoffDelay(retries + 1, this.policy.retry, this.random);
        if (performance.now() + delay >= deadlineAt) {
          throw fail(failure.kind, { reason: `${failure.reason}; not tried again: ${overDeadline} would pass first` });
        }
        retries++;
        this.log(`${where}: ${failure.reason}; retry ${retries}/${this.policy.retry.maxRetries} in ${seconds(delay)}`);
        await this.pause(delay, signal, stopped);
        retryNext = true;
        continue;
      }

      const limitSignal = parseRateLimitHeaders(answer.headers);
      const { waitMs } = this.pacer.answered(ticket, answer.status, limitSignal);
      if (answer.status === 429) this.counters.rateLimited++;

      const ok = (answer.status >= 200 && answer.status < 300) || (req.accept ?? []).includes(answer.status);
      if (ok) return this.parse<T>(answer, fail);

      if (answer.status === 429 && mayRetry(req, { status: 429 }, this.policy.retry)) {
        const wait = Math.max(waitMs, this.pacer.pausedFor());
        if (rateLimitWaited + wait > this.policy.rateLimit.budgetMs) {
          throw fail('rate-limit-budget', {
            status: 429,
            body: answer.text,
            reason: `${seconds(rateLimitWaited)} (the budget is ${seconds(this.policy.rateLimit.budgetMs)}; the vendor asks for ${seconds(wait)} more)`,
          });
        }
        if (performance.now() + wait >= deadlineAt) {
          throw fail('rate-limit-budget', {
            status: 429,
            body: answer.text,
            reason: `${seconds(rateLimitWaited)} (the vendor asks for ${seconds(wait)} more, past ${overDeadline})`,
          });
        }
        // The pacer holds every request of the account until the vendor's time has passed; the
        // wait is counted against this request's budget when it is released again.
        rateLimitedSince = performance.now();
        retryNext = true;
        continue;
      }

      if (answer.status === 401 && this.options.auth?.invalidate && !authRetried && !req.skipAuth) {
        authRetried = true;
        if (this.options.auth.invalidate()) {
          this.log(`${where}: 401, credentials refreshed; repeating once`);
          retryNext = true;
          continue;
        }
      }

      if (answer.status !== 429 && mayRetry(req, { status: answer.status }, this.policy.retry)) {
        if (retries < this.policy.retry.maxRetries) {
          retries++;
          const backoff = backoffDelay(retries, this.policy.retry, this.random);
          const asked = limitSignal.retryAfterMs;
          const delay = Math.min(this.policy.retry.maxDelayMs, Math.max(backoff, asked ?? 0));
          if (performance.now() + delay >= deadlineAt) {
            throw fail('status', { status: answer.status, body: answer.text, reason: `not tried again: ${overDeadline} would pass first` });
          }
          this.log(`${where}: ${answer.status}; retry ${retries}/${this.policy.retry.maxRetries} in ${seconds(delay)}`);
          await this.pause(delay, signal, stopped);
          retryNext = true;
          continue;
        }
      }
      throw fail('status', { status: answer.status, body: answer.text });
    }
  }

  private async pause(ms: number, signal: AbortSignal, stopped: (err: unknown) => HttpError) {
    try {
      await sleep(ms, signal);
    } catch (err) {
      throw stopped(err);
    }
  }

  private async send(
    url: URL,
    req: HttpRequest,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal | undefined,
    /** What the request's deadline leaves of its time, and how to name that deadline. */
    leftMs: number,
    overDeadline: string,
  ): Promise<Attempt> {
    const { timeouts } = this.policy;
    const allowance = Math.min(timeouts.requestMs, leftMs, MAX_TIMER_MS);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, allowance);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const why = (err: unknown): AttemptFailure => {
      if (timedOut) {
        const atDeadline = allowance < timeouts.requestMs;
        const within = atDeadline ? overDeadline : seconds(timeouts.requestMs);
        return new AttemptFailure('timeout', `no complete answer within ${within}`, undefined, undefined, atDeadline);
      }
      if (signal?.aborted) return new AttemptFailure('aborted', describeReason(signal.reason), undefined, signal.reason);
      return classify(err, timeouts);
    };
    try {
      let res: Awaited<ReturnType<typeof undiciRequest>>;
      try {
        res = await undiciRequest(url, {
          dispatcher: this.pool,
          method: req.method,
          headers,
          ...(body !== undefined ? { body } : {}),
          signal: controller.signal,
          headersTimeout: timeouts.headersMs,
          bodyTimeout: timeouts.bodyMs,
        });
      } catch (err) {
        throw why(err);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const maxBytes = req.maxResponseBytes ?? this.policy.maxResponseBytes;
      try {
        for await (const chunk of res.body) {
          const buf = chunk as Buffer;
          size += buf.length;
          if (size > maxBytes) {
            res.body.destroy();
            throw new AttemptFailure('invalid-response', `answer larger than ${maxBytes} bytes`);
          }
          chunks.push(buf);
        }
      } catch (err) {
        if (err instanceof AttemptFailure) throw err;
        throw why(err);
      }
      const responseHeaders: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined) responseHeaders[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
      }
      return { status: res.statusCode, headers: responseHeaders, text: Buffer.concat(chunks).toString('utf8') };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private parse<T>(answer: Attempt, fail: (kind: HttpErrorKind, extra?: { status?: number; body?: string; reason?: string }) => HttpError): HttpResponse<T> {
    const type = answer.headers['content-type'] ?? '';
    let body: unknown = answer.text;
    if (isJson(type) && answer.text.trim() !== '') {
      const max = this.policy.maxJsonDepth;
      if (jsonNestingDepth(answer.text, max) > max) {
        // No body snippet: it would be brackets.
        throw fail('invalid-response', {
          status: answer.status,
          reason: `it nests arrays and objects more than ${max} levels deep, deeper than campaignctl reads`,
        });
      }
      try {
        body = JSON.parse(answer.text);
      } catch (err) {
        throw fail('invalid-response', {
          status: answer.status,
          body: answer.text,
          reason: `declared ${type.split(';')[0]} but is not JSON (${describeReason(err)})`,
        });
      }
    }
    return { status: answer.status, headers: answer.headers, body: body as T };
  }
}

function isJson(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

function encodeBody(req: HttpRequest): { body?: string; contentType?: string } {
  if (req.json !== undefined && req.form !== undefined) {
    throw new TypeError(`${req.method} ${req.path}: a request has either a JSON or a form body, not both`);
  }
  if (req.json !== undefined) return { body: JSON.stringify(req.json), contentType: 'application/json' };
  if (req.form !== undefined) {
    return { body: new URLSearchParams(Object.entries(req.form)).toString(), contentType: 'application/x-www-form-urlencoded' };
  }
  return {};
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

function describeReason(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return err === undefined ? 'aborted' : typeof err === 'string' ? err : JSON.stringify(err) ?? 'error';
}

function classify(err: unknown, timeouts: HttpPolicy['timeouts']): AttemptFailure {
  const code = errorCode(err);
  if (code && TIMEOUT_CODES.has(code)) {
    const ms = code === 'UND_ERR_CONNECT_TIMEOUT' ? timeouts.connectMs : code === 'UND_ERR_HEADERS_TIMEOUT' ? timeouts.headersMs : timeouts.bodyMs;
    const what = code === 'UND_ERR_CONNECT_TIMEOUT' ? 'no connection' : code === 'UND_ERR_HEADERS_TIMEOUT' ? 'no answer' : 'the answer stalled';
    return new AttemptFailure('timeout', `${what} within ${seconds(ms)}`, code);
  }
  return new AttemptFailure('network', describeReason(err), code);
}

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && e instanceof Error; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
