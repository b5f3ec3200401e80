/**
 * The plan as a pull-request comment: a summary table first, each campaign's changes folded in
 * `<details>`, and the whole kept under GitHub's comment limit with a line saying what was cut.
 */
import type { Plan, PlanAction } from '../engine/plan-model.js';
import { planHeadline } from './plan-text.js';
import { plural, showValue } from './values.js';

/** GitHub refuses comments over 65,536 characters; stay well under. */
export const MARKDOWN_LIMIT = 60_000;

export interface MarkdownOptions {
  readonly limit?: number;
  /** Where the whole plan can be read when this one is cut (job summary, artifact). */
  readonly fullPlanAt?: string;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  return clean.includes('`') ? `<code>${cell(clean)}</code>` : `\`${cell(clean)}\``;
}

function section(a: PlanAction): string {
  if (a.action === 'update') {
    const rows = (a.changes ?? []).map(
      (ch) => `| ${code(ch.path)} | ${ch.write_only && ch.before === undefined ? '_write-only_' : code(showValue(ch.before, 200))} | ${code(showValue(ch.after, 200))} |`,
    );
    return [
      `<details><summary><b>~ ${cell(a.address)}</b>: ${plural((a.changes ?? []).length, 'change')}</summary>`,
      '',
      `\`${a.file}:${a.line}\``,
      '',
      '| field | live | desired |',
      '|---|---|---|',
      ...rows,
      '',
      '</details>',
    ].join('\n');
  }
  return [
    `<details open><summary><b>! ${cell(a.address)}</b>: error <code>${cell(a.error?.code ?? 'error')}</code></summary>`,
    '',
    `\`${a.file}:${a.line}\``,
    '',
    cell(a.error?.message ?? ''),
    '',
    '</details>',
  ].join('\n');
}

export function renderPlanMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const s = plan.summary;
  const head = [
    '### campaignctl plan',
    '',
    `**${planHeadline(plan)}**`,
    '',
    '| action | campaigns |',
    '|---|---:|',
    `| update | ${s.update} |`,
    `| no change | ${s.no_change} |`,
    `| error | ${s.error} |`,
    '',
  ].join('\n');
  const shown = plan.actions.filter((a) => a.action !== 'no_change');
  // Errors first: a reviewer must see them even when the comment is cut.
  shown.sort((x, y) => (x.action === y.action ? 0 : x.action === 'error' ? -1 : 1));
  const parts: string[] = [];
  let used = head.length;
  let cut = 0;
  const reserve = 400;
  for (const a of shown) {
    const text = section(a);
    if (used + text.length + 2 + reserve > limit) {
      cut += 1;
      continue;
    }
    parts.push(text);
    used += text.length + 2;
  }
  const tail =
    cut > 0
      ? `\n> ✂️ ${plural(cut, 'campaign')} not shown to keep this under ${limit.toLocaleString('en-US')} characters.` +
        (opts.fullPlanAt ? ` The whole plan: ${opts.fullPlanAt}.` : '')
      : '';
  return `${head}\n${parts.join('\n\n')}${tail}\n`;
}
