/**
 * `npm run generate`: first the files derived from the provider registry (the provider enums and
 * per-provider branches of the envelope and config schemas, docs/vendors.md, the workflows'
 * credentials), then the TypeScript types compiled from schemas/ (which read those schemas), then
 * the schema validators compiled ahead of time (Ajv standalone).
 * test/generated.test.ts fails when a committed file differs from what this writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoots, writeDerivedFiles } from '../src/providers/derive/project-files.js';
import { registry } from '../src/providers/registry.js';
import { generateAll, generatedDir } from './generate-types.js';
import { generateValidators, validatorsFile } from './generate-validators.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  for (const f of writeDerivedFiles(registry.map((e) => e.provider), projectRoots(root))) {
    process.stdout.write(`wrote ${path.relative(root, f.file)}\n`);
  }
  await mkdir(generatedDir, { recursive: true });
  for (const [name, text] of await generateAll()) {
    await writeFile(path.join(generatedDir, name), text);
    process.stdout.write(`wrote src/generated/${name}\n`);
  }
  // Last: the precompiled validators carry a digest of every schema written above.
  await writeFile(validatorsFile, generateValidators());
  process.stdout.write(`wrote ${path.relative(root, validatorsFile)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
