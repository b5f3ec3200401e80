/**
 * How a reviewer reads a plan's changes in text and markdown: each campaign by name and status,
 * budgets in their unit and currency with the change in percent and spend so far, dates in one
 * zone with their offset, long texts word by word, cleared fields, and write-only values only sent
 * again set apart from real changes.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type Plan, type PlanAction, type PlanChange, type RetireAction, type UpdateAction } from '../../src/engine/plan-model.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';

const update = (changes: PlanChange[], over: Partial<UpdateAction> = {}): UpdateAction => ({
  address: 'topsort/marketplace-eu/id-1',
  provider: 'topsort',
  account: 'marketplace-eu',
  id: 'id-1',
  file: 'campaigns/a.yaml',
  line: 2,
  action: 'update',
  changes,
  live_fingerprint: 'sha256:x',
  desired: {},
  ...over,
});
const plan = (actions: PlanAction[], timezone?: string): Plan => ({
  format_version: 2,
  created_at: '',
  ...(timezone ? { timezone } : {}),
  summary: summarize(actions),
  actions,
});
const text = (p: Plan) => renderPlanText(p, false);
const md = (p: Plan) => renderPlanMarkdown(p);

const daily: PlanChange = {
  path: 'budget.amount',
  before: 7000,
  after: 10000,
  spend: { unit: 'minor', currency: 'EUR', period: 'daily', spent_so_far: 3500 },
};

describe('the campaign beside its address', () => {
  it('is named, with its status, in text and markdown', () => {
    const p = plan([update([daily], { campaign: { name: 'Winter <Sale> & more', status: 'running' } })]);
    expect(text(p)).toContain('~ topsort/marketplace-eu/id-1 "Winter <Sale> & more" (running) (campaigns/a.yaml:2)\n');
    expect(md(p)).toContain('<summary><b>~ topsort/marketplace-eu/id-1</b> — "Winter &lt;Sale&gt; &amp; more" (running): 1 change</summary>');
  });

  it('is not named twice where the heading names it already (a retired campaign)', () => {
    const retire: RetireAction = {
      address: 'topsort/marketplace-eu/id-9',
      provider: 'topsort',
      account: 'marketplace-eu',
      id: 'id-9',
      name: 'Old sale',
      campaign: { name: 'Old sale', status: 'paused' },
      action: 'retire',
      changes: [],
      desired: {},
      live_fingerprint: 'sha256:x',
    };
    expect(text(plan([retire]))).toContain('- topsort/marketplace-eu/id-9 (paused) ("Old sale", no document declares it any more) will be retired');
  });

  it('shows a name holding terminal controls escaped', () => {
    const p = plan([update([daily], { campaign: { name: 'a\u001b[2Jb', status: 'scheduled' } })]);
    expect(text(p)).toContain('"a\\u001b[2Jb" (scheduled)');
  });
});

describe('a budget', () => {
  it('reads in its currency, with the period, the change in percent and spend so far', () => {
    const p = plan([update([daily])]);
    expect(text(p)).toContain('    ~ budget.amount: EUR 70.00 → EUR 100.00 (daily, +42.9 %); spent so far: EUR 35.00\n');
    expect(md(p)).toContain('| `budget.amount` | EUR 70.00 (spent so far: EUR 35.00) | EUR 100.00 (daily, +42.9 %) |');
  });

  it('without a currency says it counts minor units, or just the number where the vendor does not say', () => {
    const minor = { ...daily, spend: { unit: 'minor' as const, period: 'daily' as const } };
    expect(text(plan([update([minor])]))).toContain('~ budget.amount: 7,000 (minor units) → 10,000 (minor units) (daily, +42.9 %)\n');
    const unstated = { path: 'budget', before: 50000, after: 60000, spend: { unit: 'unstated' as const } };
    expect(text(plan([update([unstated])]))).toContain('~ budget: 50,000 → 60,000 (+20 %)\n');
  });

  it('gives no percentage when the two amounts count different things', () => {
    const p = plan([update([{ ...daily, spend: { unit: 'minor', currency: 'EUR', period: 'total', before_period: 'daily' } }])]);
    expect(text(p)).toContain('~ budget.amount: EUR 70.00 (daily) → EUR 100.00 (total)\n');
  });
});

describe('dates', () => {
  const dates: PlanChange = { path: 'endDate', before: '2027-01-15T22:59:59Z', after: '2027-01-31T23:59:59+01:00' };

  it('are shown in UTC with their offset when campaignctl.yaml sets no zone', () => {
    expect(text(plan([update([dates])]))).toContain('~ endDate: 2027-01-15 22:59:59 +00:00 → 2027-01-31 22:59:59 +00:00\n');
  });

  it('are shown in the plan\'s zone, also inside a list or an object, in text and markdown', () => {
    const nested: PlanChange = { path: 'windows', before: [{ from: '2027-07-01T00:00:00Z' }], after: [{ from: '2027-07-02T00:00:00Z' }] };
    const p = plan([update([dates, nested])], 'Europe/Amsterdam');
    expect(text(p)).toContain('~ endDate: 2027-01-15 23:59:59 +01:00 → 2027-01-31 23:59:59 +01:00\n');
    expect(text(p)).toContain('~ windows: [{"from":"2027-07-01 02:00 +02:00"}] → [{"from":"2027-07-02 02:00 +02:00"}]\n');
    expect(md(p)).toContain('| `endDate` | `2027-01-15 23:59:59 +01:00` | `2027-01-31 23:59:59 +01:00` |');
  });

  it('that are one instant written two ways are shown as written, so that the change stays visible', () => {
    const p = plan([update([{ path: 'note', before: '2027-01-01T00:00:00Z', after: '2027-01-01T01:00:00+01:00' }])]);
    expect(text(p)).toContain('~ note: "2027-01-01T00:00:00Z" → "2027-01-01T01:00:00+01:00"\n');
  });
});

describe('a long text', () => {
  const before = 'Spring sale: 20% off every coffee machine in the store, from the first of March until Easter.';
  const after = 'Spring deals: 20% off every coffee machine in the store, from the first of March until Easter.';

  it('is shown word by word, in text and in markdown (outside the table)', () => {
    const p = plan([update([{ path: 'description', before, after }])]);
    expect(text(p)).toContain('    ~ description (word by word):\n        Spring [-sale:-]{+deals:+} 20% off every coffee machine');
    const m = md(p);
    expect(m).toContain('`description`, word by word:\n\n> Spring ~~sale\\:~~ **deals\\:** 20\\% off every coffee machine');
    expect(m).not.toContain('| field |');
  });

  it('on several lines is shown word by word even when short', () => {
    expect(text(plan([update([{ path: 'description', before: 'a\nb', after: 'a\nc' }])]))).toContain('        a\n        [-b-]{+c+}\n');
  });
});

describe('what the write clears', () => {
  const cleared: PlanChange = { path: 'divide_budget_in', after: null, clears: true };

  it('is a change of its own, said to be one the file does not manage', () => {
    const p = plan([update([{ path: 'budget', before: 50000, after: 60000 }, cleared])]);
    expect(text(p)).toContain("    - divide_budget_in: (write-only: the vendor does not return it) → (cleared) (the file does not manage it: the vendor's update clears it)\n");
    const m = md(p);
    expect(m).toContain('| `divide_budget_in` | _write-only_ | **cleared** (not in the file) |');
    expect(m).toContain('Add them to the file to keep them.');
  });

  it('shows the value it loses where the vendor returns it', () => {
    const p = plan([update([{ path: 'discount.effect', before: 'APPLY_TO_ORDER', after: null, clears: true }])]);
    expect(text(p)).toContain('    - discount.effect: "APPLY_TO_ORDER" → (cleared)');
  });
});

describe('write-only values only sent again', () => {
  const resent: PlanChange = { path: 'productIds', after: ['p1', 'p2'], write_only: true, resend: true };

  it('are set apart from the real changes and counted apart', () => {
    const p = plan([update([daily, resent])]);
    const t = text(p);
    expect(t).toContain('    ~ budget.amount: EUR 70.00');
    expect(t).toContain('    sent again: the record has no value for them:\n      = productIds: ["p1","p2"]\n');
    expect(t).not.toContain('~ productIds');
    expect(t).toContain('Plan: 1 to update, 0 unchanged, 0 errors. 1 write-only value is only sent again: the last-applied record has no value for it.');
    const m = md(p);
    expect(m).toContain(': 1 change, 1 sent again</summary>');
    expect(m).toContain('Write-only values sent again: the record has no value for them (not changes in the file):\n\n- `productIds`: `["p1","p2"]`');
    expect(m).not.toContain('| `productIds` |');
  });

  it('leave a plan without them as it was', () => {
    expect(text(plan([update([daily])]))).toContain('Plan: 1 to update, 0 unchanged, 0 errors.\n');
  });
});
