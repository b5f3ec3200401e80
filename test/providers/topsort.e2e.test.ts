/**
 * Topsort plan/apply end to end: the CLI in-process against the sandbox fake over real HTTP.
 * Seed drift, dashboard drift, every plan-time rule, a PATCH the vendor refuses, write-only
 * fields through the last-applied record, pagination, and each read quirk that would otherwise
 * be a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PlanAction, PlanChange } from '../../src/engine/plan-model.js';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import { seed } from '../../src/sandbox/topsort/seed.js';
import { campaignDoc } from '../helpers/documents.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { expectEmptyPlan } from '../helpers/plans.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

const BASE = '/public/v1/campaign-service/campaigns';
const ACCOUNT = 'marketplace-eu';
const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b'; // listing, manual, CPC, daily budget 18000 (YAML 25000)
const COFFEE = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30'; // listing, autobidding, started 2026-10-01, paused (YAML active)
const HOLIDAY = 'c41a9f07-2e6b-4d3c-8a15-f9b0e7d2c684'; // banner, autobidding, renamed in the dashboard
const CPA = '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49'; // listing, manual, CPA, total budget, starts 2026-12-27 (+01:00)
const NORDIC = 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54'; // unmanaged: listing, started, far-future end, budget used
const BLACK_FRIDAY = '3e8c1f6a-9b2d-4f7e-8c5a-6d4b2e0f9a17'; // unmanaged banner holding MKT-EU-2026-BF-0031

const examplesDir = fileURLToPath(new URL('../../campaigns/topsort/', import.meta.url));
const EXAMPLE_FILE: Record<string, string> = {
  [WINTER]: 'winter-kitchen-sponsored-listings.yaml',
  [COFFEE]: 'coffee-autobidding-roas.yaml',
  [HOLIDAY]: 'holiday-gifting-banner.yaml',
  [CPA]: 'small-appliances-cpa.yaml',
};

/** The repository's example campaigns, as project files. */
function examples(...ids: string[]): Record<string, string> {
  const names = ids.length > 0 ? ids.map((id) => EXAMPLE_FILE[id]!) : existingExampleFiles(examplesDir);
  return Object.fromEntries(names.map((f) => [`campaigns/topsort/${f}`, readFileSync(`${examplesDir}${f}`, 'utf8')]));
}

/** A campaign document managing only `specLines` (written unindented). */
const doc = (id: string, specLines: readonly string[]): string => campaignDoc({ provider: 'topsort', account: ACCOUNT, id }, specLines);

function seedState(): VendorState {
  return structuredClone(seed(SANDBOX_NOW));
}

function campaignIn(state: VendorState, id: string): VendorObject {
  const c = state.campaigns.find((x) => x.campaignId === id);
  if (!c) throw new Error(`test bug: ${id} is not in the state`);
  return c;
}

/** The seed with `edit` applied to some campaigns. */
function stateWith(edits: Record<string, (c: VendorObject) => void>, base: VendorState = seedState()): VendorState {
  for (const [id, edit] of Object.entries(edits)) edit(campaignIn(base, id));
  return base;
}

function topsortState(t: E2E): VendorState {
  return structuredClone(t.sb.state().topsort as VendorState);
}

/** Replaces the vendor's live state, as a dashboard user would change it. */
function setTopsort(t: E2E, edits: Record<string, (c: VendorObject) => void>): void {
  const next = stateWith(edits, topsortState(t));
  t.sb.setState({ ...t.sb.state(), topsort: next });
}

function action(actions: readonly PlanAction[], id: string): PlanAction {
  const a = actions.find((x) => x.id === id);
  if (!a) throw new Error(`no action for ${id}`);
  return a;
}

/** PATCHes each campaign received, by id. */
function patchesById(t: E2E): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of t.writes()) {
    expect(w.method).toBe('PATCH');
    expect(w.path.startsWith(`${BASE}/`)).toBe(true);
    expect(w.path.endsWith('/')).toBe(false);
    const id = w.path.slice(BASE.length + 1);
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

/** List pages requested since the last clear, as their `offset`. */
function listOffsets(t: E2E): string[] {
  return t.sb
    .requests()
    .filter((r) => r.method === 'GET' && r.path === BASE)
    .map((r) => new URLSearchParams(r.query).get('offset') ?? '');
}

async function withE2E(
  opts: { files: Record<string, string>; state?: VendorState },
  body: (t: E2E) => Promise<void>,
): Promise<void> {
  const t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: opts.files, ...(opts.state ? { state: opts.state } : {}) });
  try {
    await body(t);
  } finally {
    await t.close();
  }
}

/** `count` unmanaged listing campaigns created after every seed campaign (ids …0001 to …count). */
function fillers(count: number, last: Partial<VendorObject> = {}): VendorObject[] {
  return Array.from({ length: count }, (_, i) => ({
    campaignId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    marketplaceId: 'e2a4c6d8-1b3f-4a5c-9e7d-0f1a2b3c4d5e',
    name: `Filler ${i + 1}`,
    vendorId: 'vnd-filler',
    walletId: 'd0f4b6c8-5e7a-4f9b-9d3e-2a4c6b8d0f23',
    createdAt: new Date(Date.parse('2026-11-21T00:00:00Z') + i * 60_000).toISOString(),
    startDate: '2026-12-01T00:00:00Z',
    endDate: '2026-12-31T00:00:00Z',
    budget: { amount: 1000, type: 'daily' },
    ...(i === count - 1 ? last : {}),
  }));
}

describe('topsort: the seed and the example campaigns', () => {
  it('plans exactly the seed drift, applies one PATCH per changed campaign, leaves unmanaged fields alone, and converges', async () => {
    await withE2E({ files: examples() }, async (t) => {
      const first = await t.plan();
      expect(first.status, first.stderr).toBe(0);
      const { actions, summary } = first.plan;
      expect(summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });
      expect(action(actions, WINTER).changes).toEqual([
        { path: 'budget.amount', before: 18000, after: 25000, spend: { unit: 'minor', period: 'daily', spent_so_far: 0 } },
      ]);
      expect(action(actions, COFFEE).changes).toEqual([{ path: 'isActive', before: false, after: true }]);
      const productIds = ['SKU-4011532', 'SKU-4011533', 'SKU-4098810', 'SKU-4120047'];
      expect(action(actions, HOLIDAY).changes).toEqual<PlanChange[]>([
        { path: 'name', before: 'Holiday Gifting 2026 – Homepage Hero Banner', after: 'Holiday Gifting 2026 – Homepage Banner' },
        // Write-only: never read back, so the first apply sends it (no last-applied record yet).
        { path: 'productIds', after: productIds, write_only: true, resend: true },
      ]);
      expect(action(actions, CPA).action).toBe('no_change');

      const before = topsortState(t);
      t.sb.clearRequests();
      const applied = await t.apply();
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      expect(patchesById(t)).toEqual({ [WINTER]: 1, [COFFEE]: 1, [HOLIDAY]: 1 });

      const after = topsortState(t);
      expect(campaignIn(after, WINTER).budget).toMatchObject({ amount: 25000, type: 'daily' });
      expect(campaignIn(after, COFFEE).isActive).toBe(true);
      expect(campaignIn(after, HOLIDAY).name).toBe('Holiday Gifting 2026 – Homepage Banner');
      expect((after.writeOnly as Record<string, unknown>)[HOLIDAY]).toEqual({ productIds });

      // Fields no YAML manages are exactly as they were, on managed and unmanaged campaigns alike
      // (a resent past startDate would have moved coffee's start to now).
      for (const c of before.campaigns) {
        const id = c.campaignId as string;
        const file = EXAMPLE_FILE[id];
        const managed = file ? Object.keys((parse(readFileSync(`${examplesDir}${file}`, 'utf8')) as { spec: object }).spec) : [];
        const now = campaignIn(after, id);
        for (const key of Object.keys(c)) {
          if (managed.includes(key) && key !== 'budget') continue;
          if (key === 'budget' && c.budget !== null) {
            const { amount: _a, type: _t, amountRemaining: _r, ...spend } = c.budget as Record<string, unknown>;
            const { amount: _a2, type: _t2, amountRemaining: _r2, ...spendAfter } = now.budget as Record<string, unknown>;
            // amountRemaining is Topsort's amount minus amountUsed: it follows the new amount.
            expect(spendAfter, `${id} budget spend`).toEqual(spend);
            continue;
          }
          expect(now[key], `${id}.${key}`).toEqual(c[key]);
        }
      }
      expect(campaignIn(after, COFFEE).startDate).toBe('2026-10-01T00:00:00Z');

      await expectEmptyPlan(t);
    });
  });

  it('reads all managed campaigns from one list page of 100, with no trailing slash', async () => {
    await withE2E({ files: examples() }, async (t) => {
      t.sb.clearRequests();
      await t.plan();
      const reads = t.sb.requests().filter((r) => r.method === 'GET');
      expect(reads.map((r) => [r.path, new URLSearchParams(r.query).get('offset'), new URLSearchParams(r.query).get('limit')])).toEqual([
        [BASE, '0', '100'],
      ]);
    });
  });
});

describe('topsort: drift made at Topsort', () => {
  it('plans exactly the drift, applies it, and the next plan is empty', async () => {
    await withE2E({ files: examples() }, async (t) => {
      expect((await t.apply()).status).toBe(0);
      setTopsort(t, {
        [COFFEE]: (c) => {
          c.multiplierConfig = {
            isActive: true,
            multipliers: [
              { type: 'user_segment', segmentId: 2211, multiplier: 1.6 },
              { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
            ],
          };
        },
        [CPA]: (c) => {
          c.endDate = '2027-02-28T22:59:59Z';
        },
        [WINTER]: (c) => {
          c.exclusionFilters = { isActive: false, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] };
        },
      });
      const { plan } = await t.plan();
      expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });
      expect(action(plan.actions, COFFEE).changes).toEqual([
        {
          path: 'multiplierConfig.multipliers',
          before: [
            { type: 'user_segment', segmentId: 2211, multiplier: 1.6 },
            { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
          ],
          after: [
            { type: 'user_segment', segmentId: 2211, multiplier: 1.4 },
            { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
          ],
        },
      ]);
      expect(action(plan.actions, CPA).changes).toEqual([
        { path: 'endDate', before: '2027-02-28T22:59:59Z', after: '2027-01-31T23:59:59+01:00' },
      ]);
      expect(action(plan.actions, WINTER).changes).toEqual([{ path: 'exclusionFilters.isActive', before: false, after: true }]);

      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      expect(patchesById(t)).toEqual({ [COFFEE]: 1, [CPA]: 1, [WINTER]: 1 });
      const after = topsortState(t);
      expect(campaignIn(after, CPA).endDate).toBe('2027-01-31T22:59:59Z');
      // The configuration went whole: the list is kept whatever Topsort's merge semantics.
      expect(campaignIn(after, WINTER).exclusionFilters).toEqual({ isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] });
      await expectEmptyPlan(t);
    });
  });
});

interface RuleCase {
  readonly name: string;
  readonly rule: string;
  readonly id: string;
  readonly spec: readonly string[];
  readonly state?: Record<string, (c: VendorObject) => void>;
  /** Words the error message must hold. */
  readonly mentions: readonly string[];
}

const RULE_CASES: readonly RuleCase[] = [
  {
    name: 'the autobidding switch is refused for an exclusive campaign',
    rule: 'topsort.campaign-type-switch',
    id: NORDIC,
    spec: ['campaignType: autobidding'],
    state: { [NORDIC]: (c) => void (c.campaignType = 'exclusive') },
    mentions: ['exclusive', 'autobidding'],
  },
  {
    name: 'autobiddingObjective on a manual campaign (type read from Topsort)',
    rule: 'topsort.objective-needs-autobidding',
    id: CPA,
    spec: ['autobiddingObjective: conversions'],
    mentions: ['autobidding', 'manual'],
  },
  {
    name: "an endDate before Topsort's startDate",
    rule: 'topsort.end-after-start',
    id: COFFEE,
    spec: ['endDate: "2026-09-30T00:00:00Z"'],
    mentions: ['2026-09-30T00:00:00Z', '2026-10-01T00:00:00Z'],
  },
  {
    name: 'a past startDate counts as now, after the endDate',
    rule: 'topsort.end-after-start',
    id: CPA,
    spec: ['startDate: "2026-11-01T00:00:00Z"', 'endDate: "2026-11-20T00:00:00Z"'],
    mentions: ['now', '2026-11-23T12:00:00Z'],
  },
  {
    name: "CPA with Topsort's weekly budget",
    rule: 'topsort.cpa-total-budget',
    id: COFFEE,
    spec: ['chargeType: CPA'],
    mentions: ['total', 'weekly'],
  },
  {
    name: "CPA on a banner (format read from Topsort)",
    rule: 'topsort.cpa-listing-only',
    id: HOLIDAY,
    spec: ['chargeType: CPA'],
    mentions: ['listing', 'banner'],
  },
  {
    name: 'productIds on a listing campaign (format read from Topsort)',
    rule: 'topsort.product-ids-banner-only',
    id: CPA,
    spec: ['productIds: [SKU-1]'],
    mentions: ['banner', 'listing'],
  },
  {
    name: 'targetRoas on a banner (format read from Topsort)',
    rule: 'topsort.target-roas-listing-only',
    id: HOLIDAY,
    spec: ['targetRoas: 4'],
    mentions: ['listing', 'banner'],
  },
  {
    name: 'half a budget for a campaign that has none',
    rule: 'topsort.budget-incomplete',
    id: NORDIC,
    spec: ['budget: { amount: 1000 }'],
    state: { [NORDIC]: (c) => void (c.budget = null) },
    mentions: ['type'],
  },
  {
    name: 'an externalCampaignId an unmanaged campaign of the same format holds',
    rule: 'topsort.unique-external-campaign-id',
    id: HOLIDAY,
    spec: ['externalCampaignId: MKT-EU-2026-BF-0031'],
    mentions: [BLACK_FRIDAY, 'not managed here', 'banner'],
  },
];

describe('topsort: plan-time rules', () => {
  for (const c of RULE_CASES) {
    it(`${c.rule}: ${c.name} is an error in the plan, nothing is sent for it, and the others apply`, async () => {
      const state = stateWith(c.state ?? {});
      const files = { ...examples(WINTER), 'campaigns/topsort/broken.yaml': doc(c.id, c.spec) };
      await withE2E({ files, state }, async (t) => {
        const planned = await t.plan();
        expect(planned.status).toBe(1);
        const broken = action(planned.plan.actions, c.id);
        expect(broken.action, JSON.stringify(broken)).toBe('error');
        expect(broken.error?.code).toBe(c.rule);
        for (const word of c.mentions) expect(broken.error?.message).toContain(word);
        expect(action(planned.plan.actions, WINTER).action).toBe('update');

        const before = campaignIn(topsortState(t), c.id);
        t.sb.clearRequests();
        const applied = await t.apply();
        expect(applied.status).toBe(1);
        expect(patchesById(t)).toEqual({ [WINTER]: 1 });
        expect(campaignIn(topsortState(t), c.id)).toEqual(before);
        expect(campaignIn(topsortState(t), WINTER).budget).toMatchObject({ amount: 25000 });
      });
    });
  }

  it('a campaign this repository manages holding the external id blocks the move until it lets go', async () => {
    // Two campaigns of the same format: CPA takes WINTER's id while WINTER moves to a new one.
    const files = {
      'campaigns/topsort/winter.yaml': doc(WINTER, ['externalCampaignId: MKT-EU-2026-WS-0143']),
      'campaigns/topsort/cpa.yaml': doc(CPA, ['externalCampaignId: MKT-EU-2026-WS-0142']),
    };
    await withE2E({ files }, async (t) => {
      const first = await t.plan();
      expect(action(first.plan.actions, CPA).error?.code).toBe('topsort.unique-external-campaign-id');
      expect(action(first.plan.actions, CPA).error?.message).toContain('managed in this repository');
      expect(action(first.plan.actions, WINTER).action).toBe('update');
      expect((await t.apply()).status).toBe(1);
      t.sb.clearRequests();
      // WINTER let go of it: now CPA can take it.
      expect((await t.apply()).status).toBe(0);
      expect(patchesById(t)).toEqual({ [CPA]: 1 });
      expect(campaignIn(topsortState(t), CPA).externalCampaignId).toBe('MKT-EU-2026-WS-0142');
      await expectEmptyPlan(t);
    });
  });

  it('switches a manual campaign to autobidding with an objective in one PATCH', async () => {
    const files = { 'campaigns/topsort/cpa.yaml': doc(CPA, ['campaignType: autobidding', 'autobiddingObjective: conversions']) };
    await withE2E({ files }, async (t) => {
      const { plan } = await t.plan();
      expect(action(plan.actions, CPA).changes).toEqual([
        { path: 'campaignType', before: 'manual', after: 'autobidding' },
        { path: 'autobiddingObjective', before: null, after: 'conversions' },
      ]);
      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      expect(patchesById(t)).toEqual({ [CPA]: 1 });
      await expectEmptyPlan(t);
    });
  });
});

describe('topsort: a PATCH Topsort refuses', () => {
  it('fails that campaign alone: the others apply, exit 1, the result names it', async () => {
    // The clash sits on page 2, which plan does not read once every managed campaign is found on
    // page 1: Topsort's own uniqueness check refuses the PATCH.
    const state = seedState();
    state.campaigns.push(...fillers(100, { externalCampaignId: 'MKT-EU-LATE-0001' }));
    const files = {
      ...examples(COFFEE),
      'campaigns/topsort/winter.yaml': doc(WINTER, ['externalCampaignId: MKT-EU-LATE-0001', 'budget: { amount: 25000 }']),
    };
    await withE2E({ files, state }, async (t) => {
      t.sb.clearRequests();
      const planned = await t.plan();
      expect(planned.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 0, error: 0, needs_approval: 0 });
      expect(listOffsets(t)).toEqual(['0']);

      const before = campaignIn(topsortState(t), WINTER);
      t.sb.clearRequests();
      const applied = await t.apply(['--format', 'json']);
      expect(applied.status).toBe(1);
      const result = JSON.parse(applied.stdout) as { tally: Record<string, number>; outcomes: { address: string; outcome: string; message?: string }[] };
      expect(result.tally).toMatchObject({ applied: 1, failed: 1 });
      const failed = result.outcomes.find((o) => o.outcome === 'failed');
      expect(failed?.address).toBe(`topsort/${ACCOUNT}/${WINTER}`);
      expect(failed?.message).toContain('400');
      expect(failed?.message).toContain('invalid_operation');
      expect(patchesById(t)).toEqual({ [WINTER]: 1, [COFFEE]: 1 });
      expect(campaignIn(topsortState(t), WINTER)).toEqual(before);
      expect(campaignIn(topsortState(t), COFFEE).isActive).toBe(true);
    });
  });
});

describe('topsort: list pages', () => {
  it('reads page 2 only when a managed campaign is not on page 1', async () => {
    const state = seedState();
    state.campaigns.push(...fillers(100));
    const late = '00000000-0000-4000-8000-000000000100';
    const files = { ...examples(WINTER), 'campaigns/topsort/late.yaml': doc(late, ['name: Filler 100 renamed']) };
    await withE2E({ files, state }, async (t) => {
      t.sb.clearRequests();
      const { plan } = await t.plan();
      expect(listOffsets(t)).toEqual(['0', '100']);
      expect(action(plan.actions, late).changes).toEqual([{ path: 'name', before: 'Filler 100', after: 'Filler 100 renamed' }]);
    });
  });

  it('reads every page before calling a campaign not found', async () => {
    const state = seedState();
    state.campaigns.push(...fillers(100));
    const missing = '99999999-0000-4000-8000-000000000000';
    await withE2E({ files: { 'campaigns/topsort/gone.yaml': doc(missing, ['isActive: true']) }, state }, async (t) => {
      t.sb.clearRequests();
      const { plan, status } = await t.plan();
      expect(status).toBe(1);
      expect(action(plan.actions, missing).error?.code).toBe('not_found');
      expect(listOffsets(t)).toEqual(['0', '100']);
    });
  });
});

describe('topsort: write-only fields', () => {
  it('sends productIds on the first apply, not again, and again when the YAML changes them', async () => {
    const state = seedState();
    delete state.writeOnly; // Topsort holds no product ids for the banner yet
    await withE2E({ files: examples(HOLIDAY), state }, async (t) => {
      const file = `campaigns/topsort/${EXAMPLE_FILE[HOLIDAY]}`;
      const yaml = examples(HOLIDAY)[file]!;
      const first = await t.plan();
      expect(action(first.plan.actions, HOLIDAY).changes?.map((c) => c.path)).toEqual(['name', 'productIds']);
      expect((await t.apply()).status).toBe(0);
      const stored = () => ((topsortState(t).writeOnly ?? {}) as Record<string, { productIds?: string[] }>)[HOLIDAY]?.productIds;
      expect(stored()).toEqual(['SKU-4011532', 'SKU-4011533', 'SKU-4098810', 'SKU-4120047']);

      t.sb.clearRequests();
      await expectEmptyPlan(t);
      expect(t.writes()).toEqual([]);

      t.project.write(file, yaml.replace('    - SKU-4120047\n', '    - SKU-4120047\n    - SKU-5000001\n'));
      const changed = await t.plan();
      expect(action(changed.plan.actions, HOLIDAY).changes).toEqual([
        { path: 'productIds', after: ['SKU-4011532', 'SKU-4011533', 'SKU-4098810', 'SKU-4120047', 'SKU-5000001'], write_only: true },
      ]);
      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      expect(patchesById(t)).toEqual({ [HOLIDAY]: 1 });
      expect(stored()).toEqual(['SKU-4011532', 'SKU-4011533', 'SKU-4098810', 'SKU-4120047', 'SKU-5000001']);
      await expectEmptyPlan(t);
    });
  });
});

describe('topsort: read quirks that must not be perpetual diffs', () => {
  it('a started campaign whose start an earlier write moved to "now" is no change, and its start is not resent', async () => {
    const state = stateWith({ [COFFEE]: (c) => void (c.startDate = '2026-11-02T09:30:00Z') });
    await withE2E({ files: examples(COFFEE), state }, async (t) => {
      const { plan } = await t.plan();
      expect(action(plan.actions, COFFEE).changes).toEqual([{ path: 'isActive', before: false, after: true }]);
      expect((await t.apply()).status).toBe(0);
      expect(campaignIn(topsortState(t), COFFEE).startDate).toBe('2026-11-02T09:30:00Z');
      await expectEmptyPlan(t);
    });
  });

  it('a changed start in the past is sent once; Topsort stores "now" and the plan converges', async () => {
    const files = { 'campaigns/topsort/cpa.yaml': doc(CPA, ['startDate: "2026-11-20T00:00:00+01:00"']) };
    await withE2E({ files }, async (t) => {
      const { plan } = await t.plan();
      expect(action(plan.actions, CPA).changes).toEqual([
        { path: 'startDate', before: '2026-12-26T23:00:00Z', after: '2026-11-20T00:00:00+01:00' },
      ]);
      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      expect(patchesById(t)).toEqual({ [CPA]: 1 });
      expect(campaignIn(topsortState(t), CPA).startDate).toBe('2026-11-23T12:00:00Z');
      await expectEmptyPlan(t);
    });
  });

  it("an endDate the YAML leaves out is not compared with Topsort's far-future default; one spelt with +00:00 and microseconds equals it", async () => {
    const files = {
      'campaigns/topsort/nordic.yaml': doc(NORDIC, ['name: Nordic Roasters – Always-on Listings']),
      'campaigns/topsort/nordic-end.yaml': doc(NORDIC, ['endDate: "9999-12-31T23:59:59.999999+00:00"']),
    };
    // Two documents for one campaign would be a validate error; plan them one at a time.
    for (const [file, text] of Object.entries(files)) {
      await withE2E({ files: { [file]: text } }, async (t) => {
        const { plan, status } = await t.plan();
        expect(status, JSON.stringify(plan.actions)).toBe(0);
        expect(action(plan.actions, NORDIC).action).toBe('no_change');
      });
    }
  });

  it('a budget whose read adds amountRemaining, amountCarryover and amountUsed is compared on amount and type only', async () => {
    // Nordic has spent 3120 of 5000; coffee (in the seed test) has a carry-over too.
    await withE2E({ files: { 'campaigns/topsort/nordic.yaml': doc(NORDIC, ['budget: { amount: 5000, type: daily }']) } }, async (t) => {
      const { plan } = await t.plan();
      expect(action(plan.actions, NORDIC).action).toBe('no_change');
    });
  });

  it('segments in another order, dates with another offset, and an upper-case uuid are no change', async () => {
    const state = stateWith({
      [HOLIDAY]: (c) => {
        c.targetingFilters = {
          isActive: true,
          targetingFilters: [
            { type: 'user_segment', segmentId: 1852 },
            { type: 'user_segment', segmentId: 1840 },
          ],
        };
        c.name = 'Holiday Gifting 2026 – Homepage Banner';
      },
    });
    const holiday = examples(HOLIDAY)[`campaigns/topsort/${EXAMPLE_FILE[HOLIDAY]}`]!
      .replace('5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91', '5D7E9A2B-1C4F-4B8E-A3D6-0F2E4C6B8A91')
      .replace(/\n {2}productIds:\n( {4}- .*\n)+/, '\n');
    await withE2E({ files: { 'campaigns/topsort/holiday.yaml': holiday }, state }, async (t) => {
      const { plan, status } = await t.plan();
      expect(status).toBe(0);
      expect(action(plan.actions, HOLIDAY).action, JSON.stringify(action(plan.actions, HOLIDAY).changes)).toBe('no_change');
    });
  });
});
