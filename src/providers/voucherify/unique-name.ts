import type { VoucherifySpec } from '../../generated/voucherify.js';
import { uniqueInAccount } from '../kit/unique-in-account.js';

/**
 * Campaign names are unique within a Voucherify project (the vendor answers a duplicate with
 * 409 `duplicate_found`), and one account is one project. Names are compared exactly: the docs
 * do not say whether the vendor ignores case, and a false alarm would block a valid repository.
 * New documents (no `id` yet) count too: two of them with one name would be one campaign at the
 * vendor (the second create refused with 409).
 */
export const uniqueName = uniqueInAccount<VoucherifySpec>({
  rule: 'voucherify.unique-name',
  field: 'name',
  message: ({ value, earlier }) =>
    `Campaign name "${value}" is already used by ${earlier.id !== '' ? `campaign ${earlier.id}` : 'a new campaign document'} in this account.`,
  hint: 'Voucherify campaign names are unique per project: check the `id` and `name` of both campaigns',
});
