/**
 * `campaignctl init` as a team meets it: it never overwrites (a second run changes nothing and
 * says what it skipped), it asks on a terminal, it refuses bad input with nothing written, it
 * names credential variables by the convention (two accounts of one provider included), it
 * adopts live campaigns with --import, it leaves what it cannot know to fill in, it keeps an
 * existing campaignctl.yaml, and a campaign folder other than `campaigns` reaches the workflows.
 */
import { mkdtempSync, rmSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { credentialEnvName } from '../../src/config/credential-env.js';
import { requiredSettings, sandboxSettings } from '../../src/init/accounts.js';
import { actionRef } from '../../src/init/published.js';
import { registry } from '../../src/providers/registry.js';
import { runCli } from '../helpers/cli.js';
import { actionlint, emptyRepo, schemaLine, type Repo } from './helpers.js';

const withKeys = registry.map((e) => e.provider).filter((p) => p.credentialKeys.length > 0);
const [P, Q] = [withKeys[0]!, withKeys[1]!];
/** A provider whose accounts require a setting beside provider and endpoint. */
const withSetting = registry.map((e) => e.provider).find((p) => requiredSettings(p).length > 0)!;
const now = new Date();
const upper = (s: string) => s.toUpperCase();

let repos: Repo[] = [];
function repo(): Repo {
  const r = emptyRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  repos.forEach((r) => r.remove());
  repos = [];
});

type Step = { uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { on: Record<string, { paths?: string[] } | null>; jobs: Record<string, { steps?: Step[] }> };
type Config = { accounts: Record<string, { provider: string; endpoint: string; credentials?: Record<string, { env: string }> } & Record<string, unknown>> };

const workflow = (r: Repo, name: string) => parse(r.read(`.github/workflows/${name}`)) as Workflow;
const campaignctlSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps ?? []).filter((s) => s.uses === actionRef());
/** The variables the campaignctl steps of every workflow pass from secrets. */
function workflowSecrets(r: Repo): string[] {
  const names = ['campaigns-plan.yml', 'campaigns-apply.yml', 'campaigns-drift.yml'].flatMap((f) => campaignctlSteps(workflow(r, f)).flatMap((s) => Object.keys(s.env ?? {})));
  return [...new Set(names)].sort();
}

describe('init never overwrites', () => {
  it('skips files that exist, appends to .gitignore once, and a second run changes nothing and names each file it skipped', async () => {
    const r = repo();
    writeFileSync(path.join(r.dir, '.gitignore'), 'node_modules/');
    mkdirSync(path.join(r.dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(r.dir, '.github/workflows/campaigns-plan.yml'), '# our own plan workflow\n');

    const first = await r.run(['init', '--sandbox', '--account', `shop:${P.name}`]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('skipped .github/workflows/campaigns-plan.yml (it exists)\n');
    expect(first.stdout).toContain('wrote .github/workflows/campaigns-apply.yml\n');
    expect(first.stdout).toContain('appended .campaignctl/ to .gitignore\n');
    expect(r.read('.github/workflows/campaigns-plan.yml')).toBe('# our own plan workflow\n');
    expect(r.read('.gitignore')).toMatch(/^node_modules\/\n(#.*\n)?\.campaignctl\/\n$/);
    expect(first.stderr).toContain('skipped 1 file that exist');

    const before = r.files();
    const second = await r.run(['init', '--sandbox', '--account', `other:${Q.name}`]);
    expect(second.status).toBe(0);
    expect(r.files()).toEqual(before);
    const lines = second.stdout.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('skipped ')), second.stdout).toBe(true);
    for (const file of ['campaignctl.yaml', 'campaigns/', '.github/workflows/campaigns-apply.yml', 'schemas/campaign-file.schema.json']) {
      expect(second.stdout).toContain(`skipped ${file} (it exists)\n`);
    }
    expect(second.stdout).toContain('skipped .gitignore (it ignores .campaignctl/ already)\n');
    expect(second.stderr).toMatch(/wrote 0 files; skipped \d+ files that exist/);
    expect(second.stderr).toContain(`note: campaignctl.yaml exists and is kept as it is, so --account other:${Q.name}, --sandbox changed nothing in it`);
  });

  it('says when the schema copy differs from the installed campaignctl, and refreshes a file removed from it', async () => {
    const r = repo();
    expect((await r.run(['init', '--sandbox', '--account', `shop:${P.name}`])).status).toBe(0);
    const copy = `schemas/${P.schemaFile}`;
    writeFileSync(path.join(r.dir, copy), '{"edited": true}\n');

    const validate = await r.run(['validate']);
    expect(validate.status).toBe(0);
    expect(validate.stderr).toContain(`note: schemas/ (the schemas editors complete from) differs from campaignctl`);
    expect(validate.stderr).toContain(P.schemaFile);

    unlinkSync(path.join(r.dir, copy));
    const again = await r.run(['init']);
    expect(again.stdout).toContain(`wrote ${copy}\n`);
    expect(again.stderr).not.toContain('note:');
    expect((await r.run(['validate'])).stderr).toBe('');
  });
});

describe('init on a terminal', () => {
  it('asks for the accounts when none is given, says what is wrong with an answer and asks again', async () => {
    const r = repo();
    const run = await r.run(['init', '--sandbox'], {
      stdinIsTTY: true,
      answers: ['', 'bad name', 'shop', 'nope', P.name, 'shop', 'eu', Q.name, ''],
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('No --account given');
    expect(run.stderr).toContain('Account name: \n');
    expect(run.stderr).toContain('campaignctl.yaml needs at least one account.');
    expect(run.stderr).toContain('`bad name` is not a valid account name');
    expect(run.stderr).toContain('unknown provider `nope`');
    expect(run.stderr).toContain('account `shop` is declared already');
    const config = parse(r.read('campaignctl.yaml')) as Config;
    expect(Object.keys(config.accounts)).toEqual(['shop', 'eu']);
    expect(config.accounts.shop).toMatchObject({ provider: P.name, endpoint: 'sandbox' });
    expect(config.accounts.eu).toMatchObject({ provider: Q.name, endpoint: 'sandbox' });
  });

  it('asks a real account for its endpoint and the settings its vendor requires, checking each', async () => {
    const r = repo();
    const setting = requiredSettings(withSetting)[0]!;
    const good = (await sandboxSettings(withSetting))[setting.key]!;
    const run = await r.run(['init'], {
      stdinIsTTY: true,
      answers: ['stores', withSetting.name, 'http://api.example.com', 'https://api.example.com', 'not valid!', String(good), ''],
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Endpoint of stores');
    expect(run.stderr).toMatch(/`endpoint` must be `sandbox` or an https URL/);
    expect(run.stderr).toContain(`${setting.key} of stores`);
    const config = parse(r.read('campaignctl.yaml')) as Config;
    expect(config.accounts.stores).toMatchObject({ provider: withSetting.name, endpoint: 'https://api.example.com', [setting.key]: good });
    expect(run.stderr).not.toContain('fill in campaignctl.yaml');
  });

  it('gives up with nothing written when input ends', async () => {
    const r = repo();
    const run = await r.run(['init'], { stdinIsTTY: true, answers: ['shop'] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('campaignctl init: input ended before the accounts were complete; nothing was written');
    expect(r.files()).toEqual({});
  });
});

describe('bad input', () => {
  it.each([
    [['--account', 'shop:nope'], /unknown provider `nope`.*providers: /],
    [['--account', `shop:${P.name.slice(0, -1)}`], new RegExp(`did you mean \`${P.name}\``)],
    [['--account', `bad name:${P.name}`], /`bad name` is not a valid account name: an account name may hold letters/],
    [['--account', `-x:${P.name}`], /`-x` is not a valid account name/],
    [['--account', P.name], /--account takes NAME:PROVIDER/],
    [['--account', `shop:${P.name}`, '--account', `shop:${Q.name}`], /account `shop` is given twice/],
    [['--account', `shop-eu:${P.name}`, '--account', `shop.eu:${P.name}`], new RegExp(`shop-eu\\.${P.credentialKeys[0]} and shop\\.eu\\.${P.credentialKeys[0]} would both read ${credentialEnvName(P.name, P.credentialKeys[0]!, 'shop-eu')}`)],
    [['--account', `constructor:${P.name}`, '--sandbox'], /no valid campaignctl\.yaml: .*constructor/],
    [['--account', `shop:${P.name}`, '--dir', '../elsewhere'], /--dir takes a folder inside the repository/],
    [[], /say which accounts campaignctl\.yaml declares: --account NAME:PROVIDER/],
    [['--account', `stores:${withSetting.name}`, '--import'], /--import reads the accounts' live campaigns, so it needs accounts\.stores\.endpoint/],
  ])('init %j: a clear error, exit 1, nothing written', async (args, message) => {
    const r = repo();
    const run = await r.run(['init', ...args]);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/nothing was written\n$/);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(r.files()).toEqual({});
  });

  it('refuses a folder that is not the root of a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-not-git-'));
    try {
      const run = await runCli(['init', '--account', `shop:${P.name}`], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/is not the root of a git repository.*nothing was written/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an existing campaignctl.yaml that is not valid, with its errors, writing nothing', async () => {
    const r = repo();
    writeFileSync(path.join(r.dir, 'campaignctl.yaml'), 'accounts:\n  shop:\n    provider: nope\n    endpoint: sandbox\n');
    const run = await r.run(['init']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('campaignctl.yaml exists and is kept, but it is not valid; nothing was written');
    expect(run.stderr).toMatch(/campaignctl\.yaml:3:\d+: error/);
    expect(Object.keys(r.files())).toEqual(['campaignctl.yaml']);
  });
});

describe('credential variables', () => {
  it('are <PROVIDER>_<KEY> for an account alone on its provider, <PROVIDER>_<ACCOUNT>_<KEY> for two sharing one; the workflows pass exactly those', async () => {
    const r = repo();
    const run = await r.run(['init', '--sandbox', '--account', `shop-eu:${P.name}`, '--account', `shop-us:${P.name}`, '--account', `solo:${Q.name}`]);
    expect(run.status).toBe(0);
    const config = parse(r.read('campaignctl.yaml')) as Config;
    const env = (account: string) => Object.fromEntries(Object.entries(config.accounts[account]!.credentials!).map(([k, v]) => [k, v.env]));
    expect(env('shop-eu')).toEqual(Object.fromEntries(P.credentialKeys.map((k) => [k, `${upper(P.name)}_SHOP_EU_${upper(k)}`])));
    expect(env('shop-us')).toEqual(Object.fromEntries(P.credentialKeys.map((k) => [k, `${upper(P.name)}_SHOP_US_${upper(k)}`])));
    expect(env('solo')).toEqual(Object.fromEntries(Q.credentialKeys.map((k) => [k, `${upper(Q.name)}_${upper(k)}`])));
    const all = [...Object.values(env('shop-eu')), ...Object.values(env('shop-us')), ...Object.values(env('solo'))].sort();
    expect(workflowSecrets(r)).toEqual(all);
    expect(run.stderr).toContain(`create the secrets the workflows pass (Settings → Secrets and variables → Actions): ${[...Object.values(env('shop-eu')), ...Object.values(env('shop-us')), ...Object.values(env('solo'))].join(', ')}`);
    for (const f of ['campaigns-plan.yml', 'campaigns-apply.yml', 'campaigns-drift.yml']) expect(await actionlint(r.read(`.github/workflows/${f}`), f)).toEqual([]);
  });

  it('in the workflows are those an existing campaignctl.yaml names, whatever they are called', async () => {
    const r = repo();
    const custom = P.credentialKeys.map((k) => `OURS_${upper(k)}`);
    writeFileSync(
      path.join(r.dir, 'campaignctl.yaml'),
      ['accounts:', '  shop:', `    provider: ${P.name}`, '    endpoint: sandbox', '    credentials:', ...P.credentialKeys.map((k, i) => `      ${k}: { env: ${custom[i]} }`), ''].join('\n'),
    );
    const run = await r.run(['init']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('skipped campaignctl.yaml (it exists)\n');
    expect(run.stderr).toContain('note: for completion in campaignctl.yaml, make its first line `# yaml-language-server: $schema=./schemas/config.schema.json`');
    expect(workflowSecrets(r)).toEqual([...custom].sort());
  });

  it('leave the workflows without env: when the accounts name none, and they still pass actionlint', async () => {
    const r = repo();
    writeFileSync(path.join(r.dir, 'campaignctl.yaml'), ['accounts:', '  shop:', `    provider: ${P.name}`, '    endpoint: sandbox', ''].join('\n'));
    expect((await r.run(['init'])).status).toBe(0);
    expect(workflowSecrets(r)).toEqual([]);
    for (const f of ['campaigns-plan.yml', 'campaigns-apply.yml', 'campaigns-drift.yml']) expect(await actionlint(r.read(`.github/workflows/${f}`), f)).toEqual([]);
  });
});

describe('init --import', () => {
  it('adopts every live campaign of each account right after, and the plan that follows is clean', async () => {
    const r = repo();
    const run = await r.run(['init', '--sandbox', '--import', '--account', `a:${P.name}`, '--account', `b:${Q.name}`], { now });
    expect(run.status, run.stderr).toBe(0);
    for (const [account, provider] of [['a', P.name], ['b', Q.name]]) {
      expect(run.stderr).toMatch(new RegExp(`Imported \\d+ campaigns? of account \`${account}\``));
      expect(run.stdout).toMatch(new RegExp(`wrote campaigns/${provider}/[a-z0-9-]+\\.yaml  ${provider}/${account}/`));
    }
    expect(run.stderr).not.toContain('adopt live campaigns');
    const plan = await r.run(['plan', '--detailed-exitcode'], { now });
    expect(plan.stdout).toMatch(/^No changes: all \d+ campaigns match the YAML\.\n$/);
    expect(plan.status).toBe(0);

    // Again: every file is kept, and import leaves the campaigns they manage alone.
    const before = r.files();
    const again = await r.run(['init', '--sandbox', '--import'], { now });
    expect(again.stderr).toMatch(/Left \d+ campaigns? alone that documents under campaigns already manage/);
    expect(again.stderr).not.toContain('did not complete');
    expect(again.status).toBe(0);
    expect(r.files()).toEqual(before);
  }, 60_000);
});

describe('what init cannot know', () => {
  it('is left to fill in: validate points at each placeholder, and init says what to fill in', async () => {
    const r = repo();
    const run = await r.run(['init', '--account', `stores:${withSetting.name}`]);
    expect(run.status).toBe(0);
    const keys = requiredSettings(withSetting).map((s) => s.key);
    expect(run.stderr).toContain(`fill in campaignctl.yaml: ${['endpoint', ...keys].map((k) => `accounts.stores.${k}`).join(', ')}`);
    const text = r.read('campaignctl.yaml');
    const lineOf = (key: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    for (const key of ['endpoint', ...keys]) expect(text.split('\n')[lineOf(key) - 1]).toMatch(/# fill in/);

    const validate = await r.run(['validate']);
    expect(validate.status).toBe(1);
    for (const key of ['endpoint', ...keys]) expect(validate.stdout).toMatch(new RegExp(`campaignctl\\.yaml:${lineOf(key)}:\\d+: error`));
  });
});

describe('another campaign folder', () => {
  it('reaches every campaignctl step and the path filters, and imported files still find the schema copy', async () => {
    const r = repo();
    const dir = 'marketing/campaigns';
    const run = await r.run(['init', '--sandbox', '--dir', dir, '--account', `a:${P.name}`], { now });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${dir}/README.md\n`);
    for (const f of ['campaigns-plan.yml', 'campaigns-apply.yml', 'campaigns-drift.yml']) {
      const wf = workflow(r, f);
      for (const s of campaignctlSteps(wf)) expect(s.with?.dir, f).toBe(dir);
      for (const trigger of Object.values(wf.on)) {
        if (trigger?.paths) expect(trigger.paths, f).toEqual([`${dir}/**`, 'schemas/**', 'campaignctl.yaml']);
      }
      expect(await actionlint(r.read(`.github/workflows/${f}`), f)).toEqual([]);
    }
    const imported = await r.run(['import', '--account', 'a', '--all', '--dir', dir], { now });
    expect(imported.status, imported.stderr).toBe(0);
    const files = Object.keys(r.files()).filter((f) => f.startsWith(`${dir}/${P.name}/`));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(schemaLine(r.read(f))).toBe('../../../schemas/campaign-file.schema.json');
  }, 60_000);
});
