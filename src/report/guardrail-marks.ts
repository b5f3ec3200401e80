/**
 * How a plan shows the campaigns that need an approval (an action's `guardrails`, engine/guardrails.ts):
 * a `⚠ needs approval` line under the campaign, and a line under the plan counting them. The plan
 * renderers call these at a few places; what the marks look like is decided here alone.
 */
import type pc from 'picocolors';
import type { Guardrail, Plan, PlanAction } from '../engine/plan-model.js';
import { htmlText, markdownText } from './markdown.js';
import { printable } from './printable.js';
import { plural } from './values.js';

type Colors = ReturnType<typeof pc.createColors>;

/** The action's guardrails, when it has any. */
export function guardrailsOf(a: PlanAction): readonly Guardrail[] | undefined {
  return a.guardrails !== undefined && a.guardrails.length > 0 ? a.guardrails : undefined;
}

const HOW_TO_APPROVE = 'apply refuses it until approved: `apply --approve ADDRESS` or `--approve-all`, or in CI an approving review by one of `policy.approvers`';

/**
 * A campaign's text lines with a `⚠ needs approval: rule: message` line for each guardrail after
 * the first (the line naming the campaign).
 */
export function withGuardrailLines(a: PlanAction, lines: readonly string[], c: Colors): string[] {
  const guardrails = guardrailsOf(a);
  if (!guardrails || lines.length === 0) return [...lines];
  const marks = guardrails.map((g) => `    ${c.yellow(c.bold('⚠ needs approval'))}: ${printable(g.rule)}: ${printable(g.message)}`);
  return [lines[0]!, ...marks, ...lines.slice(1)];
}

/** The line after the text plan's headline, when campaigns need an approval; none otherwise. */
export function guardrailSummaryText(plan: Plan, c: Colors): string[] {
  const n = plan.summary.needs_approval;
  if (n === 0) return [];
  return [c.yellow(`⚠ ${plural(n, 'campaign')} ${n === 1 ? 'needs' : 'need'} an approval under \`policy:\` in campaignctl.yaml: apply refuses ${n === 1 ? 'it' : 'them'} without --approve ADDRESS or --approve-all (--auto-approve does not approve).`)];
}

/**
 * A campaign's folded markdown section with its guardrails shown: the `<summary>` line says
 * `⚠️ needs approval`, the section is open, and a quote under the summary names each rule. The
 * section is the plan renderer's: only its first `<details…>` and `</summary>` are touched.
 */
export function markSection(a: PlanAction, section: string): string {
  const guardrails = guardrailsOf(a);
  if (!guardrails) return section;
  const quote = [
    '',
    '',
    `> ⚠️ **Needs approval**: ${HOW_TO_APPROVE}.`,
    ...guardrails.map((g) => `> - \`${g.rule}\`: ${markdownText(g.message)}`),
  ].join('\n');
  return section
    .replace(/^<details(?: open)?>/, '<details open>')
    .replace('</summary>', ` · <b>⚠️ needs approval</b> (${htmlText(guardrails.map((g) => g.rule).join(', '))})</summary>${quote}`);
}

/** The summary table's row counting the campaigns that need an approval; none when none do. */
export function guardrailSummaryRows(plan: Plan): string[] {
  const n = plan.summary.needs_approval;
  return n === 0 ? [] : [`| ⚠️ **needs approval** | ${n} |`];
}

/** Sections of campaigns that need an approval come first: they must be seen even when the comment is cut. */
export function guardrailRank(a: PlanAction): number {
  return guardrailsOf(a) ? 0 : 1;
}
