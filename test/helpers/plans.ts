/** Plans in provider tests: the plan of a converged project, and plan rules judged as the engine judges them. */
import { expect } from 'vitest';
import type { PlanInput, PlanRule } from '../../src/providers/runtime.js';
import type { RuleViolation } from '../../src/providers/types.js';
import type { E2E } from './e2e.js';

/** Plan again: every campaign is `no_change`, and `--detailed-exitcode` exits 0. */
export async function expectEmptyPlan(t: E2E): Promise<void> {
  const r = await t.plan(['--detailed-exitcode']);
  expect(
    r.plan.actions.filter((a) => a.action !== 'no_change'),
    JSON.stringify(r.plan.actions, null, 1),
  ).toEqual([]);
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
}

/** Every violation a provider's plan rules find, in the order the engine reports them. */
export function judge<S>(rules: readonly PlanRule<S>[], input: PlanInput<S>): RuleViolation[] {
  return rules.flatMap((rule) => rule(input));
}
