import type { LulaSpec } from '../../generated/lula.js';
import type { AccountRule, AccountRuleContext } from '../types.js';
import { uniqueInAccount } from '../kit/unique-in-account.js';

/**
 * Uniqueness rules across the campaigns of one account (= one Lula company).
 *
 * Lula documents `name` as unique within the company and `campaign_identifier` as unique across
 * all campaigns, without saying whether case counts. We compare ignoring case and surrounding
 * spaces: a clash found here costs a rename, a clash missed here fails in the middle of an apply.
 * The first campaign (in document order) keeps the value; every later one is reported, pointing
 * back at the first. Two documents with the same campaign id are the same campaign written twice,
 * which the cross-file checks report; comparing them here would only add noise. New documents
 * (no id yet) always clash: two of them with one name would be one campaign to Lula.
 */
type UniqueField = 'name' | 'campaign_identifier';

function keyOf(value: string): string {
  return value.trim().toLowerCase();
}

/** A name as Lula's uniqueness within the company compares it (also a new document's identity). */
export const nameKey = keyOf;

/** How a campaign is named in messages: its id, or what it is while it has none. */
function called(id: string): string {
  return id === '' ? 'a new campaign of this account' : `campaign "${id}"`;
}

function companyLabel(ctx: AccountRuleContext): string {
  const id = ctx.options['company_id'];
  return typeof id === 'string' || typeof id === 'number' ? `company ${String(id)}` : `account ${ctx.account}`;
}

function uniqueRule(field: UniqueField, rule: string, scope: (ctx: AccountRuleContext) => string, hint: string): AccountRule<LulaSpec> {
  return uniqueInAccount<LulaSpec>({
    rule,
    field,
    key: keyOf,
    clashes: (earlier, later) => earlier.id === '' || earlier.id !== later.id,
    message: ({ value, earlier, earlierValue, ctx }) =>
      `\`${field}\` "${value}" is already used by ${called(earlier.id)}` +
      (earlierValue === value ? '' : ` (as "${earlierValue}"; compared ignoring case and surrounding spaces)`) +
      `; it must be unique ${scope(ctx)}.`,
    hint,
  });
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
