/**
 * The calendar in the plan comment, read by mermaid: which campaigns it holds (those whose schedule
 * the plan moves, by their providers' field roles), one section per vendor, today marked, what the
 * plan does not know said so; none when nothing moves in time; and the first thing a comment near
 * its limit loses, before any campaign.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type CreateAction, type DeleteAction, type Plan, type PlanAction, type RetireAction, type UpdateAction } from '../../src/engine/plan-model.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { mermaidBlocks, readGantt } from '../helpers/mermaid.js';

const CREATED = '2026-11-23T12:00:00.000Z';
const plan = (actions: PlanAction[]): Plan => ({ format_version: 2, created_at: CREATED, summary: summarize(actions), actions });

const where = (i: number) => ({ provider: 'topsort', account: 'marketplace-eu', file: `campaigns/c${i}.yaml`, line: 1 });
const winter = (changes: UpdateAction['changes']): UpdateAction => ({
  ...where(1),
  address: 'topsort/marketplace-eu/id-1',
  id: 'id-1',
  action: 'update',
  changes,
  live_fingerprint: 'sha256:x',
  desired: { name: 'Winter: kitchen', budget: { amount: 25000, type: 'daily' }, startDate: '2026-11-30T23:00:00Z', endDate: '2027-02-15T22:59:59Z', isActive: true },
});
const moved = winter([
  { path: 'budget.amount', before: 18000, after: 25000 },
  { path: 'endDate', before: '2027-01-15T22:59:59Z', after: '2027-02-15T22:59:59Z' },
]);
const created: CreateAction = {
  ...where(2),
  address: 'topsort/marketplace-eu/new:campaigns/c2.yaml',
  action: 'create',
  creation_key: '0'.repeat(32),
  changes: [{ path: 'name', after: 'Spring listings' }],
  desired: { name: 'Spring listings', startDate: '2027-03-01T00:00:00+01:00', isActive: true },
};
const retired: RetireAction = {
  address: 'voucherify/shop-eu/camp_1',
  provider: 'voucherify',
  account: 'shop-eu',
  id: 'camp_1',
  name: 'Old promo',
  action: 'retire',
  changes: [{ path: 'active', before: true, after: false }],
  desired: { active: false },
  live_fingerprint: 'sha256:x',
};
const deleted: DeleteAction = { address: 'masivo/loyalty-mx/m-1', provider: 'masivo', account: 'loyalty-mx', id: 'm-1', name: 'Gone', action: 'delete', live_fingerprint: 'sha256:x' };

describe('the calendar in the plan comment', () => {
  it('draws the campaigns the plan moves in time, one section per vendor, today marked, before the campaigns', async () => {
    const md = renderPlanMarkdown(plan([moved, created, retired, deleted]));
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(1);
    expect(md.indexOf('#### Schedule changes\n\n```mermaid')).toBeLessThan(md.indexOf('<details'));
    const { title, tasks } = await readGantt(blocks[0]!);
    expect(title).toBe('Campaign schedule, times in UTC');
    expect(tasks[0]).toMatchObject({ name: 'today 2026-11-23', start: '2026-11-23 12:00:00' });
    const bars = tasks.slice(1);
    expect(bars.map((b) => [b.section, b.name])).toEqual([
      ['Topsort', 'Winter： kitchen (before)'],
      ['Topsort', 'Winter： kitchen (after)'],
      ['Topsort', 'Spring listings (new, no end)'],
      ['Voucherify', 'Old promo (before, start unknown, end unknown)'],
      ['Voucherify', 'Old promo (after, off, start unknown, end unknown)'],
      ['Masivo', 'Gone (removed, start unknown, end unknown)'],
    ]);
    expect(bars.slice(0, 3).map((b) => [b.start, b.end])).toEqual([
      ['2026-11-30 23:00:00', '2027-01-15 22:59:59'],
      ['2026-11-30 23:00:00', '2027-02-15 22:59:59'],
      // The create's start in UTC; no end: to the chart's edge.
      ['2027-02-28 23:00:00', bars[2]!.end],
    ]);
  });

  it('is left out when nothing moves in time', () => {
    const budgetOnly = winter([{ path: 'budget.amount', before: 18000, after: 25000 }]);
    const md = renderPlanMarkdown(plan([budgetOnly]));
    expect(md).not.toContain('```mermaid');
    expect(md).not.toContain('Schedule changes');
  });

  it('goes first when the comment is tight: never drawn while a campaign is cut, and it says so when left out', async () => {
    const actions = [moved, created, retired, deleted, ...Array.from({ length: 6 }, (_, i) => ({ ...winter([{ path: 'budget.amount', before: i, after: i + 1 }]), address: `topsort/marketplace-eu/id-b${i}`, id: `id-b${i}` }))];
    const whole = renderPlanMarkdown(plan(actions));
    expect(mermaidBlocks(whole)).toHaveLength(1);
    let leftOutWhole = 0;
    let drawnInPart = '';
    for (let limit = 1000; limit <= whole.length + 500; limit += 25) {
      const md = renderPlanMarkdown(plan(actions), { limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      const chart = md.includes('```mermaid');
      const campaignsCut = /✂️ \d+ campaigns? not shown/.test(md);
      if (chart) expect(campaignsCut, `limit ${limit}`).toBe(false);
      if (!chart && !campaignsCut) {
        leftOutWhole += 1;
        expect(md).toContain('> ✂️ The schedule chart was left out for room.');
      }
      if (chart && md.includes('more not drawn)')) drawnInPart = md;
    }
    expect(leftOutWhole).toBeGreaterThan(0);
    // Drawn in part, it still parses, and its title counts what it left out.
    expect(drawnInPart).not.toBe('');
    const { title, tasks } = await readGantt(mermaidBlocks(drawnInPart)[0]!);
    expect(title).toMatch(/^Campaign schedule, times in UTC \(\d+ more not drawn\)$/);
    expect(tasks.length).toBeGreaterThan(1);
  });

  it('reads in the plan\'s zone (`timezone:`) and names a campaign as the plan shows it', async () => {
    const named: UpdateAction = { ...moved, campaign: { name: 'Winter sale (kitchen)', status: 'running' } };
    const md = renderPlanMarkdown({ ...plan([named]), timezone: 'Europe/Amsterdam' });
    const { title, tasks } = await readGantt(mermaidBlocks(md)[0]!);
    expect(title).toBe('Campaign schedule, times in Europe/Amsterdam');
    // Today, 12:00 UTC, is 13:00 in Amsterdam in November.
    expect(tasks[0]).toMatchObject({ start: '2026-11-23 13:00:00' });
    expect(tasks.slice(1).every((t) => t.name.startsWith('Winter sale'))).toBe(true);
  });
});
