import type { LulaSpec } from '../../generated/lula.js';
import type { AccountCampaign, AccountRule, AccountRuleContext, AccountViolation } from '../types.js';

/**
 * Uniqueness rules across the campaigns of one account (= one Lula company).
 *
 * Lula documents `name` as unique within the company and `campaign_identifier` as unique across
 * all campaigns, without saying whether case counts. We compare ignoring case and surrounding
 * spaces: a clash found here costs a rename, a clash missed here fails in the middle of an apply.
 * The first campaign (in document order) keeps the value; every later one is reported, pointing
 * back at the first. Two documents with the same campaign id are the same campaign written twice,
 * which the cross-file checks report; comparing them here would only add noise.
 */
type UniqueField = 'name' | 'campaign_identifier';

function keyOf(value: string): string {
  return value.trim().toLowerCase();
}

function companyLabel(ctx: AccountRuleContext): string {
  const id = ctx.options['company_id'];
  return typeof id === 'string' || typeof id === 'number' ? `company ${String(id)}` : `account ${ctx.account}`;
}

function uniqueRule(
  field: UniqueField,
  rule: string,
  scope: (ctx: AccountRuleContext) => string,
  hint: string,
): AccountRule<LulaSpec> {
  return (campaigns, ctx) => {
    const first = new Map<string, AccountCampaign<LulaSpec>>();
    const out: AccountViolation[] = [];
    for (const campaign of campaigns) {
      const value = campaign.spec[field];
      if (typeof value !== 'string') continue;
      const key = keyOf(value);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, campaign);
        continue;
      }
      if (earlier.id === campaign.id) continue;
      const earlierValue = earlier.spec[field] ?? '';
      const sameText = earlierValue === value;
      out.push({
        rule,
        campaign: campaign.ref,
        path: [field],
        message:
          `\`${field}\` "${value}" is already used by campaign "${earlier.id}"` +
          (sameText ? '' : ` (as "${earlierValue}"; compared ignoring case and surrounding spaces)`) +
          `; it must be unique ${scope(ctx)}.`,
        hint,
        related: [{ campaign: earlier.ref, path: [field] }],
      });
    }
    return out;
  };
}

export const uniqueName = uniqueRule(
  'name',
  'lula.unique-name',
  (ctx) => `within ${companyLabel(ctx)}`,
  'give this campaign a name no other campaign of the company uses',
);

export const uniqueCampaignIdentifier = uniqueRule(
  'campaign_identifier',
  'lula.unique-campaign-identifier',
  (ctx) => `across all campaigns (here: those of ${companyLabel(ctx)})`,
  'choose another identifier, e.g. add the year or the store group',
);
