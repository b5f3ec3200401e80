/**
 * What a published campaignctl must carry for `init` and editors to work from a team's repository:
 * the npm package holds the workflow templates and the schemas init copies and the catalog URLs
 * serve, and the SchemaStore catalog entries match the files campaignctl writes and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { catalogEntries, SCHEMASTORE_CATALOG, SCHEMASTORE_DIR } from '../../src/init/schemastore.js';
import { latestSchemaBase, publishedSchemaBase } from '../../src/init/published.js';
import { workflowNames } from '../../src/init/workflows.js';
import { registry } from '../../src/providers/registry.js';

const repo = path.resolve(import.meta.dirname, '../..');

/** A SchemaStore `fileMatch` glob (`**` any folders, `*` within one name) as a RegExp over a relative path. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  // A pattern without a folder matches the file's name anywhere, as SchemaStore reads it.
  return new RegExp(glob.includes('/') ? `^${source}$` : `(^|/)${source}$`);
}
const matches = (fileMatch: readonly string[], file: string) => fileMatch.some((g) => globRegExp(g).test(file));

describe('the npm package', () => {
  it('ships the workflow templates init writes and the schemas it copies', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const files = new Set((JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    const templates = workflowNames();
    expect(templates).toEqual(['campaigns-apply.yml', 'campaigns-drift.yml', 'campaigns-plan.yml']);
    for (const name of templates) expect(files.has(`.github/workflows/${name}`), name).toBe(true);
    expect(files.has('.github/workflows/ci.yml')).toBe(false);
    for (const schema of ['campaign-file.schema.json', 'config.schema.json', ...registry.map((e) => e.provider.schemaFile)]) {
      expect(files.has(`schemas/${schema}`), schema).toBe(true);
    }
  }, 60_000);
});

describe('SchemaStore catalog entries', () => {
  const catalog: unknown = JSON.parse(readFileSync(path.join(repo, SCHEMASTORE_DIR, SCHEMASTORE_CATALOG), 'utf8'));
  const [config, campaign] = catalogEntries(catalog) as { name: string; fileMatch: string[]; url: string; versions: Record<string, string> }[];

  it('match campaignctl.yaml, and campaign files where import writes them, for every provider', () => {
    expect(matches(config!.fileMatch, 'campaignctl.yaml')).toBe(true);
    expect(matches(config!.fileMatch, 'ops/campaignctl.yaml')).toBe(true);
    expect(matches(config!.fileMatch, 'campaignctl.json')).toBe(false);
    for (const { provider } of registry) {
      expect(matches(campaign!.fileMatch, `campaigns/${provider.name}/spring-sale-1a2b3c4d.yaml`), provider.name).toBe(true);
      expect(matches(campaign!.fileMatch, `marketing/campaigns/${provider.name}/spring-sale.yml`), provider.name).toBe(true);
    }
    // Not every campaigns folder on earth, nor other YAML.
    expect(matches(campaign!.fileMatch, 'campaigns/newsletter/spring.yaml')).toBe(false);
    expect(matches(campaign!.fileMatch, 'campaigns/spring.yaml')).toBe(false);
    expect(matches(campaign!.fileMatch, '.github/workflows/campaigns-plan.yml')).toBe(false);
  });

  it("point at the package's schemas: the latest release's, and this version's", () => {
    for (const [entry, file] of [[config!, 'config.schema.json'], [campaign!, 'campaign-file.schema.json']] as const) {
      expect(entry.url).toBe(`${latestSchemaBase()}${file}`);
      expect(entry.versions).toEqual({ [VERSION]: `${publishedSchemaBase(VERSION)}${file}` });
      expect(existsSync(path.join(repo, 'schemas', file))).toBe(true);
    }
    expect(publishedSchemaBase('1.2.3')).toBe('https://cdn.jsdelivr.net/npm/campaignctl@1.2.3/schemas/');
  });
});
