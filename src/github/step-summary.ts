/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): the plan or the apply tally, appended to what the step
 * already wrote, and the whole kept under GitHub's 1 MiB per step. A plan too large to fit loses
 * whole campaigns first (errors are kept longest), with a note saying where the whole plan is.
 */
import { appendFile, stat } from 'node:fs/promises';
import type { Plan } from '../engine/plan-model.js';
import { renderApplyMarkdown } from '../report/apply-markdown.js';
import type { ApplyReport } from '../report/apply-text.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { renderNotApplied, renderReviewedIntro } from './apply-comment.js';
import type { ReviewedNotes } from './reviewed-notes.js';
import { wholePlanFromSummary, type RunLinks } from './run-links.js';
import { byteLength, fitText, SUMMARY_LIMIT_BYTES } from './text-budget.js';

/** Below this, not even a cut plan is worth writing: a line pointing elsewhere is. */
const MIN_USEFUL_BYTES = 2_048;

export function renderPlanSummary(plan: Plan, links: RunLinks, budgetBytes: number): string {
  const whole = wholePlanFromSummary(links);
  const note = `> ✂️ Cut to stay under GitHub's 1 MiB job summary. The whole plan: ${whole}.`;
  if (budgetBytes < MIN_USEFUL_BYTES) return fitText(`### campaignctl plan\n\n${note}\n`, { bytes: budgetBytes }, '').text;
  // renderPlanMarkdown counts characters; most plans are ASCII, so one or two narrowing rounds
  // bring a multi-byte plan under the byte budget with whole campaigns cut.
  let limit = budgetBytes;
  let text = renderPlanMarkdown(plan, { limit, fullPlanAt: whole });
  for (let round = 0; round < 5 && byteLength(text) > budgetBytes; round++) {
    limit = Math.floor((limit * budgetBytes) / byteLength(text) * 0.98);
    text = renderPlanMarkdown(plan, { limit, fullPlanAt: whole });
  }
  return fitText(text, { bytes: budgetBytes }, note).text;
}

export function renderApplySummary(result: ApplyReport, budgetBytes: number, reviewed?: ReviewedNotes): string {
  const note = '> ✂️ Cut to stay under GitHub\'s 1 MiB job summary. Every campaign\'s outcome is in the job log of the apply step.';
  let text = renderApplyMarkdown(result);
  if (reviewed) {
    const intro = renderReviewedIntro(reviewed);
    if (intro) text = text.replace(/^(### campaignctl apply\n\n)/, `$1${intro}\n`);
    const left = renderNotApplied(reviewed, result);
    if (left) text = `${text}\n${left}`;
  }
  return fitText(text, { bytes: budgetBytes }, note).text;
}

/** An apply after a merge that applied nothing (the reviewed plan could not be had), and why. */
export function renderRefusedApplySummary(reviewed: ReviewedNotes, budgetBytes: number): string {
  return fitText(`### campaignctl apply: nothing applied\n\n${renderReviewedIntro(reviewed)}`, { bytes: budgetBytes }, '').text;
}

/** Bytes the step's summary may still take. */
export async function summaryBudget(file: string): Promise<number> {
  let used = 0;
  try {
    used = (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  // A blank line between what is there and what we add.
  return Math.max(0, SUMMARY_LIMIT_BYTES - used - 2);
}

export async function appendSummary(file: string, text: string): Promise<void> {
  let used = 0;
  try {
    used = (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await appendFile(file, used > 0 ? `\n${text.endsWith('\n') ? text : `${text}\n`}` : text);
}
