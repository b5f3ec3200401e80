/**
 * Two applies at once on one repository (engine/apply-lock.ts): the CLI runs as child processes
 * against a sandbox in this process, with 200 ms of latency so that the runs overlap. One apply at
 * a time holds the lock beside the last-applied record; the other refuses at once, naming the
 * holder, or waits with --lock-timeout and then finds nothing left to do. Every change is written
 * once, and the record keeps every entry. A lock left by a dead process is taken over; one of a
 * live process, or of another host, never is.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { accepted, ACCOUNT, buildFleet, patchedId, spawnCli, until, type ChildRun, type Fleet } from './fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SIZE = 50;
const LOCK = path.join('.campaignctl', 'last-applied.json.lock');

/** 50 campaigns, each drifted in one field and carrying the write-only `productIds`, so each gets a record entry. */
async function fleetProject(): Promise<{ t: E2E; fleet: Fleet }> {
  const fleet = buildFleet({ size: SIZE, withProductIds: SIZE });
  t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: 200 } });
  return { t, fleet };
}

const record = (e: E2E) => JSON.parse(readFileSync(path.join(e.project.dir, '.campaignctl', 'last-applied.json'), 'utf8')) as LastAppliedRecord;
const patches = (e: E2E) => e.sb.requests().filter((r) => patchedId(r) !== undefined);

/** Each campaign accepted exactly once, and no write beyond those. */
function expectEachWrittenOnce(e: E2E, fleet: Fleet): void {
  const ids = patches(e).filter(accepted).map(patchedId);
  expect(ids).toHaveLength(SIZE);
  expect(new Set(ids)).toEqual(new Set(fleet.campaigns.map((c) => c.id)));
}

function expectAllRecorded(e: E2E, fleet: Fleet): void {
  const entries = record(e).campaigns;
  expect(Object.keys(entries).sort()).toEqual(fleet.campaigns.map((c) => `topsort/${ACCOUNT}/${c.id}`).sort());
  for (const entry of Object.values(entries)) expect(Object.keys(entry)).toEqual(['productIds']);
}

/**
 * Two runs that overlap: the first writes one campaign at a time (50 × 200 ms), and the second
 * starts once the first holds the lock.
 */
async function overlapping(e: E2E, args: readonly [readonly string[], readonly string[]]): Promise<ChildRun[]> {
  const first = spawnCli([...args[0], '--concurrency', '1'], e.project.dir, e.env);
  await until(() => existsSync(path.join(e.project.dir, LOCK)), 30_000, 'the first apply to take the lock');
  return [first, spawnCli(args[1], e.project.dir, e.env)];
}

describe('two applies at once on one repository', () => {
  it('without --lock-timeout: the second refuses at once, naming the holder; each change is written once and all 50 are recorded', async () => {
    const { t, fleet } = await fleetProject();
    const [first, second] = (await overlapping(t, [['apply', '--auto-approve'], ['apply', '--auto-approve']])) as [ChildRun, ChildRun];
    const refused = await second.exited;
    expect(refused, second.stderr()).toEqual({ code: 1, signal: null });
    const pid = first.child.pid!;
    expect(second.stderr()).toMatch(
      new RegExp(
        `^campaignctl: another apply holds the lock ${LOCK.replaceAll('.', '\\.')}: pid ${pid} on this host \\(${hostname().replaceAll('.', '\\.')}\\), running campaignctl apply, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(\\d+ (ms|s) ago\\); nothing was read from or sent to any vendor\\. Wait for it to end, or pass --lock-timeout`,
      ),
    );
    expect(second.stdout()).toBe('');

    expect(await first.exited, first.stderr()).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toContain(`Apply complete: ${SIZE} applied, 0 failed`);
    expectEachWrittenOnce(t, fleet);
    expectAllRecorded(t, fleet);
    expect(existsSync(path.join(t.project.dir, LOCK))).toBe(false);
  }, 60_000);

  it('with --lock-timeout: the second waits, then plans what the first left (nothing) and writes nothing', async () => {
    const { t, fleet } = await fleetProject();
    const runs = await overlapping(t, [['apply', '--auto-approve'], ['apply', '--auto-approve', '--lock-timeout', '2m']]);
    const exits = await Promise.all(runs.map((r) => r.exited));
    expect(exits, runs.map((r) => r.stderr()).join('\n---\n')).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);
    expect(runs[1]!.stderr()).toContain(`Waiting up to 2 min for the apply lock ${LOCK}, held by pid ${runs[0]!.child.pid} on this host`);
    expect(runs[1]!.stdout()).toContain(`Apply complete: 0 applied, 0 failed, 0 refused as stale, ${SIZE} unchanged.`);
    expect(runs[0]!.stdout()).toContain(`Apply complete: ${SIZE} applied, 0 failed`);
    expectEachWrittenOnce(t, fleet);
    expectAllRecorded(t, fleet);
  }, 60_000);

  it('on disjoint --target halves: both apply, every entry is kept, and the next plan is empty', async () => {
    const { t, fleet } = await fleetProject();
    const targets = fleet.campaigns.map((c) => ['--target', `topsort/${ACCOUNT}/${c.id}`]);
    const half = (part: string[][]) => ['apply', '--auto-approve', '--lock-timeout', '2m', ...part.flat()];
    const runs = await overlapping(t, [half(targets.slice(0, SIZE / 2)), half(targets.slice(SIZE / 2))]);
    const exits = await Promise.all(runs.map((r) => r.exited));
    expect(exits, runs.map((r) => r.stderr()).join('\n---\n')).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);
    for (const r of runs) expect(r.stdout()).toContain(`Apply complete: ${SIZE / 2} applied, 0 failed`);
    expectEachWrittenOnce(t, fleet);
    expectAllRecorded(t, fleet);
    const next = await t.plan();
    expect(next.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: SIZE, error: 0, needs_approval: 0 });
  }, 60_000);
});

describe('a lock already there', () => {
  const topsortFiles = Object.fromEntries(
    ['winter-kitchen-sponsored-listings', 'coffee-autobidding-roas'].map((f) => [`campaigns/topsort/${f}.yaml`, readFileSync(new URL(`../../campaigns/topsort/${f}.yaml`, import.meta.url), 'utf8')]),
  );
  const writeLock = (e: E2E, holder: Record<string, unknown>) => {
    mkdirSync(path.join(e.project.dir, '.campaignctl'), { recursive: true });
    writeFileSync(path.join(e.project.dir, LOCK), `${JSON.stringify(holder)}\n`);
  };

  it('of a process that no longer runs, on this host: taken over, said so, and released at the end', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: topsortFiles });
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeLock(t, { pid: dead.pid, host: hostname(), started_at: '2026-11-23T11:00:00.000Z', command: 'campaignctl apply plan.json' });
    const r = await t.apply();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`campaignctl: took over the apply lock ${LOCK} from pid ${dead.pid} on this host (${hostname()}), running campaignctl apply plan.json, since 2026-11-23T11:00:00.000Z`);
    expect(r.stdout).toContain('Apply complete: 2 applied');
    expect(existsSync(path.join(t.project.dir, LOCK))).toBe(false);
  });

  it('of a live process: refused at once, naming it, with nothing read or sent; --lock-timeout waits, then refuses the same', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: topsortFiles });
    // The parent of this test process: alive, and not this process.
    const holder = { pid: process.ppid, host: hostname(), started_at: new Date(Date.now() - 180_000).toISOString() };
    writeLock(t, holder);
    const before = readFileSync(path.join(t.project.dir, LOCK), 'utf8');
    const r = await t.apply();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`campaignctl: another apply holds the lock ${LOCK}: pid ${process.ppid} on this host (${hostname()}), since ${holder.started_at} (3 min ago); nothing was read from or sent to any vendor.`);
    expect(r.stderr).toContain(`if no apply is running (the pid now belongs to another program), remove ${LOCK}.`);
    expect(t.sb.requests()).toEqual([]);
    const started = Date.now();
    const waited = await t.apply(['--lock-timeout', '1s']);
    expect(waited.status).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(waited.stderr).toContain(`Waiting up to 1 s for the apply lock ${LOCK}, held by pid ${process.ppid}`);
    expect(waited.stderr).toContain(`another apply holds the lock ${LOCK} after waiting 1 s: pid ${process.ppid}`);
    expect(t.sb.requests()).toEqual([]);
    expect(readFileSync(path.join(t.project.dir, LOCK), 'utf8')).toBe(before);
  });

  it('of another host: never taken over, whatever its pid; the refusal says how to remove it', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: topsortFiles });
    writeLock(t, { pid: 999_999_999, host: 'build-7.example', started_at: '2026-11-23T11:00:00.000Z' });
    const r = await t.apply();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `campaignctl: an apply on host build-7.example holds the lock ${LOCK}: pid 999999999 on build-7.example, since 2026-11-23T11:00:00.000Z`,
    );
    expect(r.stderr).toContain(`A lock from another host is never taken over, since this host cannot tell whether that apply still runs: if none is running on build-7.example, remove ${LOCK} and apply again.`);
    expect(t.sb.requests()).toEqual([]);
    expect(existsSync(path.join(t.project.dir, LOCK))).toBe(true);
  });
});
