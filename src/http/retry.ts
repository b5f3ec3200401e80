/**
 * How long to wait before trying again: exponential backoff with jitter, and the vendors' own
 * instructions (Retry-After, reset times) turned into milliseconds.
 */
import type { RetryPolicy } from './policy.js';

/**
 * The wait before retry number `retry` (1 for the first retry): the bound is
 * min(maxDelayMs, minDelayMs × factor^(retry − 1)); full jitter waits a uniform share of it.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const bound = Math.min(policy.maxDelayMs, policy.minDelayMs * policy.factor ** Math.max(0, retry - 1));
  return policy.jitter === 'full' ? Math.floor(random() * bound) : bound;
}

/** Values above this are epoch seconds, below it a number of seconds from now (1e9 s is 2001-09-09). */
const EPOCH_SECONDS_FLOOR = 1e9;
/** Values above this are epoch milliseconds. */
const EPOCH_MILLIS_FLOOR = 1e12;

/**
 * `Retry-After`: delta seconds (fractions accepted, as some gateways send them) or an HTTP date.
 * Milliseconds from `nowMs` (wall clock), never negative; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return parseTimeValue(text, nowMs);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * A reset header (`X-RateLimit-Reset`, `X-Rate-Limit-Retry`, `RateLimit-Reset`): epoch seconds when
 * above 1e9, epoch milliseconds above 1e12, else seconds from now. Milliseconds from `nowMs`, ≥ 0.
 */
export function parseTimeValue(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isFinite(n) || n < 0 || value.trim() === '') return undefined;
  if (n > EPOCH_MILLIS_FLOOR) return Math.max(0, n - nowMs);
  if (n > EPOCH_SECONDS_FLOOR) return Math.max(0, n * 1000 - nowMs);
  return n * 1000;
}
