/**
 * Property tests: whatever bytes a campaign file holds, validation answers with positioned
 * diagnostics and never throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import { validateFiles } from '../helpers/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
function exampleFiles(dir = path.join(root, 'campaigns')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? exampleFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}
const examples = exampleFiles().map((f) => readFileSync(f));

function expectPositioned(diags: readonly Diagnostic[], lines: number): void {
  for (const d of diags) {
    expect(d.file).toBe('campaigns/fuzz.yaml');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

const lineCount = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/** An example file with a few bytes replaced, inserted or deleted. */
const mangled = fc
  .record({
    file: fc.integer({ min: 0, max: examples.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'insert', 'delete'),
        byte: fc.constantFrom(0x3a, 0x2d, 0x20, 0x0a, 0x09, 0x22, 0x27, 0x5b, 0x7b, 0x26, 0x2a, 0x23, 0x7c, 0x3e, 0xff, 0x00, 0x41),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ file, edits }) => {
    const bytes = [...examples[file]!];
    for (const e of edits) {
      const i = e.at % (bytes.length + 1);
      if (e.kind === 'replace' && i < bytes.length) bytes[i] = e.byte;
      else if (e.kind === 'insert') bytes.splice(i, 0, e.byte);
      else if (e.kind === 'delete' && i < bytes.length) bytes.splice(i, 1);
    }
    return new Uint8Array(bytes);
  });

describe('loader and validator under mangled input', () => {
  it('never throws on mangled example files, and positions every error', () => {
    fc.assert(
      fc.property(mangled, (bytes) => {
        const diags = validateFiles([{ path: 'campaigns/fuzz.yaml', text: bytes }]);
        expectPositioned(diags, lineCount(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const diags = validateFiles([{ path: 'campaigns/fuzz.yaml', text }]);
        expectPositioned(diags, text.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and names invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const diags = validateFiles([{ path: 'campaigns/fuzz.yaml', text: bytes }]);
        expectPositioned(diags, lineCount(bytes));
        if (!isUtf8(bytes)) expect(diags.some((d) => d.code === 'encoding')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any YAML value shape with a positioned error, never a crash', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.double({ noNaN: false }),
        fc.string(),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('provider', 'account', 'id', 'spec', 'ignore', 'name', 'type', 'budget', 'x'), tie('node'), {
          maxKeys: 5,
        }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = `${JSON.stringify(v)}\n`;
        const diags = validateFiles([{ path: 'campaigns/fuzz.yaml', text }]);
        expectPositioned(diags, 2);
        // Nothing but a complete campaign document is valid (a null document is an empty one, skipped;
        // JSON turns Infinity and NaN into null).
        const written: unknown = JSON.parse(text);
        if (written !== null && (typeof written !== 'object' || Array.isArray(written))) expect(diags.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
