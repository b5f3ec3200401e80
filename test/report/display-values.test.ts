import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatInstant,
  formatMoney,
  formatMoneyChange,
  formatPercentChange,
  resolveTimeZone,
  UnknownTimeZoneError,
} from '../../src/report/display-values.js';

describe('instants in one zone', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('shows the issue’s mixed-zone dates in one zone, with the offset', () => {
    expect(formatInstant('2027-01-15T22:59:59Z')).toBe('2027-01-15 22:59:59 +00:00');
    expect(formatInstant('2027-01-31T23:59:59+01:00')).toBe('2027-01-31 22:59:59 +00:00');
    expect(formatInstant('2027-01-15T22:59:59Z', 'Europe/Amsterdam')).toBe('2027-01-15 23:59:59 +01:00');
    expect(formatInstant('2027-01-31T23:59:59+01:00', 'Europe/Amsterdam')).toBe('2027-01-31 23:59:59 +01:00');
  });

  it('follows daylight saving time and zones with half-hour offsets', () => {
    expect(formatInstant('2027-07-01T10:00:00Z', 'Europe/Amsterdam')).toBe('2027-07-01 12:00 +02:00');
    expect(formatInstant('2027-07-01T00:00:00Z', 'America/St_Johns')).toBe('2027-06-30 21:30 -02:30');
    expect(formatInstant('2027-01-01T00:00:00Z', 'Asia/Kolkata')).toBe('2027-01-01 05:30 +05:30');
  });

  it('shows seconds and fraction digits only when they are not zero, and never loses them', () => {
    expect(formatInstant('2027-03-01T08:00:00.000Z')).toBe('2027-03-01 08:00 +00:00');
    expect(formatInstant('2027-03-01T08:00:00.123456789Z')).toBe('2027-03-01 08:00:00.123456789 +00:00');
    expect(formatInstant(new Date(Date.UTC(2027, 2, 1, 8, 0, 5, 250)))).toBe('2027-03-01 08:00:05.25 +00:00');
  });

  it('accepts every form the schema calls a date-time, and leaves other text to the caller', () => {
    expect(formatInstant('2027-03-01 08:00:00+0100')).toBe('2027-03-01 07:00 +00:00');
    expect(formatInstant('0099-12-31T23:00:00Z')).toBe('0099-12-31 23:00 +00:00');
    expect(formatInstant('2027-03-01')).toBeUndefined();
    expect(formatInstant('soon')).toBeUndefined();
    expect(formatInstant(new Date(Number.NaN))).toBeUndefined();
  });

  it('reads the same whatever zone the machine is in', () => {
    const value = '2027-10-31T00:30:00Z';
    process.env.TZ = 'Pacific/Kiritimati';
    const far = formatInstant(value, 'Europe/Amsterdam');
    process.env.TZ = 'America/Adak';
    expect(formatInstant(value, 'Europe/Amsterdam')).toBe(far);
    expect(far).toBe('2027-10-31 02:30 +02:00');
  });

  it('never shows two different instants the same', () => {
    const zones = ['UTC', 'Europe/Amsterdam', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    const ms = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(ms, ms, fc.constantFrom(...zones), (a, b, zone) => {
        fc.pre(a !== b);
        expect(formatInstant(new Date(a), zone)).not.toBe(formatInstant(new Date(b), zone));
      }),
    );
  });

  it('validates a zone and gives its canonical name', () => {
    expect(resolveTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(resolveTimeZone('UTC')).toBe('UTC');
    expect(() => resolveTimeZone('Mars/Olympus_Mons')).toThrow(UnknownTimeZoneError);
    expect(() => resolveTimeZone('Mars/Olympus_Mons')).toThrow('unknown time zone `Mars/Olympus_Mons`: use an IANA name such as `UTC` or `Europe/Amsterdam`');
    expect(() => formatInstant('2027-01-01T00:00:00Z', 'CEST+2')).toThrow(UnknownTimeZoneError);
  });
});

describe('money', () => {
  it('shows minor units in the currency’s major unit, with as many digits as the currency has', () => {
    expect(formatMoney(7000, { unit: 'minor', currency: 'EUR' })).toBe('EUR 70.00');
    expect(formatMoney(1234567, { unit: 'minor', currency: 'USD' })).toBe('USD 12,345.67');
    expect(formatMoney(7000, { unit: 'minor', currency: 'JPY' })).toBe('JPY 7,000');
    expect(formatMoney(7000, { unit: 'minor', currency: 'KWD' })).toBe('KWD 7.000');
    expect(formatMoney(-5, { unit: 'minor', currency: 'EUR' })).toBe('-EUR 0.05');
  });

  it('shows major units as given, with the currency’s digits', () => {
    expect(formatMoney(50000, { unit: 'major', currency: 'EUR' })).toBe('EUR 50,000.00');
    expect(formatMoney(12.5, { unit: 'major', currency: 'MXN', period: 'daily' })).toBe('MXN 12.50 (daily)');
  });

  it('rounds nothing away', () => {
    expect(formatMoney(70.5, { unit: 'minor', currency: 'EUR' })).toBe('EUR 0.705');
    expect(formatMoney(12.3456, { unit: 'major', currency: 'EUR' })).toBe('EUR 12.3456');
    expect(formatMoney(9007199254740991, { unit: 'minor', currency: 'EUR' })).toBe('EUR 90,071,992,547,409.91');
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        fc.pre(a !== b);
        expect(formatMoney(a, { unit: 'minor', currency: 'EUR' })).not.toBe(formatMoney(b, { unit: 'minor', currency: 'EUR' }));
      }),
    );
  });

  it('says what the number is when the currency is unknown, and shows the vendor’s own units by name', () => {
    expect(formatMoney(7000, { unit: 'minor' })).toBe('7,000 (minor units)');
    expect(formatMoney(7000, { unit: 'major' })).toBe('7,000');
    expect(formatMoney(7000, { unit: 'minor', currency: 'EURO' })).toBe('7,000 EURO (minor units)');
    expect(formatMoney(1500, { unit: { name: 'points' }, period: 'total' })).toBe('1,500 points (total)');
  });

  it('gives nothing for a value that is not a finite number', () => {
    expect(formatMoney(Number.NaN, { unit: 'minor', currency: 'EUR' })).toBeUndefined();
    expect(formatMoney(Number.POSITIVE_INFINITY, { unit: 'major' })).toBeUndefined();
  });
});

describe('before → after', () => {
  it('gives the change in percent of the value before', () => {
    expect(formatPercentChange(7000, 10000)).toBe('+42.9 %');
    expect(formatPercentChange(10000, 7000)).toBe('-30 %');
    expect(formatPercentChange(1000, 3000)).toBe('+200 %');
    expect(formatPercentChange(5, 5)).toBe('+0 %');
  });

  it('never shows a change as zero', () => {
    expect(formatPercentChange(1_000_000, 1_000_001)).toBe('+<0.1 %');
    expect(formatPercentChange(1_000_001, 1_000_000)).toBe('-<0.1 %');
  });

  it('gives no percentage from zero or for what is not a number', () => {
    expect(formatPercentChange(0, 5000)).toBeUndefined();
    expect(formatPercentChange(0, 0)).toBeUndefined();
    expect(formatPercentChange(Number.NaN, 5)).toBeUndefined();
    expect(formatPercentChange(5, Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('reads as one line with both values and the change', () => {
    expect(formatMoneyChange(7000, 10000, { unit: 'minor', currency: 'EUR', period: 'daily' })).toBe(
      'EUR 70.00 → EUR 100.00 (daily, +42.9 %)',
    );
    expect(formatMoneyChange(0, 10000, { unit: 'minor', currency: 'EUR' })).toBe('EUR 0.00 → EUR 100.00');
    expect(formatMoneyChange(undefined, 500, { unit: 'major', currency: 'USD' })).toBe('(none) → USD 500.00');
    expect(formatMoneyChange(5000, 2500, { unit: { name: 'points' }, period: 'total' })).toBe('5,000 points → 2,500 points (total, -50 %)');
  });
});
