/**
 * What the apply after a merge did, said where the change was decided: one comment on the merged
 * pull request (edited in place should the apply run again), a row per campaign that did not stay
 * unchanged, then the campaigns the reviewed plan did not show and how to get them applied. The
 * same text goes to the job summary, after the apply tally. When nothing could be applied (the
 * reviewed plan is missing or expired), the comment says so and why.
 */
import { applyTally, OUTCOME_LABEL, type ApplyReport } from '../report/apply-text.js';
import { markdownCode, markdownText, MARKDOWN_LIMIT } from '../report/markdown.js';
import type { NotApplied, ReviewedNotes } from './reviewed-notes.js';
import { footerLine, type RunLinks } from './run-links.js';
import { fitText } from './text-budget.js';

export const APPLY_MARKER = '<!-- campaignctl:apply -->';

/** What to do about campaigns an apply after a merge left alone. */
export const HOW_TO_APPLY =
  'To apply them, open a pull request that changes them (its plan shows them to review), or run the apply workflow by hand (Actions → campaigns apply → Run workflow), which plans afresh from the default branch and applies.';

/** Rows of campaigns listed before the rest are counted. */
const MAX_ROWS = 200;

export interface ApplyCommentContext {
  readonly links: RunLinks;
  readonly now: Date;
  /** For tests; GitHub's own limit is 65,536. */
  readonly limit?: number;
}

/** Where the applied plan came from (first, under the title); empty for a push from no pull request. */
export function renderReviewedIntro(notes: ReviewedNotes): string {
  switch (notes.source) {
    case 'none':
      return '';
    case 'refused':
      return `**Nothing was applied.** ${markdownText(notes.reason)}\n`;
    case 'reviewed': {
      const lines = [
        `Applied the plan reviewed on ${pullLink(notes.pull)} (commit ${notes.pull.headSha.slice(0, 7)}, planned ${notes.planCreatedAt}), merged as ${notes.sha.slice(0, 7)}; nothing else was planned afresh.`,
      ];
      if (notes.guarded.length > 0) {
        lines.push(
          '',
          notes.approvedBy.length > 0
            ? `Guardrails of ${count(notes.guarded.length)} approved in review by ${notes.approvedBy.map((a) => `@${a}`).join(', ')}.`
            : `Guardrails of ${count(notes.guarded.length)} were not approved by one of \`policy.approvers\` after the plan: apply refused ${notes.guarded.length === 1 ? 'it' : 'them'}.`,
        );
      }
      return `${lines.join('\n')}\n`;
    }
    default:
      return notes satisfies never;
  }
}

/**
 * The campaigns the reviewed plan did not show as the files are now, those that moved at the vendor
 * since it (refused as stale), and how to get them applied (last).
 */
export function renderNotApplied(notes: ReviewedNotes, result?: ApplyReport): string {
  if (notes.source !== 'reviewed') return '';
  const stale = result?.tally.stale ?? 0;
  if (notes.notApplied.length === 0 && stale === 0) return '';
  return [
    ...(notes.notApplied.length > 0 ? notAppliedTable(notes.notApplied) : []),
    ...(stale > 0 ? [`${count(stale)} refused as stale: changed at the vendor after the plan was made, so the plan no longer shows what applying would change.`, ''] : []),
    HOW_TO_APPLY,
    '',
  ].join('\n');
}

function notAppliedTable(rows: readonly NotApplied[]): string[] {
  const shown = rows.slice(0, MAX_ROWS);
  return [
    `#### Not applied: ${count(rows.length)} the reviewed plan did not show as the files are now`,
    '',
    '| campaign | file | why |',
    '|---|---|---|',
    ...shown.map((r) => `| ${markdownCode(r.address, { inTable: true })} | ${r.file ? markdownCode(r.file, { inTable: true }) : ''} | ${markdownText(r.reason)} |`),
    ...(rows.length > shown.length ? [`| … | | and ${rows.length - shown.length} more, in the job log |`] : []),
    '',
  ];
}

/** The comment on the merged pull request. */
export function renderApplyComment(notes: ReviewedNotes, result: ApplyReport | undefined, ctx: ApplyCommentContext): string {
  const limit = ctx.limit ?? MARKDOWN_LIMIT;
  const head = `${APPLY_MARKER}\n`;
  const footer = `\n---\n${footerLine(ctx.links, ctx.now, notes.sha)}\n`;
  const title = notes.source === 'refused' || !result ? '### campaignctl apply: nothing applied' : '### campaignctl apply';
  const parts = [title, '', renderReviewedIntro(notes)];
  if (result) parts.push(`**${applyTally(result)}**${result.interrupted ? ' (interrupted)' : ''}`, '', ...outcomeTable(result));
  const left = renderNotApplied(notes, result);
  if (left) parts.push(left);
  const note = `> ✂️ Cut to stay under GitHub's comment limit. Every campaign's outcome: ${ctx.links.runUrl ? `the [job summary](${ctx.links.runUrl})` : 'the job log'}.`;
  const body = fitText(`${parts.join('\n')}\n`, { chars: limit - head.length - footer.length }, note).text;
  return `${head}${body}${footer}`;
}

function outcomeTable(result: ApplyReport): string[] {
  const rows = result.outcomes.filter((o) => o.outcome !== 'unchanged');
  if (rows.length === 0) return [];
  const shown = rows.slice(0, MAX_ROWS);
  return [
    '| campaign | outcome | detail |',
    '|---|---|---|',
    ...shown.map((o) => `| ${markdownCode(o.address, { inTable: true })} | ${OUTCOME_LABEL[o.outcome]} | ${markdownText(o.message ?? '')} |`),
    ...(rows.length > shown.length ? [`| … | | and ${rows.length - shown.length} more, in the job summary |`] : []),
    '',
  ];
}

function pullLink(p: { number: number; htmlUrl?: string }): string {
  return p.htmlUrl ? `[#${p.number}](${p.htmlUrl})` : `#${p.number}`;
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'campaign' : 'campaigns'}`;
}
