/**
 * Loads the JSON Schemas shipped in the package's schemas/ folder. Schemas are found relative to
 * this module, so the CLI works the same from any directory and when installed from npm
 * (src/desired and dist/desired sit at the same depth).
 *
 * Whether a value is valid is answered by validators compiled ahead of time
 * (src/generated/schema-validators.ts, `npm run generate`) when they were compiled from these very
 * schemas; what is wrong with an invalid value, by Ajv, loaded and compiled only then (loading it
 * and compiling the schemas costs about a third of a second at every start).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type * as AjvFormatsModule from 'ajv-formats';
import { PRECOMPILED_DIGEST, precompiledValidators } from '../generated/schema-validators.js';
import { indexConditions } from './schema-errors.js';

export const SCHEMA_BASE = 'https://campaignctl.dev/schemas/';
/** The schema of a campaign file: the envelope, and each vendor's spec by `provider`. */
export const CAMPAIGN_FILE_SCHEMA = 'campaign-file.schema.json';
export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * Annotation keywords our schemas may carry besides the standard ones:
 * `x-message` / `x-hint` replace the generic error text when that subschema fails,
 * `x-assumed` records what the vendor docs leave open and we assumed, `x-create-only` marks an
 * input only the vendor's create call takes.
 */
export const ANNOTATION_KEYWORDS = ['x-message', 'x-hint', 'x-assumed', 'x-create-only', 'tsType'] as const;

/** How schemas are compiled: every error, with the failing subschema (schema-errors.ts reads it). */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
};

/** A schema file as read: its name and its text. */
export interface SchemaSource {
  readonly file: string;
  readonly text: string;
}

type AddFormats = (ajv: Ajv2020) => Ajv2020;

/** Ajv with our formats, annotation keywords and schemas; `options` override AJV_OPTIONS. */
export function createAjv(sources: readonly SchemaSource[], options: Options = {}): Ajv2020 {
  // Loaded on demand: most runs find every file valid and never need the compiler.
  const require = createRequire(import.meta.url);
  const { Ajv2020: AjvClass } = require('ajv/dist/2020.js') as typeof Ajv2020Module;
  const formats = require('ajv-formats') as typeof AjvFormatsModule & { default?: AddFormats };
  const addFormats = formats.default ?? (formats as unknown as AddFormats);
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...options });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'boolean'] });
  for (const { file, text } of sources) ajv.addSchema(JSON.parse(text) as Record<string, unknown>, SCHEMA_BASE + file);
  return ajv;
}

export function readSchemaSources(dir: string = schemasDir): SchemaSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, text: readFileSync(`${dir}/${file}`, 'utf8') }));
}

/** Identifies a set of schema texts: the ahead-of-time validators are used only for the set they were compiled from. */
export function schemaDigest(sources: readonly SchemaSource[]): string {
  const hash = createHash('sha256');
  for (const { file, text } of sources) hash.update(`${file}\u0000${text}\u0000`);
  return hash.digest('hex');
}

export interface SchemaSet {
  /** Ajv with every schema added, created when first asked for. */
  readonly ajv: Ajv2020;
  readonly schemas: ReadonlyMap<string, Record<string, unknown>>;
  /** Validates and, when the value is invalid, leaves every error in `.errors` (compiled on first use). */
  validator(file: string): ValidateFunction;
  /** Whether a value is valid, without errors: the ahead-of-time validator where there is one. */
  check(file: string): (value: unknown) => boolean;
  /** Whether `check(file)` is the ahead-of-time validator (compiled from these very schemas). */
  hasPrecompiled(file: string): boolean;
}

let cached: SchemaSet | undefined;

export function loadSchemas(dir: string = schemasDir): SchemaSet {
  if (cached && dir === schemasDir) return cached;
  const sources = readSchemaSources(dir);
  const schemas = new Map<string, Record<string, unknown>>();
  for (const { file, text } of sources) {
    const schema = JSON.parse(text) as Record<string, unknown>;
    schemas.set(file, schema);
    indexConditions(schema);
  }
  let ajv: Ajv2020 | undefined;
  const getAjv = (): Ajv2020 => {
    if (!ajv) {
      // Add the very objects in `schemas`: schema-errors.ts finds conditions by their identity.
      ajv = createAjv([]);
      for (const [file, schema] of schemas) ajv.addSchema(schema, SCHEMA_BASE + file);
    }
    return ajv;
  };
  const precompiled: Readonly<Record<string, (value: unknown) => boolean>> =
    schemaDigest(sources) === PRECOMPILED_DIGEST ? precompiledValidators : {};
  const compiled = new Map<string, ValidateFunction>();
  const set: SchemaSet = {
    get ajv() {
      return getAjv();
    },
    schemas,
    validator(file: string): ValidateFunction {
      let fn = compiled.get(file);
      if (!fn) {
        const got = getAjv().getSchema(SCHEMA_BASE + file);
        if (!got) throw new Error(`schema ${file} is not in ${dir}`);
        fn = got;
        compiled.set(file, fn);
      }
      return fn;
    },
    check(file: string): (value: unknown) => boolean {
      const fast = precompiled[file];
      if (fast) return fast;
      const full = set.validator(file);
      return (value) => full(value) === true;
    },
    hasPrecompiled: (file: string) => precompiled[file] !== undefined,
  };
  if (dir === schemasDir) cached = set;
  return set;
}
