import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, generatedDir, listSchemaFiles } from '../scripts/generate-types.js';

describe('src/generated', () => {
  it('matches what `npm run generate` makes from schemas/ (run it and commit after a schema change)', async () => {
    const fresh = await generateAll();
    expect(fresh.size).toBe((await listSchemaFiles()).length);
    for (const [name, text] of fresh) {
      const committed = await readFile(path.join(generatedDir, name), 'utf8').catch(() => '(missing)');
      expect(committed, `src/generated/${name} is stale: run npm run generate`).toBe(text);
    }
  }, 60_000);
});
