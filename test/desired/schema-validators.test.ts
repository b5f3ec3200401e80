/**
 * The validators compiled ahead of time (src/generated/schema-validators.ts) must be what the
 * schemas compile to today, and must answer valid or not exactly as Ajv compiled at run time.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValidators, validatorsFile } from '../../scripts/generate-validators.js';
import { loadSchemas, schemasDir } from '../../src/desired/schema-registry.js';
import { loadYaml } from '../../src/desired/yaml-source.js';
import { precompiledValidators } from '../../src/generated/schema-validators.js';

const root = path.resolve(import.meta.dirname, '../..');
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const documents = (dir: string) =>
  yamlFiles(dir).flatMap((f) => loadYaml(f, readFileSync(f), { fastPath: false }).documents.map((d) => d.value));

const campaigns = [...documents(path.join(root, 'campaigns')), ...documents(path.join(root, 'test/corpus/campaign'))];
const configs = [...documents(path.join(root, 'test/corpus/config')), ...documents(root).filter((v) => typeof v === 'object' && v !== null && 'accounts' in v)];

describe('the ahead-of-time validators', () => {
  it('are what `npm run generate:validators` makes from schemas/ (run it and commit after a schema change)', () => {
    expect(readFileSync(validatorsFile, 'utf8'), 'src/generated/schema-validators.ts is stale: run npm run generate:validators').toBe(generateValidators());
  });

  it('are used: their digest matches the schemas shipped', () => {
    expect(loadSchemas().hasPrecompiled('campaign-file.schema.json')).toBe(true);
    expect(loadSchemas().hasPrecompiled('config.schema.json')).toBe(true);
  });

  it('answer as Ajv does on the examples, the corpus and mangled copies of them', () => {
    for (const [file, values] of [
      ['campaign-file.schema.json', campaigns],
      ['config.schema.json', configs],
    ] as const) {
      const full = loadSchemas().validator(file);
      const fast = precompiledValidators[file]!;
      let invalid = 0;
      for (const v of values) {
        expect(fast(v), JSON.stringify(v)).toBe(full(v));
        if (!full(v)) invalid++;
      }
      expect(invalid).toBeGreaterThan(0);

      const json = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(0).map(() => []), fc.constant(0).map(() => ({})));
      const mangled = fc
        .tuple(fc.constantFrom(...values), fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add'), json), { minLength: 1, maxLength: 3 }))
        .map(([value, edits]) => {
          const copy: unknown = structuredClone(value);
          for (const [at, kind, x] of edits) mangle(copy, at, kind, x);
          return copy;
        });
      fc.assert(fc.property(mangled, (v) => {
        expect(fast(v)).toBe(full(v));
      }), { numRuns: 400 });
    }
  });

  it('are not used for schemas they were not compiled from: a run is then slower, never wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-schemas-'));
    try {
      cpSync(schemasDir, dir, { recursive: true });
      const lula = JSON.parse(readFileSync(path.join(dir, 'lula.schema.json'), 'utf8')) as { properties: { name: { maxLength: number } } };
      lula.properties.name.maxLength = 5;
      writeFileSync(path.join(dir, 'lula.schema.json'), JSON.stringify(lula));
      const set = loadSchemas(dir);
      expect(set.hasPrecompiled('campaign-file.schema.json')).toBe(false);
      const example = campaigns.find((v) => (v as { provider?: string }).provider === 'lula')!;
      expect(precompiledValidators['campaign-file.schema.json']!(example)).toBe(true);
      expect(set.check('campaign-file.schema.json')(example)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Sets, deletes or adds a member somewhere in `value`, the place chosen by `at`. */
function mangle(value: unknown, at: number, kind: string, x: unknown): void {
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      containers.push(v);
      v.forEach(walk);
    } else if (typeof v === 'object' && v !== null) {
      containers.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  const c = containers[at % Math.max(1, containers.length)];
  if (!c) return;
  const keys = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
  const key = keys[at % Math.max(1, keys.length)];
  if (kind === 'add' || key === undefined) {
    if (Array.isArray(c)) c.push(x);
    else c[`extra${at % 3}`] = x;
  } else if (kind === 'delete') {
    if (Array.isArray(c)) c.splice(key as number, 1);
    else delete c[key as string];
  } else (c as Record<string | number, unknown>)[key] = x;
}
