/**
 * The budget guardrail for every provider whose roles declare a spend field, found through the
 * registry: a campaign of the fake's seed is imported, its budget raised in its file, and with
 * `max_budget_increase_percent: 20` a raise of 10% passes while one of 50% is flagged, refused by
 * apply without an approval (nothing sent to it), and applied with `--approve ADDRESS`.
 *
 * Over real HTTP against a sandbox serving the provider's fake, through the CLI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parsePath } from '../../src/desired/path.js';
import type { PlanAction } from '../../src/engine/plan-model.js';
import { readRole } from '../../src/providers/role-values.js';
import { registry } from '../../src/providers/registry.js';
import type { SpendRole } from '../../src/providers/roles.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { exampleAccount } from './kit.js';

const withSpend = registry.filter((e) => e.provider.runtime !== undefined && (e.provider.roles?.spend?.length ?? 0) > 0);

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A campaign the plan leaves unchanged whose managed spec holds a budget above zero at the role's path. */
function budgeted(actions: readonly PlanAction[], role: SpendRole): { action: PlanAction & { file: string }; amount: number } | undefined {
  for (const a of actions) {
    if (a.action !== 'no_change' || !a.desired) continue;
    const amount = readRole(a.desired, role.path);
    if (typeof amount === 'number' && Number.isInteger(amount) && amount > 0) return { action: a, amount };
  }
  return undefined;
}

/** Writes `amount` at the role's path into the document's spec, keeping the rest of the file. */
function setBudget(project: E2E, file: string, role: SpendRole, amount: number): void {
  const doc = parseDocument(readFileSync(path.join(project.project.dir, file), 'utf8'));
  doc.setIn(['spec', ...parsePath(role.path)!], amount);
  project.project.write(file, String(doc));
}

describe.each(withSpend.map((e) => [e.provider.name, e] as const))('%s: max_budget_increase_percent', (name, entry) => {
  for (const role of entry.provider.roles!.spend!) {
    it(`${role.path}: +10% passes, +50% is flagged, refused without an approval and applied with --approve`, async () => {
      const account = exampleAccount(name);
      t = await e2e({ vendor: name, account: account.name, accountOptions: account.options, files: {} });
      const imported = await t.run(['import', '--account', account.name, '--all']);
      expect(imported.status, imported.stderr).toBe(0);
      const first = await t.plan();
      const found = budgeted(first.plan.actions, role);
      if (!found) throw new Error(`the ${name} seed has no campaign that imports with a budget at ${role.path}: seed one`);
      const { action, amount } = found;
      const config = readFileSync(path.join(t.project.dir, 'campaignctl.yaml'), 'utf8');
      t.project.write('campaignctl.yaml', `${config}policy:\n  max_budget_increase_percent: 20\n`);

      setBudget(t, action.file, role, Math.round(amount * 1.1));
      const within = await t.plan();
      const small = within.plan.actions.find((a) => a.address === action.address)!;
      expect(small.action).toBe('update');
      expect(small.guardrails).toBeUndefined();
      expect(within.plan.summary.needs_approval).toBe(0);

      const raised = Math.round(amount * 1.5);
      setBudget(t, action.file, role, raised);
      const over = await t.plan();
      const flagged = over.plan.actions.find((a) => a.address === action.address)!;
      expect(flagged.guardrails).toHaveLength(1);
      expect(flagged.guardrails![0]!.rule).toBe('max_budget_increase_percent');
      const percent = (((raised - amount) / amount) * 100).toFixed(1);
      expect(flagged.guardrails![0]!.message).toContain(`${amount.toLocaleString('en')} → ${raised.toLocaleString('en')} (+${percent}%`);
      expect(over.plan.summary.needs_approval).toBe(1);

      t.sb.clearRequests();
      const refused = await t.apply();
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain(`${action.address}: not applied: needs approval: max_budget_increase_percent:`);
      expect(t.writes().filter((w) => w.path.includes(action.id!))).toEqual([]);
      const still = (await t.plan()).plan.actions.find((a) => a.address === action.address)!;
      expect(still.action).toBe('update');

      t.sb.clearRequests();
      const approved = await t.apply(['--approve', action.address]);
      expect(approved.status, approved.stdout + approved.stderr).toBe(0);
      expect(t.writes().length).toBeGreaterThan(0);
      const after = (await t.plan()).plan.actions.find((a) => a.address === action.address)!;
      expect(after.action).toBe('no_change');
      expect(after.action === 'no_change' && after.desired ? readRole(after.desired, role.path) : undefined).toBe(raised);
    });
  }
});
