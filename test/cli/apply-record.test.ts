/**
 * The last-applied record and the progress lines of apply, over real HTTP against the sandbox:
 * the record is merged into the file as it is on disk when apply saves it (never overwritten with
 * the copy read at the start), one that cannot be read is an error naming its path, and the
 * "wrote N campaigns" line counts the writes the vendor accepted.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { ACCOUNT, buildFleet, patchedId, until } from '../resilience/fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const RECORD = path.join('.campaignctl', 'last-applied.json');
const OTHER = { 'topsort/marketplace-us/0c9a3e52-4f1d-4b7e-9a26-5d8e1f3b7c40': { productIds: `sha256:${'b'.repeat(64)}` } };

const topsortFiles = Object.fromEntries(
  ['winter-kitchen-sponsored-listings', 'coffee-autobidding-roas', 'holiday-gifting-banner', 'small-appliances-cpa'].map((f) => [
    `campaigns/topsort/${f}.yaml`,
    readFileSync(new URL(`../../campaigns/topsort/${f}.yaml`, import.meta.url), 'utf8'),
  ]),
);

describe('the last-applied record', () => {
  it('is merged into the file as it is when apply saves it: an entry written meanwhile is kept', async () => {
    const fleet = buildFleet({ size: 10, withProductIds: 10 });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: 200 } });
    const e = t;
    const applying = e.apply();
    // While the writes are on their way, another writer records a campaign of another account.
    await until(() => e.sb.requests().some((r) => patchedId(r) !== undefined), 30_000, 'the first write');
    mkdirSync(path.join(e.project.dir, '.campaignctl'), { recursive: true });
    writeFileSync(path.join(e.project.dir, RECORD), `${JSON.stringify({ format_version: 1, campaigns: OTHER })}\n`);
    const r = await applying;
    expect(r.status, r.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(e.project.dir, RECORD), 'utf8')) as LastAppliedRecord;
    expect(Object.keys(saved.campaigns).sort()).toEqual([...Object.keys(OTHER), ...fleet.campaigns.map((c) => `topsort/${ACCOUNT}/${c.id}`)].sort());
    expect(saved.campaigns).toMatchObject(OTHER);
  });

  it('that is a directory is an error naming its path, for plan and apply, before any request', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: topsortFiles });
    mkdirSync(path.join(t.project.dir, RECORD), { recursive: true });
    for (const args of [['plan'], ['apply', '--auto-approve']]) {
      t.sb.clearRequests();
      const r = await t.run(args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${RECORD}:1:1: error: the last-applied record is a directory, not a file\n  hint: move the directory away, or name another file with --last-applied FILE\n`);
      expect(r.stderr).not.toContain('EISDIR');
      expect(t.sb.requests()).toEqual([]);
    }
  });

  it('that cannot be saved after the writes: the result is shown all the same, then why, and apply exits 1', async () => {
    const fleet = buildFleet({ size: 4, withProductIds: 4 });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state, sandbox: { latencyMs: 200 } });
    const e = t;
    const applying = e.apply();
    await until(() => e.sb.requests().some((r) => patchedId(r) !== undefined), 30_000, 'the first write');
    rmSync(path.join(e.project.dir, RECORD), { force: true });
    mkdirSync(path.join(e.project.dir, RECORD), { recursive: true });
    const r = await applying;
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Apply complete: 4 applied, 0 failed');
    expect(r.stderr).toContain(
      `campaignctl: the last-applied record ${RECORD} could not be saved (the last-applied record is a directory, not a file); what was applied stands, and the next apply sends its write-only fields again.`,
    );
  });
});

describe('apply progress', () => {
  it('"wrote N campaigns" counts the writes the vendor accepted, not the campaigns refused', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: topsortFiles });
    expect((await t.run(['plan', '--out', 'plan.json'])).status).toBe(0);
    // The winter campaign moves in the dashboard after the plan: it is refused as stale.
    const state = structuredClone(t.sb.state());
    const winter = state.topsort!.campaigns.find((c) => c.campaignId === '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b')!;
    (winter.budget as { amount: number }).amount = 19000;
    t.sb.setState(state);
    const r = await t.run(['apply', 'plan.json']);
    expect(r.stdout).toContain('2 applied, 0 failed, 1 refused as stale, 1 unchanged');
    expect(r.stderr).toMatch(/^marketplace-eu: wrote 2 campaigns in [\d.]+s$/m);
    expect(r.stderr).toMatch(/^marketplace-eu: verified 2 campaigns in [\d.]+s$/m);
    expect(r.stderr).not.toMatch(/wrote 3 campaigns/);
  });
});
