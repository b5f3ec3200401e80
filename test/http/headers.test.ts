import { describe, expect, it } from 'vitest';
import { backoffDelay, HTTP_DEFAULTS, parseRateLimitHeaders, parseRetryAfter, parseTimeValue, resolvePolicy } from '../../src/http/index.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('rate-limit headers', () => {
  it('reads the hyphenated family with an epoch-seconds retry time', () => {
    expect(
      parseRateLimitHeaders(
        { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-retry': String(NOW / 1000 + 30), 'retry-after': '30' },
        NOW,
      ),
    ).toEqual({ limit: 100, remaining: 0, resetInMs: 30_000, retryAfterMs: 30_000 });
  });

  it('reads the X-RateLimit family, reset in epoch seconds or in seconds', () => {
    expect(parseRateLimitHeaders({ 'x-ratelimit-limit': '45', 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': String(NOW / 1000 + 2) }, NOW)).toEqual({
      limit: 45,
      remaining: 3,
      resetInMs: 2_000,
    });
    expect(parseRateLimitHeaders({ 'x-ratelimit-reset': '7' }, NOW)).toEqual({ resetInMs: 7_000 });
  });

  it('reads the IETF draft fields, including the window of a policy', () => {
    expect(parseRateLimitHeaders({ 'ratelimit-limit': '100, 100;w=60', 'ratelimit-remaining': '50', 'ratelimit-reset': '12' }, NOW)).toEqual({
      limit: 100,
      remaining: 50,
      windowMs: 60_000,
      resetInMs: 12_000,
    });
    expect(parseRateLimitHeaders({ ratelimit: 'limit=10, remaining=2, reset=5' }, NOW)).toEqual({ limit: 10, remaining: 2, resetInMs: 5_000 });
  });

  it('returns nothing for answers without rate-limit headers', () => {
    expect(parseRateLimitHeaders({ 'content-type': 'application/json' }, NOW)).toEqual({});
  });
});

describe('Retry-After and reset values', () => {
  it('accepts seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('0.25', NOW)).toBe(250);
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(5_000);
    // An HTTP date is whole seconds: up to one in the past is "now", rounded down.
    expect(parseRetryAfter(new Date(NOW - 1_000).toUTCString(), NOW)).toBe(0);
    // The obsolete forms RFC 9110 still allows.
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 30))).toBe(7_000);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 30))).toBe(7_000);
  });

  it('reads a value that is not one, or a time already past, as no instruction (the caller waits its default)', () => {
    // `Date.parse('-5')` is a date in 2001: read as a date, it meant "retry at once", for ever.
    for (const value of ['-5', '-0.5', 'garbage', 'soon', '', '1e3', '2030-01-01', '5 s', 'Infinity', 'NaN']) {
      expect(parseRetryAfter(value, NOW), value).toBeUndefined();
    }
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.UTC(2001, 0, 1)).toUTCString(), NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });

  it('treats values above 1e9 as epoch seconds and above 1e12 as epoch milliseconds', () => {
    expect(parseTimeValue(String(NOW / 1000 + 3), NOW)).toBe(3_000);
    expect(parseTimeValue(String(NOW + 1_500), NOW)).toBe(1_500);
    // A reset rounded down to the second is "now"; one long past is no reset time at all.
    expect(parseTimeValue(String(NOW / 1000 - 1), NOW)).toBe(0);
    expect(parseTimeValue(String(NOW / 1000 - 3), NOW)).toBeUndefined();
    expect(parseTimeValue(String(NOW - 60_000), NOW)).toBeUndefined();
    expect(parseTimeValue('60', NOW)).toBe(60_000);
    expect(parseTimeValue('-1', NOW)).toBeUndefined();
  });
});

describe('backoff', () => {
  const retry = HTTP_DEFAULTS.retry;
  it('doubles from 500 ms up to the 30 s cap, with full jitter below the bound', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, { ...retry, jitter: 'none' }))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(backoffDelay(3, retry, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, retry, () => 0)).toBe(0);
    expect(backoffDelay(3, retry, () => 0.999)).toBeLessThan(2000);
  });

  it('merges policy overrides key by key', () => {
    const p = resolvePolicy({ retry: { maxRetries: 1 }, concurrency: 2 });
    expect(p.retry.maxRetries).toBe(1);
    expect(p.retry.minDelayMs).toBe(500);
    expect(p.concurrency).toBe(2);
    expect(p.timeouts).toEqual(HTTP_DEFAULTS.timeouts);
  });
});
