/**
 * A plan made with `--base` in the terminal (engine/origins.ts): drift marked on its line, and a
 * line that says what the plan was compared with and how its changes divide.
 */
import type pc from 'picocolors';
import type { Plan, PlanChange } from '../engine/plan-model.js';
import { printable } from './printable.js';
import { plural } from './values.js';

type Colors = ReturnType<typeof pc.createColors>;

/** What ends a change's line: nothing for the branch's own change. */
export function originMark(ch: PlanChange, c: Colors): string {
  switch (ch.origin) {
    case 'drift':
      return `  ${c.magenta('(drift: changed at the vendor; applying reverts it)')}`;
    case 'change_and_drift':
      return `  ${c.magenta('(also changed at the vendor; applying replaces that too)')}`;
    default:
      return '';
  }
}

/** `Compared with main (3f2a…): 2 changes from this branch, 1 reverting drift.`; undefined without --base. */
export function originsSummary(plan: Plan, c: Colors): string | undefined {
  const base = plan.base;
  if (!base) return undefined;
  const all = plan.actions.flatMap((a): readonly PlanChange[] => a.changes ?? []);
  const drift = all.filter((ch) => ch.origin === 'drift').length;
  return c.dim(`Compared with ${printable(base.ref)} (${base.sha.slice(0, 12)}): ${plural(all.length - drift, 'change')} from this branch, ${plural(drift, 'change')} reverting drift.`);
}
