import { describe, expect, it } from 'vitest';
import { summarize, type Plan, type PlanAction, type PlanChange } from '../../src/engine/plan-model.js';
import { MARKDOWN_LIMIT, renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';

const update = (i: number, changes: PlanChange[] = [{ path: 'budget.amount', before: 100, after: 500 }]): PlanAction => ({
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
const plan = (actions: PlanAction[]): Plan => ({ format_version: 1, created_at: '', summary: summarize(actions), actions });

describe('text plan', () => {
  it('shows only changed fields, as path: before → after', () => {
    const p = plan([update(1), { ...update(2), action: 'no_change', changes: [] }]);
    const text = renderPlanText(p, false);
    expect(text).toContain('~ topsort/marketplace-eu/id-1 (campaigns/c1.yaml:1)\n    ~ budget.amount: 100 → 500');
    expect(text).not.toContain('id-2');
    expect(text).toContain('Plan: 1 to update, 1 unchanged, 0 errors.');
  });

  it('says so when nothing changes, and shows errors with their code', () => {
    expect(renderPlanText(plan([{ ...update(1), action: 'no_change' }]), false)).toBe('No changes: all 1 campaign match the YAML.\n');
    const err: PlanAction = { ...update(3), action: 'error', error: { code: 'not_found', message: 'gone' } };
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

  it('escapes table cells and HTML in values', () => {
    const md = renderPlanMarkdown(plan([update(1, [{ path: 'name', before: 'a|b', after: '<script>x</script>' }])]));
    expect(md).toContain('a\\|b');
    expect(md).not.toContain('<script>');
  });

  it('stays under the limit, errors first, and says what was cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => update(i, [{ path: 'description', before: 'x'.repeat(100), after: 'y'.repeat(100) }]));
    const err: PlanAction = { ...update(99999), action: 'error', error: { code: 'masivo.started-locked', message: 'locked' } };
    const md = renderPlanMarkdown(plan([...many, err]), { fullPlanAt: 'the job summary' });
    expect(md.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(md).toContain('masivo.started-locked');
    expect(md).toMatch(/✂️ \d+ campaigns not shown to keep this under 60,000 characters\. The whole plan: the job summary\./);
  });
});
