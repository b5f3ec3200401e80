/**
 * Masivo's rules that need the live campaign or "now" (PUT /campaigns/{id} docs), judged at plan
 * time so that a breach becomes an error on that campaign and nothing is sent for it. The rules
 * validate runs on the spec alone (end after start, end within a year, start within a year of now,
 * custom codes, code limit) are not repeated here, except where one side of a date pair is live.
 *
 * Judged only when something would be sent: a campaign without changes breaks no update rule.
 */
import { parsePath, topField, type PathSegment } from '../../desired/path.js';
import { oneYearAfter, showInstant } from '../../desired/instant.js';
import type { MasivoSpec } from '../../generated/masivo.js';
import { perInput } from '../kit/plan-context.js';
import type { FieldChange, PlanInput, PlanRule } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { codeChangeOf } from './coupon-codes.js';
import { startOfDayUtc } from './date-rules.js';
import { instantSeconds } from './normalize.js';
import { decodeJsonField, readCampaign } from './wire-types.js';

/** The fields Masivo stores as JSON text. */
const JSON_TEXT_FIELDS = ['rules', 'metadata'] as const;

/** Fields a started campaign may resend unchanged but not change. */
export const LOCKED_AFTER_START = ['start_date', 'attributes', 'rules', 'brand_id'] as const;

const pathOf = (c: FieldChange): PathSegment[] => parsePath(c.path) ?? [topField(c.path)];

/** What every rule looks at, derived once per campaign. */
interface Facts {
  readonly input: PlanInput<MasivoSpec>;
  /** Something would be sent: a campaign without changes breaks no update rule. */
  readonly sending: boolean;
  /** Masivo says FINISHED, or the live end has passed: no update is accepted at all. */
  readonly ended: boolean;
  readonly started: boolean;
  readonly now: number;
  readonly liveStart: number | undefined;
  readonly liveEnd: number | undefined;
  /** The first change of each top-level field. */
  readonly changed: ReadonlyMap<string, FieldChange>;
  /** The end the update sends: a date-time, null (no end), or undefined when the YAML does not manage it. */
  readonly desiredEnd: string | null | undefined;
}

const factsOf = perInput((input: PlanInput<MasivoSpec>): Facts => {
  const { desired, changes } = input;
  const raw = input.live.raw;
  const now = input.now.getTime();
  const liveStart = instantSeconds(raw.start_date);
  const liveEnd = instantSeconds(raw.end_date);
  const changed = new Map<string, FieldChange>();
  for (const c of changes) if (!changed.has(topField(c.path))) changed.set(topField(c.path), c);
  return {
    input,
    sending: changes.length > 0,
    ended: raw.status === 'FINISHED' || (liveEnd !== undefined && liveEnd <= now),
    started: liveStart !== undefined && liveStart <= now,
    now,
    liveStart,
    liveEnd,
    changed,
    desiredEnd: desired.withoutEndDate === true ? null : 'end_date' in desired ? (desired.end_date ?? null) : undefined,
  };
});

/** A rule judged only when something would be sent to a campaign that still takes updates. */
function whileOpen(rule: (facts: Facts) => RuleViolation[]): PlanRule<MasivoSpec> {
  return (input) => {
    const facts = factsOf(input);
    return facts.sending && !facts.ended ? rule(facts) : [];
  };
}

/** An ended campaign accepts no update at all: reported alone, the other rules are moot. */
const campaignEnded: PlanRule<MasivoSpec> = (input) => {
  const { sending, ended, liveEnd } = factsOf(input);
  if (!sending || !ended) return [];
  const first = input.changes[0]!;
  return [
    {
      rule: 'masivo.campaign-ended',
      path: pathOf(first),
      message: `the campaign ended${liveEnd !== undefined ? ` at ${showInstant(liveEnd)}` : ''} and Masivo accepts no update to an ended campaign (\`${first.path}\` differs)`,
      hint: 'stop managing it (remove the file or the fields that differ), or create a new campaign',
    },
  ];
};

const startedLocked = whileOpen(({ started, changed, liveStart }) => {
  if (!started) return [];
  return LOCKED_AFTER_START.flatMap((field) => {
    const c = changed.get(field);
    if (!c) return [];
    return [
      {
        rule: 'masivo.started-locked',
        path: pathOf(c),
        message: `\`${field}\` cannot change once the campaign has started (it started at ${showInstant(liveStart!)})`,
        hint: `put \`${field}\` back to the live value (${JSON.stringify(c.before ?? null)}), or create a new campaign for the new ${field === 'start_date' ? 'dates' : field}`,
      },
    ];
  });
});

const startNotInPast = whileOpen(({ input, started, changed, now }) => {
  if (started || !changed.has('start_date')) return [];
  const start = instantSeconds(input.desired.start_date);
  const today = startOfDayUtc(now);
  if (start === undefined || start >= today) return [];
  return [
    {
      rule: 'masivo.start-not-in-past',
      path: ['start_date'],
      message: `\`start_date\` (${showInstant(start)}) is before today (${showInstant(today).slice(0, 10)}); a scheduled campaign's start must be today or later`,
      hint: `choose a start on or after ${showInstant(today)}`,
    },
  ];
});

/** "An end date cannot be moved into the past": only a change of end_date is judged. */
const endNotInPast = whileOpen(({ changed, desiredEnd, now }) => {
  if (!changed.has('end_date') || typeof desiredEnd !== 'string') return [];
  const end = instantSeconds(desiredEnd);
  if (end === undefined || end > now) return [];
  return [
    {
      rule: 'masivo.end-not-in-past',
      path: ['end_date'],
      message: `\`end_date\` cannot be moved into the past (${showInstant(end)} is not after now, ${showInstant(now)})`,
      hint: 'choose an end date in the future, or leave `end_date` as it is',
    },
  ];
});

/**
 * A live `rules` or `metadata` text nested too deep or too long to read safely (kit/json-text.ts)
 * reads as absent, which would show as a change and overwrite what campaignctl could not even
 * look at. When the YAML manages the field the campaign gets an error instead.
 */
const liveJsonReadable = whileOpen(({ input }) => {
  const live = readCampaign(input.live.raw);
  return JSON_TEXT_FIELDS.flatMap((field) => {
    const decoded = field in input.desired ? decodeJsonField(live[field]) : undefined;
    if (decoded === undefined || decoded.ok || decoded.problem === 'not-json') return [];
    return [
      {
        rule: 'masivo.live-json-unreadable',
        path: [field],
        message: `the live \`${field}\` of campaign ${input.id} cannot be read: ${decoded.reason}, so campaignctl cannot compare it with the YAML`,
        hint: `look at the campaign's ${field} in the Masivo dashboard, or stop managing \`${field}\` here`,
      },
    ];
  });
});

const confirmChangesRequired = whileOpen(({ input }) => {
  const { desired, changes } = input;
  const code = desired.type === 'COUPONS' ? codeChangeOf(desired, input.live.raw, changes) : undefined;
  if (!code || desired.confirm_changes === true) return [];
  return [
    {
      rule: 'masivo.confirm-changes-required',
      path: [code.field],
      message: `changing the ${code.what} of a COUPONS campaign needs \`confirm_changes: true\`; Masivo refuses the update without it`,
      hint: 'add `confirm_changes: true` to the spec to confirm the new codes, or put the code settings back',
    },
  ];
});

/**
 * End after start and less than a year after it, where one side is the YAML's and the other the
 * live campaign's (validate checks the pair when the spec holds both). Judged when either changes.
 */
const dateWindow = whileOpen(({ input, changed, liveStart, liveEnd, desiredEnd }) => {
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
});

export const planRules: readonly PlanRule<MasivoSpec>[] = [
  campaignEnded,
  liveJsonReadable,
  startedLocked,
  startNotInPast,
  endNotInPast,
  dateWindow,
  confirmChangesRequired,
];
