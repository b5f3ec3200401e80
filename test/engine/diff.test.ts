import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine/canonical-json.js';
import { diffSpec, type DiffInput } from '../../src/engine/diff.js';
import { isIgnored, withoutIgnored } from '../../src/engine/ignore.js';

const input = (over: Partial<DiffInput>): DiffInput => ({
  desired: {},
  canonical: over.desired ?? {},
  live: {},
  writeOnly: new Set(),
  lossy: new Set(),
  lastApplied: {},
  ...over,
});

describe('diffSpec: field ownership', () => {
  it('compares only the fields the spec names, leaf by leaf', () => {
    const changes = diffSpec(
      input({
        desired: { name: 'Spring', budget: { amount: 500 } },
        live: { name: 'Spring', budget: { amount: 100, type: 'daily', amountUsed: 3 }, isActive: false },
      }),
    );
    expect(changes).toEqual([{ path: 'budget.amount', before: 100, after: 500 }]);
  });

  it('compares lists whole and in order', () => {
    expect(diffSpec(input({ desired: { ids: ['a', 'b'] }, live: { ids: ['b', 'a'] } }))).toEqual([
      { path: 'ids', before: ['b', 'a'], after: ['a', 'b'] },
    ]);
    expect(diffSpec(input({ desired: { ids: ['a', 'b'] }, live: { ids: ['a', 'b'] } }))).toEqual([]);
  });

  it('treats an absent live field as null, and only as null', () => {
    expect(diffSpec(input({ desired: { end: null }, live: {} }))).toEqual([]);
    expect(diffSpec(input({ desired: { end: 'x' }, live: {} }))).toEqual([{ path: 'end', before: undefined, after: 'x' }]);
  });

  it('shows the YAML value as `after` while comparing canonical forms', () => {
    const changes = diffSpec(
      input({
        desired: { start: '2027-01-01T01:00:00+01:00', n: 2 },
        canonical: { start: '2027-01-01T00:00:00.000Z', n: 2 },
        live: { start: '2027-01-01T00:00:00.000Z', n: 1 },
      }),
    );
    expect(changes).toEqual([{ path: 'n', before: 1, after: 2 }]);
  });

  it('lets a provider override a field comparison', () => {
    const base = input({ desired: { startDate: 'past' }, live: { startDate: 'now' } });
    expect(diffSpec({ ...base, fieldEquals: () => true })).toEqual([]);
    expect(diffSpec({ ...base, fieldEquals: () => undefined })).toHaveLength(1);
    expect(diffSpec({ ...base, desired: { startDate: 'same' }, live: { startDate: 'same' }, canonical: { startDate: 'same' }, fieldEquals: () => false })).toEqual([
      { path: 'startDate', before: 'same', after: 'same' },
    ]);
  });
});

describe('diffSpec: write-only and lossy fields', () => {
  it('sends a write-only field until the last-applied record holds its value', () => {
    const base = input({ desired: { customCodes: 'A,B' }, writeOnly: new Set(['customCodes']) });
    expect(diffSpec(base)).toEqual([{ path: 'customCodes', before: undefined, after: 'A,B', writeOnly: true }]);
    expect(diffSpec({ ...base, lastApplied: { customCodes: fingerprint('A,B') } })).toEqual([]);
    expect(diffSpec({ ...base, lastApplied: { customCodes: fingerprint('A') } })).toHaveLength(1);
  });

  it('judges a lossy field by its canonical value and, when recorded, by what was last applied', () => {
    const base = input({
      desired: { starts_at: '2027-01-01T09:00:00Z' },
      canonical: { starts_at: '2027-01-01' },
      live: { starts_at: '2027-01-01' },
      lossy: new Set(['starts_at']),
    });
    expect(diffSpec(base)).toEqual([]);
    expect(diffSpec({ ...base, lastApplied: { starts_at: fingerprint('2027-01-01T09:00:00Z') } })).toEqual([]);
    expect(diffSpec({ ...base, lastApplied: { starts_at: fingerprint('2027-01-01T08:00:00Z') } })).toEqual([
      { path: 'starts_at', before: '2027-01-01', after: '2027-01-01T09:00:00Z', writeOnly: true },
    ]);
  });
});

describe('ignore', () => {
  it('removes ignored paths from the desired spec, nested ones included', () => {
    expect(withoutIgnored({ a: 1, b: { c: 2, d: 3 }, e: [1] }, ['a', 'b.c', 'nope.x', 'e[0]'])).toEqual({ b: { d: 3 }, e: [1] });
  });
  it('matches paths at or below an ignored one', () => {
    expect(isIgnored('budget.amount', ['budget'])).toBe(true);
    expect(isIgnored('rules[0]', ['rules'])).toBe(true);
    expect(isIgnored('budgetx', ['budget'])).toBe(false);
  });
});
