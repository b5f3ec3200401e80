import type { VoucherifySpec } from '../../generated/voucherify.js';
import { endAfterStart } from '../kit/end-after-start.js';

/** A campaign is active from `start_date` until `expiration_date`, so the end must come later. */
export const expirationAfterStart = endAfterStart<VoucherifySpec>({
  rule: 'voucherify.expiration-after-start',
  start: 'start_date',
  end: 'expiration_date',
  message: ({ same, startText, endText }) =>
    same
      ? `\`expiration_date\` (${endText}) is the same instant as \`start_date\`; the campaign would never be active.`
      : `\`expiration_date\` (${endText}) is before \`start_date\` (${startText}).`,
  hint: 'set `expiration_date` to a moment after `start_date`',
});
