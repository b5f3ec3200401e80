import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempProject, type Project } from '../helpers/cli.js';

const repo = path.resolve(import.meta.dirname, '../..');
/** tsx resolved from the repository, so a child started in a temp folder can load TypeScript. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const topsort = (lines: string[]) =>
  [
    '# yaml-language-server: $schema=../../schemas/campaign-file.schema.json',
    'provider: topsort',
    'account: marketplace-eu',
    'id: 3c90c3cc-0d44-4b50-8888-8dd25736052a',
    'spec:',
    '  name: Spring sale',
    ...lines,
    '',
  ].join('\n');

let project: Project | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

describe('campaignctl validate', () => {
  it('accepts the repository example set (exit 0)', async () => {
    const r = await runCli(['validate'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/✓ \d+ campaign documents in \d+ files: valid/);
    expect(r.status).toBe(0);
  });

  it('names file and line 7 of a wrong type, with a hint', async () => {
    project = tempProject({ 'campaigns/topsort/spring.yaml': topsort(['  isActive: "yes"']) });
    const r = await project.run(['validate']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('campaigns/topsort/spring.yaml:7:13: error: `isActive` must be a boolean (got string "yes")');
    expect(r.stdout).toContain('  hint: write true or false');
  });

  it('suggests the nearest field for an unknown one', async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort(['  endDat: 2027-01-01T00:00:00Z']) });
    const r = await project.run(['validate']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('campaigns/a.yaml:7:3: error: unknown field `endDat` in `spec`');
    expect(r.stdout).toContain('hint: did you mean `endDate`?');
  });

  it('lists the allowed values of an enum', async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort(['  chargeType: CPX']) });
    const r = await project.run(['validate']);
    expect(r.stdout).toContain('`chargeType` must be one of "CPM", "CPC", "CPA" (got string "CPX")');
  });

  it('reports every broken document, not only the first', async () => {
    project = tempProject({
      'campaigns/a.yaml': `${topsort(['  targetRoas: 50'])}---\n${topsort(['  isActive: 3']).replace('8dd25736052a', '8dd25736052b')}`,
      'campaigns/b.yaml': 'provider: [\n',
    });
    const r = await project.run(['validate', '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; errors: { file: string; line: number }[] };
    expect(out.valid).toBe(false);
    expect(out.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['campaigns/a.yaml:7', 'campaigns/a.yaml:15', 'campaigns/b.yaml:2']);
  });

  it('names both places when two documents manage one campaign', async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort([]), 'campaigns/sub/b.yaml': topsort(['  isActive: true']) });
    const r = await project.run(['validate']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'campaigns/sub/b.yaml:4:5: error: campaign topsort/marketplace-eu/3c90c3cc-0d44-4b50-8888-8dd25736052a is also managed by campaigns/a.yaml:4:5',
    );
  });

  it('rejects an unknown account with the nearest one', async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort([]).replace('account: marketplace-eu', 'account: marketplace-e') });
    const r = await project.run(['validate']);
    expect(r.stdout).toContain('campaigns/a.yaml:3:10: error: account `marketplace-e` is not declared in campaignctl.yaml');
    expect(r.stdout).toContain('did you mean `marketplace-eu`?');
  });

  it("rejects a provider that differs from its account's", async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort([]).replace('account: marketplace-eu', 'account: shop-eu') });
    const r = await project.run(['validate']);
    expect(r.stdout).toContain('campaigns/a.yaml:2:11: error: account `shop-eu` is a voucherify account');
    expect(r.stdout).toContain('use a topsort account (marketplace-eu)');
  });

  it('writes GitHub annotations, escaped as the runner reads them', async () => {
    project = tempProject({ 'campaigns/a,b.yaml': topsort(['  endDat: x']) });
    const r = await project.run(['validate', '--format', 'github']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      '::error file=campaigns/a%2Cb.yaml,line=7,col=3,title=campaignctl unknown-field::unknown field `endDat` in `spec`%0Ahint: did you mean `endDate`?\n',
    );
  });

  it('validates only the paths given', async () => {
    project = tempProject({ 'campaigns/good.yaml': topsort([]), 'campaigns/bad.yaml': 'provider: x\n' });
    expect((await project.run(['validate', 'campaigns/good.yaml'])).status).toBe(0);
    expect((await project.run(['validate', 'campaigns'])).status).toBe(1);
    const missing = await project.run(['validate', 'nope.yaml']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('nope.yaml:1:1: error: no such file or folder');
  });

  it('reports a missing or broken configuration at its place', async () => {
    project = tempProject({ 'campaigns/a.yaml': topsort([]) }, null);
    const none = await project.run(['validate']);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('campaignctl.yaml:1:1: error: configuration file not found');
    project.write('campaignctl.yaml', 'accounts:\n  marketplace-eu:\n    provider: topsort\n    endpoint: http://api.topsort.com\n    credentials:\n      api_key: { env: TOPSORT_API_KEY }\n');
    const insecure = await project.run(['validate']);
    expect(insecure.status).toBe(1);
    expect(insecure.stdout).toContain('campaignctl.yaml:4:15: error: `endpoint` must be `sandbox` or an https URL');
  });

  it('prints help and exits 0; an unknown command exits 1', async () => {
    const help = await runCli(['--help'], { cwd: repo });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('validate');
    const bad = await runCli(['frobnicate'], { cwd: repo });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("unknown command 'frobnicate'");
  });

  it('as a real process: exit 1 and no stack trace on bad input', () => {
    project = tempProject({ 'campaigns/a.yaml': '\u0000\u0001: [' });
    const r = spawnSync(process.execPath, ['--import', tsx, path.join(repo, 'src/cli/run.ts'), 'validate'], {
      cwd: project.dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^campaigns\/a\.yaml:1:\d+: error: /m);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('vendor uniqueness across accounts that share a vendor scope', () => {
  it('judges two Lula accounts on the same company together', async () => {
    const config = `accounts:
  stores-a:
    provider: lula
    endpoint: sandbox
    company_id: "1042"
  stores-b:
    provider: lula
    endpoint: sandbox
    company_id: "1042"
  stores-c:
    provider: lula
    endpoint: sandbox
    company_id: "7"
`;
    const lula = (account: string, id: string) => `provider: lula\naccount: ${account}\nid: "${id}"\nspec:\n  name: Holiday Snack Deals\n`;
    project = tempProject({ 'campaigns/a.yaml': lula('stores-a', '1'), 'campaigns/b.yaml': lula('stores-b', '2') }, config);
    const same = await project.run(['validate']);
    expect(same.status).toBe(1);
    expect(same.stdout).toContain('campaigns/b.yaml:5:9: error:');
    expect(same.stdout).toContain('[lula.unique-name]');
    project.write('campaigns/b.yaml', lula('stores-c', '2'));
    expect((await project.run(['validate'])).status).toBe(0);
  });
});
