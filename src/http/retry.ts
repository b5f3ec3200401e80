/**
 * How long to wait before trying again: exponential backoff with jitter, and the vendors' own
 * instructions (Retry-After, reset times) turned into milliseconds.
 *
 * A vendor's instruction is only followed when it can be read as one: a Retry-After that is not
 * delta seconds or an HTTP date, a negative number, or a time already past (beyond the second its
 * rounding may account for) reads as no instruction at all, so the caller falls back to its own
 * default wait. Read as "now" instead, such a value would have every retry leave at once.
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
 * HTTP dates and epoch seconds are whole seconds: an instant up to this far in the past is "now",
 * rounded down; anything older was never meant as a time to wait for.
 */
const ROUNDING_MS = 1_000;

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/**
 * The three forms of an HTTP date (RFC 9110 §5.6.7): IMF-fixdate, the obsolete RFC 850 form and
 * asctime. Anything else `Date.parse` would accept (`-5` is a date in 2001) is not a Retry-After.
 */
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT|${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/** Milliseconds from `nowMs` until the instant `atMs`; undefined when it is older than its rounding. */
function until(atMs: number, nowMs: number): number | undefined {
  const wait = atMs - nowMs;
  return wait < -ROUNDING_MS ? undefined : Math.max(0, wait);
}

/**
 * `Retry-After`: delta seconds (fractions accepted, as some gateways send them) or an HTTP date.
 * Milliseconds from `nowMs` (wall clock), never negative; undefined when absent, unreadable,
 * negative or in the past.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return parseTimeValue(text, nowMs);
  if (!HTTP_DATE.test(text)) return undefined;
  // asctime has no zone: it is GMT, as the other two forms say.
  const date = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : until(date, nowMs);
}

/**
 * A reset header (`X-RateLimit-Reset`, `X-Rate-Limit-Retry`, `RateLimit-Reset`): epoch seconds when
 * above 1e9, epoch milliseconds above 1e12, else seconds from now. Milliseconds from `nowMs`, ≥ 0;
 * undefined when unreadable, negative, or an instant in the past.
 */
export function parseTimeValue(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (!Number.isFinite(n) || n < 0 || value.trim() === '') return undefined;
  if (n > EPOCH_MILLIS_FLOOR) return until(n, nowMs);
  if (n > EPOCH_SECONDS_FLOOR) return until(n * 1000, nowMs);
  return n * 1000;
}
