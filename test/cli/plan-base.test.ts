/**
 * `plan --base REF` through the CLI, over HTTP against the Topsort fake, in a git repository made
 * for each test: what counts as the branch's change (a campaign REF did not declare, a create, a
 * retire, a base document that does not validate), what REF git cannot read does (nothing read
 * from any vendor), and the origins kept through --out, apply, --shard, merge and --target.
 * The per-vendor contract is test/contract/origins.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateAction, Plan, RetireAction, UpdateAction } from '../../src/engine/plan-model.js';
import { e2e, type E2E } from '../helpers/e2e.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const ACCOUNT = 'marketplace-eu';
/** Two seeded campaigns: the winter sale (budget 18,000 daily) and the always-on coffee listings. */
const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const COFFEE = 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54';
const address = (id: string) => `topsort/${ACCOUNT}/${id}`;

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Campaign Bot', '-c', 'user.email=bot@campaignctl.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

const commitAll = (dir: string, message: string) => {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
};

async function project(accountOptions: Record<string, string> = {}): Promise<E2E> {
  t = await e2e({ vendor: 'topsort', account: ACCOUNT, accountOptions, files: {} });
  git(t.project.dir, 'init', '-q', '-b', 'main');
  return t;
}

/** Imports a seeded campaign into a file of its own; the file's path. */
async function imported(e: E2E, id: string): Promise<string> {
  const r = await e.run(['import', '--account', ACCOUNT, '--id', id]);
  expect(r.status, r.stderr).toBe(0);
  return /^wrote (\S+) {2}/m.exec(r.stdout)![1]!;
}

function edit(e: E2E, file: string, from: RegExp, to: string): void {
  const full = path.join(e.project.dir, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(full, text.replace(from, to));
}

/** An edit in Topsort's dashboard: the campaign's raw fields replaced in the sandbox. */
function dashboard(e: E2E, id: string, fields: Record<string, unknown>): void {
  const state = e.sb.state();
  const campaign = state.topsort!.campaigns.find((c) => (c as { campaignId?: unknown }).campaignId === id)!;
  Object.assign(campaign, fields);
  e.sb.setState(state);
}

const originsOf = (plan: Plan) => Object.fromEntries(plan.actions.map((a) => [a.address, (a.changes ?? []).map((c) => [c.path, c.origin])]));

/** A base with both campaigns as they run; a branch raising the winter budget; the coffee listings renamed in the dashboard. */
async function branchAndDrift(): Promise<{ e: E2E; baseSha: string }> {
  const e = await project();
  const winter = await imported(e, WINTER);
  await imported(e, COFFEE);
  const baseSha = commitAll(e.project.dir, 'campaigns as they run');
  edit(e, winter, /amount: 18000/, 'amount: 25000');
  commitAll(e.project.dir, 'raise the winter budget');
  dashboard(e, COFFEE, { name: 'Nordic Roasters – renamed in the dashboard' });
  return { e, baseSha };
}

describe('plan --base: what counts as the branch\'s change', () => {
  it('a campaign REF did not declare, and a new document, are the branch\'s throughout', async () => {
    const e = await project();
    commitAll(e.project.dir, 'the configuration alone');
    const winter = await imported(e, WINTER);
    edit(e, winter, /amount: 18000/, 'amount: 25000');
    e.project.write(
      'campaigns/new.yaml',
      'provider: topsort\naccount: marketplace-eu\nspec:\n  name: Spring listings\n  adFormat: listing\n  vendorId: vnd-brewmaster-home\n  chargeType: CPC\n  budget: { amount: 4000, type: daily }\n  isActive: true\n  bids: [{ target: { id: SKU-1, type: product }, amount: 30 }]\n',
    );
    const planned = await e.plan(['--base', 'HEAD']);
    expect(planned.status, planned.stderr).toBe(0);
    const update = planned.plan.actions.find((a): a is UpdateAction => a.action === 'update')!;
    const create = planned.plan.actions.find((a): a is CreateAction => a.action === 'create')!;
    expect(update.changes).toEqual([expect.objectContaining({ path: 'budget.amount', origin: 'change' })]);
    expect(create.changes.length).toBeGreaterThan(3);
    expect(new Set(create.changes.map((c) => c.origin))).toEqual(new Set(['change']));
    expect(e.writes()).toEqual([]);
  });

  it('a REF without campaignctl.yaml declares nothing: one warning, and every change is the branch\'s', async () => {
    const e = await project();
    e.project.write('README.md', '# campaigns\n');
    git(e.project.dir, 'add', 'README.md');
    git(e.project.dir, 'commit', '-q', '-m', 'a repository before campaignctl');
    const winter = await imported(e, WINTER);
    edit(e, winter, /amount: 18000/, 'amount: 25000');
    dashboard(e, WINTER, { name: 'Renamed in the dashboard' });
    const planned = await e.plan(['--base', 'HEAD']);
    expect(planned.status, planned.stderr).toBe(0);
    expect(planned.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: --base: campaignctl.yaml is not in HEAD, so HEAD declares no campaign: every change counts as this branch\'s',
    ]);
    expect(originsOf(planned.plan)[address(WINTER)]).toEqual([
      ['name', 'change'],
      ['budget.amount', 'change'],
    ]);
  });

  it('a campaign whose document the branch removes is retired, as the branch\'s change', async () => {
    const e = await project({ prune: 'deactivate' });
    const coffee = await imported(e, COFFEE);
    const applied = await e.apply();
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    commitAll(e.project.dir, 'manage the coffee listings');
    rmSync(path.join(e.project.dir, coffee));
    const planned = await e.plan(['--base', 'HEAD']);
    const [retire] = planned.plan.actions as RetireAction[];
    expect(retire).toMatchObject({ action: 'retire', address: address(COFFEE) });
    expect(retire!.changes).toEqual([expect.objectContaining({ path: 'isActive', before: true, after: false, origin: 'change' })]);
  });

  it('leaves out a base document that does not validate, with one warning, and counts its campaign\'s changes as the branch\'s', async () => {
    const e = await project();
    const winter = await imported(e, WINTER);
    edit(e, winter, /amount: 18000/, 'amount: lots');
    commitAll(e.project.dir, 'a broken budget');
    edit(e, winter, /amount: lots/, 'amount: 25000');
    // Had REF's document counted, this would be drift.
    dashboard(e, WINTER, { name: 'Renamed in the dashboard' });
    const planned = await e.plan(['--base', 'HEAD']);
    expect(planned.status, planned.stderr).toBe(0);
    const warnings = planned.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^warning: --base: ${winter}:\\d+: in HEAD this document does not validate \\(.+\\); its campaign counts as changed by this branch$`))]);
    expect(originsOf(planned.plan)[address(WINTER)]).toEqual([
      ['name', 'change'],
      ['budget.amount', 'change'],
    ]);
  });
});

describe('plan --base: a REF git cannot read', () => {
  it('stops with one line, before reading any vendor, when git does not know REF or there is no repository', async () => {
    const e = await project();
    await imported(e, WINTER);
    commitAll(e.project.dir, 'base');
    e.sb.clearRequests();
    const unknown = await e.run(['plan', '--base', 'no-such-branch']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('campaignctl: --base: git does not know no-such-branch; fetch it first, e.g. git fetch origin no-such-branch; nothing was read from any vendor.\n');
    rmSync(path.join(e.project.dir, '.git'), { recursive: true, force: true });
    const outside = await e.run(['plan', '--base', 'main']);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toMatch(/^campaignctl: --base: .+ is not in a git repository; --base reads the campaign files from git; nothing was read from any vendor\.\n$/);
    expect(e.sb.requests()).toEqual([]);
  });
});

describe('plan --base: origins kept', () => {
  it('in a saved plan, which apply applies, and which the reader refuses with a bad origin or base', async () => {
    const { e, baseSha } = await branchAndDrift();
    const saved = await e.run(['plan', '--base', baseSha, '--out', 'plan.json']);
    expect(saved.status, saved.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(e.project.dir, 'plan.json'), 'utf8')) as Plan;
    expect(Object.keys(plan).slice(0, 3)).toEqual(['format_version', 'created_at', 'base']);
    expect(plan.base).toEqual({ ref: baseSha, sha: baseSha });
    expect(originsOf(plan)).toEqual({
      [address(WINTER)]: [['budget.amount', 'change']],
      [address(COFFEE)]: [['name', 'drift']],
    });

    const broken = (file: string, change: (p: Plan) => unknown) => {
      const copy = structuredClone(plan);
      change(copy);
      e.project.write(file, JSON.stringify(copy, null, 2));
    };
    broken('bad-origin.json', (p) => Object.assign((p.actions[0] as UpdateAction).changes[0]!, { origin: 'sideways' }));
    broken('bad-base.json', (p) => Object.assign(p, { base: { ref: 'main', sha: 'abc123' } }));
    const badOrigin = await e.run(['apply', 'bad-origin.json']);
    expect(badOrigin.status).toBe(1);
    expect(badOrigin.stderr).toContain('`origin` must be one of change, drift, change_and_drift');
    const badBase = await e.run(['apply', 'bad-base.json']);
    expect(badBase.status).toBe(1);
    expect(badBase.stderr).toContain('`base` must be {ref, sha}');
    expect(e.writes()).toEqual([]);

    const applied = await e.run(['apply', 'plan.json']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('2 applied');
  });

  it('in shards, merged, and with --target; merge refuses shards planned against different bases', async () => {
    const { e, baseSha } = await branchAndDrift();
    for (const i of [1, 2]) {
      const r = await e.run(['plan', '--base', 'HEAD~1', '--shard', `${i}/2`, '--out', `shard-${i}.json`]);
      expect(r.status, r.stderr).toBe(0);
      const shard = JSON.parse(readFileSync(path.join(e.project.dir, `shard-${i}.json`), 'utf8')) as Plan;
      expect(Object.keys(shard).slice(0, 4)).toEqual(['format_version', 'created_at', 'shard', 'base']);
    }
    const merged = await e.run(['merge', 'shard-1.json', 'shard-2.json', '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const plan = JSON.parse(merged.stdout) as Plan;
    expect(plan.base).toEqual({ ref: 'HEAD~1', sha: baseSha });
    expect(originsOf(plan)).toEqual({ [address(WINTER)]: [['budget.amount', 'change']], [address(COFFEE)]: [['name', 'drift']] });

    const plain = await e.run(['plan', '--shard', '2/2', '--out', 'shard-2-plain.json']);
    expect(plain.status, plain.stderr).toBe(0);
    const mixed = await e.run(['merge', 'shard-1.json', 'shard-2-plain.json']);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('this plan was made with no --base, but shard-1.json with --base HEAD~1');

    const targeted = await e.plan(['--base', 'HEAD~1', '--target', address(COFFEE)]);
    expect(targeted.plan.base?.sha).toBe(baseSha);
    expect(originsOf(targeted.plan)).toEqual({ [address(COFFEE)]: [['name', 'drift']] });
  });
});
