/**
 * Apply's guarantees over real HTTP, on one vendor (Topsort) since they are the engine's: a saved
 * plan refuses exactly the campaigns that moved since, and rate limits and server faults are
 * absorbed by retries without losing or duplicating a change.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/engine/plan-model.js';
import type { VendorObject } from '../../src/sandbox/fake.js';
import { e2e, type E2E } from '../helpers/e2e.js';

const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const COFFEE = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30';
const HOLIDAY = 'c41a9f07-2e6b-4d3c-8a15-f9b0e7d2c684';
const addr = (id: string) => `topsort/marketplace-eu/${id}`;

const files = Object.fromEntries(
  ['winter-kitchen-sponsored-listings', 'coffee-autobidding-roas', 'holiday-gifting-banner', 'small-appliances-cpa'].map((f) => [
    `campaigns/topsort/${f}.yaml`,
    readFileSync(new URL(`../../campaigns/topsort/${f}.yaml`, import.meta.url), 'utf8'),
  ]),
);

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const liveCampaign = (id: string): VendorObject =>
  t!.sb.state().topsort!.campaigns.find((c) => c.campaignId === id)!;

describe('apply with a saved plan', () => {
  it('refuses as stale only the campaign whose live state moved since the plan, and applies the rest', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files });
    const planned = await t.run(['plan', '--out', 'plan.json']);
    expect(planned.status).toBe(0);
    const plan = JSON.parse(readFileSync(`${t.project.dir}/plan.json`, 'utf8')) as Plan;
    expect(plan.actions.filter((a) => a.action === 'update').map((a) => a.id).sort()).toEqual([COFFEE, HOLIDAY, WINTER].sort());

    // Someone edits the winter campaign's budget in the dashboard after the plan was made.
    const state = structuredClone(t.sb.state());
    const winter = state.topsort!.campaigns.find((c) => c.campaignId === WINTER)!;
    (winter.budget as { amount: number }).amount = 19000;
    t.sb.setState(state);
    t.sb.clearRequests();

    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status).toBe(1);
    expect(applied.stdout).toContain(`✗ ${addr(WINTER)}: refused as stale`);
    expect(applied.stdout).toContain('2 applied, 0 failed, 1 refused as stale, 1 unchanged');
    expect(t.writes().map((w) => w.path).sort()).toEqual([
      `/public/v1/campaign-service/campaigns/${COFFEE}`,
      `/public/v1/campaign-service/campaigns/${HOLIDAY}`,
    ].sort());
    expect((liveCampaign(WINTER).budget as { amount: number }).amount).toBe(19000);
    expect(liveCampaign(COFFEE).isActive).toBe(true);

    // A fresh plan picks the moved campaign up again.
    const again = await t.plan();
    expect(again.plan.actions.filter((a) => a.action === 'update').map((a) => a.id)).toEqual([WINTER]);
  });
});

describe('apply --format markdown', () => {
  it('leaves a blank line after the plan\'s last </details>, so that the apply heading renders as a heading', async () => {
    t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files });
    const applied = await t.run(['apply', '--auto-approve', '--format', 'markdown']);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toMatch(/^### campaignctl plan\n/);
    // An HTML block (`</details>`) runs on until a blank line: without one the heading is swallowed.
    expect(applied.stdout).toContain('</details>\n\n### campaignctl apply\n');
    expect(applied.stdout).toContain('**3 applied, 0 failed, 0 refused as stale, 1 unchanged**');
  });
});

describe('apply through a rate-limited, flaky vendor', () => {
  it('absorbs 429s and 5xx answers with retries: every change lands once, and the next plan is empty', async () => {
    // Lula answers a plain 429 with Retry-After and no rate headers before that, and is read with
    // one GET per campaign: a burst of four concurrent reads at two requests a second meets 429s.
    const lulaFiles = Object.fromEntries(
      ['big-game-weekend', 'halloween-candy-2026', 'holiday-snack-deals', 'hot-coffee-mornings'].map((f) => [
        `campaigns/lula/${f}.yaml`,
        readFileSync(new URL(`../../campaigns/lula/${f}.yaml`, import.meta.url), 'utf8'),
      ]),
    );
    t = await e2e({
      vendor: 'lula',
      account: 'stores',
      accountOptions: { company_id: '1042' },
      files: lulaFiles,
      sandbox: { rateLimit: 2, failRate: 0.25, seed: 11 },
    });
    const applied = await t.apply();
    expect(applied.stderr + applied.stdout).not.toMatch(/\n\s+at /);
    expect(applied.stdout).toContain('3 applied, 0 failed, 0 refused as stale, 1 unchanged');
    expect(applied.status).toBe(0);
    const statuses = t.sb.requests().map((r) => r.status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s >= 500).length).toBeGreaterThan(0);
    // One accepted PUT per changed campaign: faulted and limited attempts never reached state.
    const accepted = t.writes().filter((w) => w.status === 200).map((w) => w.path);
    expect(accepted).toHaveLength(3);
    expect(new Set(accepted).size).toBe(3);
    const after = await t.run(['plan', '--detailed-exitcode']);
    expect(after.status).toBe(0);
  }, 90_000);
});
