/**
 * Compiles every JSON Schema in schemas/ into a TypeScript module in src/generated/.
 * `npm run generate` (scripts/generate.ts) writes them, after the schema parts derived from the
 * provider registry; test/generated.test.ts fails when the committed files differ from what this
 * produces, so a schema change can never silently leave stale types behind.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const schemasDir = path.join(root, 'schemas');
export const generatedDir = path.join(root, 'src', 'generated');

/** `lula.schema.json` → `LulaSpec`; `campaign-file.schema.json` → `CampaignFile`; `config` → `Config`. */
export function typeNameFor(schemaFile: string): string {
  const base = schemaFile.replace(/\.schema\.json$/, '');
  const pascal = base
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return ['campaign-file', 'config'].includes(base) ? pascal : `${pascal}Spec`;
}

export async function listSchemaFiles(): Promise<string[]> {
  return (await readdir(schemasDir)).filter((f) => f.endsWith('.schema.json')).sort();
}

/** Returns generated file name → contents, without touching the disk. */
export async function generateAll(only?: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await listSchemaFiles()) {
    const base = file.replace(/\.schema\.json$/, '');
    if (only && only.length > 0 && !only.includes(base)) continue;
    const schema = JSON.parse(await readFile(path.join(schemasDir, file), 'utf8')) as JSONSchema;
    // The root type is named by file, not by the title editors show on hover.
    const { title: _title, $id: _id, ...rest } = schema;
    const ts = await compile(rest, typeNameFor(file), {
      cwd: schemasDir,
      bannerComment: `/* Generated from schemas/${file} by \`npm run generate\`. Do not edit. */`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      strictIndexSignatures: true,
      unreachableDefinitions: false,
      format: true,
      style: { singleQuote: true, printWidth: 100 },
    });
    out.set(`${base}.ts`, ts);
  }
  return out;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  await mkdir(generatedDir, { recursive: true });
  const files = await generateAll(only);
  for (const [name, text] of files) {
    await writeFile(path.join(generatedDir, name), text);
    process.stdout.write(`wrote src/generated/${name}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
