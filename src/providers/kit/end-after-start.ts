/**
 * "The end comes after the start", the rule every vendor states for its campaign dates, as a spec
 * rule factory: the vendor names its two fields, its rule id and its wording; the dates are read
 * and compared here, as instants (so `+01:00` and `Z` spellings of one moment are equal).
 */
import type { RuleViolation, SpecRule } from '../types.js';
import { compareAt, readInstant, toMs, type Precision } from './instants.js';

/** The two dates as written and as instants, for the vendor's message. */
export interface DatePair {
  readonly startText: string;
  readonly endText: string;
  readonly startMs: number;
  readonly endMs: number;
  /** The end is the same moment as the start (rather than before it). */
  readonly same: boolean;
}

export interface EndAfterStartRule {
  /** `<provider>.<kebab-name>`. */
  readonly rule: string;
  readonly start: string;
  readonly end: string;
  /** How finely the vendor tells two moments apart; `millisecond` unless it keeps more. */
  readonly precision?: Precision;
  readonly message: (pair: DatePair) => string;
  readonly hint: string;
}

/**
 * Reported on the end field, pointing at the start. Silent when either date is absent, null or
 * unreadable: the schema reports a malformed date, and a single managed date is judged against
 * the live campaign at plan time.
 */
export function endAfterStart<S>(def: EndAfterStartRule): SpecRule<S> {
  const precision = def.precision ?? 'millisecond';
  return (spec) => {
    const fields = spec as Readonly<Record<string, unknown>>;
    const startText = fields[def.start];
    const endText = fields[def.end];
    const start = readInstant(startText);
    const end = readInstant(endText);
    if (start === undefined || end === undefined) return [];
    const order = compareAt(end, start, precision);
    if (order > 0) return [];
    const pair: DatePair = {
      startText: startText as string,
      endText: endText as string,
      startMs: toMs(start),
      endMs: toMs(end),
      same: order === 0,
    };
    const violation: RuleViolation = {
      rule: def.rule,
      path: [def.end],
      otherPaths: [[def.start]],
      message: def.message(pair),
      hint: def.hint,
    };
    return [violation];
  };
}
