/**
 * The fast path must read exactly what the `yaml` package reads, or give up: on every file of the
 * examples and the bad-input corpus, and on generated and mangled YAML, the loader answers the
 * same with it as without it (values, documents, where each starts, diagnostics).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlFast, resolvePlain } from '../../src/desired/yaml-fast-path.js';
import { loadYaml, YAML_LIMITS, type YamlLoadResult } from '../../src/desired/yaml-source.js';
import { readableText } from '../../src/desired/yaml-text.js';

const root = path.resolve(import.meta.dirname, '../..');
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** Values with their types spelt out: -0, NaN and infinities included, key order kept. */
function canonical(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`;
  if (typeof v === 'string') return `s:${JSON.stringify(v)}`;
  if (v === null || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`);
    return `{${entries.join(',')}}`;
  }
  return `?${typeof v}`;
}

function summary(r: YamlLoadResult): string {
  return canonical({
    documents: r.documents.map((d) => ({ index: d.index, start: [d.start.line, d.start.col], value: d.value })),
    diagnostics: r.diagnostics.map((d) => ({ ...d })),
  });
}

/** Loads `text` both ways; true when the fast path read it (and then agreed). */
function agrees(text: string | Uint8Array): boolean {
  const slow = loadYaml('f.yaml', text, { fastPath: false });
  const fast = loadYaml('f.yaml', text);
  expect(summary(fast)).toBe(summary(slow));
  const readable = readableText(text, YAML_LIMITS.maxBytes);
  const read = readable === undefined ? undefined : readYamlFast(readable);
  if (read) expect(slow.diagnostics).toEqual([]);
  return read !== undefined;
}

describe('the fast path and the yaml package', () => {
  it('agree on every example campaign and every file of the bad-input corpus', () => {
    const files = [...yamlFiles(path.join(root, 'campaigns')), ...yamlFiles(path.join(root, 'test/corpus')), path.join(root, 'campaignctl.yaml')];
    let read = 0;
    for (const f of files) if (agrees(readFileSync(f))) read++;
    // Every example is read by the fast path (none uses what it gives up on).
    expect(read).toBeGreaterThanOrEqual(yamlFiles(path.join(root, 'campaigns')).length);
  });

  it('resolves plain scalars by the 1.2 core schema, as the yaml package does', () => {
    const forms = ['1e3', '0x1F', '0o17', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '~', 'null', 'Null', 'NULL', 'nULL', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on',
      '-0', '+1', '0012', '.5', '1.', '1.0', '-1.50', '1_000', '0b101', '0x', '1e', '2026-01-01T00:00:00Z', '11:30', '12:30:00', '+', '-', '.', '0o8', '0xG', '1E+3', '6.02e-23'];
    for (const f of forms) {
      const slow = loadYaml('f.yaml', `a: ${f}\n`, { fastPath: false }).documents[0]?.value as Record<string, unknown> | undefined;
      if (slow) expect(canonical(resolvePlain(f)), f).toBe(canonical(slow.a));
      agrees(`a: ${f}\nb: [${f}, x]\nc: { d: ${f} }\ne:\n  - ${f}\n`);
    }
  });

  it('agree on the cases each reader has rules for', () => {
    const cases = [
      'a: 1\n', '', '# only\n', '---\n', '---\n---\n', 'a: 1\n---\n', 'a: 1\n---\n# c\n', '# c\n---\na: 1', 'a: 1\n---\n---\nb: 1', '--- # x\na: 1', '---  \na: 1',
      'a: 1\n...\n', '%YAML 1.2\n---\na: 1\n', '---a: 1\n', '--- a: 1\n', 'a: 1\r\nb:\r\n  c: 2\r\n', 'a: 1\rb: 2\r', '\ufeffa: 1\n', '\ufeff\ufeffa: 1\n', 'a: 1\n\tb: 2\n', 'a:\tb\n',
      'a: b\n  c\n', 'a: b: c\n', 'a: b:\n', 'a:b: c\n', 'a : b\n', 'a: "b" c\n', 'a: "b"#c\n', "a: 'it''s'\n", 'a: "\\x41\\u00e9\\n\\t\\"\\\\\\/"\n', 'a: "\\e"\n', 'a: "\\ud83d\\ude00 \\ud83d"\n',
      'a: [1, b, "c", \'d\']\n', 'a: [1, [2, 3], {x: y}]\n', 'a: [a, ]\n', 'a: [a,,b]\n', 'a: [a: b]\n', 'a: [http://x]\n', 'a: {x: 1, y: [2]}\n', 'a: {x: 1, x: 2}\n', 'a: {x:1}\n', 'a: {"x": 1}\n', 'a: {x}\n', 'a: []\nb: {}\n', 'a: [\n  1]\n',
      'a:\n- 1\n- 2\nb: 3\n', 'a:\n  - 1\n  -\n  - - 2\n    - 3\n  - x: 1\n    y: 2\n  - - x: 1\n      y: [1]\n', 'a:\n  -\n    b: 1\n', 'a:\n  -\n  x\n', '- a\n- b\n', 'just text\n', '"quoted": 1\n', '? a\n: b\n',
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: @x\n', 'a: `x`\n', 'a: %x\n', 'a: |\n  line 1\n\n  line 3\n\n\nb: 1\n', 'a: |-\n  x\n   y\nb: 1\n', 'a: >\n  folded\n  text\n\n  para\n', 'a: >-\n  x\n    more\n', 'a: |+\n  x\n\n', 'a: |2\n   x\n',
      'a: |\n\n  x\n', 'a: |\nb: 1\n', 'a: |\n  x\n # not a comment\n', 'a: |\n  # kept\n  x\n', 'a: >\n  x\n  \n  y\n', 'a: |\n  x\n    \n  y\n', 'a:\n  b: |\n    x\n  c: 1\n', '- |\n x\n', 'a: |\n    x\n  y\n',
      'a: 1\nb:\n  c: 1\n d: 2\n', 'a: 1\n  b: 2\n', 'a:\n  b: 1\n   c: 2\n', 'a:\n  b: 1\n# c\n  c: 2\n', 'a: # c\n  b: 1\n', 'a:\n# c\n  b: 1\n', 'a:\n\n\n  b: 1\n', 'a: x # c\n', 'a: x#c\n', 'a x # c: 1\n',
      'a: 1\na: 2\n', '__proto__: 1\n', 'constructor: 1\n', 'toString: 1\n', 'hasOwnProperty: 1\n', '<<: 1\n', 'true: 1\n', 'null: 1\n', '1: a\n', '0x1: a\n', 'n: 1\ny: 2\n', `${'k'.repeat(300)}: 1\n`, `${'k'.repeat(1100)}: 1\n`,
      'a: -1\nb: -x\nc: - x\nd: -\n', 'a: ?x\n', 'a: :x\n', 'a: ,x\n', 'a: x,y\n', 'a: x[1]\n', 'a: é € 😀\n', 'a: \u00a0x\n', 'a: \u2028\n', 'a: \u0085\n', 'a: \x7f\n', 'a: 1 \n', 'a:    \n', 'a: ""\nb: \'\'\n',
    ];
    let read = 0;
    for (const c of cases) if (agrees(c)) read++;
    expect(read).toBeGreaterThan(40);
  });
});

// --- generated YAML -------------------------------------------------------------------------

/** FAST_PATH_RUNS=50000 for a long search. */
const RUNS = Number(process.env.FAST_PATH_RUNS ?? 800);
const TIMEOUT = 30_000 + RUNS * 50;

const SAFE = 'abcdefghijklmnopqrstuvwxyz ABCNTFE0123456789_.-/';
const TRICKY = [':', '#', '"', "'", '\\', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '~', '?', 'é', '€', '😀', '\t', '\u00a0', ': ', ' #', '- '];
const FORMS = ['1e3', '0x1F', '0o17', '.inf', '-.inf', '.NaN', '~', 'null', 'True', 'false', '-0', '+1', '0012', '.5', '1.', '1_000', '2026-01-01T00:00:00Z', '11:30', 'yes', '<<', '-', '---', '...', ''];

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...SAFE), minLength: 1, maxLength: 14 }) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...SAFE, ...TRICKY), maxLength: 10 }) },
);
const keyText = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('name', 'type', 'id', 'spec', 'budget', 'amount', 'tags', 'fun_d', 'n', 'True1', 'x-y', 'a.b', 'k9') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'null', '1', '0x1', 'a b', 'a:b', 'x#y', 'x #y', '__proto__', 'toString', '<<', '-k', '?k', '"q"', 'k ', '[k]', 'é') },
);

type Node =
  | { kind: 'scalar'; text: string; style: 'plain' | 'dq' | 'sq' | 'lit' | 'fold'; strip: boolean; comment: boolean }
  | { kind: 'map'; entries: [string, Node][]; flow: boolean }
  | { kind: 'seq'; items: Node[]; flow: boolean; compact: boolean };

const scalar = fc.record({
  kind: fc.constant('scalar' as const),
  text: fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')) }),
  style: fc.constantFrom('plain' as const, 'plain' as const, 'dq' as const, 'sq' as const, 'lit' as const, 'fold' as const),
  strip: fc.boolean(),
  comment: fc.boolean(),
});

const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('seq')),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.array(fc.tuple(keyText, tie('node')), { minLength: 1, maxLength: 4 }),
    flow: fc.boolean(),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    items: fc.array(tie('node'), { minLength: 0, maxLength: 4 }),
    flow: fc.boolean(),
    compact: fc.boolean(),
  }),
}));

function inlineScalar(n: Extract<Node, { kind: 'scalar' }>): string {
  if (n.style === 'dq') return JSON.stringify(n.text);
  if (n.style === 'sq') return `'${n.text.replaceAll("'", "''")}'`;
  return n.text.replaceAll('\n', ' ');
}

function flow(n: Node): string {
  if (n.kind === 'scalar') return inlineScalar(n);
  if (n.kind === 'seq') return `[${n.items.map(flow).join(', ')}]`;
  return `{${n.entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
}

/** Lines of `n` as the value after `lead` (`key:` or `-`) at indent `at`, children at `at + step`. */
function block(n: Node, lead: string, at: number, step: number, out: string[]): void {
  const pad = ' '.repeat(at);
  const inner = at + step;
  if (n.kind === 'scalar') {
    if (n.style === 'lit' || n.style === 'fold') {
      out.push(`${pad}${lead} ${n.style === 'lit' ? '|' : '>'}${n.strip ? '-' : ''}`);
      for (const line of n.text.split('\n')) out.push(line === '' ? '' : `${' '.repeat(inner)}${line}`);
    } else out.push(`${pad}${lead} ${inlineScalar(n)}${n.comment ? ' # note' : ''}`);
    return;
  }
  if (n.flow || (n.kind === 'seq' && n.items.length === 0)) {
    out.push(`${pad}${lead} ${flow(n)}`);
    return;
  }
  out.push(`${pad}${lead}`);
  if (n.kind === 'map') for (const [k, v] of n.entries) block(v, `${k}:`, inner, step, out);
  else for (const item of n.items) block(item, '-', lead.endsWith(':') && n.compact ? at : inner, step, out);
}

const documentText = fc
  .record({
    entries: fc.array(fc.tuple(keyText, node), { minLength: 1, maxLength: 5 }),
    step: fc.constantFrom(1, 2, 4),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    header: fc.constantFrom('', '# comment\n', '---\n', '# a\n---\n'),
    docs: fc.integer({ min: 1, max: 3 }),
    trailer: fc.constantFrom('', '---\n', '\n\n', '# end\n'),
  })
  .map(({ entries, step, crlf, bom, header, docs, trailer }) => {
    const lines: string[] = [];
    for (const [k, v] of entries) block(v, `${k}:`, 0, step, lines);
    const doc = `${lines.join('\n')}\n`;
    const all = header + Array.from({ length: docs }, () => doc).join('---\n') + trailer;
    return (bom ? '\ufeff' : '') + (crlf ? all.replaceAll('\n', '\r\n') : all);
  });

describe('the fast path on generated YAML', () => {
  it('reads what the yaml package reads, or gives up', () => {
    let read = 0;
    let runs = 0;
    let valid = 0;
    fc.assert(
      fc.property(documentText, (t) => {
        runs++;
        if (agrees(t)) read++;
        if (process.env.FAST_PATH_MISSES && loadYaml('f.yaml', t, { fastPath: false }).diagnostics.length === 0) {
          valid++;
          if (!readYamlFast(readableText(t, YAML_LIMITS.maxBytes) ?? '')) console.log(JSON.stringify(t));
        }
      }),
      { numRuns: RUNS },
    );
    // Enough of them are read for the agreement to mean something.
    if (process.env.FAST_PATH_MISSES) console.log({ runs, valid, read });
    expect(read / runs).toBeGreaterThan(0.15);
  }, TIMEOUT);

  it('reads mangled YAML as the yaml package does, or gives up', () => {
    const mangled = fc
      .tuple(
        documentText,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('del', ...'\n :-#"\'[]{},|>&*!\\\t\r'.split(''), '  ', '---\n', '\n  ', ': ', ' #')), { minLength: 1, maxLength: 4 }),
      )
      .map(([t, edits]) => {
        let s = t;
        for (const [at, e] of edits) {
          const i = at % (s.length + 1);
          s = e === 'del' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + e + s.slice(i);
        }
        return s;
      });
    fc.assert(fc.property(mangled, (t) => void agrees(t)), { numRuns: RUNS });
  }, TIMEOUT);
});

describe('the fast path at its limits', () => {
  it('leaves deep nesting to the yaml package, which runs out of stack past some hundreds of levels', () => {
    for (const depth of [99, 101, 1000]) {
      for (const deep of [`a:\n${'- '.repeat(depth)}x\n`, `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`]) {
        expect(readYamlFast(deep) === undefined).toBe(depth > 99);
        // Whether and where the stack runs out depends on the stack (and on what the compiler made
        // of the parser so far): at 1,000 levels the loader must answer, whatever it answers.
        if (depth < 1000) agrees(deep);
        else expect(() => loadYaml('f.yaml', deep)).not.toThrow();
      }
    }
  });
});
