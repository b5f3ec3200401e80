import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, generatedDir, listSchemaFiles } from '../scripts/generate-types.js';
import { credentialEnvName, SECRETS_BEGIN, SECRETS_END, withSecretEnv } from '../src/config/credential-env.js';
import { derivedFiles, projectRoots, staleFiles, writeDerivedFiles } from '../src/providers/derive/project-files.js';
import { registry } from '../src/providers/registry.js';

const repo = path.resolve(import.meta.dirname, '..');
const providers = registry.map((e) => e.provider);

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

describe('files derived from the provider registry', () => {
  it('are what `npm run generate` makes (run it and commit after changing the registry or a vendor schema)', () => {
    const files = derivedFiles(providers, projectRoots(repo));
    expect(files.map((f) => path.relative(repo, f.file))).toEqual(
      expect.arrayContaining(['schemas/campaign-file.schema.json', 'schemas/config.schema.json', 'docs/vendors.md', '.github/workflows/campaigns-plan.yml']),
    );
    for (const f of files) expect(f.current, `${path.relative(repo, f.file)} is stale: run npm run generate`).toBe(f.text);
  });

  it('go stale when the registry changes, and `npm run generate` brings them back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-derived-'));
    try {
      for (const sub of ['schemas', 'docs', '.github']) cpSync(path.join(repo, sub), path.join(dir, sub), { recursive: true });
      const roots = projectRoots(dir);
      const fewer = providers.slice(1);
      const stale = staleFiles(fewer, roots).map((f) => path.relative(dir, f.file));
      expect(stale).toEqual(
        expect.arrayContaining(['schemas/campaign-file.schema.json', 'schemas/config.schema.json', 'docs/vendors.md', '.github/workflows/campaigns-apply.yml']),
      );
      writeDerivedFiles(fewer, roots);
      expect(staleFiles(fewer, roots)).toEqual([]);
      const envelope = JSON.parse(readFileSync(path.join(dir, 'schemas/campaign-file.schema.json'), 'utf8')) as { properties: { provider: { enum: string[] } } };
      expect(envelope.properties.provider.enum).toEqual(fewer.map((p) => p.name));
      const dropped = providers[0]!;
      for (const key of dropped.credentialKeys) {
        expect(readFileSync(path.join(dir, '.github/workflows/campaigns-apply.yml'), 'utf8')).not.toContain(credentialEnvName(dropped.name, key));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('credential variables', () => {
  it('are named <PROVIDER>_<KEY>, upper-cased', () => {
    expect(credentialEnvName('topsort', 'api_key')).toBe('TOPSORT_API_KEY');
    expect(credentialEnvName('spaaza', 'session_user_id')).toBe('SPAAZA_SESSION_USER_ID');
    expect(credentialEnvName('my-shop', 'app.token')).toBe('MY_SHOP_APP_TOKEN');
  });

  it('fill only the marked regions of a workflow, for the variables a team needs', () => {
    const workflow = ['jobs:', '  a:', '    env:', '      KEEP: 1', `      ${SECRETS_BEGIN}`, '      OLD: x', `      ${SECRETS_END}`, ''].join('\n');
    expect(withSecretEnv(workflow, ['SHOP_TOKEN'])).toBe(
      ['jobs:', '  a:', '    env:', '      KEEP: 1', `      ${SECRETS_BEGIN}`, '      SHOP_TOKEN: ${{ secrets.SHOP_TOKEN }}', `      ${SECRETS_END}`, ''].join('\n'),
    );
    expect(() => withSecretEnv(`      ${SECRETS_BEGIN}\n`, [])).toThrow(/never closed/);
  });
});
