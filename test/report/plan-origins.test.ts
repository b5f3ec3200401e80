/**
 * A plan made with `--base` as people read it: the comment in two parts (the pull request's changes,
 * the drift it would revert) and the text plan's marks. Without `--base` neither appears
 * (plan-render.test.ts holds the plan as it always was).
 */
import { describe, expect, it } from 'vitest';
import { summarize, type CreateAction, type Plan, type PlanAction, type PlanChange, type UpdateAction } from '../../src/engine/plan-model.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';

const SHA = '3f2a9c0d1e4b5a6978812345678909abcdefabcd';

const update = (i: number, changes: PlanChange[]): UpdateAction => ({
  address: `topsort/marketplace-eu/id-${i}`,
  provider: 'topsort',
  account: 'marketplace-eu',
  id: `id-${i}`,
  file: `campaigns/c${i}.yaml`,
  line: 1,
  action: 'update',
  changes,
  live_fingerprint: 'sha256:x',
  desired: {},
});
const create: CreateAction = {
  address: 'topsort/marketplace-eu/new:campaigns/new.yaml',
  provider: 'topsort',
  account: 'marketplace-eu',
  file: 'campaigns/new.yaml',
  line: 1,
  action: 'create',
  creation_key: '0'.repeat(32),
  changes: [{ path: 'name', after: 'Spring', origin: 'change' }],
  desired: { name: 'Spring' },
};
const plan = (actions: PlanAction[], base: Plan['base'] | null = { ref: 'main', sha: SHA }): Plan => ({
  format_version: 2,
  created_at: '',
  ...(base ? { base } : {}),
  summary: summarize(actions),
  actions,
});

const mixed = update(1, [
  { path: 'budget.amount', before: 18000, after: 25000, origin: 'change' },
  { path: 'name', before: 'Renamed at the vendor', after: 'Winter', origin: 'drift' },
  { path: 'endDate', before: '2027-02-05T22:59:59Z', after: '2027-02-20T22:59:59Z', origin: 'change_and_drift' },
]);

describe('the comment of a plan made with --base', () => {
  it('says what it was compared with, then the pull request\'s changes, then the drift it would revert', () => {
    const md = renderPlanMarkdown(plan([mixed, create]));
    expect(md).toContain('Compared with `main` (`3f2a9c0d1e4b`): 3 changes in this pull request, 1 change reverting drift.');
    const [own, drift] = md.split('#### Drift this merge would revert\n');
    expect(own).toContain('#### Changes in this pull request\n');
    // The campaign is in both parts, each with its own rows.
    expect(own).toContain('<b>~ topsort/marketplace-eu/id-1</b>: 2 changes');
    expect(own).toContain('| `budget.amount` | `18000` | `25000` |');
    expect(own).toContain('| `endDate` | `2027-02-05 22:59:59 +00:00` | `2027-02-20 22:59:59 +00:00` |');
    expect(own).not.toContain('Renamed at the vendor');
    expect(own).toContain('will be created');
    // What the vendor also moved is said inside the campaign's section, before it closes.
    expect(own).toMatch(/> ⚠️ Also changed at the vendor since `main`: `endDate`\. Applying replaces the vendor's value with this pull request's\.\n\n<\/details>/);
    expect(drift).toMatch(/^\nChanged at the vendor outside git/);
    expect(drift).toContain('<b>~ topsort/marketplace-eu/id-1</b>: 1 change');
    expect(drift).toContain('| `name` | `"Renamed at the vendor"` | `"Winter"` |');
    expect(drift).not.toContain('budget.amount');
  });

  it('says "None" in a part with nothing in it', () => {
    const onlyOwn = renderPlanMarkdown(plan([update(1, [{ path: 'budget.amount', before: 1, after: 2, origin: 'change' }])]));
    expect(onlyOwn).toContain('#### Drift this merge would revert\n\nChanged at the vendor outside git');
    expect(onlyOwn).toMatch(/\n\nNone: the vendors hold what the campaign files declared\.\n$/);
    const onlyDrift = renderPlanMarkdown(plan([update(1, [{ path: 'name', before: 'a', after: 'b', origin: 'drift' }])]));
    expect(onlyDrift).toContain('#### Changes in this pull request\n\nNone: the campaign files declare what they did at `main`.\n\n#### Drift');
  });

  it('has neither part without --base', () => {
    const md = renderPlanMarkdown(plan([update(1, [{ path: 'budget.amount', before: 1, after: 2 }])], null));
    expect(md).not.toContain('####');
    expect(md).not.toContain('Compared with');
  });
});

describe('the text plan of a plan made with --base', () => {
  it('marks drift, and what the vendor also moved, on the change\'s line; the branch\'s own changes unmarked', () => {
    const text = renderPlanText(plan([mixed]), false);
    expect(text).toContain('    ~ budget.amount: 18000 → 25000\n');
    expect(text).toContain('    ~ name: "Renamed at the vendor" → "Winter"  (drift: changed at the vendor; applying reverts it)\n');
    expect(text).toContain('    ~ endDate: 2027-02-05 22:59:59 +00:00 → 2027-02-20 22:59:59 +00:00  (also changed at the vendor; applying replaces that too)\n');
    expect(text).toContain('Compared with main (3f2a9c0d1e4b): 2 changes from this branch, 1 change reverting drift.\nPlan: 1 to update');
  });

  it('marks a long value\'s change on its path line', () => {
    const long = 'x'.repeat(100);
    const text = renderPlanText(plan([update(1, [{ path: 'description', before: long, after: `${long}y`, origin: 'drift' }])]), false);
    expect(text).toContain('    ~ description (word by word):  (drift: changed at the vendor; applying reverts it)\n        [-');
  });
});
