import { describe, expect, it } from 'vitest';
import { summarize, type ErrorAction, type NoChangeAction, type Plan, type PlanAction, type PlanChange, type UpdateAction } from '../../src/engine/plan-model.js';
import { MARKDOWN_LIMIT } from '../../src/report/markdown.js';
import { driftMarkdownLines } from '../../src/report/drift-markdown.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';

const update = (i: number, changes: PlanChange[] = [{ path: 'budget.amount', before: 100, after: 500 }]): UpdateAction => ({
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
const unchanged = (i: number): NoChangeAction => {
  const { changes: _c, ...rest } = update(i);
  return { ...rest, action: 'no_change' };
};
const plan = (actions: PlanAction[]): Plan => ({ format_version: 2, created_at: '', summary: summarize(actions), actions });

describe('text plan', () => {
  it('shows only changed fields, as path: before → after', () => {
    const p = plan([update(1), unchanged(2)]);
    const text = renderPlanText(p, false);
    expect(text).toContain('~ topsort/marketplace-eu/id-1 (campaigns/c1.yaml:1)\n    ~ budget.amount: 100 → 500');
    expect(text).not.toContain('id-2');
    expect(text).toContain('Plan: 1 to update, 1 unchanged, 0 errors.');
  });

  it('says so when nothing changes, and shows errors with their code', () => {
    expect(renderPlanText(plan([unchanged(1)]), false)).toBe('No changes: all 1 campaign match the YAML.\n');
    const err: ErrorAction = { ...update(3), action: 'error', error: { code: 'not_found', message: 'gone' } };
    expect(renderPlanText(plan([err]), false)).toContain('error [not_found]: gone');
  });

  it('marks write-only changes', () => {
    const text = renderPlanText(plan([update(1, [{ path: 'productIds', after: ['a'], write_only: true } ])]), false);
    expect(text).toContain('~ productIds: (write-only');
  });

  it('colours only when asked', () => {
    const escape = String.fromCharCode(0x1b);
    expect(renderPlanText(plan([update(1)]), true)).toContain(`${escape}[`);
    expect(renderPlanText(plan([update(1)]), false)).not.toContain(escape);
  });
});

describe('markdown plan', () => {
  it('puts the summary table first and each campaign in <details>', () => {
    const md = renderPlanMarkdown(plan([update(1)]));
    expect(md.indexOf('| update | 1 |')).toBeLessThan(md.indexOf('<details>'));
    expect(md).toContain('| `budget.amount` | `100` | `500` |');
  });

  it('shows values in code spans exactly as they are: backslashes and < untouched, | kept inside its cell', () => {
    // One line each (a text on several lines is shown word by word, change-display.test.ts).
    const md = renderPlanMarkdown(plan([update(1, [{ path: 'name', before: 'a|b\\n', after: '<b>bold</b>\tnext' }])]));
    // Inside a code span GitHub reads nothing but the fence (and a table's \|), so nothing else is escaped.
    expect(md).toContain('| `name` | `"a\\|b\\\\n"` | `"<b>bold</b>\\tnext"` |');
    expect(md).not.toContain('&lt;');
  });

  it('fences a value holding backticks with a longer run of them', () => {
    const md = renderPlanMarkdown(plan([update(1, [{ path: 'note', before: 'use `x`', after: '``' }])]));
    expect(md).toContain('| `note` | ``"use `x`"`` | ```"``"``` |');
  });

  it('escapes what reads as markup in an error message and in the HTML summary line', () => {
    const err: ErrorAction = { ...update(2), address: 'topsort/a&b/id-2', action: 'error', error: { code: 'x.<y>', message: 'a <b> | c \\ d' } };
    const md = renderPlanMarkdown(plan([err]));
    expect(md).toContain('<summary><b>! topsort/a&amp;b/id-2</b>: error <code>x.&lt;y&gt;</code></summary>');
    expect(md).toContain('\na &lt;b> \\| c \\\\ d\n');
  });

  it('stays under the limit, errors first, and says what was cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => update(i, [{ path: 'description', before: 'x'.repeat(100), after: 'y'.repeat(100) }]));
    const err: ErrorAction = { ...update(99999), action: 'error', error: { code: 'masivo.started-locked', message: 'locked' } };
    const md = renderPlanMarkdown(plan([...many, err]), { fullPlanAt: 'the job summary' });
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(md).toContain('masivo.started-locked');
    expect(md).toMatch(/✂️ \d+ campaigns not shown to keep this under 60,000 characters\. The whole plan: the job summary\./);
  });
});

describe('drift report', () => {
  it('names drifted fields in code spans as they are, a | kept inside its cell', () => {
    const lines = driftMarkdownLines(plan([update(1, [{ path: 'rules[0].a|b', before: 1, after: 2 }]), unchanged(2)]));
    expect(lines).toContain('| `topsort/marketplace-eu/id-1` | `campaigns/c1.yaml:1` | `rules[0].a\\|b` |');
    expect(lines.join('\n')).not.toContain('id-2');
  });

  it('names only the fields that differ, not those the write clears beside them', () => {
    const lines = driftMarkdownLines(plan([update(1, [{ path: 'budget', before: 1, after: 2 }, { path: 'labels', after: null, clears: true }])]));
    expect(lines).toContain('| `topsort/marketplace-eu/id-1` | `campaigns/c1.yaml:1` | `budget` |');
  });

  it('lists errors before drift, with the message escaped as text', () => {
    const err: ErrorAction = { ...update(3), action: 'error', error: { code: 'not_found', message: 'no <campaign> here' } };
    const text = driftMarkdownLines(plan([update(1), err])).join('\n');
    expect(text.indexOf('### 1 campaign could not be planned')).toBeLessThan(text.indexOf('### 1 campaign drifted'));
    expect(text).toContain('| `not_found`: no &lt;campaign> here |');
  });
});

describe('campaigns coming and going', () => {
  const base = { provider: 'topsort', account: 'marketplace-eu' };
  const create: PlanAction = {
    ...base,
    address: 'topsort/marketplace-eu/new:campaigns/spring.yaml',
    file: 'campaigns/spring.yaml',
    line: 3,
    action: 'create',
    creation_key: '0'.repeat(32),
    changes: [{ path: 'name', after: 'Spring' }, { path: 'budget', after: { amount: 500, type: 'daily' } }],
    desired: { name: 'Spring', budget: { amount: 500, type: 'daily' } },
  };
  const retire: PlanAction = { ...base, address: 'topsort/marketplace-eu/id-8', id: 'id-8', name: 'Autumn', action: 'retire', changes: [{ path: 'isActive', before: true, after: false }], desired: { isActive: false }, live_fingerprint: 'sha256:x' };
  const remove: PlanAction = { ...base, address: 'topsort/marketplace-eu/id-9', id: 'id-9', action: 'delete', live_fingerprint: 'sha256:x' };
  const forget: PlanAction = { ...base, address: 'topsort/marketplace-eu/id-7', id: 'id-7', action: 'forget' };
  const adopted: PlanAction = { ...unchanged(6), address: 'topsort/marketplace-eu/new:campaigns/c6.yaml', adopt: { id: 'id-6', reason: 'created by an earlier apply' } };
  const p = plan([update(1), create, retire, remove, forget, adopted, { ...update(2), action: 'error', error: { code: 'not_found', message: 'gone' } }]);

  it('counts every kind in the summary, and the lifecycle kinds in the headline only when there are any', () => {
    expect(p.summary).toEqual({ create: 1, update: 1, retire: 1, delete: 1, forget: 1, no_change: 1, error: 1, needs_approval: 0 });
    expect(renderPlanText(p, false)).toContain('Plan: 1 to create, 1 to update, 1 to retire, 1 to delete, 1 to forget, 1 unchanged, 1 error (1 found live for new documents: apply writes its id into the files).');
    expect(renderPlanText(plan([update(1)]), false)).toContain('Plan: 1 to update, 0 unchanged, 0 errors.');
  });

  it('text: + for what is created, - for what goes, = for an id found for a new document', () => {
    const text = renderPlanText(p, false);
    expect(text).toContain('+ topsort/marketplace-eu/new:campaigns/spring.yaml (campaigns/spring.yaml:3) will be created\n    + name: "Spring"\n    + budget: {"amount":500,"type":"daily"}');
    expect(text).toContain('- topsort/marketplace-eu/id-8 ("Autumn", no document declares it any more) will be retired: its document is gone and its account says `prune: deactivate`\n    ~ isActive: true → false');
    expect(text).toContain('= topsort/marketplace-eu/new:campaigns/c6.yaml (campaigns/c6.yaml:1)\n    = id: id-6 (created by an earlier apply; apply writes the id into the document)');
  });

  it('markdown: created, deleted, retired and forgotten campaigns come first, clearly marked, then errors and updates', () => {
    const md = renderPlanMarkdown(p);
    const order = ['will be created', 'will be deleted', 'will be retired', 'will be forgotten', 'error <code>not_found</code>', '~ topsort/marketplace-eu/id-1'].map((s) => md.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('| **create** | 1 |');
    // A plan that only writes an id into a file is no "No changes".
    expect(renderPlanMarkdown(plan([adopted]))).not.toContain('No changes');
  });

  it('drift report: lists what apply would still create, record or prune', () => {
    const lines = driftMarkdownLines(p).join('\n');
    expect(lines).toContain('### 5 campaigns not yet created, recorded or pruned');
    expect(lines).toContain('| `topsort/marketplace-eu/id-9` | no document declares it any more | to be deleted (`prune: delete`) |');
  });
});
