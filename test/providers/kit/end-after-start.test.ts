import { describe, expect, it } from 'vitest';
import { endAfterStart } from '../../../src/providers/kit/end-after-start.js';

interface Spec {
  readonly from?: string | null;
  readonly until?: string | null;
}

const ctx = { now: new Date('2026-11-23T12:00:00Z'), id: 'c1' };
const rule = (precision?: 'second' | 'exact') =>
  endAfterStart<Spec>({
    rule: 'vendor.end-after-start',
    start: 'from',
    end: 'until',
    ...(precision ? { precision } : {}),
    message: (p) => `${p.endText} ${p.same ? 'is' : 'is before'} ${p.startText} (${p.endMs - p.startMs} ms)`,
    hint: 'move it',
  });

describe('endAfterStart', () => {
  it("reports an end not after the start on the end, pointing at the start, in the vendor's words", () => {
    expect(rule()({ from: '2027-01-01T00:00:00+01:00', until: '2026-12-31T23:00:00Z' }, ctx)).toEqual([
      {
        rule: 'vendor.end-after-start',
        path: ['until'],
        otherPaths: [['from']],
        message: '2026-12-31T23:00:00Z is 2027-01-01T00:00:00+01:00 (0 ms)',
        hint: 'move it',
      },
    ]);
    expect(rule()({ from: '2027-01-02T00:00:00Z', until: '2027-01-01T00:00:00Z' }, ctx)[0]?.message).toBe(
      '2027-01-01T00:00:00Z is before 2027-01-02T00:00:00Z (-86400000 ms)',
    );
  });

  it('is silent on an end after the start, an absent or null date, and a date it cannot read', () => {
    expect(rule()({ from: '2027-01-01T00:00:00Z', until: '2027-01-01T00:00:00.001Z' }, ctx)).toEqual([]);
    expect(rule()({ until: '2027-01-01T00:00:00Z' }, ctx)).toEqual([]);
    expect(rule()({ from: null, until: '2027-01-01T00:00:00Z' }, ctx)).toEqual([]);
    expect(rule()({ from: 'soon', until: '2027-01-01T00:00:00Z' }, ctx)).toEqual([]);
  });

  it('tells moments apart only as finely as the vendor keeps them', () => {
    const spec = { from: '2027-01-01T00:00:00.2Z', until: '2027-01-01T00:00:00.9Z' };
    expect(rule('second')(spec, ctx)).toHaveLength(1);
    expect(rule('exact')({ from: '2027-01-01T00:00:00.0001Z', until: '2027-01-01T00:00:00.0002Z' }, ctx)).toEqual([]);
  });
});
