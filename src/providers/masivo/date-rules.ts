/**
 * Masivo's campaign date restrictions (PUT /campaigns/{id} and create docs): the end comes after
 * the start and less than a year after it, and the start lies less than a year ahead. "An end date
 * cannot be moved into the past" is a rule about a change, judged by plan against the live campaign:
 * validate would otherwise turn every finished campaign's file red as time passes.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { SpecRule } from '../types.js';
import { oneYearAfter, showInstant } from '../../desired/instant.js';
import { endAfterStart as endAfterStartRule } from '../kit/end-after-start.js';
import { readMs as instantOf } from '../kit/instants.js';

/** Midnight UTC of the day `ms` falls on ("today" for Masivo's start-date rule; assumed UTC). */
export function startOfDayUtc(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export const endAfterStart = endAfterStartRule<MasivoSpec>({
  rule: 'masivo.end-after-start',
  start: 'start_date',
  end: 'end_date',
  message: ({ startMs, endMs }) => `\`end_date\` (${showInstant(endMs)}) must be after \`start_date\` (${showInstant(startMs)})`,
  hint: 'set `end_date` later than `start_date`, or use `withoutEndDate: true` for a campaign with no end',
});

export const endWithinYearOfStart: SpecRule<MasivoSpec> = (spec) => {
  const start = instantOf(spec.start_date);
  const end = instantOf(spec.end_date);
  if (start === undefined || end === undefined) return [];
  const limit = oneYearAfter(start);
  if (end < limit) return [];
  return [
    {
      rule: 'masivo.end-within-year-of-start',
      path: ['end_date'],
      otherPaths: [['start_date']],
      message: `\`end_date\` (${showInstant(end)}) must be less than one year after \`start_date\` (${showInstant(start)})`,
      hint: `set \`end_date\` before ${showInstant(limit)}, or use \`withoutEndDate: true\` for a campaign with no end`,
    },
  ];
};

/**
 * Masivo checks this on create and while a campaign is scheduled. A start in the past is fine here:
 * a running campaign's start date is resent unchanged, and whether it may still change is a question
 * for plan, which sees the live status.
 */
export const startWithinYear: SpecRule<MasivoSpec> = (spec, ctx) => {
  const start = instantOf(spec.start_date);
  if (start === undefined) return [];
  const limit = oneYearAfter(ctx.now.getTime());
  if (start < limit) return [];
  return [
    {
      rule: 'masivo.start-within-year',
      path: ['start_date'],
      message: `\`start_date\` (${showInstant(start)}) must be less than one year from now (before ${showInstant(limit)})`,
      hint: `choose a start before ${showInstant(limit)}`,
    },
  ];
};

export const dateRules: readonly SpecRule<MasivoSpec>[] = [
  endAfterStart,
  endWithinYearOfStart,
  startWithinYear,
];
