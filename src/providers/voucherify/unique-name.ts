import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { AccountCampaign, AccountRule, AccountViolation } from '../types.js';

/**
 * Campaign names are unique within a Voucherify project (the vendor answers a duplicate with
 * 409 `duplicate_found`), and one account is one project. Names are compared exactly: the docs
 * do not say whether the vendor ignores case, and a false alarm would block a valid repository.
 */
export const uniqueName: AccountRule<VoucherifySpec> = (campaigns) => {
  const first = new Map<string, AccountCampaign<VoucherifySpec>>();
  const out: AccountViolation[] = [];
  for (const campaign of campaigns) {
    const name = campaign.spec.name;
    if (typeof name !== 'string') continue;
    const earlier = first.get(name);
    if (!earlier) {
      first.set(name, campaign);
      continue;
    }
    out.push({
      rule: 'voucherify.unique-name',
      campaign: campaign.ref,
      path: ['name'],
      message: `Campaign name "${name}" is already used by campaign ${earlier.id} in this account.`,
      hint: 'Voucherify campaign names are unique per project: check the `id` and `name` of both campaigns',
      related: [{ campaign: earlier.ref, path: ['name'] }],
    });
  }
  return out;
};
