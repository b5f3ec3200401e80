import { describe, expect, it } from 'vitest';
import { JSON_TEXT_BOUNDS, jsonTextValue, parseJsonText } from '../../../src/providers/kit/json-text.js';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('parseJsonText', () => {
  it('parses JSON within the bounds', () => {
    expect(parseJsonText('[{"a":[1,{"b":"]]]"}]}]')).toEqual({ ok: true, value: [{ a: [1, { b: ']]]' }] }] });
    expect(jsonTextValue(nested(JSON_TEXT_BOUNDS.maxDepth))).toBeDefined();
  });

  it('reports text nested past the depth limit as unreadable, even a hundred thousand levels deep (no stack overflow)', () => {
    const deep = parseJsonText(nested(JSON_TEXT_BOUNDS.maxDepth + 1));
    expect(deep).toMatchObject({ ok: false, problem: 'too-deep' });
    expect(parseJsonText(nested(100_000))).toMatchObject({ ok: false, problem: 'too-deep', reason: 'it nests more than 64 levels deep' });
    expect(parseJsonText('{"a":'.repeat(100_000))).toMatchObject({ ok: false, problem: 'too-deep' });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: `say \\"${'['.repeat(500)}` });
    expect(parseJsonText(text)).toMatchObject({ ok: true });
  });

  it('reports text past the size limit, and text that is not JSON', () => {
    expect(parseJsonText('"x"', { maxDepth: 64, maxLength: 2 })).toMatchObject({ ok: false, problem: 'too-long' });
    expect(parseJsonText('{rules}')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(jsonTextValue('{rules}')).toBeUndefined();
  });
});
