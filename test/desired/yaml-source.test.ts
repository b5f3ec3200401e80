import { describe, expect, it } from 'vitest';
import { loadYaml, YAML_LIMITS } from '../../src/desired/yaml-source.js';

const load = (text: string | Uint8Array) => loadYaml('f.yaml', text);

describe('loadYaml', () => {
  it('reads several documents and locates fields by path', () => {
    const r = load('a: 1\nb:\n  c: [1, 2]\n  d: x\n---\nz: 1\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => d.value)).toEqual([{ a: 1, b: { c: [1, 2], d: 'x' } }, { z: 1 }]);
    const loc = r.documents[0]!.locator;
    expect(loc.at(['b', 'c', 1])).toEqual({ file: 'f.yaml', line: 3, col: 10 });
    expect(loc.at(['b', 'd'])).toMatchObject({ line: 4, col: 6 });
    expect(loc.at(['b', 'd'], 'key')).toMatchObject({ line: 4, col: 3 });
    expect(loc.at(['b'])).toMatchObject({ line: 2, col: 1 });
    // A missing field resolves to its parent's key.
    expect(loc.at(['b', 'nope'])).toMatchObject({ line: 2, col: 1 });
    expect(loc.has(['b', 'c', 1])).toBe(true);
    expect(loc.has(['b', 'c', 2])).toBe(false);
    expect(r.documents[1]!.start).toMatchObject({ line: 5 });
  });

  it('a syntax error in one document keeps the others', () => {
    const r = load('a: 1\n---\nb: [\n---\nc: 3\n');
    expect(r.documents.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-syntax' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('names a duplicate key at its second occurrence', () => {
    const r = load('name: a\nbudget: 1\nname: b\n');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ line: 3, col: 1, code: 'duplicate-key', message: expect.stringContaining('`name`') }),
    ]);
  });

  it('refuses alias bombs without expanding them', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    const r = load(bomb);
    expect(r.documents).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-alias', line: 2, message: expect.stringContaining('too many') });
  });

  it('allows a few aliases and reports one that has no anchor', () => {
    expect(load('a: &x 1\nb: *x\n').documents[0]!.value).toEqual({ a: 1, b: 1 });
    expect(load('a: 1\nb: *nope\n').diagnostics[0]).toMatchObject({
      line: 2,
      col: 4,
      code: 'yaml-alias',
      message: expect.stringContaining('`*nope`'),
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s', (key) => {
    const r = load(`spec:\n  ${key}:\n    polluted: true\n`);
    expect(r.documents).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 2, col: 3, code: 'forbidden-key' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses non-scalar keys', () => {
    expect(load('? [a, b]\n: 1\n').diagnostics[0]).toMatchObject({ code: 'yaml-key', line: 1 });
  });

  it('refuses invalid UTF-8 at the offending line', () => {
    const bytes = new Uint8Array([...Buffer.from('a: 1\nb: '), 0xc3, 0x28, 0x0a]);
    expect(load(bytes).diagnostics).toEqual([
      expect.objectContaining({ line: 2, col: 4, code: 'encoding', hint: 'save the file as UTF-8' }),
    ]);
  });

  it('accepts UTF-8 with a byte-order mark and multi-byte text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('name: Café ☕ 🎁\n')]);
    expect(load(bytes).documents[0]!.value).toEqual({ name: 'Café ☕ 🎁' });
  });

  it('refuses files over the size cap before parsing', () => {
    const big = new Uint8Array(YAML_LIMITS.maxBytes + 1).fill(0x61);
    expect(load(big).diagnostics).toEqual([expect.objectContaining({ line: 1, col: 1, code: 'file-too-large' })]);
  });

  it('skips empty documents', () => {
    expect(load('---\n# only a comment\n---\na: 1\n').documents.map((d) => d.value)).toEqual([{ a: 1 }]);
  });

  it('reports tabs used for indentation', () => {
    expect(load('a:\n\tb: 1\n').diagnostics[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });
});
