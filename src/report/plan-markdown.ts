/**
 * The plan as a pull-request comment: a summary table first, each campaign's changes folded in
 * `<details>`, and the whole kept under GitHub's comment limit with a line saying what was cut.
 */
import { ACTION_KINDS, unknownAction, type ActionKind, type Plan, type PlanAction } from '../engine/plan-model.js';
import { htmlText, MARKDOWN_LIMIT, markdownCode, markdownText } from './markdown.js';
import { planHeadline } from './plan-text.js';
import { plural, showValue } from './values.js';

export interface MarkdownOptions {
  readonly limit?: number;
  /** Where the whole plan can be read when this one is cut (job summary, artifact). */
  readonly fullPlanAt?: string;
}

/** The summary table's row names, in the order of ACTION_KINDS. */
const ROW: { readonly [K in ActionKind]: string } = { update: 'update', no_change: 'no change', error: 'error' };

/** The order of the sections: errors first, so that a reviewer sees them even when the comment is cut. */
const SECTION_ORDER: { readonly [K in ActionKind]: number } = { error: 0, update: 1, no_change: 2 };

const cellCode = (text: string) => markdownCode(text, { inTable: true });

/** One campaign's folded section; none for a campaign that matches. */
function section(a: PlanAction): string | undefined {
  switch (a.action) {
    case 'no_change':
      return undefined;
    case 'update': {
      const rows = a.changes.map(
        (ch) =>
          `| ${cellCode(ch.path)} | ${ch.write_only && ch.before === undefined ? '_write-only_' : cellCode(showValue(ch.before, 200))} | ${cellCode(showValue(ch.after, 200))} |`,
      );
      return [
        `<details><summary><b>~ ${htmlText(a.address)}</b>: ${plural(a.changes.length, 'change')}</summary>`,
        '',
        markdownCode(`${a.file}:${a.line}`),
        '',
        '| field | live | desired |',
        '|---|---|---|',
        ...rows,
        '',
        '</details>',
      ].join('\n');
    }
    case 'error':
      return [
        `<details open><summary><b>! ${htmlText(a.address)}</b>: error <code>${htmlText(a.error.code)}</code></summary>`,
        '',
        markdownCode(`${a.file}:${a.line}`),
        '',
        markdownText(a.error.message),
        '',
        '</details>',
      ].join('\n');
    default:
      return unknownAction(a);
  }
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
    ...ACTION_KINDS.map((k) => `| ${ROW[k]} | ${s[k]} |`),
    '',
  ].join('\n');
  const shown = plan.actions.flatMap((a) => {
    const text = section(a);
    return text === undefined ? [] : [{ order: SECTION_ORDER[a.action], text }];
  });
  shown.sort((x, y) => x.order - y.order);
  const parts: string[] = [];
  let used = head.length;
  let cut = 0;
  const reserve = 400;
  for (const { text } of shown) {
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
