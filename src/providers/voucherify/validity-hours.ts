import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { RuleViolation, SpecRule } from '../types.js';

type Period = NonNullable<NonNullable<VoucherifySpec['validity_hours']>['daily']>[number];

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `HH:mm` → minutes after midnight; undefined for anything else (the schema reports that). */
function minutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

interface Window {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly days: ReadonlySet<number>;
}

function windowOf(period: Period, index: number): Window | undefined {
  const from = minutes(period.start_time);
  const to = minutes(period.expiration_time);
  if (from === undefined || to === undefined || to <= from) return undefined;
  const days = new Set(Array.isArray(period.days_of_week) ? period.days_of_week : []);
  return { index, from, to, days };
}

/**
 * A period is active from `start_time` to `expiration_time` of the same day (the docs describe
 * it as inactive before the one and after the other), so a period ending at or before its own
 * start, e.g. one meant to run past midnight, cannot be expressed.
 */
export const periodEndsAfterStart: SpecRule<VoucherifySpec> = (spec) => {
  const daily = spec.validity_hours?.daily;
  if (!Array.isArray(daily)) return [];
  const out: RuleViolation[] = [];
  daily.forEach((period, i) => {
    const from = minutes(period.start_time);
    const to = minutes(period.expiration_time);
    if (from === undefined || to === undefined || to > from) return;
    out.push({
      rule: 'voucherify.validity-hours-end-after-start',
      path: ['validity_hours', 'daily', i, 'expiration_time'],
      otherPaths: [['validity_hours', 'daily', i, 'start_time']],
      message: `\`expiration_time\` ${period.expiration_time} of validity period ${i + 1} is not after its \`start_time\` ${period.start_time}.`,
      hint: 'a period runs within one day: use an `expiration_time` later than `start_time`, or split a period that crosses midnight in two',
    });
  });
  return out;
};

/** The docs require the daily validity periods not to overlap: same day and intersecting hours. */
export const periodsDoNotOverlap: SpecRule<VoucherifySpec> = (spec) => {
  const daily = spec.validity_hours?.daily;
  if (!Array.isArray(daily)) return [];
  const windows = daily.map(windowOf);
  const out: RuleViolation[] = [];
  windows.forEach((later, j) => {
    if (!later) return;
    for (const earlier of windows.slice(0, j)) {
      if (!earlier || !(earlier.from < later.to && later.from < earlier.to)) continue;
      const shared = [...later.days].filter((d) => earlier.days.has(d)).sort((a, b) => a - b);
      if (shared.length === 0) continue;
      const a = daily[earlier.index]!;
      const b = daily[j]!;
      out.push({
        rule: 'voucherify.validity-hours-no-overlap',
        path: ['validity_hours', 'daily', j],
        otherPaths: [['validity_hours', 'daily', earlier.index]],
        message:
          `Validity period ${j + 1} (${b.start_time}–${b.expiration_time}) overlaps period ${earlier.index + 1} ` +
          `(${a.start_time}–${a.expiration_time}) on ${shared.map((d) => DAY_NAMES[d]).join(', ')}.`,
        hint: 'periods on the same day must not overlap: shift the times, or merge the two periods into one',
      });
      return; // one report per period is enough to act on
    }
  });
  return out;
};
