/**
 * The calendar's place in the plan comment: under its own heading, before the campaigns, in the
 * room they leave (the first thing a comment near its limit loses, whole or in part: the chart's
 * title counts what it left out). docs/calendar.md shows it.
 */
import type { Plan } from '../engine/plan-model.js';
import { planCalendar, scheduleEntries } from './plan-calendar.js';

export const CALENDAR_HEADING = '#### Schedule changes';

export interface CalendarPart {
  /** The heading and the chart, ending in a blank line; empty when there is none. */
  readonly text: string;
  /** Said at the end of the comment when the chart was left out for room. */
  readonly note?: string;
}

export function calendarPart(plan: Plan, room: number): CalendarPart {
  const frame = `${CALENDAR_HEADING}\n\n`.length + '\n\n'.length;
  const chart = room > frame ? planCalendar(plan, room - frame) : undefined;
  if (chart) return { text: `${CALENDAR_HEADING}\n\n${chart.markdown}\n\n` };
  return scheduleEntries(plan).length > 0 && !Number.isNaN(Date.parse(plan.created_at))
    ? { text: '', note: 'The schedule chart was left out for room.' }
    : { text: '' };
}
