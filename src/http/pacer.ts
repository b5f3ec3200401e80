/**
 * The pace of one account: a token bucket that releases requests no faster than the vendor allows,
 * and learns what the vendor allows when nobody configured it.
 *
 * The pace is "L requests per window W". Two rules enforce it:
 *   - spacing (a token bucket holding one token): two requests leave at least W/L apart;
 *   - slots: at most L requests in any W (plus a small margin), counted the way the vendor counts
 *     them: a request occupies its slot from its answer, the latest moment the vendor can have
 *     counted it. Bursts sent before the pace was known and requests delayed on their way are
 *     then counted as the vendor counts them, so a sliding-window limiter never sees L + 1.
 * A gate on top pauses everything after a 429 (Retry-After, or the reset header) and while the
 * vendor says nothing remains until a reset further away than the window.
 *
 * Learning, when no rate is configured (a configured rate is kept as it is; only the gate applies):
 *   - before the first answer, one request at a time (the first answer may state the limit);
 *   - a limit header (`X-RateLimit-Limit`, `X-Rate-Limit-Limit`, `RateLimit-Limit`) sets L at once;
 *   - a 429 without one sets L to the requests the vendor accepted in the window before it: the
 *     throughput actually achieved, not a halving, so the pace converges in one step;
 *   - only a 429 on a request sent after the last change may lower the pace (the others were sent
 *     under the old pace and say nothing new), and never below half of it in one step;
 *   - while nothing remains, the reset time (and a 429) bound the window from below; the window
 *     grows to the largest bound seen, so a per-minute or per-hour limit is paced evenly.
 */
import type { RateLimitPolicy } from './policy.js';
import { abortError } from './errors.js';
import type { RateLimitSignal } from './rate-limit-headers.js';

export interface PaceTicket {
  readonly seq: number;
  /** Monotonic milliseconds when the request was released. */
  readonly sentAt: number;
  answeredAt?: number;
  /** `refused`: answered 429; the vendor did not count it. */
  state: 'pending' | 'counted' | 'refused';
}

export interface PacerOptions {
  /** Configured requests per second; absent: learn from the vendor's answers. */
  readonly rate?: number;
  readonly policy: RateLimitPolicy;
  /** Monotonic clock in milliseconds (tests inject one). */
  readonly now?: () => number;
  /** Told whenever the pace or the gate changes, in one plain line. */
  readonly onChange?: (line: string) => void;
}

export interface AcquireOptions {
  readonly signal?: AbortSignal;
  /** Retries go before first attempts, so a request's waits stay bounded. */
  readonly priority?: boolean;
}

export interface AnswerOutcome {
  /** Milliseconds the gate now stays closed because of this 429 (0 for other answers). */
  readonly waitMs: number;
}

interface Waiter {
  readonly resolve: (ticket: PaceTicket) => void;
  readonly reject: (err: unknown) => void;
  done: boolean;
  cleanup?: () => void;
}

interface RemainingObservation {
  readonly seq: number;
  readonly remaining: number;
  readonly resetAt: number;
}

export class PacerClosedError extends Error {
  constructor() {
    super('the HTTP client was closed');
    this.name = 'PacerClosedError';
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export class Pacer {
  private readonly policy: RateLimitPolicy;
  private readonly now: () => number;
  private readonly onChange: (line: string) => void;
  private readonly configured: boolean;

  /** Requests per window; undefined: not known yet, no pacing. */
  private limit: number | undefined;
  private windowMs: number;
  /** Where the current pace came from, for messages. */
  private source = 'not yet known';
  /** Earliest release of the next request under the spacing rule. */
  private nextAt = 0;
  private pausedUntil = 0;
  /** When the pace last changed: 429s on requests released before it are old news. */
  private changedAt = Number.NEGATIVE_INFINITY;
  private answeredAny = false;
  private inFlight = 0;
  private seq = 0;
  private log: PaceTicket[] = [];
  private observation: RemainingObservation | undefined;
  /** The 429 that set the learned pace, while answers to requests sent before it are still due. */
  private episode: { readonly sentAt: number; readonly windowMs: number } | undefined;

  private readonly queue: Waiter[] = [];
  private pumping = false;
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(options: PacerOptions) {
    this.policy = options.policy;
    this.now = options.now ?? (() => performance.now());
    this.onChange = options.onChange ?? (() => {});
    this.windowMs = options.policy.windowMs;
    this.configured = options.rate !== undefined && options.rate > 0;
    if (this.configured) {
      const rate = options.rate as number;
      // 2.5/s is 2 per 800 ms: whole requests per window, the window stretched to match.
      this.limit = Math.max(1, Math.floor(rate));
      this.windowMs = (this.limit / rate) * 1000;
      this.source = 'configured';
    }
  }

  /** Requests per second in force; undefined while unknown. */
  pace(): number | undefined {
    return this.limit === undefined ? undefined : (this.limit * 1000) / this.windowMs;
  }

  /** Waits for this request's turn; the ticket is the request's slot, to be passed to `answered`. */
  acquire(options: AcquireOptions = {}): Promise<PaceTicket> {
    if (this.closed) return Promise.reject(new PacerClosedError());
    const { signal, priority } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<PaceTicket>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, done: false };
      if (signal) {
        const onAbort = () => {
          if (waiter.done) return;
          waiter.done = true;
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(abortError(signal));
          this.notify();
        };
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      if (priority) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      void this.pump();
    });
  }

  /**
   * The vendor answered (`status`) or the request failed without an answer (`status` undefined).
   * Learns from the answer's rate-limit headers; after a 429 closes the gate and says for how long.
   */
  answered(ticket: PaceTicket, status: number | undefined, signal: RateLimitSignal = {}): AnswerOutcome {
    const now = this.now();
    if (ticket.state === 'pending') this.inFlight--;
    ticket.answeredAt = now;
    ticket.state = status === 429 ? 'refused' : 'counted';
    this.answeredAny = true;
    let waitMs = 0;

    if (signal.remaining !== undefined && signal.resetInMs !== undefined) {
      if (this.observation === undefined || ticket.seq >= this.observation.seq) {
        this.observation = { seq: ticket.seq, remaining: signal.remaining, resetAt: now + signal.resetInMs };
      }
    }
    if (status === 429) {
      waitMs = Math.max(this.policy.minWaitMs, signal.retryAfterMs ?? signal.resetInMs ?? this.policy.defaultWaitMs);
    }

    if (!this.configured) {
      if (signal.limit !== undefined) this.learnFromLimitHeader(ticket, now, signal, waitMs);
      else if (status === 429) this.learnFromRefusal(ticket, now);
      if (this.episode !== undefined) this.refineEpisode(now);
    }

    if (status === 429 && now + waitMs > this.pausedUntil) {
      // The other 429s of one burst extend the pause by milliseconds; one line per pause.
      if (this.pausedUntil <= now) this.onChange(`rate limited: pausing ${round1(waitMs / 1000)} s${this.describePace()}`);
      this.pausedUntil = now + waitMs;
      this.nextAt = Math.max(this.nextAt, this.pausedUntil);
    }
    this.prune(now);
    this.notify();
    return { waitMs };
  }

  /** Milliseconds until the 429 gate opens (0 when open). */
  pausedFor(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  /** Rejects every waiting request; later acquires fail at once. */
  close(): void {
    this.closed = true;
    for (const w of this.queue.splice(0)) {
      w.done = true;
      w.cleanup?.();
      w.reject(new PacerClosedError());
    }
    this.notify();
  }

  private describePace(): string {
    const pace = this.pace();
    return pace === undefined ? '' : `; pace ${round1(pace)} req/s (${this.source})`;
  }

  private setPace(limit: number, windowMs: number, source: string, now: number): void {
    const before = this.pace();
    this.limit = Math.max(1, Math.round(limit));
    this.windowMs = Math.min(this.policy.maxWindowMs, windowMs);
    this.source = source;
    this.changedAt = now;
    const after = this.pace() as number;
    if (before === undefined || Math.abs(after - before) / before > 0.001) {
      this.onChange(`pace ${round1(after)} req/s (${this.limit} per ${round1(this.windowMs / 1000)} s, ${source})`);
    }
  }

  /**
   * The vendor states its limit: pace to it. When it also says nothing remains, the window is at
   * least as long as two measures, both lower bounds, so the pace never drops below the vendor's:
   *   - the reset time: the oldest of the `limit` requests it still counts was counted at `t` at
   *     the latest, and frees at t + window, so window ≥ reset − t (less the header's rounding);
   *   - a 429: the `limit` requests before it were all still in the window when it arrived.
   * The window only grows, towards the true one; each answer with nothing remaining is a sample.
   */
  private learnFromLimitHeader(ticket: PaceTicket, now: number, signal: RateLimitSignal, waitMs: number): void {
    const limit = signal.limit as number;
    let windowMs = signal.windowMs ?? this.windowMs;
    const refused = ticket.state === 'refused';
    if (signal.windowMs === undefined && (refused || (signal.remaining ?? 1) <= 0)) {
      const oldest = this.nthCountedBefore(ticket, limit);
      if (oldest !== undefined) {
        const resetIn = refused ? waitMs : signal.resetInMs;
        if (resetIn !== undefined) windowMs = Math.max(windowMs, now + resetIn - oldest - this.policy.resetResolutionMs);
        if (refused) windowMs = Math.max(windowMs, ticket.sentAt - oldest);
      }
    }
    if (limit !== this.limit || Math.abs(windowMs - this.windowMs) > 0.5 || this.source !== 'vendor limit header') {
      this.setPace(limit, windowMs, 'vendor limit header', now);
    }
  }

  /**
   * Answer time of the n-th most recent request the vendor counted, up to `ticket` (inclusive):
   * the vendor counted it no later than that.
   */
  private nthCountedBefore(ticket: PaceTicket, n: number): number | undefined {
    let seen = 0;
    for (let i = this.log.length - 1; i >= 0; i--) {
      const t = this.log[i]!;
      if (t.seq > ticket.seq || t.state !== 'counted') continue;
      if (++seen === n) return t.answeredAt ?? t.sentAt;
    }
    return undefined;
  }

  /**
   * A plain 429: the vendor's window held as many requests as it allows. Count what it accepted
   * in the window before this request and pace to exactly that; answers still on their way when
   * the 429 arrives refine the count (`refineEpisode`).
   */
  private learnFromRefusal(ticket: PaceTicket, now: number): void {
    const windowMs = this.windowMs;
    const accepted = this.acceptedBefore(ticket.sentAt, windowMs);
    if (accepted === 0) return; // Not our traffic that filled the window: pause only.
    const current = this.pace();
    const measured = (accepted * 1000) / windowMs;
    if (current === undefined) {
      this.setPace(accepted, windowMs, 'learned from 429s', now);
      this.episode = { sentAt: ticket.sentAt, windowMs };
    } else if (ticket.sentAt >= this.changedAt) {
      if (measured < current * 0.999) {
        // Lower to what was achieved, but never below half in one step: a 429 caused by someone
        // else sharing the limit must not collapse the pace.
        const floor = Math.ceil(((current / 2) * windowMs) / 1000);
        this.setPace(Math.max(accepted, floor), windowMs, 'learned from 429s', now);
        this.episode = { sentAt: ticket.sentAt, windowMs };
      }
    } else if (measured > current * 1.001 && this.source === 'learned from 429s') {
      // Sent under an older pace, yet it shows more accepted than we counted: the first count
      // was made before all answers had arrived.
      this.setPace(accepted, windowMs, 'learned from 429s', now);
    }
  }

  /** Answers to requests sent before the 429 that set the pace: they may raise the count. */
  private refineEpisode(now: number): void {
    const episode = this.episode as { sentAt: number; windowMs: number };
    if (this.source !== 'learned from 429s' || episode.windowMs !== this.windowMs) {
      this.episode = undefined;
      return;
    }
    const accepted = this.acceptedBefore(episode.sentAt, episode.windowMs);
    if (accepted > (this.limit ?? 0)) {
      const changedAt = this.changedAt;
      this.setPace(accepted, episode.windowMs, 'learned from 429s', now);
      this.changedAt = changedAt; // a refinement, not a new pace: later 429s stay comparable
    }
    const waiting = this.log.some((t) => t.state === 'pending' && t.sentAt < episode.sentAt);
    if (!waiting) this.episode = undefined;
  }

  /** Requests the vendor counted that were sent in the `windowMs` before `sentAt`. */
  private acceptedBefore(sentAt: number, windowMs: number): number {
    const from = sentAt - windowMs;
    let accepted = 0;
    for (let i = this.log.length - 1; i >= 0; i--) {
      const t = this.log[i]!;
      if (t.sentAt <= from) break;
      if (t.state === 'counted' && t.sentAt < sentAt) accepted++;
    }
    return accepted;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        if (timer) clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      this.wake = done;
      if (Number.isFinite(ms)) timer = setTimeout(done, Math.max(1, Math.ceil(ms)));
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0 && !this.closed) {
        const head = this.queue[0]!;
        if (head.done) {
          this.queue.shift();
          continue;
        }
        const now = this.now();
        const wait = this.delay(now);
        if (wait > 0) {
          await this.sleep(wait);
          continue;
        }
        this.queue.shift();
        head.done = true;
        head.cleanup?.();
        head.resolve(this.release(now));
      }
    } finally {
      this.pumping = false;
    }
  }

  private release(now: number): PaceTicket {
    const ticket: PaceTicket = { seq: ++this.seq, sentAt: now, state: 'pending' };
    this.inFlight++;
    this.log.push(ticket);
    if (this.limit !== undefined) {
      // Timers fire a little late; catching up within a small tolerance keeps the average spacing
      // exact (the slot rule still caps every window at the limit).
      const interval = this.windowMs / this.limit;
      const late = now - this.nextAt;
      this.nextAt = (late <= Math.min(interval, this.policy.marginMs * 2) ? Math.min(this.nextAt, now) : now) + interval;
    }
    return ticket;
  }

  /** Milliseconds before the next request may leave (Infinity: until an answer arrives). */
  private delay(now: number): number {
    if (!this.answeredAny && this.inFlight > 0) return Number.POSITIVE_INFINITY;
    let until = this.pausedUntil;
    if (this.limit !== undefined) {
      until = Math.max(until, this.nextAt, this.slotFreeAt(now, this.limit));
    }
    const obs = this.observation;
    if (obs !== undefined && obs.resetAt > now) {
      const budget = obs.remaining - (this.seq - obs.seq);
      // A reset within the window is the pace's business (sliding windows report the next free
      // slot, rounded up to a second); a far one means the window's allowance is spent.
      if (budget <= 0 && obs.resetAt - now > this.windowMs + this.policy.resetResolutionMs) {
        until = Math.max(until, obs.resetAt);
      }
    }
    return until - now;
  }

  /**
   * When the vendor's window will have room for one more of our requests. A request occupies its
   * slot from its answer (the vendor counted it no later than that) for one window; one still
   * waiting for its answer occupies it from now. Timing slots from the send instead would save a
   * round trip per window, but a request held up on its way (a pause of the event loop, a slow
   * network) is then counted later than we think, and one 429 costs more than every round trip.
   */
  private slotFreeAt(now: number, limit: number): number {
    const span = this.windowMs + this.policy.marginMs;
    const busy: number[] = [];
    for (const t of this.log) {
      if (t.state === 'refused') continue;
      const countedAt = t.answeredAt ?? now;
      if (countedAt + span > now) busy.push(countedAt);
    }
    if (busy.length < limit) return now;
    busy.sort((a, b) => a - b);
    return busy[busy.length - limit]! + span;
  }

  private prune(now: number): void {
    const keep = 2 * this.windowMs + this.policy.marginMs + this.policy.resetResolutionMs;
    let drop = 0;
    while (drop < this.log.length) {
      const t = this.log[drop]!;
      if (t.state === 'pending' || (t.answeredAt ?? t.sentAt) + keep >= now) break;
      drop++;
    }
    if (drop > 0) this.log = this.log.slice(drop);
  }
}
