import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { RuleViolation, SpecRule } from '../types.js';
import { instantMs as instant } from '../../desired/instant.js';

/** A campaign is active from `start_date` until `expiration_date`, so the end must come later. */
export const expirationAfterStart: SpecRule<VoucherifySpec> = (spec) => {
  const start = instant(spec.start_date);
  const end = instant(spec.expiration_date);
  if (start === undefined || end === undefined || end > start) return [];
  const violation: RuleViolation = {
    rule: 'voucherify.expiration-after-start',
    path: ['expiration_date'],
    otherPaths: [['start_date']],
    message:
      end === start
        ? `\`expiration_date\` (${spec.expiration_date}) is the same instant as \`start_date\`; the campaign would never be active.`
        : `\`expiration_date\` (${spec.expiration_date}) is before \`start_date\` (${spec.start_date}).`,
    hint: 'set `expiration_date` to a moment after `start_date`',
  };
  return [violation];
};
