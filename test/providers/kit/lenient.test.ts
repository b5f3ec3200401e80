import { describe, expect, it } from 'vitest';
import { fields, finite, flag, listOf, nullable, numeric, oneOf, rowsOf, text, unreadableNote } from '../../../src/providers/kit/lenient.js';

interface Campaign {
  readonly id?: string;
  readonly name?: string;
  readonly budget?: number | null;
  readonly active?: boolean;
  readonly status?: 'on' | 'off';
  readonly tags?: string[];
}

const readCampaign = fields<Campaign>({
  id: text,
  name: text,
  budget: nullable(numeric),
  active: flag,
  status: oneOf(['on', 'off']),
  tags: listOf(text),
});

describe('fields', () => {
  it('keeps the well-formed fields, drops malformed optional ones, and ignores keys it does not name', () => {
    expect(
      readCampaign({ id: 'c1', name: 42, budget: '12.5', active: 'yes', status: 'paused', tags: ['a', 7, 'b'], added_by_vendor_next_year: { x: 1 } }),
    ).toEqual({ id: 'c1', budget: 12.5, tags: ['a', 'b'] });
  });

  it('keeps null where the field may say "none", and tells absent from null', () => {
    expect(readCampaign({ budget: null, name: null })).toEqual({ budget: null });
    expect(readCampaign({})).toEqual({});
  });

  it('reads only own keys (a key named like a prototype member is not inherited)', () => {
    expect(fields<{ constructor?: string }>({ constructor: text })({})).toEqual({});
  });

  it('is undefined only for what is not an object', () => {
    for (const v of [null, [], 'x', 3]) expect(readCampaign(v)).toBeUndefined();
  });

  it('reads numbers strictly unless told a numeric string is fine', () => {
    expect(finite('12')).toBeUndefined();
    expect(finite(Infinity)).toBeUndefined();
    expect(numeric(' 12 ')).toBe(12);
    expect(numeric('')).toBeUndefined();
  });
});

describe('rowsOf', () => {
  it('keeps entries without a usable id apart, so that they can be reported', () => {
    const { rows, unreadable } = rowsOf([{ id: 'a', n: 1 }, { n: 2 }, 'junk', { id: 7 }, { id: 'b' }], (r) => text(r.id));
    expect(rows).toEqual([
      { id: 'a', raw: { id: 'a', n: 1 } },
      { id: 'b', raw: { id: 'b' } },
    ]);
    expect(unreadable).toEqual([{ n: 2 }, 'junk', { id: 7 }]);
    expect(unreadableNote('Topsort', unreadable.length, 'campaignId')).toBe(
      'Topsort listed 3 campaign entries without a usable `campaignId`; they were skipped',
    );
  });
});
