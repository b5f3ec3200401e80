/** The plan for a terminal or a CI log: only what changes, `~ budget.amount: 100 → 500`. */
import pc from 'picocolors';
import { ACTION_KINDS, allMatch, unknownAction, type ActionKind, type Plan, type PlanAction } from '../engine/plan-model.js';
import { printable } from './printable.js';
import { plural, showValue } from './values.js';

/** Values up to this long share a line; longer ones get a line each, up to LONG characters. */
const SHORT = 60;
const LONG = 400;

/** How the headline counts each kind, in the order of ACTION_KINDS. */
const COUNTED: { readonly [K in ActionKind]: (n: number) => string } = {
  update: (n) => `${n} to update`,
  no_change: (n) => `${n} unchanged`,
  error: (n) => plural(n, 'error'),
};

export function planHeadline(plan: Plan): string {
  const s = plan.summary;
  if (allMatch(s)) return `No changes: all ${plural(s.no_change, 'campaign')} match the YAML.`;
  return `Plan: ${ACTION_KINDS.map((k) => COUNTED[k](s[k])).join(', ')}.`;
}

type Colors = ReturnType<typeof pc.createColors>;

/** The lines one action adds to the plan; none for a campaign that matches. */
function actionLines(a: PlanAction, c: Colors): string[] {
  // A saved plan is a file anyone may have edited: its addresses and paths are shown escaped too.
  const where = () => c.dim(`(${printable(a.file)}:${a.line})`);
  const address = printable(a.address);
  switch (a.action) {
    case 'no_change':
      return [];
    case 'update': {
      const lines = [`${c.yellow('~')} ${c.bold(address)} ${where()}`];
      for (const ch of a.changes) {
        const unreadable = ch.write_only && ch.before === undefined;
        const before = unreadable ? c.dim('(write-only: the vendor does not return it)') : showValue(ch.before, LONG);
        const after = showValue(ch.after, LONG);
        if (!unreadable && before.length + after.length > 2 * SHORT) {
          // Long values on lines of their own, so that where they differ stays visible.
          lines.push(`    ${c.yellow('~')} ${printable(ch.path)}:`, `        ${c.red('-')} ${before}`, `        ${c.green('+')} ${c.green(after)}`);
        } else lines.push(`    ${c.yellow('~')} ${printable(ch.path)}: ${before} → ${c.green(after)}`);
      }
      return lines;
    }
    case 'error':
      return [`${c.red('!')} ${c.bold(address)} ${where()}`, `    ${c.red(`error [${printable(a.error.code)}]:`)} ${printable(a.error.message)}`];
    default:
      return unknownAction(a);
  }
}

export function renderPlanText(plan: Plan, color: boolean): string {
  const c = pc.createColors(color);
  const lines = plan.actions.flatMap((a) => actionLines(a, c));
  if (lines.length > 0) lines.push('');
  const headline = planHeadline(plan);
  lines.push(plan.summary.error > 0 ? c.red(headline) : allMatch(plan.summary) ? c.green(headline) : c.yellow(headline));
  return `${lines.join('\n')}\n`;
}
