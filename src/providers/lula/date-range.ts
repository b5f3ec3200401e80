import type { LulaSpec } from '../../generated/lula.js';
import type { RuleViolation, SpecRule } from '../types.js';
import { compareInstants, parseInstant } from '../../desired/instant.js';

/**
 * `ends_at` must be strictly after `starts_at` (Lula answers INVALID_DATE_RANGE otherwise).
 * Compared as instants, so offsets are honoured. Past dates are allowed by the docs.
 */
export const endAfterStart: SpecRule<LulaSpec> = (spec) => {
  if (spec.starts_at === undefined || spec.ends_at === undefined) return [];
  const start = parseInstant(spec.starts_at);
  const end = parseInstant(spec.ends_at);
  if (!start || !end || compareInstants(end, start) > 0) return [];
  const violation: RuleViolation = {
    rule: 'lula.end-after-start',
    path: ['ends_at'],
    otherPaths: [['starts_at']],
    message:
      `\`ends_at\` (${spec.ends_at}) must be after \`starts_at\` (${spec.starts_at}); ` +
      'Lula rejects this with INVALID_DATE_RANGE.',
    hint: 'set `ends_at` to a later time than `starts_at`, or move `starts_at` earlier',
  };
  return [violation];
};
