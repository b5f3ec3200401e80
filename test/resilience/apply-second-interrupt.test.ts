/**
 * A second Ctrl-C during apply means "now": the CLI (a real process) exits 130 without waiting for
 * the writes in flight, but not before it has saved, into the last-applied record, what the writes
 * already answered sent; and it releases the apply lock. Never "32 applied, 0 recorded".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { accepted, ACCOUNT, buildFleet, patchedId, spawnCli, until } from './fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SIZE = 60;
const LATENCY_MS = 200;

describe('a second SIGINT during apply', () => {
  it('saves the record of every write already answered, releases the lock, then exits 130', async () => {
    const fleet = buildFleet({ size: SIZE, withProductIds: SIZE });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: LATENCY_MS } });
    const sb = t.sb;
    const writes = () => sb.requests().filter((r) => patchedId(r) !== undefined);

    const run = spawnCli(['apply', '--auto-approve'], t.project.dir, t.env);
    await until(() => writes().filter(accepted).length >= 16, 30_000, 'two waves of answered writes');
    const signalledAt = Date.now();
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGINT');
    const exit = await run.exited;
    expect(exit, run.stderr()).toEqual({ code: 130, signal: null });
    expect(run.stderr() + run.stdout()).not.toMatch(/\n\s+at /);

    // Answered well before the first signal: the CLI had their answers, so they must be recorded.
    const answered = writes().filter((r) => accepted(r) && r.receivedAt + LATENCY_MS < signalledAt - 100).map(patchedId);
    expect(answered.length).toBeGreaterThanOrEqual(8);
    const file = path.join(t.project.dir, '.campaignctl', 'last-applied.json');
    expect(existsSync(file)).toBe(true);
    const recorded = Object.keys((JSON.parse(readFileSync(file, 'utf8')) as LastAppliedRecord).campaigns).map((a) => a.split('/')[2]);
    for (const id of answered) expect(recorded).toContain(id);
    // And nothing that was not accepted.
    const landed = new Set(writes().filter(accepted).map(patchedId));
    for (const id of recorded) expect(landed.has(id)).toBe(true);
    expect(recorded.length).toBeLessThan(SIZE);
    expect(run.stderr()).toContain(`campaignctl: stopped before the apply finished; recorded what was sent to ${recorded.length} campaigns in .campaignctl/last-applied.json.`);
    expect(existsSync(path.join(t.project.dir, '.campaignctl', 'last-applied.json.lock'))).toBe(false);
  }, 60_000);
});
