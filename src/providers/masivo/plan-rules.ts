/**
 * Masivo's rules that need the live campaign or "now" (PUT /campaigns/{id} docs), judged at plan
 * time so that a breach becomes an error on that campaign and nothing is sent for it. The rules
 * validate runs on the spec alone (end after start, end within a year, start within a year of now,
 * custom codes, code limit) are not repeated here, except where one side of a date pair is live.
 *
 * Judged only when something would be sent: a campaign without changes breaks no update rule.
 */
import { parsePath, type PathSegment } from '../../desired/path.js';
import { oneYearAfter, showInstant } from '../../desired/instant.js';
import type { MasivoSpec } from '../../generated/masivo.js';
import type { FieldChange, PlanInput } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { codeChangeOf } from './coupon-codes.js';
import { instantSeconds } from './normalize.js';

/** Fields a started campaign may resend unchanged but not change. */
export const LOCKED_AFTER_START = ['start_date', 'attributes', 'rules', 'brand_id'] as const;

const topField = (c: FieldChange): string => c.path.split(/[.[]/)[0]!;
const pathOf = (c: FieldChange): PathSegment[] => parsePath(c.path) ?? [topField(c)];

/** Midnight UTC of the day `now` falls on ("today" for Masivo's start-date rule; assumed UTC). */
function startOfDayUtc(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export function planRules(input: PlanInput<MasivoSpec>): RuleViolation[] {
  const { desired, changes } = input;
  if (changes.length === 0) return [];
  const raw = input.live.raw;
  const now = input.now.getTime();
  const liveStart = instantSeconds(raw.start_date);
  const liveEnd = instantSeconds(raw.end_date);

  // An ended campaign accepts no update at all.
  if (raw.status === 'FINISHED' || (liveEnd !== undefined && liveEnd <= now)) {
    const first = changes[0]!;
    return [
      {
        rule: 'masivo.campaign-ended',
        path: pathOf(first),
        message: `the campaign ended${liveEnd !== undefined ? ` at ${showInstant(liveEnd)}` : ''} and Masivo accepts no update to an ended campaign (\`${first.path}\` differs)`,
        hint: 'stop managing it (remove the file or the fields that differ), or create a new campaign',
      },
    ];
  }

  const out: RuleViolation[] = [];
  const changed = new Map<string, FieldChange>();
  for (const c of changes) if (!changed.has(topField(c))) changed.set(topField(c), c);
  const started = liveStart !== undefined && liveStart <= now;

  if (started) {
    for (const field of LOCKED_AFTER_START) {
      const c = changed.get(field);
      if (!c) continue;
      out.push({
        rule: 'masivo.started-locked',
        path: pathOf(c),
        message: `\`${field}\` cannot change once the campaign has started (it started at ${showInstant(liveStart)})`,
        hint: `put \`${field}\` back to the live value (${JSON.stringify(c.before ?? null)}), or create a new campaign for the new ${field === 'start_date' ? 'dates' : field}`,
      });
    }
  } else if (changed.has('start_date')) {
    const start = instantSeconds(desired.start_date);
    const today = startOfDayUtc(now);
    if (start !== undefined && start < today) {
      out.push({
        rule: 'masivo.start-not-in-past',
        path: ['start_date'],
        message: `\`start_date\` (${showInstant(start)}) is before today (${showInstant(today).slice(0, 10)}); a scheduled campaign's start must be today or later`,
        hint: `choose a start on or after ${showInstant(today)}`,
      });
    }
  }

  // "An end date cannot be moved into the past": only a change of end_date is judged.
  const endChange = changed.get('end_date');
  const desiredEnd = desired.withoutEndDate === true ? null : 'end_date' in desired ? (desired.end_date ?? null) : undefined;
  if (endChange && typeof desiredEnd === 'string') {
    const end = instantSeconds(desiredEnd);
    if (end !== undefined && end <= now) {
      out.push({
        rule: 'masivo.end-not-in-past',
        path: ['end_date'],
        message: `\`end_date\` cannot be moved into the past (${showInstant(end)} is not after now, ${showInstant(now)})`,
        hint: 'choose an end date in the future, or leave `end_date` as it is',
      });
    }
  }

  out.push(...dateWindow(input, changed, liveStart, liveEnd, desiredEnd));

  const code = desired.type === 'COUPONS' ? codeChangeOf(desired, raw, changes) : undefined;
  if (code && desired.confirm_changes !== true) {
    out.push({
      rule: 'masivo.confirm-changes-required',
      path: [code.field],
      message: `changing the ${code.what} of a COUPONS campaign needs \`confirm_changes: true\`; Masivo refuses the update without it`,
      hint: 'add `confirm_changes: true` to the spec to confirm the new codes, or put the code settings back',
    });
  }
  return out;
}

/**
 * End after start and less than a year after it, where one side is the YAML's and the other the
 * live campaign's (validate checks the pair when the spec holds both). Judged when either changes.
 */
function dateWindow(
  input: PlanInput<MasivoSpec>,
  changed: ReadonlyMap<string, FieldChange>,
  liveStart: number | undefined,
  liveEnd: number | undefined,
  desiredEnd: string | null | undefined,
): RuleViolation[] {
  if (!changed.has('start_date') && !changed.has('end_date')) return [];
  const startFromSpec = input.desired.start_date !== undefined;
  const endFromSpec = desiredEnd !== undefined;
  if (startFromSpec === endFromSpec) return [];
  const start = startFromSpec ? instantSeconds(input.desired.start_date) : liveStart;
  const end = endFromSpec ? (desiredEnd === null ? undefined : instantSeconds(desiredEnd)) : liveEnd;
  if (start === undefined || end === undefined) return [];
  const [path, other]: [PathSegment[], PathSegment[]] = startFromSpec ? [['start_date'], ['end_date']] : [['end_date'], ['start_date']];
  const side = startFromSpec ? 'the live `end_date`' : 'the live `start_date`';
  if (end <= start) {
    return [
      {
        rule: 'masivo.end-after-start',
        path,
        otherPaths: [other],
        message: `the end (${showInstant(end)}) must be after the start (${showInstant(start)}); ${side} is kept by the update`,
        hint: startFromSpec ? 'choose an earlier start, or manage `end_date` too' : 'choose a later end',
      },
    ];
  }
  const limit = oneYearAfter(start);
  if (end >= limit) {
    return [
      {
        rule: 'masivo.end-within-year-of-start',
        path,
        otherPaths: [other],
        message: `the end (${showInstant(end)}) must be less than one year after the start (${showInstant(start)}); ${side} is kept by the update`,
        hint: startFromSpec ? `choose a start less than a year before ${showInstant(end)}, or manage \`end_date\` too` : `choose an end before ${showInstant(limit)}`,
      },
    ];
  }
  return [];
}
