/**
 * scripts/state-branch.sh, the way the apply and plan workflows use it, against a bare repository
 * standing in for GitHub: no branch yet is no error, the first push creates the orphan branch, an
 * unchanged record adds no commit, a refused push is retried on the new tip, and the caller's
 * checkout (HEAD, index, working tree) is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/state-branch.sh');
const hasGit = spawnSync('git', ['--version']).status === 0;
const BRANCH = 'campaignctl-state';
const RECORD = '.campaignctl/last-applied.json';

let root: string;
let origin: string;
let work: string;

const gitEnv = {
  ...process.env,
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

function state(cwd: string, action: 'fetch' | 'push', file = RECORD, env: Record<string, string> = {}) {
  const r = spawnSync('bash', [SCRIPT, action, BRANCH, 'last-applied.json', file], { cwd, env: { ...gitEnv, ...env }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function clone(name: string): string {
  const dir = path.join(root, name);
  git(root, 'clone', '--quiet', '--depth', '1', `file://${origin}`, dir);
  return dir;
}

beforeEach(() => {
  if (!hasGit) return;
  root = mkdtempSync(path.join(tmpdir(), 'campaignctl-state-'));
  origin = path.join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  const seed = path.join(root, 'seed');
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  writeFileSync(path.join(seed, 'campaignctl.yaml'), 'accounts: {}\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'campaigns');
  git(seed, 'push', '--quiet', origin, 'main');
  work = clone('work');
});
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!hasGit)('the last-applied record on an orphan branch', () => {
  it('starts without a record when the branch does not exist yet, then creates it on push', () => {
    const fetched = state(work, 'fetch');
    expect(fetched.status).toBe(0);
    expect(fetched.out).toContain("no branch 'campaignctl-state' on origin yet");
    expect(existsSync(path.join(work, RECORD))).toBe(false);

    // Apply wrote no record (nothing write-only was sent): nothing to push, no failure.
    expect(state(work, 'push').status).toBe(0);
    expect(git(origin, 'branch', '--list', BRANCH)).toBe('');

    mkdirSync(path.join(work, '.campaignctl'));
    writeFileSync(path.join(work, RECORD), '{"format_version":1,"campaigns":{"a/b/c":{"x":"sha256:1"}}}\n');
    const pushed = state(work, 'push', RECORD, { GITHUB_SHA: 'abcdef1234567', GITHUB_RUN_ID: '77' });
    expect(pushed.out).toContain("pushed last-applied.json to 'campaignctl-state'");
    expect(pushed.status).toBe(0);
    // An orphan branch: one commit, no parent, only the record and a README.
    expect(git(origin, 'rev-list', '--count', BRANCH)).toBe('1');
    expect(git(origin, 'ls-tree', '--name-only', BRANCH).split('\n').sort()).toEqual(['README.md', 'last-applied.json']);
    expect(git(origin, 'log', '-1', '--format=%s', BRANCH)).toBe('campaignctl apply of abcdef1 (run 77)');
    // The caller's checkout is as it was.
    expect(git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(work, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  });

  it('lets a later run (a pull-request plan, the next apply) fetch it; an unchanged record adds no commit', () => {
    mkdirSync(path.join(work, '.campaignctl'));
    writeFileSync(path.join(work, RECORD), '{"v":1}\n');
    expect(state(work, 'push').status).toBe(0);

    const later = clone('later');
    const fetched = state(later, 'fetch');
    expect(fetched.status).toBe(0);
    expect(readFileSync(path.join(later, RECORD), 'utf8')).toBe('{"v":1}\n');

    const again = state(later, 'push');
    expect(again.out).toContain('already up to date');
    expect(git(origin, 'rev-list', '--count', BRANCH)).toBe('1');

    writeFileSync(path.join(later, RECORD), '{"v":2}\n');
    expect(state(later, 'push').status).toBe(0);
    expect(git(origin, 'rev-list', '--count', BRANCH)).toBe('2');
    expect(git(origin, 'show', `${BRANCH}:last-applied.json`)).toBe('{"v":2}');
  });

  it('retries once on the new tip when the push is refused', () => {
    mkdirSync(path.join(work, '.campaignctl'));
    writeFileSync(path.join(work, RECORD), '{"v":1}\n');
    expect(state(work, 'push').status).toBe(0);
    // The remote refuses the first update it sees, as when another push won the race.
    const hook = path.join(origin, 'hooks', 'update');
    writeFileSync(hook, `#!/bin/sh\nif [ ! -f "${root}/refused" ]; then touch "${root}/refused"; echo "refused once" >&2; exit 1; fi\nexit 0\n`);
    chmodSync(hook, 0o755);
    writeFileSync(path.join(work, RECORD), '{"v":2}\n');
    const pushed = state(work, 'push');
    expect(pushed.out).toContain('retrying on the new tip');
    expect(pushed.status).toBe(0);
    expect(git(origin, 'show', `${BRANCH}:last-applied.json`)).toBe('{"v":2}');
  });

  it('refuses names that are not a file at the branch root', () => {
    const r = spawnSync('bash', [SCRIPT, 'fetch', BRANCH, '../x.json', RECORD], { cwd: work, env: gitEnv, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('must be a file name at the branch');
  });
});
