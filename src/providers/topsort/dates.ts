import type { TopsortSpec } from '../../generated/topsort.js';
import { instantMs } from '../../desired/instant.js';
import type { RuleViolation, SpecRule } from '../types.js';

/**
 * Topsort rejects an update whose `endDate` is not greater than its `startDate`. Both are
 * compared as instants, so `+01:00` and `Z` spellings of the same moment are equal. Only a spec
 * that manages both dates can be judged here; a single managed date is checked against the live
 * campaign by plan.
 */
export const endAfterStart: SpecRule<TopsortSpec> = (spec) => {
  if (typeof spec.startDate !== 'string' || typeof spec.endDate !== 'string') return [];
  const start = instantMs(spec.startDate);
  const end = instantMs(spec.endDate);
  // An unparseable date already failed the schema's date-time format; nothing to add.
  if (start === undefined || end === undefined || end > start) return [];
  const violation: RuleViolation = {
    rule: 'topsort.end-after-start',
    path: ['endDate'],
    otherPaths: [['startDate']],
    message:
      end === start
        ? `\`endDate\` (${spec.endDate}) is the same moment as \`startDate\`; Topsort requires the end to be after the start.`
        : `\`endDate\` (${spec.endDate}) is before \`startDate\` (${spec.startDate}); Topsort requires the end to be after the start.`,
    hint: 'set `endDate` to a moment after `startDate`, or move `startDate` earlier',
  };
  return [violation];
};
