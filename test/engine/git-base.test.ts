import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { findCampaignFiles } from '../../src/desired/discover.js';
import { validateSources } from '../../src/desired/validate.js';
import { GitBaseError, readBaseTree, type BaseTree } from '../../src/engine/git-base.js';
import { TEST_CONFIG, TEST_NOW } from '../helpers/validate.js';

const EXAMPLES = fileURLToPath(new URL('../../campaigns/', import.meta.url));
const example = (file: string) => readFileSync(path.join(EXAMPLES, file), 'utf8');

/** git as the tests run it: no user or system configuration, a fixed author. */
const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

let tmp = '';
let repo = '';
let base = '';
/** A checkout of the base commit: what the working-tree loader would read there. */
let baseCheckout = '';

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'campaignctl-git-base-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'campaignctl.yaml', TEST_CONFIG);
  write(repo, 'campaigns/topsort/winter-kitchen.yaml', example('topsort/winter-kitchen-sponsored-listings.yaml'));
  write(repo, 'campaigns/voucherify/cafe.yaml', example('voucherify/cafe-lunch-hours.yaml').replace(/\n/g, '\r\n'));
  write(repo, 'campaigns/masivo/coffee.yaml', example('masivo/coffee-punch-card.yaml'));
  write(repo, 'campaigns/lula/big-game.yaml', example('lula/big-game-weekend.yaml'));
  write(repo, 'campaigns/spaaza/B/birthday.yml', example('spaaza/birthday-voucher.yaml'));
  // git sorts `a-b.yaml` before the folder `a` (it compares `a/`); discover, and so the loader's messages, after it.
  write(repo, 'campaigns/a-b.yaml', example('spaaza/points-per-euro.yaml'));
  write(repo, 'campaigns/a/x.yaml', example('topsort/small-appliances-cpa.yaml'));
  write(repo, 'campaigns/.drafts/draft.yaml', 'not: [a campaign\n');
  write(repo, 'campaigns/node_modules/dep.yaml', 'not: [a campaign\n');
  write(repo, 'campaigns/README.txt', 'notes\n');
  // A link that stays inside the repository is followed, as the loader follows it in a checkout.
  write(repo, 'shared/gift-card.yaml', example('voucherify/holiday-gift-card-50.yaml'));
  symlinkSync('../shared/gift-card.yaml', path.join(repo, 'campaigns/link.yaml'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  base = git(repo, 'rev-parse', 'HEAD');

  // The branch: a budget changed, a file removed, one renamed, one added, an account added.
  write(repo, 'campaigns/topsort/winter-kitchen.yaml', example('topsort/winter-kitchen-sponsored-listings.yaml').replace('amount: 25000', 'amount: 50000'));
  unlinkSync(path.join(repo, 'campaigns/masivo/coffee.yaml'));
  renameSync(path.join(repo, 'campaigns/lula/big-game.yaml'), path.join(repo, 'campaigns/lula/big-game-2027.yaml'));
  write(repo, 'campaigns/voucherify/winter-sale.yaml', example('voucherify/winter-sale-20-percent.yaml'));
  write(repo, 'campaigns/later/only-in-branch.yaml', example('masivo/coffee-punch-card.yaml'));
  write(repo, 'campaignctl.yaml', `${TEST_CONFIG}  second-shop:\n    provider: voucherify\n    endpoint: sandbox\n`);
  write(repo, 'ops/campaignctl.yaml', TEST_CONFIG);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'branch');

  baseCheckout = path.join(tmp, 'base-checkout');
  git(repo, 'worktree', 'add', '-q', '--detach', baseCheckout, base);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (opts: { ref?: string; cwd?: string; config?: string; dir?: string; env?: NodeJS.ProcessEnv } = {}) =>
  readBaseTree({ ref: opts.ref ?? base, cwd: opts.cwd ?? repo, config: opts.config ?? 'campaignctl.yaml', dir: opts.dir ?? 'campaigns', env: opts.env ?? GIT_ENV });

async function workingTreeOf(cwd: string, dir: string): Promise<{ path: string; text: string }[]> {
  return (await findCampaignFiles([dir], cwd)).map((f) => ({ path: f.path, text: readFileSync(f.absolute, 'latin1') }));
}
const asText = (tree: BaseTree) => tree.files.map((f) => ({ path: f.path, text: Buffer.from(f.text).toString('latin1') }));

describe('reading the campaign files at a git revision', () => {
  it('reads exactly what the working-tree loader reads in a checkout of the revision, paths and bytes', async () => {
    const tree = await read({ ref: 'HEAD~1' });
    expect(tree.commit).toBe(base);
    expect(asText(tree)).toEqual(await workingTreeOf(baseCheckout, 'campaigns'));
    expect(tree.files.map((f) => f.path)).toEqual([
      'campaigns/a/x.yaml',
      'campaigns/a-b.yaml',
      'campaigns/link.yaml',
      'campaigns/lula/big-game.yaml',
      'campaigns/masivo/coffee.yaml',
      'campaigns/spaaza/B/birthday.yml',
      'campaigns/topsort/winter-kitchen.yaml',
      'campaigns/voucherify/cafe.yaml',
    ]);
    expect(tree.config).toEqual({ path: 'campaignctl.yaml', text: Buffer.from(TEST_CONFIG) });
  });

  it('keeps the bytes as committed: a file with CRLF line ends stays so', async () => {
    const cafe = (await read()).files.find((f) => f.path === 'campaigns/voucherify/cafe.yaml')!;
    expect(Buffer.from(cafe.text).toString('utf8')).toBe(example('voucherify/cafe-lunch-hours.yaml').replace(/\n/g, '\r\n'));
  });

  it('gives the loader the base’s campaigns, not the branch’s', async () => {
    const tree = await read({ ref: base.slice(0, 12) });
    const config = parseConfigText(tree.config!.text, tree.config!.path);
    expect(config.diagnostics).toEqual([]);
    expect([...config.config!.accounts.keys()]).not.toContain('second-shop');
    const result = validateSources(tree.files, { config: config.config!, now: TEST_NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.campaigns.map((c) => `${c.file} ${c.address}`)).toEqual([
      'campaigns/a/x.yaml topsort/marketplace-eu/5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49',
      'campaigns/a-b.yaml spaaza/rewards-nl/4117',
      'campaigns/link.yaml voucherify/shop-eu/camp_4NekGKfkPSV1PPi6oy0mLyYJ',
      'campaigns/lula/big-game.yaml lula/stores/1000231',
      'campaigns/masivo/coffee.yaml masivo/loyalty-mx/6ab8ebd7-08d5-40c3-9d7e-118d65906a5b',
      'campaigns/spaaza/B/birthday.yml spaaza/rewards-nl/4133',
      'campaigns/topsort/winter-kitchen.yaml topsort/marketplace-eu/7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b',
      'campaigns/voucherify/cafe.yaml voucherify/shop-eu/camp_q34x1yc7Uta595IMRAIhUbEl',
    ]);
    const winter = result.campaigns.find((c) => c.file === 'campaigns/topsort/winter-kitchen.yaml')!;
    expect(winter.spec.budget).toEqual({ amount: 25000, type: 'daily' });
  });

  it('reads the branch itself at HEAD, as the working tree has it', async () => {
    const tree = await read({ ref: 'HEAD' });
    expect(asText(tree)).toEqual(await workingTreeOf(repo, 'campaigns'));
    expect(tree.files.map((f) => f.path)).toContain('campaigns/lula/big-game-2027.yaml');
  });

  it('shows paths as the loader does from a subfolder: relative inside the working directory, absolute outside it', async () => {
    const cwd = path.join(repo, 'campaigns');
    const tree = await read({ cwd, dir: '.', config: '../campaignctl.yaml' });
    expect(asText(tree)).toEqual(await workingTreeOf(path.join(baseCheckout, 'campaigns'), '.'));
    expect(tree.config!.path).toBe(path.join(repo, 'campaignctl.yaml'));
    const topsort = await read({ cwd, dir: 'topsort', config: '../campaignctl.yaml' });
    expect(topsort.files.map((f) => f.path)).toEqual(['topsort/winter-kitchen.yaml']);
    const fromOps = await read({ cwd: path.join(repo, 'ops'), dir: '../campaigns/lula', config: 'campaignctl.yaml' });
    expect(fromOps.files.map((f) => f.path)).toEqual([path.join(repo, 'campaigns', 'lula', 'big-game.yaml')]);
  });

  it('reads a single file given as the folder', async () => {
    const tree = await read({ dir: 'campaigns/masivo/coffee.yaml' });
    expect(tree.files.map((f) => f.path)).toEqual(['campaigns/masivo/coffee.yaml']);
  });

  it('gives nothing for a folder or configuration the revision does not have yet', async () => {
    const tree = await read({ dir: 'campaigns/later', config: 'ops/campaignctl.yaml' });
    expect(tree.files).toEqual([]);
    expect(tree.config).toBeUndefined();
  });
});

describe('what cannot be read', () => {
  async function failure(p: Promise<unknown>): Promise<GitBaseError> {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GitBaseError);
    return err as GitBaseError;
  }

  it('names a revision git does not know and says how to get it', async () => {
    const sha = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
    const err = await failure(read({ ref: sha }));
    expect(err.kind).toBe('unknown-revision');
    expect(err.message).toBe(`git does not know ${sha}; fetch it first, e.g. git fetch origin ${sha}`);
    expect((await failure(read({ ref: 'no-such-branch' }))).kind).toBe('unknown-revision');
  });

  it('takes a revision for a revision, never for an option', async () => {
    const target = path.join(tmp, 'injected');
    const err = await failure(read({ ref: `--output=${target}` }));
    expect(err.kind).toBe('unknown-revision');
    expect(existsSync(target)).toBe(false);
  });

  it('says when the working directory is not in a git repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'campaignctl-no-repo-'));
    try {
      const err = await failure(read({ cwd: outside, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: path.dirname(outside) } }));
      expect(err.kind).toBe('not-a-repository');
      expect(err.message).toBe(`${outside} is not in a git repository; --base reads the campaign files from git`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says when the configuration or the folder lies outside the repository', async () => {
    const config = await failure(read({ config: '../elsewhere/campaignctl.yaml' }));
    expect(config.kind).toBe('outside-repository');
    expect(config.message).toBe(
      `the configuration file ${path.join(tmp, 'elsewhere', 'campaignctl.yaml')} is outside the git repository at ${git(repo, 'rev-parse', '--show-toplevel')}: --base can only read files git tracks`,
    );
    expect((await failure(read({ dir: '..' }))).kind).toBe('outside-repository');
  });

  it('names a file whose content the clone does not have', async () => {
    const shallow = path.join(tmp, 'missing-blob');
    mkdirSync(shallow);
    git(shallow, 'init', '-q', '-b', 'main');
    write(shallow, 'campaigns/a.yaml', 'id: 1\n');
    git(shallow, 'add', '-A');
    git(shallow, 'commit', '-q', '-m', 'one');
    const oid = git(shallow, 'rev-parse', 'HEAD:campaigns/a.yaml');
    unlinkSync(path.join(shallow, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const err = await failure(read({ cwd: shallow, ref: 'main' }));
    expect(err.kind).toBe('missing-object');
    expect(err.message).toBe('git does not have campaigns/a.yaml as of main (a shallow or partial clone?); fetch the revision first, e.g. git fetch origin main');
  });

  it('says when git is not there', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'campaignctl-no-git-'));
    try {
      const err = await failure(read({ env: { ...GIT_ENV, PATH: empty } }));
      expect(err.kind).toBe('git-missing');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('many files', () => {
  const COUNT = 10_000;
  const fileOf = (i: number) => `campaigns/shard-${i % 37}/campaign-${i}.yaml`;
  let big = '';
  let shim = '';
  beforeAll(() => {
    big = path.join(tmp, 'big');
    mkdirSync(big);
    git(big, 'init', '-q', '-b', 'main');
    // One commit of 10,000 files written straight into git (no working tree to write and add).
    const blob = (file: string, text: string) => `M 100644 inline ${file}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
    let stream = `commit refs/heads/main\ncommitter Test <test@example.test> 1700000000 +0000\ndata 4\nmany\n${blob('campaignctl.yaml', TEST_CONFIG)}`;
    for (let i = 0; i < COUNT; i++) stream += blob(fileOf(i), `id: ${i}\n`);
    execFileSync('git', ['fast-import', '--quiet'], { cwd: big, env: GIT_ENV, input: stream });
    // A git that logs each run, to count the processes.
    shim = path.join(tmp, 'shim');
    mkdirSync(shim);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "$GIT_RUN_LOG"\nexec ${realGit} "$@"\n`);
    chmodSync(path.join(shim, 'git'), 0o755);
  });

  it('reads 10,000 files with four git processes, every blob through one', async () => {
    const log = path.join(tmp, 'git-runs.log');
    const tree = await readBaseTree({
      ref: 'main',
      cwd: big,
      config: 'campaignctl.yaml',
      dir: 'campaigns',
      env: { ...GIT_ENV, PATH: `${shim}${path.delimiter}${process.env.PATH ?? ''}`, GIT_RUN_LOG: log },
    });
    expect(tree.files).toHaveLength(COUNT);
    // In discover's order: folder by folder, names compared as strings.
    const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = Array.from({ length: COUNT }, (_, i) => fileOf(i)).sort(byName);
    expect(tree.files.map((f) => f.path)).toEqual(expected);
    for (const f of tree.files) expect(Buffer.from(f.text).toString('utf8')).toBe(`id: ${/campaign-(\d+)/.exec(f.path)![1]}\n`);
    const runs = readFileSync(log, 'utf8').trim().split('\n');
    expect(runs).toHaveLength(4);
    expect(runs.filter((r) => r.startsWith('cat-file'))).toEqual(['cat-file --batch']);
  });
});
