/**
 * 500 changes through a vendor that fails a fifth of all requests (500/502/503) and limits the
 * account to a tight rate: apply converges, nothing is lost and nothing is written twice.
 *
 * "Converges" means: after at most two applies, every campaign's live state equals the YAML and
 * a fresh plan has nothing to do. A second apply is allowed (not required) because a write that
 * meets six faults in a row exhausts its retries (0.2^6 per write, about 3% that one of 500 does)
 * and is reported failed; that is the client's bounded patience working as designed, and the next
 * apply must then finish exactly those campaigns and rewrite none of the others.
 *
 * "No write beyond those its failures justify": the sandbox answers a fault or a 429 before it
 * touches state, so per campaign the writes it logged must read "refused for a cause any number
 * of times, then accepted once, then nothing". A retry after an answer that was lost (a timeout
 * after the vendor applied) would show as a second acceptance; the client's 30 s timeouts are
 * far above the sandbox's answer time here, so none may occur.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, type E2E } from '../helpers/e2e.js';
import { accepted, ACCOUNT, buildFleet, liveValue, patchedId, RETRYABLE, unjustifiedWrites, writeHistories } from './fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SIZE = 500;

describe('apply of 500 changes through faults and a tight rate limit', () => {
  it('converges with every change landed exactly once, and every extra write caused by a fault or a 429', async () => {
    const fleet = buildFleet({ size: SIZE });
    t = await e2e({
      vendor: 'topsort',
      account: ACCOUNT,
      files: fleet.files,
      state: fleet.state,
      // 40 requests a second against 8 concurrent requests that the sandbox answers in a
      // millisecond: the limit binds all along (500 writes alone take 12.5 s at that pace).
      sandbox: { failRate: 0.2, rateLimit: 40, seed: 7 },
    });

    const started = performance.now();
    const first = await t.apply();
    expect(first.stderr + first.stdout).not.toMatch(/\n\s+at /);
    expect(first.stdout).toContain(`Plan: ${SIZE} to update`);
    const tally = /Apply complete: (\d+) applied, (\d+) failed, (\d+) refused as stale/.exec(first.stdout);
    expect(tally, first.stdout.slice(-2000)).not.toBeNull();
    const [applied, failed, stale] = tally!.slice(1).map(Number) as [number, number, number];
    expect(stale).toBe(0);
    expect(applied + failed).toBe(SIZE);
    expect(first.status).toBe(failed === 0 ? 0 : 1);

    let runs = 1;
    if (failed > 0) {
      // Only writes whose retries ran out (six 5xx answers in a row) may fail; the next apply
      // finishes exactly those.
      expect(first.stdout.match(/: failed: .*/g)!.filter((l) => !/: 50[0234] .*\(after \d+ attempts\)/.test(l))).toEqual([]);
      const second = await t.apply();
      runs++;
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/Apply complete: \d+ applied, 0 failed, 0 refused as stale/);
    }

    const elapsed = performance.now() - started;
    const log = t.sb.requests();
    const statuses = log.map((r) => r.status);
    // The faults were real, and so was the limit: the client learns it from Topsort's rate headers
    // and paces to it (429s stay rare), so the applies took about as long as the limit demands.
    expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(SIZE / 10);
    const counted = statuses.filter((s) => s !== 429).length;
    expect(elapsed).toBeGreaterThan(((counted - 40) / 40) * 1000);
    // Nothing but answers that justify a retry, and the accepted ones.
    expect(statuses.filter((s) => !(s >= 200 && s < 300) && !RETRYABLE.has(s))).toEqual([]);

    // Exactly one accepted PATCH per changed campaign, for the changed campaigns only.
    const writes = log.filter((r) => patchedId(r) !== undefined);
    expect(writes).toHaveLength(log.filter((r) => r.method !== 'GET').length);
    const acceptedIds = writes.filter(accepted).map((r) => patchedId(r));
    expect(acceptedIds).toHaveLength(SIZE);
    expect(new Set(acceptedIds)).toEqual(new Set(fleet.campaigns.map((c) => c.id)));
    // Every other write was refused with a cause, before the accepted one, never after it.
    expect(unjustifiedWrites(writeHistories(log))).toEqual([]);
    expect(writes.length).toBe(SIZE + writes.filter((r) => RETRYABLE.has(r.status)).length);

    // Live state equals the YAML: the drifted field of every campaign holds the YAML's value, and
    // a fresh plan (itself through the faults) has nothing to do.
    const state = t.sb.state().topsort!;
    expect(fleet.campaigns.filter((c) => liveValue(state, c) !== c.want).map((c) => c.id)).toEqual([]);
    const after = await t.plan();
    expect(after.status).toBe(0);
    expect(after.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: SIZE, error: 0, needs_approval: 0 });
    expect(runs).toBeLessThanOrEqual(2);
  }, 120_000);
});
