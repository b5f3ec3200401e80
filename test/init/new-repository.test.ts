/**
 * The "done when": in an empty git repository, `init --sandbox` with one account per
 * provider of the registry, then `validate`, `import --all` for each account, `plan` (no changes)
 * and actionlint over the workflows it wrote, all green; and the `$schema` of every file written
 * (campaignctl.yaml and every imported campaign file) resolves, from that repository, to a schema
 * file that is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemasDir } from '../../src/desired/schema-registry.js';
import { actionRef } from '../../src/init/published.js';
import { registry } from '../../src/providers/registry.js';
import { actionlint, emptyRepo, schemaLine } from './helpers.js';

const repo = emptyRepo();
afterAll(() => repo.remove());

const accounts = registry.map((e) => ({ name: `team-${e.provider.name}`, provider: e.provider }));
// The sandbox's clock is the real one, and so must the rules' "today" be.
const now = new Date();

type Step = { uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

describe('a new campaign repository, from init --sandbox to a clean plan', () => {
  it('inits, validates, imports every account, plans no changes, passes actionlint, and every $schema resolves inside the repository', async () => {
    const init = await repo.run(['init', '--sandbox', ...accounts.flatMap((a) => ['--account', `${a.name}:${a.provider.name}`])], { now });
    expect(init.stdout).not.toMatch(/skipped/);
    expect(init.stderr).not.toMatch(/error|note:/);
    expect(init.status).toBe(0);
    for (const file of ['campaignctl.yaml', 'campaigns/README.md', '.gitignore', '.github/workflows/campaigns-plan.yml', '.github/workflows/campaigns-apply.yml', '.github/workflows/campaigns-drift.yml']) {
      expect(init.stdout).toContain(`wrote ${file}\n`);
    }

    const validate = await repo.run(['validate'], { now });
    expect(validate.stdout + validate.stderr).toMatch(/valid/);
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);

    for (const a of accounts) {
      const imported = await repo.run(['import', '--account', a.name, '--all'], { now });
      expect(imported.stderr, a.name).toMatch(new RegExp(`Imported \\d+ campaigns? of account \`${a.name}\``));
      expect(imported.status, imported.stderr).toBe(0);
    }
    const campaignFiles = Object.keys(repo.files()).filter((f) => f.startsWith('campaigns/') && f.endsWith('.yaml'));
    for (const a of accounts) expect(campaignFiles.some((f) => f.startsWith(`campaigns/${a.provider.name}/`)), a.name).toBe(true);

    const plan = await repo.run(['plan', '--detailed-exitcode'], { now });
    expect(plan.stdout).toBe(`No changes: all ${campaignFiles.length} campaigns match the YAML.\n`);
    expect(plan.status).toBe(0);

    const workflows = Object.keys(repo.files()).filter((f) => f.startsWith('.github/workflows/'));
    expect(workflows.sort()).toEqual(['.github/workflows/campaigns-apply.yml', '.github/workflows/campaigns-drift.yml', '.github/workflows/campaigns-plan.yml']);
    for (const file of workflows) expect(await actionlint(repo.read(file), file)).toEqual([]);

    for (const file of ['campaignctl.yaml', ...campaignFiles]) {
      const ref = schemaLine(repo.read(file));
      expect(ref, `${file} has no $schema line`).toBeDefined();
      expect(ref, file).not.toMatch(/^[a-z]+:/);
      const target = path.resolve(repo.dir, path.dirname(file), ref!);
      expect(path.relative(repo.dir, target), `${file}: ${ref} leaves the repository`).not.toMatch(/^\.\./);
      expect(existsSync(target), `${file}: ${ref} does not exist`).toBe(true);
      // The copy is this campaignctl's own schema, not a stale one.
      expect(readFileSync(target, 'utf8'), file).toBe(readFileSync(path.join(schemasDir, path.basename(target)), 'utf8'));
    }
  }, 120_000);

  it('has the workflows call the published action at this version, passing exactly the secrets campaignctl.yaml names', () => {
    const config = parse(repo.read('campaignctl.yaml')) as { accounts: Record<string, { credentials?: Record<string, { env: string }> }> };
    const named = Object.values(config.accounts).flatMap((a) => Object.values(a.credentials ?? {}).map((c) => c.env));
    expect(named.length).toBe(accounts.reduce((n, a) => n + a.provider.credentialKeys.length, 0));
    for (const file of ['campaigns-plan.yml', 'campaigns-apply.yml', 'campaigns-drift.yml']) {
      const wf = parse(repo.read(`.github/workflows/${file}`)) as Workflow;
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
      const campaignctl = steps.filter((s) => s.uses?.includes('campaignctl'));
      expect(campaignctl.length, file).toBeGreaterThan(0);
      for (const s of campaignctl) expect(s.uses).toBe(actionRef());
      expect(steps.some((s) => s.uses === './'), file).toBe(false);
      for (const s of campaignctl.filter((x) => x.env)) {
        expect(Object.keys(s.env!).sort(), file).toEqual([...named].sort());
        for (const [k, v] of Object.entries(s.env!)) expect(v).toBe(`\${{ secrets.${k} }}`);
      }
      expect(campaignctl.some((x) => x.env), file).toBe(true);
    }
  });
});
