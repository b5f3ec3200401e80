/**
 * SIGINT, sent to the CLI as a real process (the sandbox runs in this test's process, on
 * loopback, with 200 ms of latency so that writes are caught in flight):
 * - apply lets the writes in flight finish (each is confirmed and counted as applied), starts no
 *   new one, prints what was done ("Apply interrupted: …") and exits 130; apply again converges;
 * - plan interrupted while reading exits 130 and says it was interrupted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, type E2E } from '../helpers/e2e.js';
import { accepted, ACCOUNT, buildFleet, liveValue, patchedId, spawnCli, until } from './fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SIZE = 60;
const LATENCY_MS = 200;
/** The default per-account concurrency: at most this many writes are in flight at once. */
const CONCURRENCY = 8;
/**
 * A request released just as the signal was on its way may reach the sandbox a moment after it
 * was sent; anything later was started after the CLI had seen the signal.
 */
const GRACE_MS = 100;

describe('SIGINT', () => {
  it('apply: writes in flight finish and are counted, none starts after the signal, the tally is printed, exit 130', async () => {
    const fleet = buildFleet({ size: SIZE });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: LATENCY_MS } });
    const sb = t.sb;
    const writes = () => sb.requests().filter((r) => patchedId(r) !== undefined);

    const run = spawnCli(['apply', '--auto-approve'], t.project.dir, t.env);
    // One full wave of writes has been answered; a moment later the next wave is in flight (for
    // another 150 ms at least).
    await until(() => writes().length >= CONCURRENCY, 30_000, `${CONCURRENCY} answered writes`);
    await new Promise((r) => setTimeout(r, LATENCY_MS / 4));
    const signalledAt = Date.now();
    const answeredBefore = writes().length;
    run.child.kill('SIGINT');
    const exit = await run.exited;
    const out = run.stdout();

    expect(exit, run.stderr()).toEqual({ code: 130, signal: null });
    expect(run.stderr() + out).not.toMatch(/\n\s+at /);

    const all = writes();
    // Writes in flight at the signal: sent before it, answered after it. They finished at the
    // vendor and the CLI waited for their answers and counted them as applied.
    const inFlight = all.slice(answeredBefore);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(all.every(accepted)).toBe(true);
    // None started after the signal (with 200 ms answers, a new wave would come 200 ms later).
    const late = all.filter((r) => r.receivedAt > signalledAt + GRACE_MS);
    expect(late.map((r) => `${r.path} received ${r.receivedAt - signalledAt} ms after the signal`)).toEqual([]);

    // The tally: what landed is applied, the rest not applied; nothing failed.
    const done = all.length;
    expect(done).toBeLessThan(SIZE);
    expect(out).toContain(`Apply interrupted: ${done} applied, 0 failed, 0 refused as stale, 0 unchanged, ${SIZE - done} not applied.`);
    for (const r of all) expect(out).toContain(`✓ topsort/${ACCOUNT}/${patchedId(r)}: applied`);
    expect(out.match(/: not applied: interrupted/g)).toHaveLength(SIZE - done);
    // The campaigns written hold the YAML's values; the others are untouched.
    const written = new Set(all.map(patchedId));
    const state = sb.state().topsort!;
    for (const c of fleet.campaigns) {
      if (written.has(c.id)) expect(liveValue(state, c)).toEqual(c.want);
      else expect(liveValue(state, c)).not.toEqual(c.want);
    }

    // Apply again: the rest lands, nothing is written twice, and the next plan is empty.
    sb.clearRequests();
    const again = await t.apply();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Apply complete: ${SIZE - done} applied, 0 failed, 0 refused as stale, ${done} unchanged.`);
    const second = writes().map(patchedId);
    expect(second).toHaveLength(SIZE - done);
    expect(second.filter((id) => written.has(id))).toEqual([]);
    const plan = await t.plan();
    expect(plan.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: SIZE, error: 0, needs_approval: 0 });
  }, 60_000);

  it('apply through faults and a rate limit: no retry and no queued write starts after the signal', async () => {
    const fleet = buildFleet({ size: SIZE });
    t = await e2e({
      vendor: 'topsort',
      account: ACCOUNT,
      files: fleet.files,
      state: fleet.state,
      sandbox: { latencyMs: 100, failRate: 0.2, rateLimit: 30, seed: 5 },
    });
    const sb = t.sb;
    const writes = () => sb.requests().filter((r) => patchedId(r) !== undefined);

    const run = spawnCli(['apply', '--auto-approve'], t.project.dir, t.env);
    // Wait until some writes were refused with a fault: their retries are pending (backing off,
    // or queued behind the pace) when the signal comes.
    await until(() => writes().filter((r) => r.status >= 500).length >= 3 && writes().length >= 12, 30_000, 'writes and faults');
    const signalledAt = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exited;
    const out = run.stdout();
    expect(exit, run.stderr()).toEqual({ code: 130, signal: null });

    const all = writes();
    const late = all.filter((r) => r.receivedAt > signalledAt + GRACE_MS);
    expect(late.map((r) => `${r.path} (${r.status}) received ${r.receivedAt - signalledAt} ms after the signal`)).toEqual([]);
    // Every write the vendor accepted is reported applied; the others (faulted and not retried,
    // or never sent) are not applied; none failed.
    const landed = new Set(all.filter(accepted).map(patchedId));
    expect(out).toContain(`Apply interrupted: ${landed.size} applied, 0 failed, 0 refused as stale, 0 unchanged, ${SIZE - landed.size} not applied.`);
    for (const id of landed) expect(out).toContain(`✓ topsort/${ACCOUNT}/${id}: applied`);
    const state = sb.state().topsort!;
    for (const c of fleet.campaigns) expect(liveValue(state, c) === c.want).toBe(landed.has(c.id));
  }, 60_000);

  it('plan: interrupted while reading, exits 130 and says so', async () => {
    const fleet = buildFleet({ size: 250 });
    // Three list pages of 100, one at a time, 1 s each: the signal comes while they are read.
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: 1_000 } });
    const sb = t.sb;
    const run = spawnCli(['plan'], t.project.dir, t.env);
    await until(() => sb.requests().length >= 1, 30_000, 'the first list page');
    const signalledAt = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exited;
    expect(exit, run.stderr()).toEqual({ code: 130, signal: null });
    expect(run.stderr()).toContain('interrupted');
    expect(run.stderr() + run.stdout()).not.toMatch(/\n\s+at /);
    // It stopped reading: no page was asked for after the signal, and the CLI did not wait for
    // the page it had asked for (a read changes nothing, so it is cancelled rather than awaited).
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    expect(sb.requests().filter((r) => r.receivedAt > signalledAt + 500)).toEqual([]);
    expect(sb.requests().every((r) => r.method === 'GET')).toBe(true);
  }, 60_000);
});
