/**
 * Compiles the schemas that every run checks (a campaign file, the configuration) ahead of time
 * into src/generated/schema-validators.ts, with Ajv's standalone code: loading Ajv and compiling
 * them at start costs about a third of a second. They answer only valid or not (no error list:
 * the messages come from Ajv compiled at run time, when something is invalid).
 *
 * `npm run generate` writes the file; test/desired/schema-validators.test.ts fails when it differs
 * from what this produces. At run time the file is used only when its digest matches the schemas
 * read from schemas/, so a stale file makes a run slower, never wrong.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv, readSchemaSources, SCHEMA_BASE, schemaDigest } from '../src/desired/schema-registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const validatorsFile = path.join(root, 'src', 'generated', 'schema-validators.ts');

/** Schema file → the name its validator is exported under. */
export const PRECOMPILED = {
  'campaign-file.schema.json': 'campaignFile',
  'config.schema.json': 'config',
} as const;

type StandaloneCode = (ajv: unknown, refs: Record<string, string>) => string;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneModule as unknown as StandaloneCode));

/** The module's text, without touching the disk. */
export function generateValidators(): string {
  const sources = readSchemaSources();
  // Valid or not is all these answer: stopping at the first error, without the failing subschema.
  const ajv = createAjv(sources, { allErrors: false, verbose: false, code: { source: true, esm: true, lines: true } });
  const refs: Record<string, string> = {};
  for (const [file, name] of Object.entries(PRECOMPILED)) refs[name] = SCHEMA_BASE + file;
  const code = standaloneCode(ajv, refs);
  const table = Object.entries(PRECOMPILED)
    .map(([file, name]) => `  '${file}': ${name},`)
    .join('\n');
  return [
    '/* Generated from schemas/ by `npm run generate` (scripts/generate-validators.ts). Do not edit. */',
    '/* eslint-disable */',
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    // Ajv's standalone code reaches its runtime helpers and ajv-formats with require().
    'const require = createRequire(import.meta.url);',
    `${code.replace(/^"use strict";/, '')}`,
    '',
    '/** The digest (schemaDigest) of the schemas these were compiled from. */',
    `export const PRECOMPILED_DIGEST: string = '${schemaDigest(sources)}';`,
    '',
    '/** Schema file → whether a value is valid. */',
    'export const precompiledValidators: Readonly<Record<string, (value: unknown) => boolean>> = {',
    table,
    '};',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  await writeFile(validatorsFile, generateValidators());
  process.stdout.write(`wrote ${path.relative(root, validatorsFile)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
