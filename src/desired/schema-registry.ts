/**
 * Loads the JSON Schemas shipped in the package's schemas/ folder into one Ajv instance.
 * Schemas are found relative to this module, so the CLI works the same from any directory
 * and when installed from npm (src/desired and dist/desired sit at the same depth).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { indexConditions } from './schema-errors.js';

export const SCHEMA_BASE = 'https://campaignctl.dev/schemas/';
export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/**
 * Annotation keywords our schemas may carry besides the standard ones:
 * `x-message` / `x-hint` replace the generic error text when that subschema fails,
 * `x-assumed` records what the vendor docs leave open and we assumed,
 * `x-create-only` marks a field only the vendor's create call takes.
 */
export const ANNOTATION_KEYWORDS = ['x-message', 'x-hint', 'x-assumed', 'x-create-only', 'tsType'] as const;

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats));

export interface SchemaSet {
  readonly ajv: Ajv2020;
  readonly schemas: ReadonlyMap<string, Record<string, unknown>>;
  validator(file: string): ValidateFunction;
}

let cached: SchemaSet | undefined;

export function loadSchemas(dir: string = schemasDir): SchemaSet {
  if (cached && dir === schemasDir) return cached;
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'boolean'] });
  const schemas = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    const schema = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>;
    schemas.set(file, schema);
    indexConditions(schema);
    ajv.addSchema(schema, SCHEMA_BASE + file);
  }
  const compiled = new Map<string, ValidateFunction>();
  const set: SchemaSet = {
    ajv,
    schemas,
    validator(file: string): ValidateFunction {
      let fn = compiled.get(file);
      if (!fn) {
        const got = ajv.getSchema(SCHEMA_BASE + file);
        if (!got) throw new Error(`schema ${file} is not in ${dir}`);
        fn = got;
        compiled.set(file, fn);
      }
      return fn;
    },
  };
  if (dir === schemasDir) cached = set;
  return set;
}
