/**
 * `campaignctl github record-ids`, the way the apply workflow runs it after an apply that created
 * campaigns: a shallow clone of a bare repository standing in for GitHub, campaign files with ids
 * written into them, and the fake GitHub API. The ids are pushed to the branch (again on the new
 * tip when another push came first); when the branch is protected (a pre-receive hook refuses the
 * push) they go to a branch of their own and a pull request is opened; only the changed campaign
 * files are committed, and the checkout is left as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_IDS_MESSAGE } from '../../src/github/record-ids.js';
import { runCli } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { runnerEnv } from './fixtures.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
const TOKEN = 'ghs_recordIdsToken_0123456789';

const NEW_CAMPAIGN = '# launched from git\nprovider: voucherify\naccount: shop-eu\nspec:\n  name: Spring Sale\n';
const WITH_ID = NEW_CAMPAIGN.replace('account: shop-eu\n', 'account: shop-eu\nid: camp_Spr1ngSa1e2027xYzAbCdEfG\n');

let root: string;
let origin: string;
let work: string;
let fake: FakeGithub;

const gitEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A clone as actions/checkout makes one: depth 1, on the branch. */
function clone(name: string): string {
  const dir = path.join(root, name);
  git(root, 'clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${origin}`, dir);
  return dir;
}

/** Another push to main, as a merge during the apply would make. */
function pushFromElsewhere(file: string, text: string): string {
  const other = clone(`other-${Date.now()}`);
  writeFileSync(path.join(other, file), text);
  git(other, 'add', file);
  git(other, 'commit', '--quiet', '-m', `change ${file}`);
  git(other, 'push', '--quiet', 'origin', 'main');
  return git(other, 'rev-parse', 'HEAD');
}

/** Branch protection: the bare repository refuses every update of main. */
function protectMain(refuseEverything = false): void {
  const hook = path.join(origin, 'hooks', 'pre-receive');
  const test = refuseEverything ? 'true' : '[ "$ref" = refs/heads/main ]';
  writeFileSync(hook, `#!/bin/sh\nwhile read old new ref; do\n  if ${test}; then\n    echo "error: GH006: Protected branch update failed for $ref." >&2\n    exit 1\n  fi\ndone\n`);
  chmodSync(hook, 0o755);
}

/** Git's configuration left out, as on a runner; the author is whoever the environment names. */
const bareEnv = { PATH: gitEnv.PATH, HOME: gitEnv.HOME, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

const recordIds = (args: string[] = [], env: Record<string, string> = { ...gitEnv, ...runnerEnv(fake, { GITHUB_RUN_ATTEMPT: '2' }) }) =>
  runCli(['github', 'record-ids', ...args], { cwd: work, env: { ...bareEnv, ...env } });

const originLog = (ref = 'main') => git(origin, 'log', '--format=%s', ref).split('\n');
const filesOf = (commit: string, cwd = origin) => git(cwd, 'show', '--name-only', '--format=', commit).split('\n').filter(Boolean);

beforeEach(async () => {
  if (!hasGit) return;
  fake = await startFakeGithub({ token: TOKEN });
  root = mkdtempSync(path.join(tmpdir(), 'campaignctl-record-ids-'));
  origin = path.join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  const seed = path.join(root, 'seed');
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  for (const [f, t] of Object.entries({
    'campaignctl.yaml': 'accounts: {}\n',
    'README.md': '# campaigns\n',
    'campaigns/voucherify/spring.yaml': NEW_CAMPAIGN,
    'campaigns/voucherify/winter.yaml': 'provider: voucherify\naccount: shop-eu\nid: camp_W1nter\nspec: {}\n',
  })) {
    execFileSync('mkdir', ['-p', path.dirname(path.join(seed, f))]);
    writeFileSync(path.join(seed, f), t);
  }
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'campaigns');
  git(seed, 'push', '--quiet', origin, 'main');
  work = clone('work');
});
afterEach(async () => {
  if (!hasGit) return;
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!hasGit)('github record-ids', () => {
  it('records nothing when apply wrote no id', async () => {
    const r = await recordIds();
    expect(r.stdout).toBe('No campaign file under campaigns changed: no ids to record.\n');
    expect(r.status).toBe(0);
    expect(originLog()).toEqual(['campaigns']);
    expect(fake.requests).toEqual([]);
  });

  it('commits only the changed campaign files and pushes them to the branch, leaving the checkout as it was', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    writeFileSync(path.join(work, 'README.md'), '# campaigns, edited\n');
    writeFileSync(path.join(work, 'campaigns/voucherify/untracked.yaml'), 'provider: voucherify\n');
    const head = git(work, 'rev-parse', 'HEAD');
    const status = git(work, 'status', '--porcelain');

    const r = await recordIds([], {});
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const tip = git(origin, 'rev-parse', 'main');
    expect(r.stdout).toBe(`Pushed the ids of created campaigns to main (${tip.slice(0, 7)}): campaigns/voucherify/spring.yaml\n`);
    expect(originLog()).toEqual([RECORD_IDS_MESSAGE, 'campaigns']);
    expect(filesOf(tip)).toEqual(['campaigns/voucherify/spring.yaml']);
    expect(git(origin, 'show', `${tip}:campaigns/voucherify/spring.yaml`)).toBe(WITH_ID.trimEnd());
    expect(git(origin, 'log', '-1', '--format=%an <%ae>', 'main')).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(git(origin, 'log', '-1', '--format=%b', 'main')).toContain('- campaigns/voucherify/spring.yaml');
    expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(work, 'status', '--porcelain')).toBe(status);
    expect(fake.requests).toEqual([]);
  });

  it('commits the ids again on the new tip when another push came first', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    const theirs = pushFromElsewhere('README.md', '# merged meanwhile\n');
    const r = await recordIds();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/main has moved on: committing the ids again/);
    expect(originLog()).toEqual([RECORD_IDS_MESSAGE, 'change README.md', 'campaigns']);
    expect(git(origin, 'rev-parse', 'main^')).toBe(theirs);
    expect(git(origin, 'show', 'main:README.md')).toBe('# merged meanwhile');
    expect(git(origin, 'show', 'main:campaigns/voucherify/spring.yaml')).toBe(WITH_ID.trimEnd());
    expect(fake.pulls).toEqual([]);
  });

  it('opens a pull request with the commit when the branch is protected', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    protectMain();
    fake.branches = () => git(origin, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').split('\n');
    const r = await recordIds();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('The push to main was refused');
    expect(r.stderr).toContain('GH006: Protected branch update failed');
    expect(r.stdout).toMatch(
      /^Opened pull request #1 \(https:\/\/github\.test\/acme\/campaigns\/pull\/1\) from campaignctl\/record-ids-4242-2 into main with the ids of created campaigns: campaigns\/voucherify\/spring\.yaml\. Until it is merged, the last-applied record keeps them from being created again\.\n$/,
    );
    expect(originLog()).toEqual(['campaigns']);
    expect(originLog('campaignctl/record-ids-4242-2')).toEqual([RECORD_IDS_MESSAGE, 'campaigns']);
    expect(filesOf('campaignctl/record-ids-4242-2')).toEqual(['campaigns/voucherify/spring.yaml']);
    expect(fake.pulls).toHaveLength(1);
    const pr = fake.pulls[0]!;
    expect(pr).toMatchObject({ title: RECORD_IDS_MESSAGE, head: 'campaignctl/record-ids-4242-2', base: 'main' });
    expect(pr.body).toContain('- `campaigns/voucherify/spring.yaml`');
    expect(pr.body).toContain('the last-applied record on the state branch keeps these campaigns from being created again');
    expect(pr.body).toContain('[workflow run](https://github.test/acme/campaigns/actions/runs/4242)');
    expect(fake.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/campaigns/pulls']);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('opens a pull request rather than commit over another push that changed the same file', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    pushFromElsewhere('campaigns/voucherify/spring.yaml', NEW_CAMPAIGN.replace('Spring Sale', 'Spring Sale 2027'));
    const r = await recordIds();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Opened pull request #1 /);
    expect(git(origin, 'show', 'main:campaigns/voucherify/spring.yaml')).toContain('Spring Sale 2027');
    expect(fake.pulls[0]!.base).toBe('main');
  });

  it('fails, naming the files and the record, when no push is accepted at all', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    protectMain(true);
    const r = await recordIds();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^campaignctl github record-ids: the push to main was refused \(.*GH006.*\), and so was the push of the branch campaignctl\/record-ids-4242-2/s);
    expect(r.stderr).toContain('the last-applied record, so none is created again; commit campaigns/voucherify/spring.yaml by hand');
    expect(fake.pulls).toEqual([]);
  });

  it('says where the ids are when the pull request cannot be opened (no token)', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    protectMain();
    const noToken: Record<string, string> = { ...gitEnv, ...runnerEnv(fake) };
    delete noToken.GITHUB_TOKEN;
    const r = await recordIds([], noToken);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the ids are on the branch campaignctl/record-ids-4242-1, but the pull request into main could not be opened: GITHUB_TOKEN is not set');
    expect(originLog('campaignctl/record-ids-4242-1')[0]).toBe(RECORD_IDS_MESSAGE);
  });

  it('needs --branch on a detached checkout', async () => {
    writeFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), WITH_ID);
    git(work, 'checkout', '--quiet', '--detach');
    const r = await recordIds();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('HEAD is not on a branch');
    const named = await recordIds(['--branch', 'main']);
    expect(named.status, named.stderr).toBe(0);
    expect(originLog()[0]).toBe(RECORD_IDS_MESSAGE);
    expect(readFileSync(path.join(work, 'campaigns/voucherify/spring.yaml'), 'utf8')).toBe(WITH_ID);
  });
});
