/**
 * `npm run demo` (scripts/demo.sh), as a person runs it from a clone: it prints each command, shows
 * the creates and the seeded drift, converges, and can run again and again; the repository's own
 * files stay as committed (the ids apply writes land in the scratch copy, .campaignctl/demo/).
 *
 * The clone here is a copy of what the script reads, with a `bin/campaignctl.js` that runs the
 * TypeScript sources (the real one runs dist/, built by `npm ci`).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const clone = mkdtempSync(path.join(tmpdir(), 'campaignctl-demo-'));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

for (const part of ['campaignctl.yaml', 'campaigns', 'scripts/demo.sh']) cpSync(path.join(repo, part), path.join(clone, part), { recursive: true });
mkdirSync(path.join(clone, 'bin'));
const tsx = import.meta.resolve('tsx/esm/api');
const entry = new URL('../../src/cli/run.ts', import.meta.url).href;
writeFileSync(path.join(clone, 'bin', 'campaignctl.js'), `const api = await import(${JSON.stringify(tsx)});\napi.register();\nawait import(${JSON.stringify(entry)});\n`);

/** The campaign files' text, by path. */
function campaignFiles(root: string): Map<string, string> {
  const dir = path.join(root, 'campaigns');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

describe('npm run demo', () => {
  it('prints each command, creates a campaign per vendor in a scratch copy, converges, and runs again from scratch', async () => {
    const committed = campaignFiles(clone);
    for (let round = 1; round <= 2; round++) {
      const { stdout } = await run('sh', [path.join(clone, 'scripts', 'demo.sh')], { cwd: clone, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
      const commands = [...stdout.matchAll(/^\$ campaignctl (.+)$/gm)].map((m) => m[1]);
      expect(commands, `round ${round}`).toEqual(['validate', 'plan --out .campaignctl/plan.json', 'apply .campaignctl/plan.json', 'plan --detailed-exitcode']);
      expect(stdout).toMatch(/^Plan: 5 to create, \d+ to update, \d+ unchanged, 0 errors\.( \d+ write-only values are only sent again: the last-applied record has no value for them\.)?$/m);
      expect(stdout).toMatch(/^Apply complete: \d+ applied, 0 failed, 0 refused as stale, \d+ unchanged, 5 created\.$/m);
      expect(stdout).toMatch(/No changes: all \d+ campaigns match the YAML\.\n$/);
      // The repository's files are as committed; the copy's new campaigns hold their ids.
      expect(campaignFiles(clone)).toEqual(committed);
      const copied = campaignFiles(path.join(clone, '.campaignctl', 'demo'));
      const withoutId = [...copied].filter(([, text]) => parseAllDocuments(text).some((d) => (d.toJS() as { id?: unknown }).id === undefined));
      expect(withoutId.map(([f]) => f)).toEqual([]);
    }
  }, 120_000);
});
