/** The duplicate-key scan of saved plans (engine/json-keys.ts), against JSON as JSON.stringify writes it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonKeys } from '../../src/engine/json-keys.js';

/** Keys with quotes, backslashes, escapes and non-ASCII, so that the scan's string handling is tried. */
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', '"', '\\', '\\"', '\u2028', 'é', '\u0000', '}', ','));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).object;

describe('scanJsonKeys', () => {
  it('finds nothing in JSON that JSON.stringify wrote (it cannot write a key twice), indented or not', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, pretty) => {
        expect(scanJsonKeys(JSON.stringify(value, null, pretty ? 2 : undefined))).toEqual({});
      }),
    );
  });

  it('finds a key written twice at its second occurrence, with the path of its object', () => {
    fc.assert(
      fc.property(json, key, (value, k) => {
        const name = JSON.stringify(k);
        const text = `{"outer":[${JSON.stringify(value)},{${name}:1,${name}:2,"z":{"deep":true}}]}`;
        const found = scanJsonKeys(text).duplicate;
        expect(found).toBeDefined();
        expect(found!.path).toEqual(['outer', 1]);
        expect(found!.key).toBe(k);
        expect(found!.offset).toBe(text.lastIndexOf(`${name}:2`));
        expect(found!.firstOffset).toBeLessThan(found!.offset);
      }),
    );
  });

  it('flags the keys asked for, wherever they are', () => {
    expect(scanJsonKeys('{"a":[{"b":{"__proto__":1}}]}', new Set(['__proto__']))).toEqual({ flagged: '__proto__' });
    expect(scanJsonKeys('{"a":"__proto__"}', new Set(['__proto__']))).toEqual({});
  });
});
