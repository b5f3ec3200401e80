/** The plan for a terminal or a CI log: only what changes, `~ budget.amount: 100 → 500`. */
import pc from 'picocolors';
import type { Plan } from '../engine/plan-model.js';
import { plural, showValue } from './values.js';

/** Values up to this long share a line; longer ones get a line each, up to LONG characters. */
const SHORT = 60;
const LONG = 400;

export function planHeadline(plan: Plan): string {
  const s = plan.summary;
  if (s.update === 0 && s.error === 0) return `No changes: all ${plural(s.no_change, 'campaign')} match the YAML.`;
  return `Plan: ${s.update} to update, ${s.no_change} unchanged, ${plural(s.error, 'error')}.`;
}

export function renderPlanText(plan: Plan, color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const a of plan.actions) {
    if (a.action === 'no_change') continue;
    const where = c.dim(`(${a.file}:${a.line})`);
    if (a.action === 'update') {
      lines.push(`${c.yellow('~')} ${c.bold(a.address)} ${where}`);
      for (const ch of a.changes ?? []) {
        const unreadable = ch.write_only && ch.before === undefined;
        const before = unreadable ? c.dim('(write-only: the vendor does not return it)') : showValue(ch.before, LONG);
        const after = showValue(ch.after, LONG);
        if (!unreadable && before.length + after.length > 2 * SHORT) {
          // Long values on lines of their own, so that where they differ stays visible.
          lines.push(`    ${c.yellow('~')} ${ch.path}:`, `        ${c.red('-')} ${before}`, `        ${c.green('+')} ${c.green(after)}`);
        } else lines.push(`    ${c.yellow('~')} ${ch.path}: ${before} → ${c.green(after)}`);
      }
    } else {
      lines.push(`${c.red('!')} ${c.bold(a.address)} ${where}`);
      lines.push(`    ${c.red(`error [${a.error?.code ?? 'error'}]:`)} ${a.error?.message ?? ''}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const headline = planHeadline(plan);
  lines.push(plan.summary.error > 0 ? c.red(headline) : plan.summary.update > 0 ? c.yellow(headline) : c.green(headline));
  return `${lines.join('\n')}\n`;
}
