/**
 * The sandbox's deliberate misbehaviour: latency, rate limits and server faults, all
 * reproducible from a seed so a failing test can be replayed exactly.
 */
import type { RateLimitInfo } from './fake.js';

/** mulberry32: a small, fast, seedable PRNG; plenty for fault injection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sliding one-second window per vendor: at most `limit` requests in any 1000 ms. A request
 * over the limit is refused and does not count, as a real gateway would behave.
 */
export class SlidingWindowLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    private readonly windowMs = 1000,
  ) {}

  take(key: string, nowMs: number): { allowed: boolean; info: RateLimitInfo } {
    const stamps = this.windows.get(key) ?? [];
    while (stamps.length > 0 && stamps[0]! <= nowMs - this.windowMs) stamps.shift();
    const allowed = stamps.length < this.limit;
    if (allowed) stamps.push(nowMs);
    this.windows.set(key, stamps);
    const resetMs = stamps.length > 0 ? stamps[0]! + this.windowMs : nowMs;
    return {
      allowed,
      info: {
        limit: this.limit,
        remaining: Math.max(0, this.limit - stamps.length),
        resetAt: new Date(resetMs),
        retryAfterSeconds: Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
      },
    };
  }
}

export const FAULT_STATUSES = [500, 502, 503] as const;
