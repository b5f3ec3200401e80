/**
 * The Lula rules that need the live campaign or "now". Validate already judges the spec alone
 * (`lula.end-after-start` and `lula.status-matches-dates` between desired fields, uniqueness among
 * the YAML's campaigns); here the same rules are judged where one side comes from Lula, plus the
 * rules only live state can tell. Each runs only when the update would send the fields it is
 * about, and reports only what is certain: Lula's days do not carry a time, so a live date is
 * the whole UTC day it names, and a case that depends on the hidden time of day is left to Lula.
 */
import { formatNow } from '../../desired/instant.js';
import { topField, type PathSegment } from '../../desired/path.js';
import type { LulaSpec } from '../../generated/lula.js';
import { changedFields } from '../kit/changed-fields.js';
import { dayStartSeconds, readInstant } from '../kit/instants.js';
import { perInput } from '../kit/plan-context.js';
import type { PlanInput, PlanRule } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { dayNumber, dayOfDate } from './normalize.js';
import { companyNamesOf } from './read.js';

/** The top-level fields the update would send, derived once per campaign. */
const changedOf = perInput((input: PlanInput<LulaSpec>): ReadonlySet<string> => changedFields(input.changes));

/**
 * A rule judged only when the update would send something to a campaign Lula still modifies
 * (an expired one is reported once, by `notModifiable`).
 */
function whileModifiable(rule: (input: PlanInput<LulaSpec>, changed: ReadonlySet<string>) => RuleViolation[]): PlanRule<LulaSpec> {
  return (input) => (input.changes.length === 0 || input.liveSpec['status'] === 'expired' ? [] : rule(input, changedOf(input)));
}

function liveDayOf(liveSpec: Readonly<Record<string, unknown>>, field: 'starts_at' | 'ends_at'): { text: string; day: number } | undefined {
  const text = liveSpec[field];
  if (typeof text !== 'string') return undefined;
  const day = dayNumber(text);
  return day === undefined ? undefined : { text, day };
}

/** Documented: an expired campaign cannot be modified at all (CAMPAIGN_NOT_MODIFIABLE). */
const notModifiable: PlanRule<LulaSpec> = (input) => {
  if (input.changes.length === 0 || input.liveSpec['status'] !== 'expired') return [];
  const first = input.changes[0]!;
  const fields = [...changedOf(input)].map((f) => `\`${f}\``).join(', ');
  return [
    {
      rule: 'lula.campaign-not-modifiable',
      path: [topField(first.path)],
      message:
        `campaign ${input.id} has ended (Lula reads it as \`expired\`) and Lula refuses every update to an expired ` +
        `campaign (CAMPAIGN_NOT_MODIFIABLE), but ${fields} would change`,
      hint: 'put the YAML back to what the campaign ran with (an expired campaign can only be kept for the record), or create a new campaign',
    },
  ];
};

/**
 * `ends_at` after `starts_at` (INVALID_DATE_RANGE) when only one of them is managed: Lula
 * compares the date sent with the one it holds, known here only as its day.
 */
const dateRange = whileModifiable((input, changed) => {
  const { desired, liveSpec } = input;
  const rule = 'lula.end-after-start';
  if (changed.has('starts_at') && desired.starts_at !== undefined && desired.ends_at === undefined) {
    const start = readInstant(desired.starts_at);
    const end = liveDayOf(liveSpec, 'ends_at');
    // Lula's end lies somewhere on its day: a start from the next day on is certainly after it.
    if (start && end && start.seconds >= dayStartSeconds(end.day + 1)) {
      return [
        {
          rule,
          path: ['starts_at'],
          message:
            `\`starts_at\` (${desired.starts_at}) is after the campaign's end at Lula (end date ${end.text}; ` +
            '`ends_at` is not managed here); Lula rejects this with INVALID_DATE_RANGE',
          hint: 'move `starts_at` before the end date, or manage `ends_at` here and move it too',
        },
      ];
    }
  }
  if (changed.has('ends_at') && desired.ends_at !== undefined && desired.starts_at === undefined) {
    const end = readInstant(desired.ends_at);
    const start = liveDayOf(liveSpec, 'starts_at');
    // Lula's start lies somewhere on its day: an end at or before that day's first instant is certainly not after it.
    if (end && start && end.seconds <= dayStartSeconds(start.day)) {
      return [
        {
          rule,
          path: ['ends_at'],
          message:
            `\`ends_at\` (${desired.ends_at}) is not after the campaign's start at Lula (start date ${start.text}; ` +
            '`starts_at` is not managed here); Lula rejects this with INVALID_DATE_RANGE',
          hint: 'move `ends_at` after the start date, or manage `starts_at` here and move it too',
        },
      ];
    }
  }
  return [];
});

/**
 * A `scheduled` or `expired` status sent against dates Lula holds (the dates not managed here):
 * Lula derives these two, so they are refused when the dates contradict them.
 */
const statusAgainstLiveDates = whileModifiable((input, changed) => {
  if (!changed.has('status')) return [];
  const { desired, liveSpec, now } = input;
  const today = dayOfDate(now);
  const nowText = formatNow(now);
  const rule = 'lula.status-matches-dates';
  if (desired.status === 'scheduled' && desired.starts_at === undefined) {
    const start = liveDayOf(liveSpec, 'starts_at');
    if (start && start.day < today) {
      return [
        {
          rule,
          path: ['status'],
          message:
            `\`status\` is \`scheduled\`, but the campaign started at Lula on ${start.text} (\`starts_at\` is not managed here; now: ${nowText}); ` +
            'Lula derives `scheduled` from a start in the future',
          hint: 'use `active` or `inactive`, or manage `starts_at` here and move it into the future',
        },
      ];
    }
  }
  if (desired.status === 'expired' && desired.ends_at === undefined) {
    const end = liveDayOf(liveSpec, 'ends_at');
    // Lula does not read the campaign as expired (else nothing would change), so its end has not
    // passed; on a later day that is certain whatever the time of day.
    if (end && end.day >= today) {
      return [
        {
          rule,
          path: ['status'],
          message:
            `\`status\` is \`expired\`, but the campaign has not ended at Lula (end date ${end.text}; \`ends_at\` is not managed here; now: ${nowText}); ` +
            'Lula derives `expired` from an end in the past',
          hint: 'use `inactive` to stop the campaign now, or manage `ends_at` here and move it into the past',
        },
      ];
    }
  }
  return [];
});

function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * `name` unique within the company, against every other live campaign of it (those the YAML
 * does not manage included; the YAML's own are compared with each other at validate time).
 * Compared ignoring case and surrounding spaces, like the validate rule.
 */
const uniqueLiveName = whileModifiable((input, changed) => {
  const name = input.desired.name;
  if (!changed.has('name') || name === undefined) return [];
  const names = companyNamesOf(input.live.raw);
  if (!names) return [];
  const clash = names.campaigns.find((c) => c.id !== input.id && c.name !== undefined && nameKey(c.name) === nameKey(name));
  if (!clash) return [];
  const path: PathSegment[] = ['name'];
  return [
    {
      rule: 'lula.unique-name',
      path,
      message:
        `\`name\` "${name}" is already used at Lula by campaign ${clash.id}` +
        (clash.name === name ? '' : ` (as "${clash.name}"; compared ignoring case and surrounding spaces)`) +
        `; names must be unique within company ${names.company} (Lula answers VALIDATION_ERROR)`,
      hint: 'choose another name; if that campaign is being renamed in this same change, apply its rename first (e.g. with --target), then this one',
    },
  ];
});

export const planRules: readonly PlanRule<LulaSpec>[] = [notModifiable, dateRange, statusAgainstLiveDates, uniqueLiveName];
