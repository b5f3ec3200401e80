/**
 * Guardrails end to end, over HTTP against the sandbox: with `max_budget_increase_percent: 20` in
 * campaignctl.yaml, a budget raised from 7,000 to 10,000 is flagged in every plan format; apply
 * without an approval writes nothing to that campaign, applies the rest and exits 1; an approval
 * (--approve, by address or prefix, --approve-all, --approve-file) lets it through.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import { seed } from '../../src/sandbox/topsort/seed.js';
import { campaignDoc } from '../helpers/documents.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';

const ACCOUNT = 'marketplace-eu';
const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b'; // daily budget; raised here from 7,000 to 10,000
const COFFEE = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30'; // paused live; switched on here (no rule on it)
const WINTER_ADDRESS = `topsort/${ACCOUNT}/${WINTER}`;
const COFFEE_ADDRESS = `topsort/${ACCOUNT}/${COFFEE}`;
const CAMPAIGNS = '/public/v1/campaign-service/campaigns';

const FILES = {
  'campaigns/winter.yaml': campaignDoc({ provider: 'topsort', account: ACCOUNT, id: WINTER }, ['budget:', '  amount: 10000', '  type: daily']),
  'campaigns/coffee.yaml': campaignDoc({ provider: 'topsort', account: ACCOUNT, id: COFFEE }, ['isActive: true']),
};

function seeded(): VendorState {
  const state = structuredClone(seed(SANDBOX_NOW));
  const winter = state.campaigns.find((c) => c.campaignId === WINTER)!;
  winter.budget = { ...(winter.budget as Record<string, unknown>), amount: 7000, type: 'daily' };
  return state;
}

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The project with `policy:` added to its campaignctl.yaml. */
async function project(policy: readonly string[] = ['policy:', '  max_budget_increase_percent: 20']): Promise<E2E> {
  const made = await e2e({ vendor: 'topsort', account: ACCOUNT, files: FILES, state: seeded() });
  addPolicy(made, policy);
  return made;
}

function addPolicy(p: E2E, policy: readonly string[]): void {
  const config = readFileSync(path.join(p.project.dir, 'campaignctl.yaml'), 'utf8');
  p.project.write('campaignctl.yaml', `${config}${policy.join('\n')}\n`);
}

/** The campaign as the vendor holds it now. */
function live(p: E2E, id: string): VendorObject {
  return (p.sb.state().topsort as VendorState).campaigns.find((c) => c.campaignId === id)!;
}

/** The ids the vendor received writes for, in order. */
function writtenIds(p: E2E): string[] {
  return p.writes().map((w) => w.path.slice(CAMPAIGNS.length + 1));
}

const FLAG = 'budget.amount 7,000 → 10,000 (+42.9%, daily, in minor units), over the 20% policy';

describe('guardrails: a budget raised past max_budget_increase_percent', () => {
  it('is flagged in the plan: guardrails on the action, needs_approval in the summary, a mark in text and markdown', async () => {
    t = await project();
    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    const winter = plan.actions.find((a) => a.address === WINTER_ADDRESS)!;
    expect(winter.guardrails).toEqual([{ rule: 'max_budget_increase_percent', message: FLAG }]);
    expect(plan.actions.find((a) => a.address === COFFEE_ADDRESS)!.guardrails).toBeUndefined();
    expect(plan.summary).toEqual({ create: 0, update: 2, retire: 0, delete: 0, forget: 0, no_change: 0, error: 0, needs_approval: 1 });

    const text = await t.run(['plan']);
    const lines = text.stdout.split('\n');
    const head = lines.findIndex((l) => l.includes(WINTER_ADDRESS));
    expect(lines[head + 1]).toBe(`    ⚠ needs approval: max_budget_increase_percent: ${FLAG}`);
    expect(text.stdout).toMatch(/⚠ 1 campaign needs an approval under `policy:`.*--approve ADDRESS/);

    const markdown = (await t.run(['plan', '--format', 'markdown'])).stdout;
    expect(markdown).toContain('| ⚠️ **needs approval** | 1 |');
    expect(markdown).toContain(`<details open><summary><b>~ ${WINTER_ADDRESS}</b> — "Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)" (scheduled): 1 change · <b>⚠️ needs approval</b> (max_budget_increase_percent)</summary>`);
    expect(markdown).toContain(`> - \`max_budget_increase_percent\`: ${FLAG}`);
    // The campaign that needs approval comes first, before those that do not.
    expect(markdown.indexOf(WINTER_ADDRESS)).toBeLessThan(markdown.indexOf(COFFEE_ADDRESS));
  });

  it('is not applied without an approval: nothing is written to it, the rest is applied, exit 1; --approve then applies it', async () => {
    t = await project();
    t.sb.clearRequests();
    const refused = await t.apply();
    expect(refused.status).toBe(1);
    expect(writtenIds(t)).toEqual([COFFEE]);
    expect(live(t, WINTER).budget).toMatchObject({ amount: 7000 });
    expect(live(t, COFFEE).isActive).toBe(true);
    expect(refused.stdout).toContain(`✗ ${WINTER_ADDRESS}: not applied: needs approval: max_budget_increase_percent: ${FLAG}`);
    expect(refused.stdout).toContain(`✓ ${COFFEE_ADDRESS}: applied`);
    expect(refused.stderr).toContain(`1 campaign needs an approval under \`policy:\` in campaignctl.yaml and was not applied: ${WINTER_ADDRESS}`);
    expect(refused.stderr).toContain('--auto-approve does not approve it');
    // Left out of the record: nothing was sent, so nothing is remembered for it.
    const record = JSON.parse(readFileSync(path.join(t.project.dir, '.campaignctl/last-applied.json'), 'utf8')) as { campaigns: Record<string, unknown> };
    expect(Object.keys(record.campaigns)).not.toContain(WINTER_ADDRESS);

    t.sb.clearRequests();
    const approved = await t.apply(['--approve', WINTER_ADDRESS]);
    expect(approved.status, approved.stdout + approved.stderr).toBe(0);
    expect(writtenIds(t)).toEqual([WINTER]);
    expect(live(t, WINTER).budget).toMatchObject({ amount: 10000 });
    const after = await t.plan();
    expect(after.plan.summary).toMatchObject({ update: 0, no_change: 2, needs_approval: 0 });
  });

  it('a saved plan: refused as saved, applied with --approve-file (the file CI writes), a prefix, or --approve-all', async () => {
    t = await project();
    expect((await t.run(['plan', '--out', 'plan.json'])).status).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(t.project.dir, 'plan.json'), 'utf8')) as { summary: { needs_approval: number } };
    expect(saved.summary.needs_approval).toBe(1);

    t.sb.clearRequests();
    const refused = await t.run(['apply', 'plan.json', '--format', 'json']);
    expect(refused.status).toBe(1);
    expect(writtenIds(t)).toEqual([COFFEE]);
    const result = JSON.parse(refused.stdout) as { outcomes: { address: string; outcome: string; guardrails?: unknown }[] };
    expect(result.outcomes.find((o) => o.address === WINTER_ADDRESS)).toEqual({
      address: WINTER_ADDRESS,
      outcome: 'not_applied',
      message: `needs approval: max_budget_increase_percent: ${FLAG}`,
      guardrails: [{ rule: 'max_budget_increase_percent', message: FLAG }],
    });

    // Each way of approving it, on a fresh plan of the same change.
    for (const approval of [
      ['--approve-file', 'approvals.txt'],
      ['--approve', `topsort/${ACCOUNT}`],
      ['--approve-all'],
    ]) {
      const state = structuredClone(t.sb.state());
      (state.topsort as VendorState).campaigns.find((c) => c.campaignId === WINTER)!.budget = { amount: 7000, type: 'daily' };
      t.sb.setState(state);
      t.project.write('approvals.txt', `# approved by @marketing-lead in review 123\n\n${WINTER_ADDRESS}\n`);
      expect((await t.run(['plan', '--out', 'plan.json'])).status).toBe(0);
      t.sb.clearRequests();
      const applied = await t.run(['apply', 'plan.json', ...approval]);
      expect(applied.status, `${approval.join(' ')}\n${applied.stdout}${applied.stderr}`).toBe(0);
      expect(writtenIds(t)).toEqual([WINTER]);
    }
  });

  it('a plan saved before the policy is judged again at apply: the raise still needs its approval', async () => {
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: FILES, state: seeded() });
    const planned = await t.run(['plan', '--out', 'plan.json', '--format', 'json']);
    expect((JSON.parse(planned.stdout) as { summary: { needs_approval: number } }).summary.needs_approval).toBe(0);
    addPolicy(t, ['policy:', '  max_budget_increase_percent: 20']);
    t.sb.clearRequests();
    const refused = await t.run(['apply', 'plan.json']);
    expect(refused.status).toBe(1);
    expect(writtenIds(t)).toEqual([COFFEE]);
    expect(refused.stdout).toContain(`${WINTER_ADDRESS}: not applied: needs approval: max_budget_increase_percent: ${FLAG}`);
  });

  it('a raise within the limit, and a budget cut, need no approval', async () => {
    t = await project(['policy:', '  max_budget_increase_percent: 50']);
    expect((await t.plan()).plan.summary.needs_approval).toBe(0);
    t.project.write('campaigns/winter.yaml', campaignDoc({ provider: 'topsort', account: ACCOUNT, id: WINTER }, ['budget:', '  amount: 5000', '  type: daily']));
    const cut = await t.plan();
    expect(cut.plan.summary).toMatchObject({ update: 2, needs_approval: 0 });
    t.sb.clearRequests();
    expect((await t.apply()).status).toBe(0);
    expect(writtenIds(t).sort()).toEqual([COFFEE, WINTER].sort());
  });

  it('--approve that names no campaign of the plan is said, and approves nothing', async () => {
    t = await project();
    t.sb.clearRequests();
    const r = await t.apply(['--approve', `topsort/${ACCOUNT}/7f3b2c1e`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`note: --approve topsort/${ACCOUNT}/7f3b2c1e matches no campaign in the plan`);
    expect(writtenIds(t)).toEqual([COFFEE]);
  });

  it('an --approve-file that cannot be read stops apply before any request', async () => {
    t = await project();
    t.sb.clearRequests();
    const r = await t.apply(['--approve-file', 'missing.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read --approve-file missing.txt (no such file); nothing was read from or sent to any vendor');
    expect(t.sb.requests()).toEqual([]);
  });
});

describe('guardrails: require_approval', () => {
  it('running_schedule flags the end of a running campaign moved, activate a paused one switched on; a scheduled one moves freely', async () => {
    const state = seeded();
    // Coffee runs since 2026-10-01 (switched on here); Winter starts on 2026-12-01, after the plan.
    state.campaigns.find((c) => c.campaignId === COFFEE)!.isActive = true;
    t = await e2e({
      vendor: 'topsort',
      account: ACCOUNT,
      state,
      files: {
        'campaigns/winter.yaml': campaignDoc({ provider: 'topsort', account: ACCOUNT, id: WINTER }, ['endDate: "2027-01-31T23:59:59Z"']),
        'campaigns/coffee.yaml': campaignDoc({ provider: 'topsort', account: ACCOUNT, id: COFFEE }, ['endDate: "2027-10-31T21:59:59Z"']),
      },
    });
    addPolicy(t, ['policy:', '  require_approval: [running_schedule, activate]']);
    const moved = await t.plan();
    expect(moved.plan.actions.find((a) => a.address === COFFEE_ADDRESS)!.guardrails).toEqual([
      { rule: 'running_schedule', message: 'moves the end of a campaign running now: endDate 2027-09-30T21:59:59Z → 2027-10-31T21:59:59Z' },
    ]);
    expect(moved.plan.actions.find((a) => a.address === WINTER_ADDRESS)!.guardrails).toBeUndefined();

    // Paused at the vendor, and switched on by the file.
    const paused = structuredClone(t.sb.state());
    (paused.topsort as VendorState).campaigns.find((c) => c.campaignId === COFFEE)!.isActive = false;
    t.sb.setState(paused);
    t.project.write('campaigns/coffee.yaml', campaignDoc({ provider: 'topsort', account: ACCOUNT, id: COFFEE }, ['isActive: true']));
    const switched = await t.plan();
    expect(switched.plan.actions.find((a) => a.address === COFFEE_ADDRESS)!.guardrails).toEqual([{ rule: 'activate', message: 'switches it on (isActive: false → true)' }]);
    t.sb.clearRequests();
    expect((await t.apply()).status).toBe(1);
    expect(writtenIds(t)).toEqual([WINTER]);
    expect(live(t, COFFEE).isActive).toBe(false);
  });
});
