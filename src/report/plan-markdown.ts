/**
 * The plan as a pull-request comment: a summary table first, each campaign's changes folded in
 * `<details>`, and the whole kept under GitHub's comment limit with a line saying what was cut.
 */
import { ACTION_KINDS, unknownAction, type ActionKind, type Adoption, type Plan, type PlanAction } from '../engine/plan-model.js';
import { guardrailRank, guardrailSummaryRows, markSection } from './guardrail-marks.js';
import { htmlText, MARKDOWN_LIMIT, markdownCode, markdownText } from './markdown.js';
import { campaignHeadingHtml } from './campaign-heading.js';
import { changeCount, changesMarkdown, createdCell, planZone } from './change-display.js';
import { calendarPart } from './markdown-calendar.js';
import { markdownGroups, originsLine } from './markdown-origins.js';
import { planHeadline } from './plan-text.js';
import { plural } from './values.js';

export interface MarkdownOptions {
  readonly limit?: number;
  /** Where the whole plan can be read when this one is cut (job summary, artifact). */
  readonly fullPlanAt?: string;
}

/**
 * The summary table's rows, in the order of ACTION_KINDS: update, no change and error always, the
 * lifecycle kinds when there are any.
 */
const ROW: { readonly [K in ActionKind]: { readonly name: string; readonly always: boolean } } = {
  create: { name: '**create**', always: false },
  update: { name: 'update', always: true },
  retire: { name: '**retire**', always: false },
  delete: { name: '**delete**', always: false },
  forget: { name: 'forget', always: false },
  no_change: { name: 'no change', always: true },
  error: { name: 'error', always: true },
};

/**
 * The order of the sections: campaigns created, deleted, retired and forgotten first (a campaign
 * coming or going is what a reviewer must not miss), then errors, so that both are seen even when
 * the comment is cut; then updates.
 */
const SECTION_ORDER: { readonly [K in ActionKind]: number } = { create: 0, delete: 1, retire: 2, forget: 3, error: 4, update: 5, no_change: 6 };

/** The line under a section's summary: the document, or the campaign's name where no document declares it. */
function whereOf(a: PlanAction): string {
  if ('file' in a && a.file !== undefined) return markdownCode(`${a.file}:${a.line ?? 1}`);
  const name = 'name' in a && a.name !== undefined ? `${markdownText(JSON.stringify(a.name))}, ` : '';
  return `${name}no document declares it any more`;
}

function adoptLine(adopt: Adoption): string {
  return `Found live for this new document: id ${markdownCode(adopt.id)} (${markdownText(adopt.reason)}); apply writes the id into the document.`;
}

const cellCode = (text: string) => markdownCode(text, { inTable: true });

/** One campaign's folded section; none for a campaign that matches. */
function section(a: PlanAction, zone: string): string | undefined {
  const named = campaignHeadingHtml(a);
  switch (a.action) {
    case 'no_change':
      if (!a.adopt) return undefined;
      return [`<details><summary><b>= ${htmlText(a.address)}</b>${named}: id found, no change</summary>`, '', whereOf(a), '', adoptLine(a.adopt), '', '</details>'].join('\n');
    case 'create':
      return [
        `<details open><summary><b>🆕 + ${htmlText(a.address)}</b>${named}: <b>will be created</b> (${plural(a.changes.length, 'field')})</summary>`,
        '',
        whereOf(a),
        '',
        ...(a.note ? [`> ${markdownText(a.note)}`, ''] : []),
        '| field | value |',
        '|---|---|',
        ...a.changes.map((ch) => `| ${cellCode(ch.path)} | ${createdCell(ch, zone)} |`),
        '',
        '</details>',
      ].join('\n');
    case 'retire':
      return [
        `<details open><summary><b>⏹ - ${htmlText(a.address)}</b>${named}: <b>will be retired</b> (<code>prune: deactivate</code>)</summary>`,
        '',
        whereOf(a),
        '',
        ...(a.changes.length === 0 ? ['Already stopped: nothing is sent, and campaignctl stops managing it.', ''] : changesMarkdown(a.changes, zone, ['live', 'sent'])),
        '</details>',
      ].join('\n');
    case 'delete':
      return [
        `<details open><summary><b>🗑 - ${htmlText(a.address)}</b>${named}: <b>will be deleted</b> (<code>prune: delete</code>)</summary>`,
        '',
        whereOf(a),
        '',
        'Its document is gone and its account prunes by deleting: apply deletes it at the vendor (only with `--allow-delete`).',
        '',
        '</details>',
      ].join('\n');
    case 'forget':
      return [
        `<details open><summary><b>- ${htmlText(a.address)}</b>${named}: will be forgotten</summary>`,
        '',
        whereOf(a),
        '',
        `Its document is gone: campaignctl stops managing it, and it **keeps running at the vendor**.${a.note ? ` ${markdownText(a.note)}.` : ''}`,
        '',
        '</details>',
      ].join('\n');
    case 'update': {
      return [
        `<details><summary><b>~ ${htmlText(a.address)}</b>${named}: ${changeCount(a.changes)}</summary>`,
        '',
        markdownCode(`${a.file}:${a.line}`),
        '',
        ...(a.adopt ? [adoptLine(a.adopt), ''] : []),
        ...changesMarkdown(a.changes, zone, ['live', 'desired']),
        '</details>',
      ].join('\n');
    }
    case 'error':
      return [
        `<details open><summary><b>! ${htmlText(a.address)}</b>${named}: error <code>${htmlText(a.error.code)}</code></summary>`,
        '',
        whereOf(a),
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
  const compared = originsLine(plan);
  const head = [
    '### campaignctl plan',
    '',
    `**${planHeadline(plan)}**`,
    '',
    ...(compared ? [compared, ''] : []),
    '| action | campaigns |',
    '|---|---:|',
    ...ACTION_KINDS.flatMap((k) => (ROW[k].always || s[k] > 0 ? [`| ${ROW[k].name} | ${s[k]} |`] : [])),
    ...guardrailSummaryRows(plan),
    '',
  ].join('\n');
  const zone = planZone(plan);
  const drawn = (a: PlanAction) => {
    const text = section(a, zone);
    return text === undefined ? undefined : markSection(a, text);
  };
  const groups = markdownGroups(plan, drawn);
  // Campaigns that need approval are kept first, then by SECTION_ORDER (a campaign coming or going
  // first); then drawn part by part.
  const ranked = groups.flatMap((g, group) => g.items.map((item) => ({ group, rank: guardrailRank(item.action), order: SECTION_ORDER[item.action.action], text: item.text })));
  ranked.sort((x, y) => x.rank - y.rank || x.order - y.order);
  // Each part's heading and text; none without --base.
  const frames = groups.map((g) => [g.heading && `#### ${g.heading}`, g.intro, g.items.length === 0 && g.empty].filter((t) => typeof t === 'string').join('\n\n'));
  const kept = groups.map((): string[] => []);
  let used = head.length + frames.reduce((n, f) => n + (f ? f.length + 2 : 0), 0);
  let cut = 0;
  const reserve = 400;
  for (const { group, text } of ranked) {
    if (used + text.length + 2 + reserve > limit) {
      cut += 1;
      continue;
    }
    kept[group]!.push(text);
    used += text.length + 2;
  }
  const body = frames
    .map((frame, i) => [frame, ...kept[i]!].filter((text) => text !== '').join('\n\n'))
    .filter((text) => text !== '')
    .join('\n\n');
  // The calendar takes what room the campaigns left: it is the first thing a tight comment loses.
  const calendar = calendarPart(plan, limit - used - reserve);
  const tail =
    cut > 0
      ? `\n> ✂️ ${plural(cut, 'campaign')} not shown to keep this under ${limit.toLocaleString('en-US')} characters.` +
        (opts.fullPlanAt ? ` The whole plan: ${opts.fullPlanAt}.` : '') +
        (calendar.note ? ` ${calendar.note}` : '')
      : calendar.note
        ? `\n> ✂️ ${calendar.note}`
        : '';
  return `${head}\n${calendar.text}${body}${tail}\n`;
}
