/**
 * Adding a vendor is one folder, its schema, one registry line, its fake and its example; the
 * rest is derived. The registry check names every piece a half-added provider lacks: here a
 * test-only sixth provider (test/fixtures/sixth-provider/) joins a registry built in the test,
 * in a copy of the project, and the check fails until its schema, fake and example are there and
 * `npm run generate` has run, then passes, with the derived schemas taking the new provider.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemas } from '../../src/desired/schema-registry.js';
import { projectRoots, writeDerivedFiles, type ProjectRoots } from '../../src/providers/derive/project-files.js';
import { checkRegistry, formatProblems, type RegistryProblem } from '../../src/providers/registry-check.js';
import { registry, type RegistryEntry } from '../../src/providers/registry.js';
import type { VendorFake } from '../../src/sandbox/fake.js';
import { provider as sixth } from '../fixtures/sixth-provider/provider.js';

const repo = path.resolve(import.meta.dirname, '../..');
const fixture = path.resolve(import.meta.dirname, '../fixtures/sixth-provider');

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project's schemas, campaigns, docs and workflows, to add a provider to. */
function copyOfProject(): ProjectRoots {
  const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-sixth-'));
  made.push(dir);
  for (const sub of ['schemas', 'campaigns', 'docs', '.github']) cpSync(path.join(repo, sub), path.join(dir, sub), { recursive: true });
  return projectRoots(dir);
}

/** The fake's module, loaded as the registry loads one; a path that does not exist fails as a missing folder does. */
const fakeAt = (file: string) => async (): Promise<VendorFake> => ((await import(pathToFileURL(file).href)) as { fake: VendorFake }).fake;
const missingFake = fakeAt(path.join(fixture, 'src/sandbox/sixth/index.js'));
const fixtureFake = fakeAt(path.join(fixture, 'fake.ts'));

const withSixth = (fake: RegistryEntry['fake']): RegistryEntry[] => [...registry, { provider: sixth, fake }];
const about = (problems: readonly RegistryProblem[], provider: string) => problems.filter((p) => p.provider === provider).map((p) => p.message);

describe('the registry check', () => {
  it('finds nothing wrong with the project as committed', async () => {
    const problems = await checkRegistry(registry, projectRoots(repo));
    expect(formatProblems(problems)).toBe('');
  });

  it('names every piece a sixth provider lacks until each is there, then passes, its derived schemas taking it', async () => {
    const roots = copyOfProject();
    // One registry line and nothing else.
    let problems = await checkRegistry(withSixth(missingFake), roots);
    expect(about(problems, 'sixth')).toEqual([
      'its schema schemas/sixth.schema.json is missing',
      expect.stringMatching(/^its sandbox fake does not load \(.*\): add src\/sandbox\/sixth\/ and point the registry line at it$/),
      'no example campaign under campaigns/ (a document with `provider: sixth`)',
      'schemas/campaign-file.schema.json does not list it yet: run npm run generate',
      'schemas/config.schema.json does not list it yet: run npm run generate',
    ]);
    expect(problems.filter((p) => p.provider === undefined).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'schemas/campaign-file.schema.json is stale: run npm run generate and commit it',
        'schemas/config.schema.json is stale: run npm run generate and commit it',
        'docs/vendors.md is stale: run npm run generate and commit it',
        '.github/workflows/campaigns-plan.yml is stale: run npm run generate and commit it',
      ]),
    );
    // The five real providers are whole: only the newcomer is named.
    expect(new Set(problems.map((p) => p.provider))).toEqual(new Set(['sixth', undefined]));

    // Its schema.
    copyFileSync(path.join(fixture, 'sixth.schema.json'), path.join(roots.schemas, 'sixth.schema.json'));
    problems = await checkRegistry(withSixth(missingFake), roots);
    expect(about(problems, 'sixth').join('\n')).not.toMatch(/schema schemas\/sixth/);
    expect(about(problems, 'sixth').join('\n')).toMatch(/fake does not load/);

    // Its fake.
    problems = await checkRegistry(withSixth(fixtureFake), roots);
    expect(about(problems, 'sixth').join('\n')).not.toMatch(/fake/);
    expect(about(problems, 'sixth').join('\n')).toMatch(/no example campaign/);

    // Its example.
    mkdirSync(path.join(roots.campaigns, 'sixth'), { recursive: true });
    copyFileSync(path.join(fixture, 'example.yaml'), path.join(roots.campaigns, 'sixth', 'first-campaign.yaml'));
    problems = await checkRegistry(withSixth(fixtureFake), roots);
    expect(about(problems, 'sixth')).toEqual([
      'schemas/campaign-file.schema.json does not list it yet: run npm run generate',
      'schemas/config.schema.json does not list it yet: run npm run generate',
    ]);

    // npm run generate.
    writeDerivedFiles(withSixth(fixtureFake).map((e) => e.provider), roots);
    expect(formatProblems(await checkRegistry(withSixth(fixtureFake), roots))).toBe('');

    // The derived schemas take it, with the id rule and the account settings of its own schema.
    const schemas = loadSchemas(roots.schemas);
    const campaign = schemas.validator('campaign-file.schema.json');
    const example = parse(`provider: sixth\naccount: sixth-eu\nid: s-1\nspec:\n  name: First campaign\n`) as Record<string, unknown>;
    expect(campaign(example), JSON.stringify(campaign.errors)).toBe(true);
    expect(campaign({ ...example, id: '42' })).toBe(false);
    expect(campaign.errors?.map((e) => e.parentSchema?.['x-message'])).toContain('`id` must be a Sixth campaign id: `s-` followed by digits');
    expect(campaign({ ...example, spec: { title: 'x' } })).toBe(false);

    const config = schemas.validator('config.schema.json');
    const account = { provider: 'sixth', endpoint: 'https://api.sixth.example', credentials: { api_key: { env: 'SIXTH_API_KEY' } }, region: 'eu' };
    expect(config({ accounts: { 'sixth-eu': account } }), JSON.stringify(config.errors)).toBe(true);
    const { region: _region, ...withoutRegion } = account;
    expect(config({ accounts: { 'sixth-eu': withoutRegion } })).toBe(false);
    expect(config.errors?.map((e) => e.params)).toContainEqual({ missingProperty: 'region' });
    expect(config({ accounts: { 'sixth-eu': { ...account, credentials: {} } } })).toBe(false);
    expect(config.errors?.map((e) => e.params)).toContainEqual({ missingProperty: 'api_key' });
  });
});

describe('a provider the registry check refuses', () => {
  it('is named for a fake that serves another prefix, or keeps no harness', async () => {
    const roots = copyOfProject();
    const fake = await fixtureFake();
    const { harness: _harness, ...bare } = fake;
    const wrongName = await checkRegistry(withSixth(async () => ({ ...fake, name: 'seventh' })), roots);
    expect(about(wrongName, 'sixth')).toContain('its sandbox fake serves /seventh, not /sixth');
    const noHarness = await checkRegistry(withSixth(async () => bare), roots);
    expect(about(noHarness, 'sixth')).toContain('its sandbox fake keeps no harness (contract probes and bench profile): add src/sandbox/sixth/harness.ts');
  });

  it('is named for credentials its schema describes but its registry entry lacks', async () => {
    const roots = copyOfProject();
    copyFileSync(path.join(fixture, 'sixth.schema.json'), path.join(roots.schemas, 'sixth.schema.json'));
    const problems = await checkRegistry([...registry, { provider: { ...sixth, credentialKeys: ['token'] }, fake: fixtureFake }], roots);
    expect(about(problems, 'sixth')).toEqual(
      expect.arrayContaining([
        'its schema describes credential `api_key`, which its credentialKeys lack',
        'its schema does not say what credential `token` is ($defs.account.properties.credentials.properties.token.description)',
      ]),
    );
  });
});
