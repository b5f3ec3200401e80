import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../../src/desired/shared-strings.js';

describe('SharedStrings', () => {
  it('leaves every spec exactly as it was, at any depth, whatever it holds', () => {
    const specs = [
      { name: 'Spring', days: [1, 2, { at: '10:00', on: ['MON', 'TUE'] }], budget: { amount: 10, currency: 'EUR' }, off: null, on: true },
      { name: 'Spring', days: [], budget: { amount: 12.5, currency: 'EUR' }, text: 'x'.repeat(500), nested: [[['EUR']]] },
    ];
    const before = structuredClone(specs);
    const strings = new SharedStrings();
    for (const s of specs) strings.shareIn(s);
    expect(specs).toEqual(before);
    expect(Object.keys(specs[0]!)).toEqual(Object.keys(before[0]!));
  });
});
