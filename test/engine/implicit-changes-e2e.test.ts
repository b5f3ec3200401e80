/**
 * Apply never changes what the plan did not show, over real HTTP against the sandbox:
 *
 * - the Masivo case of issue 12: after `import --id b7e4a0d2-…` and a budget change, the plan shows
 *   every field the full-payload PUT changes or clears (`divide_budget_in`, which the file does not
 *   manage, among them), and the PUT body, read from the request log, changes nothing else;
 * - Voucherify: a discount of another variant loses the keys the file does not state;
 * - a saved plan whose clears were edited (removed, added, pointed at a managed field) is refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Plan, PlanChange, UpdateAction } from '../../src/engine/plan-model.js';
import { toSpec } from '../../src/providers/masivo/normalize.js';
import type { MasivoState } from '../../src/sandbox/masivo/state.js';
import { e2e, type E2E } from '../helpers/e2e.js';

const BUENFIN = 'b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43';
const REFERRAL = 'camp_QAZYWgQlAvSMm6anycl7qo8s';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Imports one campaign and edits its spec; the file written. */
async function importAndEdit(t: E2E, account: string, id: string, edit: Record<string, unknown>): Promise<string> {
  const imported = await t.run(['import', '--account', account, '--id', id]);
  expect(imported.status, imported.stderr).toBe(0);
  const file = /^wrote (\S+)/m.exec(imported.stdout)![1]!;
  const full = path.join(t.project.dir, file);
  const doc = parseAllDocuments(readFileSync(full, 'utf8'))[0]!;
  for (const [field, value] of Object.entries(edit)) doc.setIn(['spec', ...field.split('.')], value);
  writeFileSync(full, doc.toString());
  return file;
}

function savedPlan(t: E2E): Plan {
  return JSON.parse(readFileSync(path.join(t.project.dir, 'plan.json'), 'utf8')) as Plan;
}

function editPlan(t: E2E, edit: (changes: PlanChange[]) => PlanChange[]): void {
  const plan = savedPlan(t);
  const update = plan.actions[0] as UpdateAction;
  writeFileSync(path.join(t.project.dir, 'plan.json'), JSON.stringify({ ...plan, actions: [{ ...update, changes: edit([...update.changes]) }] }, null, 2));
}

const masivo = () => e2e({ vendor: 'masivo', account: 'loyalty-mx', files: {} });
const writeOnlyStored = (t: E2E) => (t.sb.state().masivo as MasivoState).writeOnly![BUENFIN]!;

describe('Masivo: import --id, a budget change, and the full-payload PUT', () => {
  it('plans every field the PUT changes or clears, and the PUT changes nothing else', async () => {
    t = await masivo();
    expect(writeOnlyStored(t)).toMatchObject({ divide_budget_in: 'total' });
    await importAndEdit(t, 'loyalty-mx', BUENFIN, { budget: 60000 });

    const planned = await t.plan(['--out', 'plan.json']);
    const update = planned.plan.actions[0] as UpdateAction;
    expect(update.changes).toEqual([
      { path: 'budget', before: 50000, after: 60000, spend: { unit: 'unstated' } },
      { path: 'platforms', after: null, clears: true },
      { path: 'labels', after: null, clears: true },
      { path: 'divide_budget_in', after: null, clears: true },
    ]);
    const text = await t.run(['plan']);
    expect(text.stdout).toContain('~ budget: 50,000 → 60,000 (+20 %)');
    expect(text.stdout).toMatch(/- divide_budget_in: \(write-only: the vendor does not return it\) → \(cleared\)/);

    const live = structuredClone(t.sb.state().masivo!.campaigns.find((c) => c.id === BUENFIN)!);
    t.sb.clearRequests();
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const puts = t.writes();
    expect(puts.map((r) => r.method)).toEqual(['PUT']);
    const body = puts[0]!.body as Record<string, unknown>;
    // Readable fields: the body, read as plan reads live, differs from live in the budget alone.
    const sent = toSpec({ ...body, type: new URLSearchParams(puts[0]!.query).get('type') });
    const before = toSpec(live);
    const differing = Object.keys({ ...sent, ...before }).filter((k) => JSON.stringify(sent[k]) !== JSON.stringify(before[k]));
    expect(differing).toEqual(['budget']);
    // Write-only fields: the body carries none, so Masivo clears the ones the campaign had: the ones
    // the plan listed (an end date makes `withoutEndDate` moot; referee rules are for REFERRALS).
    expect(['platforms', 'labels', 'divide_budget_in', 'withoutEndDate', 'referee_rules_json'].filter((f) => f in body)).toEqual([]);
    expect(update.changes.filter((c) => c.clears).map((c) => c.path)).toEqual(['platforms', 'labels', 'divide_budget_in']);
    expect(writeOnlyStored(t)).not.toHaveProperty('divide_budget_in');
    // The coupon codes Masivo keeps, and the plan said nothing of them.
    expect(writeOnlyStored(t)).toMatchObject({ useCustomCodes: true });

    const again = await t.plan(['--detailed-exitcode']);
    expect(again.plan.actions.map((a) => a.action)).toEqual(['no_change']);
    // A campaign that matches is only counted: its name and status are not read.
    expect(again.plan.actions[0]!.campaign).toBeUndefined();
  });

  it('shows nothing cleared once the file manages the write-only fields; they are only sent again after the import', async () => {
    t = await masivo();
    const file = await importAndEdit(t, 'loyalty-mx', BUENFIN, { budget: 60000, divide_budget_in: 'total', platforms: null, labels: [] });
    const { plan } = await t.plan();
    const update = plan.actions[0] as UpdateAction;
    expect(update.changes.filter((c) => c.clears)).toEqual([]);
    expect(update.changes.filter((c) => c.resend).map((c) => c.path).sort()).toEqual(['divide_budget_in', 'labels', 'platforms']);
    expect(update.changes.find((c) => c.path === 'budget')).toMatchObject({ spend: { unit: 'unstated', period: 'total' } });
    const text = await t.run(['plan']);
    expect(text.stdout).toContain('~ budget: 50,000 → 60,000 (total, +20 %)');
    expect(text.stdout).toContain('    sent again: the record has no value for them:\n      = divide_budget_in: "total"\n      = platforms: null\n      = labels: []\n');
    expect(text.stdout).toContain('3 write-only values are only sent again: the last-applied record has no value for them.');

    await t.apply();
    expect(writeOnlyStored(t)).toMatchObject({ divide_budget_in: 'total' });

    // Once apply manages the campaign, a write-only value the file adds is a change the file made.
    const full = path.join(t.project.dir, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace('  labels: []\n', '  labels: []\n  withoutEndDate: false\n'));
    const next = await t.plan();
    expect((next.plan.actions[0] as UpdateAction).changes).toEqual([{ path: 'withoutEndDate', after: false, write_only: true }]);
  });

  it('refuses, writing nothing, a saved plan whose clears were taken out', async () => {
    t = await masivo();
    await importAndEdit(t, 'loyalty-mx', BUENFIN, { budget: 60000 });
    await t.plan(['--out', 'plan.json']);
    editPlan(t, (changes) => changes.filter((c) => c.path !== 'divide_budget_in'));
    t.sb.clearRequests();
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status).toBe(1);
    expect(applied.stdout).toContain('not written: the write would also clear `divide_budget_in`, which the plan does not show; plan again');
    expect(t.writes()).toEqual([]);
    expect(writeOnlyStored(t)).toMatchObject({ divide_budget_in: 'total' });
  });

  it('refuses a saved plan that shows a clear the write would not make', async () => {
    t = await masivo();
    await importAndEdit(t, 'loyalty-mx', BUENFIN, { budget: 60000 });
    await t.plan(['--out', 'plan.json']);
    editPlan(t, (changes) => [...changes, { path: 'quantity', after: null, clears: true }]);
    t.sb.clearRequests();
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status).toBe(1);
    expect(applied.stdout).toContain('not written: the plan shows `quantity` cleared, which the write would not clear now; plan again');
    expect(t.writes()).toEqual([]);
  });

  it('refuses before any request a saved plan that marks a managed field as cleared', async () => {
    t = await masivo();
    await importAndEdit(t, 'loyalty-mx', BUENFIN, { budget: 60000 });
    await t.plan(['--out', 'plan.json']);
    editPlan(t, (changes) => changes.map((c) => (c.path === 'budget' ? { path: 'budget', before: 50000, after: null, clears: true } : c)));
    t.sb.clearRequests();
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status).toBe(1);
    expect(applied.stderr).toMatch(/plan\.json:\d+:\d+: .*change `budget` is marked `clears`, but `desired` holds 60000 there/);
    expect(t.sb.requests()).toEqual([]);
  });
});

describe('Voucherify: a discount of another variant', () => {
  it('plans the keys the stored discount loses, and they are all it loses', async () => {
    t = await e2e({ vendor: 'voucherify', account: 'shop-eu', files: {} });
    await importAndEdit(t, 'shop-eu', REFERRAL, { discount: { type: 'PERCENT', percent_off: 10 } });
    const planned = await t.plan(['--out', 'plan.json']);
    const update = planned.plan.actions[0] as UpdateAction;
    expect(update.changes).toEqual([
      { path: 'discount.type', before: 'AMOUNT', after: 'PERCENT' },
      { path: 'discount.percent_off', before: null, after: 10 },
      { path: 'discount.amount_off', before: 1000, after: null, clears: true },
      { path: 'discount.effect', before: 'APPLY_TO_ORDER', after: null, clears: true },
    ]);
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const again = await t.plan();
    expect(again.plan.actions.map((a) => a.action)).toEqual(['no_change']);
    const stored = t.sb.state().voucherify!.campaigns.find((c) => c.id === REFERRAL)!;
    expect((stored.voucher as { discount: unknown }).discount).toEqual({ type: 'PERCENT', percent_off: 10 });
  });

  it('plans no clear when the variant stays: the keys the file leaves out are sent as they are', async () => {
    t = await e2e({ vendor: 'voucherify', account: 'shop-eu', files: {} });
    await importAndEdit(t, 'shop-eu', REFERRAL, { 'discount.amount_off': 1500 });
    const { plan } = await t.plan();
    expect((plan.actions[0] as UpdateAction).changes).toEqual([{ path: 'discount.amount_off', before: 1000, after: 1500 }]);
  });
});
