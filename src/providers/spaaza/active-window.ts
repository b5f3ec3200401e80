import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { RuleViolation, SpecRule } from '../types.js';
import { endAfterStart } from '../kit/end-after-start.js';

/**
 * `active_date_until` must come after `active_date_from`. Compared as instants, not strings, so
 * `2027-01-01T00:00:00+01:00` and `2026-12-31T23:00:00Z` are recognised as the same moment.
 * A null bound is open-ended and never conflicts.
 */
export const dateWindowOrder: SpecRule<SpaazaSpec> = endAfterStart<SpaazaSpec>({
  rule: 'spaaza.date-window-order',
  start: 'active_date_from',
  end: 'active_date_until',
  message: ({ startText, endText }) => `\`active_date_until\` (${endText}) must be later than \`active_date_from\` (${startText}).`,
  hint: 'move `active_date_until` after `active_date_from`, or set one of them to null for an open-ended window',
});

/**
 * `active_time_until` must come after `active_time_from` on the same day. Spaaza does not say
 * whether a window may wrap past midnight (e.g. 22:00:00–02:00:00); we assume it may not, since
 * the two fields are documented as the moments a campaign starts and stops being valid within a day.
 * The schema pins both to zero-padded HH:MM:SS, so comparing the strings compares the times.
 */
export const timeWindowOrder: SpecRule<SpaazaSpec> = (spec) => {
  const from = spec.active_time_from;
  const until = spec.active_time_until;
  if (typeof from !== 'string' || typeof until !== 'string' || until > from) return [];
  const violation: RuleViolation = {
    rule: 'spaaza.time-window-order',
    path: ['active_time_until'],
    otherPaths: [['active_time_from']],
    message: `\`active_time_until\` (${until}) must be later in the day than \`active_time_from\` (${from}); windows that cross midnight are not supported.`,
    hint: 'use a window within one day, e.g. "09:00:00" to "17:30:00", or set one bound to null',
  };
  return [violation];
};
