import type { TopsortSpec } from '../../generated/topsort.js';
import { endAfterStart as endAfterStartRule } from '../kit/end-after-start.js';

/**
 * Topsort rejects an update whose `endDate` is not greater than its `startDate`. Both are
 * compared as instants, so `+01:00` and `Z` spellings of the same moment are equal. Only a spec
 * that manages both dates can be judged here; a single managed date is checked against the live
 * campaign by plan.
 */
export const endAfterStart = endAfterStartRule<TopsortSpec>({
  rule: 'topsort.end-after-start',
  start: 'startDate',
  end: 'endDate',
  message: ({ same, startText, endText }) =>
    same
      ? `\`endDate\` (${endText}) is the same moment as \`startDate\`; Topsort requires the end to be after the start.`
      : `\`endDate\` (${endText}) is before \`startDate\` (${startText}); Topsort requires the end to be after the start.`,
  hint: 'set `endDate` to a moment after `startDate`, or move `startDate` earlier',
});
