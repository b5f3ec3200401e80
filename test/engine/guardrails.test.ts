/**
 * Guardrails as the engine judges them (engine/guardrails.ts), rule by rule, on a vendor made up
 * here: its roles say what its fields mean, and the judge knows nothing else of it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, policyOf, type Policy } from '../../src/config/policy.js';
import { parsePlanText } from '../../src/engine/plan-file.js';
import { addressMatches, isApproved, judgeGuardrails, mergeGuardrails, refusalText, type GuardrailContext } from '../../src/engine/guardrails.js';
import { summarize, type PlanAction, type PlanChange } from '../../src/engine/plan-model.js';
import type { FieldRoles } from '../../src/providers/roles.js';

const NOW = new Date('2026-11-23T12:00:00Z');

/** A vendor whose live objects are already in the spec's shape; `on: true` means running between its dates. */
const ROLES: FieldRoles = {
  name: { path: 'name', read: (live) => String(live.raw.name) },
  spend: [{ path: 'budget.amount', unit: 'minor', currency: { from: 'spec', path: 'budget.currency' }, period: { path: 'budget.period' } }],
  start: { path: 'start', precision: 'second' },
  end: { path: 'end', precision: 'second' },
  onOff: { path: 'on', on: [true] },
  status: (live, now) => {
    if (live.raw.on !== true) return 'paused';
    return Date.parse(String(live.raw.start)) > now.getTime() ? 'scheduled' : 'running';
  },
};

const RUNNING = { name: 'Winter', budget: { amount: 7000, currency: 'EUR', period: 'daily' }, start: '2026-11-01T00:00:00Z', end: '2027-01-15T00:00:00Z', on: true };

function ctx(policy: Partial<Policy>, live?: Record<string, unknown>): GuardrailContext {
  return {
    policy: { ...DEFAULT_POLICY, ...policy },
    roles: ROLES,
    runtime: { toSpec: (raw) => raw, canonical: (spec) => spec as Record<string, unknown> },
    options: {},
    ...(live ? { live: { id: 'c-1', raw: live } } : {}),
    now: NOW,
  };
}

/** An update of RUNNING (or of `live`) to `desired`, with the changes the planner would list. */
function update(desired: Record<string, unknown>, changes: readonly PlanChange[]): PlanAction {
  return { action: 'update', address: 'fake/acc/c-1', provider: 'fake', account: 'acc', id: 'c-1', file: 'c.yaml', line: 1, changes, live_fingerprint: 'sha256:x', desired };
}

function create(desired: Record<string, unknown>): PlanAction {
  return {
    action: 'create',
    address: 'fake/acc/new:c.yaml',
    provider: 'fake',
    account: 'acc',
    file: 'c.yaml',
    line: 1,
    creation_key: '0'.repeat(32),
    changes: Object.entries(desired).map(([path, after]) => ({ path, after })),
    desired,
  };
}

const withBudget = (amount: number | undefined, extra: Record<string, unknown> = {}) => ({ ...RUNNING, budget: { ...RUNNING.budget, amount, ...extra } });

describe('max_budget_increase_percent', () => {
  const judge = (desired: Record<string, unknown>, live: Record<string, unknown> = RUNNING, limit = 20, path = 'budget.amount') =>
    judgeGuardrails(update(desired, [{ path, before: null, after: null }]), ctx({ maxBudgetIncreasePercent: limit }, live));

  it('flags a raise past the limit, saying by how much, in what, and against which limit', () => {
    expect(judge(withBudget(10000))).toEqual([
      { rule: 'max_budget_increase_percent', message: 'budget.amount 7,000 → 10,000 (+42.9%, daily, EUR), over the 20% policy' },
    ]);
  });

  it('lets a raise up to the limit through, exactly at it included, and a cut or the same amount', () => {
    expect(judge(withBudget(8400))).toEqual([]);
    expect(judge(withBudget(5000))).toEqual([]);
    expect(judge(withBudget(7000))).toEqual([]);
  });

  it('never shows a raise past the limit rounded down to the limit', () => {
    const [g] = judge(withBudget(8403));
    expect(g?.message).toContain('(+20.04%, daily, EUR)');
  });

  it('with 0, flags every raise', () => {
    expect(judge(withBudget(7001), RUNNING, 0)).toHaveLength(1);
    expect(judge(withBudget(7000), RUNNING, 0)).toEqual([]);
  });

  it('flags a budget set where there was none, or zero: there is nothing to measure the raise against', () => {
    expect(judge(withBudget(500), withBudget(0))[0]?.message).toBe(
      'budget.amount 0 → 500 (daily, EUR): no earlier budget to measure the increase against, so it is over the 20% policy',
    );
    expect(judge(withBudget(500), { ...RUNNING, budget: undefined }, 20, 'budget')[0]?.message).toMatch(/^budget\.amount none → 500 /);
  });

  it('does not flag a budget taken out or set to zero', () => {
    expect(judge({ ...RUNNING, budget: { currency: 'EUR', period: 'daily' } })).toEqual([]);
    expect(judge(withBudget(0))).toEqual([]);
  });

  it('flags a change of period or currency it cannot measure, even with the same amount', () => {
    expect(judge(withBudget(7000, { period: 'total' }), RUNNING, 20, 'budget.period')[0]?.message).toBe(
      'budget.amount 7,000 (daily, EUR) → 7,000 (total, EUR): the period changes, so the increase cannot be measured against the 20% policy',
    );
    expect(judge(withBudget(7000, { currency: 'USD' }), RUNNING, 20, 'budget.currency')[0]?.message).toContain('the currency changes');
  });

  it('judges only budgets the changes touch, a change of the object holding the budget included', () => {
    const raised = withBudget(10000);
    expect(judgeGuardrails(update(raised, [{ path: 'name', before: 'a', after: 'b' }]), ctx({ maxBudgetIncreasePercent: 20 }, RUNNING))).toEqual([]);
    expect(judge(raised, RUNNING, 20, 'budget')).toHaveLength(1);
  });

  it('flags a new campaign with a budget, and not one without', () => {
    expect(judgeGuardrails(create(withBudget(300)), ctx({ maxBudgetIncreasePercent: 20 }))).toEqual([
      { rule: 'max_budget_increase_percent', message: 'budget.amount 300 (daily, EUR) on a new campaign: no earlier budget to measure the increase against, so it is over the 20% policy' },
    ]);
    expect(judgeGuardrails(create({ name: 'x' }), ctx({ maxBudgetIncreasePercent: 20 }))).toEqual([]);
  });

  it('is off without the setting: a tenfold raise passes', () => {
    expect(judgeGuardrails(update(withBudget(70000), [{ path: 'budget.amount', before: 7000, after: 70000 }]), ctx({}, RUNNING))).toEqual([]);
  });
});

describe('require_approval', () => {
  const all = ctx({ requireApproval: ['create', 'retire', 'delete', 'activate', 'running_schedule'] }, RUNNING);

  it('create: every new campaign; activate too when its file switches it on', () => {
    expect(judgeGuardrails(create({ name: 'x', on: false }), { ...all, live: undefined }).map((g) => g.rule)).toEqual(['create']);
    expect(judgeGuardrails(create({ name: 'x', on: true }), { ...all, live: undefined })).toEqual([
      { rule: 'create', message: 'creates a new campaign' },
      { rule: 'activate', message: 'creates it switched on (on: true)' },
    ]);
  });

  it('activate: an update that switches the campaign on, not one that switches it off or keeps it on', () => {
    const paused = { ...RUNNING, on: false };
    const on = update({ on: true }, [{ path: 'on', before: false, after: true }]);
    expect(judgeGuardrails(on, { ...all, live: { id: 'c-1', raw: paused } })).toEqual([{ rule: 'activate', message: 'switches it on (on: false → true)' }]);
    expect(judgeGuardrails(update({ on: false }, [{ path: 'on', before: true, after: false }]), all)).toEqual([]);
    expect(judgeGuardrails(update({ on: true, name: 'y' }, [{ path: 'name', before: 'Winter', after: 'y' }]), all)).toEqual([]);
  });

  it('running_schedule: moving the start or end of a running campaign, not of a scheduled or paused one', () => {
    const moved = update({ end: '2027-02-01T00:00:00Z' }, [{ path: 'end', before: RUNNING.end, after: '2027-02-01T00:00:00Z' }]);
    expect(judgeGuardrails(moved, all)).toEqual([
      { rule: 'running_schedule', message: 'moves the end of a campaign running now: end 2027-01-15T00:00:00Z → 2027-02-01T00:00:00Z' },
    ]);
    const both = update({ start: '2026-11-02T00:00:00Z', end: '2027-02-01T00:00:00Z' }, [
      { path: 'start', before: RUNNING.start, after: '2026-11-02T00:00:00Z' },
      { path: 'end', before: RUNNING.end, after: '2027-02-01T00:00:00Z' },
    ]);
    expect(judgeGuardrails(both, all)[0]?.message).toMatch(/^moves the start and end of a campaign running now: start .* → .*, end /);
    expect(judgeGuardrails(moved, { ...all, live: { id: 'c-1', raw: { ...RUNNING, start: '2026-12-01T00:00:00Z' } } })).toEqual([]);
    expect(judgeGuardrails(moved, { ...all, live: { id: 'c-1', raw: { ...RUNNING, on: false } } })).toEqual([]);
  });

  it('retire: a campaign stopped because its document is gone; not one already stopped (nothing is sent)', () => {
    const retire = (changes: PlanChange[]): PlanAction => ({ action: 'retire', address: 'fake/acc/c-1', provider: 'fake', account: 'acc', id: 'c-1', changes, desired: { on: false }, live_fingerprint: 'sha256:x' });
    expect(judgeGuardrails(retire([{ path: 'on', before: true, after: false }]), all).map((g) => g.rule)).toEqual(['retire']);
    expect(judgeGuardrails(retire([]), all)).toEqual([]);
  });

  it('delete: every delete', () => {
    const del: PlanAction = { action: 'delete', address: 'fake/acc/c-1', provider: 'fake', account: 'acc', id: 'c-1', live_fingerprint: 'sha256:x' };
    expect(judgeGuardrails(del, all).map((g) => g.rule)).toEqual(['delete']);
    expect(judgeGuardrails(del, ctx({ requireApproval: ['create'] }, RUNNING))).toEqual([]);
  });

  it('a vendor without roles can still trip the rules on kinds of action, and no other', () => {
    const bare = { ...all, roles: undefined };
    expect(judgeGuardrails(create({ on: true }), { ...bare, live: undefined }).map((g) => g.rule)).toEqual(['create']);
    expect(judgeGuardrails(update({ on: true }, [{ path: 'on', before: false, after: true }]), bare)).toEqual([]);
  });
});

describe('the summary and the approvals', () => {
  it('needs_approval counts the actions with guardrails', () => {
    const flagged = { ...create({}), guardrails: [{ rule: 'create' as const, message: 'creates a new campaign' }] };
    expect(summarize([flagged, create({}), update({}, [])])).toEqual({ create: 2, update: 1, retire: 0, delete: 0, forget: 0, no_change: 0, error: 0, needs_approval: 1 });
  });

  it('an approval names the address, or a prefix of whole segments, as --target does', () => {
    expect(addressMatches('topsort/eu/7f3b', 'topsort/eu/7f3b')).toBe(true);
    expect(addressMatches('topsort/eu/7f3b', 'topsort/eu')).toBe(true);
    expect(addressMatches('topsort/eu/7f3b', 'topsort/eu/')).toBe(true);
    expect(addressMatches('topsort/eu/7f3b', 'topsort/e')).toBe(false);
    expect(addressMatches('topsort/eu/7f3b', 'topsort/eu/7f3')).toBe(false);
    expect(addressMatches('topsort/eu/7f3b', '')).toBe(false);
    expect(isApproved({ all: true, addresses: [] }, 'x/y/z')).toBe(true);
    expect(isApproved({ all: false, addresses: ['x/y'] }, 'x/y/z')).toBe(true);
    expect(isApproved({ all: false, addresses: ['x/y/zz'] }, 'x/y/z')).toBe(false);
    expect(isApproved(undefined, 'x/y/z')).toBe(false);
  });

  it('a refusal names each rule and why; rules found again at apply are added once', () => {
    const plan = [{ rule: 'create' as const, message: 'creates a new campaign' }];
    const merged = mergeGuardrails(plan, [{ rule: 'create', message: 'again' }, { rule: 'activate', message: 'switches it on' }]);
    expect(refusalText(merged)).toBe('needs approval: create: creates a new campaign; activate: switches it on');
  });

  it('policy: defaults when absent or partial', () => {
    expect(policyOf(undefined)).toEqual({ requireApproval: [], approvers: [] });
    expect(policyOf({ max_budget_increase_percent: 20 })).toEqual({ maxBudgetIncreasePercent: 20, requireApproval: [], approvers: [] });
    expect(policyOf({ require_approval: ['delete'], approvers: ['acme/leads'] })).toEqual({ requireApproval: ['delete'], approvers: ['acme/leads'] });
  });
});

describe('a saved plan with guardrails', () => {
  const id = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
  const saved = (guardrails: unknown) =>
    JSON.stringify({
      format_version: 2,
      created_at: '2026-11-23T12:00:00.000Z',
      summary: { update: 1, no_change: 0, error: 0 },
      actions: [
        {
          address: `topsort/m/${id}`,
          provider: 'topsort',
          account: 'm',
          id,
          file: 'campaigns/a.yaml',
          line: 1,
          action: 'update',
          changes: [{ path: 'name', before: 'a', after: 'b' }],
          live_fingerprint: `sha256:${'a'.repeat(64)}`,
          desired: { name: 'b' },
          guardrails,
        },
      ],
    }, null, 2);

  it('reads them back and counts them again, whatever the saved summary says', () => {
    const r = parsePlanText(saved([{ rule: 'running_schedule', message: 'moves the end of a campaign running now' }]), 'p.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.actions[0]!.guardrails).toEqual([{ rule: 'running_schedule', message: 'moves the end of a campaign running now' }]);
    expect(r.plan!.summary.needs_approval).toBe(1);
  });

  it('refuses a damaged list at the entry that is wrong: it must not pass for none', () => {
    for (const [guardrails, line] of [
      [[{ rule: 'create', message: 7 }], 'message'],
      [[{ message: 'x' }], '0'],
      ['none', 'guardrails'],
    ] as const) {
      const text = saved(guardrails);
      const r = parsePlanText(text, 'p.json');
      expect(r.plan).toBeUndefined();
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]!.message).toMatch(/^`guardrails` must be a list of \{rule, message\}/);
      const at = text.split('\n')[r.diagnostics[0]!.line - 1]!;
      expect(at, `${JSON.stringify(guardrails)} reported at: ${at}`).toMatch(line === '0' ? /^\s+\{$/ : new RegExp(`"${line}"`));
    }
  });
});
