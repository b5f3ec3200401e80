import { describe, expect, it } from 'vitest';
import {
  canonicalInstant,
  compareAt,
  dayText,
  formatInstant,
  readDay,
  readInstant,
  readMs,
  type Instant,
} from '../../../src/providers/kit/instants.js';

const at = (text: string): Instant => {
  const i = readInstant(text, 'utc');
  if (!i) throw new Error(`test bug: ${text} is not an instant`);
  return i;
};

describe('readInstant', () => {
  it('reads RFC 3339 in every spelling the schemas accept, as the same instant', () => {
    const same = ['2026-12-05T05:00:00Z', '2026-12-05t05:00:00z', '2026-12-05 06:00:00+01:00', '2026-12-05T06:00:00+0100', '2026-12-05T00:00:00-05:00'];
    expect(new Set(same.map((t) => readMs(t)))).toEqual(new Set([Date.UTC(2026, 11, 5, 5)]));
  });

  it('strictly, takes nothing without a zone, a time or seconds (a spec date-time always has them)', () => {
    for (const text of ['2026-12-05T05:00:00', '2026-12-05', '2026-12-05T05:00Z', 'yesterday', '']) expect(readInstant(text), text).toBeUndefined();
    expect(readInstant(1764910800000)).toBeUndefined();
  });

  it('reading a vendor as UTC, fills in what it leaves out: no zone is UTC, no time is midnight, no seconds are :00', () => {
    expect(formatInstant(at('2025-11-15 10:30:00'), 'second')).toBe('2025-11-15T10:30:00Z');
    expect(formatInstant(at('2025-11-15T10:30'), 'second')).toBe('2025-11-15T10:30:00Z');
    expect(formatInstant(at(' 2025-11-15 '), 'second')).toBe('2025-11-15T00:00:00Z');
    expect(formatInstant(at('2025-11-15T10:30:00+02:00'), 'second')).toBe('2025-11-15T08:30:00Z');
  });

  it('drops dates that are not on the calendar instead of rolling them into the next month', () => {
    for (const text of ['2026-02-29T00:00:00Z', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T23:60:00Z']) {
      expect(readInstant(text), text).toBeUndefined();
    }
    expect(readInstant('2028-02-29T00:00:00Z')).toBeDefined();
    // A leap second rolls into the next minute, where it sorts anyway.
    expect(canonicalInstant('2026-12-31T23:59:60Z', 'second')).toBe('2027-01-01T00:00:00Z');
  });

  it('places years below 100 in their own century', () => {
    expect(canonicalInstant('0099-06-01T00:00:00Z', 'second')).toBe('0099-06-01T00:00:00Z');
  });
});

describe('precision', () => {
  it('compares at the precision a vendor keeps, cutting (never rounding) what lies beyond it', () => {
    const a = at('2026-12-05T05:00:00.1234Z');
    const b = at('2026-12-05T05:00:00.1239Z');
    expect(compareAt(a, b, 'exact')).toBeLessThan(0);
    expect(compareAt(a, b, 'millisecond')).toBe(0);
    expect(compareAt(at('2026-12-05T05:00:00.999Z'), at('2026-12-05T05:00:00Z'), 'second')).toBe(0);
    expect(compareAt(at('2026-12-05T23:59:59Z'), at('2026-12-05T00:00:00Z'), 'day')).toBe(0);
    expect(compareAt(at('2026-12-06T00:00:00Z'), at('2026-12-05T23:59:59Z'), 'day')).toBeGreaterThan(0);
  });

  it('writes the instant back in UTC at that precision', () => {
    const i = at('2026-12-05T06:00:00.5+01:00');
    expect(formatInstant(i, 'day')).toBe('2026-12-05');
    expect(formatInstant(i, 'second')).toBe('2026-12-05T05:00:00Z');
    expect(formatInstant(i, 'millisecond')).toBe('2026-12-05T05:00:00.5Z');
    expect(formatInstant(i, 'millisecond', { fixedMillis: true })).toBe('2026-12-05T05:00:00.500Z');
    expect(formatInstant(at('2026-12-05T05:00:00.1234567Z'), 'exact')).toBe('2026-12-05T05:00:00.1234567Z');
    expect(formatInstant(at('2026-12-05T05:00:00Z'), 'millisecond')).toBe('2026-12-05T05:00:00Z');
  });
});

describe('days', () => {
  it('reads a plain calendar day and writes it back', () => {
    const day = readDay('2026-12-31');
    expect(day).toBe(Date.UTC(2026, 11, 31) / 86_400_000);
    expect(dayText(day!)).toBe('2026-12-31');
    for (const text of ['2026-02-30', '2026-12-31T00:00:00Z', '12/31/2026', ' 2026-12-31']) expect(readDay(text), text).toBeUndefined();
  });
});
