/** The apply tally for a job summary or a comment: counts, then a table of what did not stay unchanged. */
import { applyTally, OUTCOME_LABEL, type ApplyReport } from './apply-text.js';
import { markdownCode, markdownText } from './markdown.js';
import { plural } from './values.js';

export function renderApplyMarkdown(result: ApplyReport): string {
  const rows = result.outcomes
    .filter((o) => o.outcome !== 'unchanged')
    .map((o) => `| ${markdownCode(o.address, { inTable: true })} | ${OUTCOME_LABEL[o.outcome]} | ${markdownText(o.message ?? '')} |`);
  return [
    '### campaignctl apply',
    '',
    `**${applyTally(result)}**${result.interrupted ? ' (interrupted)' : ''}`,
    '',
    ...(rows.length ? ['| campaign | outcome | detail |', '|---|---|---|', ...rows, ''] : []),
    `${plural(result.outcomes.length, 'campaign')} in the plan.`,
    '',
  ].join('\n');
}
