/** The apply lock (engine/apply-lock.ts) under contention, in one process: exactly one holder at a time. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireApplyLock, lockFileFor, type ApplyLock, type LockRefusal } from '../../src/engine/apply-lock.js';

let dir: string;
let record: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-lock-'));
  record = path.join(dir, '.campaignctl', 'last-applied.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const isLock = (x: ApplyLock | LockRefusal): x is ApplyLock => 'release' in x;

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('the apply lock', () => {
  it('goes to exactly one of many applies asking at once; the others are told who holds it', async () => {
    const got = await Promise.all(Array.from({ length: 8 }, () => acquireApplyLock(record, { timeoutMs: 0, command: 'campaignctl apply' })));
    const locks = got.filter(isLock);
    expect(locks).toHaveLength(1);
    for (const r of got.filter((x) => !isLock(x))) {
      expect(r).toEqual({ kind: 'held', sameHost: true, holder: expect.objectContaining({ pid: process.pid, host: hostname(), command: 'campaignctl apply' }) });
    }
    await locks[0]!.release();
    expect(existsSync(lockFileFor(record))).toBe(false);
    const again = await acquireApplyLock(record, { timeoutMs: 0 });
    expect(isLock(again)).toBe(true);
    if (isLock(again)) await again.release();
  });

  it('of a dead holder goes to exactly one of several applies taking it over at once', async () => {
    const pid = await deadPid();
    const file = lockFileFor(record);
    const first = await acquireApplyLock(record, { timeoutMs: 0 });
    if (!isLock(first)) throw new Error('test bug: no lock');
    await first.release();
    writeFileSync(file, JSON.stringify({ pid, host: hostname(), started_at: '2026-11-23T11:00:00.000Z' }));
    const takeovers: number[] = [];
    const got = await Promise.all(Array.from({ length: 6 }, () => acquireApplyLock(record, { timeoutMs: 0, onTakeover: (h) => takeovers.push(h.pid) })));
    expect(got.filter(isLock)).toHaveLength(1);
    expect(takeovers).toEqual([pid]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    await got.find(isLock)!.release();
  });

  it('waits for a holder that releases within the timeout', async () => {
    const held = await acquireApplyLock(record, { timeoutMs: 0 });
    if (!isLock(held)) throw new Error('test bug: no lock');
    setTimeout(() => void held.release(), 300);
    const waits: unknown[] = [];
    const next = await acquireApplyLock(record, { timeoutMs: 5_000, onWait: (h) => waits.push(h?.pid) });
    expect(isLock(next)).toBe(true);
    expect(waits).toEqual([process.pid]);
    if (isLock(next)) await next.release();
  });

  it('that says nothing of its holder is not taken over; release leaves a lock that is not its own', async () => {
    const file = lockFileFor(record);
    const held = await acquireApplyLock(record, { timeoutMs: 0 });
    if (!isLock(held)) throw new Error('test bug: no lock');
    writeFileSync(file, '');
    await held.release();
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(await acquireApplyLock(record, { timeoutMs: 0 })).toEqual({ kind: 'unreadable', reason: 'it is empty' });
  });

  it('stops waiting when interrupted', async () => {
    mkdirSync(path.dirname(record), { recursive: true });
    writeFileSync(lockFileFor(record), JSON.stringify({ pid: process.ppid, host: hostname(), started_at: '2026-11-23T11:00:00.000Z' }));
    const interrupt = new AbortController();
    setTimeout(() => interrupt.abort(), 200);
    const started = Date.now();
    expect(await acquireApplyLock(record, { timeoutMs: 60_000, signal: interrupt.signal })).toEqual({ kind: 'interrupted' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
