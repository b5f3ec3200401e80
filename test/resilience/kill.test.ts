/**
 * An apply killed with SIGKILL halfway (no handler runs, nothing is flushed), then run again,
 * converges: the second run writes exactly what the first did not finish, and rewrites nothing
 * the first finished except write-only fields.
 *
 * Why those: the last-applied record is written once, at the end of an apply. A killed apply
 * never writes it, so the next plan cannot know that the write-only `productIds` of the campaigns
 * the killed run finished were sent, and sends them again. That is harmless (a PATCH sets a value;
 * sending the same one twice leaves the same state) and is the price of writing the record once
 * per run; the test pins it down so that it stays a deliberate trade-off.
 *
 * The CLI runs as a child process (a real SIGKILL); the sandbox runs in this process, standing
 * for the vendor, which outlives its client.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, type E2E } from '../helpers/e2e.js';
import { accepted, ACCOUNT, buildFleet, liveValue, patchedId, spawnCli, unjustifiedWrites, until, writeHistories } from './fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SIZE = 120;
/** The first campaigns are banners whose YAML also sets the write-only `productIds`. */
const WITH_PRODUCT_IDS = 6;
const LATENCY_MS = 50;

describe('apply killed with SIGKILL, then run again', () => {
  it('converges: the second run writes what the first did not finish, and resends only write-only fields of the rest', async () => {
    const fleet = buildFleet({ size: SIZE, withProductIds: WITH_PRODUCT_IDS });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: LATENCY_MS } });
    const sb = t.sb;
    const writes = () => sb.requests().filter((r) => patchedId(r) !== undefined);

    const killed = spawnCli(['apply', '--auto-approve'], t.project.dir, t.env);
    await until(() => writes().filter(accepted).length >= SIZE / 3, 30_000, 'a third of the writes');
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Writes already on their way when it died still reach the vendor: wait until the log has
    // been quiet for a few answer times.
    let seen = -1;
    let quietSince = Date.now();
    await until(() => {
      const now = writes().length;
      if (now !== seen) [seen, quietSince] = [now, Date.now()];
      return Date.now() - quietSince > LATENCY_MS * 4;
    }, 10_000, 'the log to settle');

    const firstRun = writes();
    const finished = new Set(firstRun.filter(accepted).map(patchedId));
    expect(finished.size).toBeGreaterThan(0);
    expect(finished.size).toBeLessThan(SIZE);
    expect(firstRun.every(accepted)).toBe(true);
    // The record of what was last applied is written at the end of a run: this one never got there.
    expect(existsSync(path.join(t.project.dir, '.campaignctl', 'last-applied.json'))).toBe(false);

    // The plan: everything unfinished, plus the write-only field of the finished banners.
    const banners = new Set(fleet.campaigns.filter((c) => c.productIds).map((c) => c.id));
    const resent = [...finished].filter((id) => banners.has(id!));
    expect(resent.length).toBeGreaterThan(0); // the banners come first, so the killed run wrote some
    const planned = await t.plan();
    expect(planned.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: SIZE - finished.size + resent.length, no_change: finished.size - resent.length, error: 0, needs_approval: 0 });
    for (const a of planned.plan.actions) {
      if (!finished.has(a.id)) expect(a.action).toBe('update');
      else if (banners.has(a.id!)) expect(a.changes).toEqual([expect.objectContaining({ path: 'productIds', write_only: true })]);
      else expect(a.action).toBe('no_change');
    }

    sb.clearRequests();
    const again = await t.apply();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Apply complete: ${SIZE - finished.size + resent.length} applied, 0 failed`);
    const secondRun = writes();
    const rewritten = secondRun.map(patchedId).filter((id) => finished.has(id));
    expect(rewritten.sort()).toEqual(resent.sort());
    expect(unjustifiedWrites(writeHistories(secondRun))).toEqual([]);
    // Across both runs: one accepted write per changed campaign, plus the resent write-only fields.
    expect(firstRun.filter(accepted).length + secondRun.filter(accepted).length).toBe(SIZE + resent.length);

    // Every change landed as the YAML says, write-only fields included, and the record now holds them.
    const state = sb.state().topsort!;
    expect(fleet.campaigns.filter((c) => liveValue(state, c) !== c.want).map((c) => c.id)).toEqual([]);
    const writeOnly = state.writeOnly as Record<string, { productIds?: string[] }>;
    for (const c of fleet.campaigns.filter((x) => x.productIds)) expect(writeOnly[c.id]?.productIds).toEqual(c.productIds);
    const after = await t.plan();
    expect(after.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: SIZE, error: 0, needs_approval: 0 });
  }, 60_000);
});
