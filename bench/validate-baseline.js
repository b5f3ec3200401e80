/**
 * The baseline `npm run bench` measures campaignctl validate against, run as a child process the
 * same way: read every YAML file below a folder, parse it with the `yaml` package, and validate
 * each document with Ajv against the campaign-file schema (compiled at start, as campaignctl's
 * options compile it), on one thread. Plain JavaScript, so that it starts as a plain Node script
 * does, without a TypeScript loader.
 *
 *   node bench/validate-baseline.js <folder> <schemas folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseAllDocuments } from 'yaml';

const [dir, schemasDir] = process.argv.slice(2);
const addFormats = addFormatsModule.default ?? addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
// The schemas' annotation keywords (`x-…`, `tsType`), found in them, as campaignctl registers its own.
const schemas = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort().map((file) => [file, JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8'))]);
const annotations = new Set(['tsType']);
const collect = (v) => {
  if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) {
    if (k.startsWith('x-')) annotations.add(k);
    collect(child);
  }
};
schemas.forEach(([, schema]) => collect(schema));
for (const keyword of annotations) ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'boolean'] });
for (const [file, schema] of schemas) ajv.addSchema(schema, `https://campaignctl.dev/schemas/${file}`);
const validate = ajv.getSchema('https://campaignctl.dev/schemas/campaign-file.schema.json');

function walk(folder, out) {
  for (const e of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (/\.ya?ml$/i.test(e.name)) out.push(full);
  }
  return out;
}

let documents = 0;
let invalid = 0;
for (const file of walk(dir, [])) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'), { uniqueKeys: true, strict: true })) {
    documents++;
    if (doc.errors.length > 0 || !validate(doc.toJS())) invalid++;
  }
}
process.stdout.write(`${documents} documents, ${invalid} invalid\n`);
