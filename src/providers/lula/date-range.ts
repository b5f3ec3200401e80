import type { LulaSpec } from '../../generated/lula.js';
import { endAfterStart as endAfterStartRule } from '../kit/end-after-start.js';

/**
 * `ends_at` must be strictly after `starts_at` (Lula answers INVALID_DATE_RANGE otherwise).
 * Compared as instants, so offsets are honoured, to every fraction digit written. Past dates are
 * allowed by the docs.
 */
export const endAfterStart = endAfterStartRule<LulaSpec>({
  rule: 'lula.end-after-start',
  start: 'starts_at',
  end: 'ends_at',
  precision: 'exact',
  message: ({ startText, endText }) =>
    `\`ends_at\` (${endText}) must be after \`starts_at\` (${startText}); Lula rejects this with INVALID_DATE_RANGE.`,
  hint: 'set `ends_at` to a later time than `starts_at`, or move `starts_at` earlier',
});
