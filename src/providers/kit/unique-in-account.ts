/**
 * "Unique within the account" (a name, an external id…), the rule several vendors state, as an
 * account rule factory: the first campaign in document order keeps the value, every later one that
 * clashes with it is reported, pointing back at it. The vendor says how values compare (`key`),
 * which pairs clash at all (`clashes`: the same campaign written twice does not) and how to say it.
 * Where uniqueness has a second dimension (Topsort: per ad format) a later campaign is compared
 * with each earlier holder of the value (`compareWith: 'each'`) rather than the first only.
 */
import type { AccountCampaign, AccountRule, AccountRuleContext, AccountViolation } from '../types.js';

export interface Clash<S> {
  readonly campaign: AccountCampaign<S>;
  /** The earlier campaign that keeps the value. */
  readonly earlier: AccountCampaign<S>;
  readonly value: string;
  readonly earlierValue: string;
  readonly ctx: AccountRuleContext;
}

export interface UniqueInAccountRule<S> {
  /** `<provider>.<kebab-name>`. */
  readonly rule: string;
  readonly field: keyof S & string;
  /** What two values are compared as; the value itself unless given (e.g. trimmed, lower case). */
  readonly key?: (value: string) => string;
  /** Whether two campaigns with the same key clash; always unless given. */
  readonly clashes?: (earlier: AccountCampaign<S>, later: AccountCampaign<S>) => boolean;
  /** `first` (default): only the campaign that kept the value counts; `each`: any earlier holder. */
  readonly compareWith?: 'first' | 'each';
  readonly message: (clash: Clash<S>) => string;
  readonly hint: string | ((clash: Clash<S>) => string);
}

export function uniqueInAccount<S>(def: UniqueInAccountRule<S>): AccountRule<S> {
  const key = def.key ?? ((v: string) => v);
  const valueOf = (c: AccountCampaign<S>): unknown => (c.spec as Readonly<Record<string, unknown>>)[def.field];
  return (campaigns, ctx) => {
    const seen = new Map<string, AccountCampaign<S>[]>();
    const out: AccountViolation[] = [];
    for (const campaign of campaigns) {
      const value = valueOf(campaign);
      if (typeof value !== 'string') continue;
      const holders = seen.get(key(value)) ?? [];
      const candidates = def.compareWith === 'each' ? holders : holders.slice(0, 1);
      const earlier = candidates.find((e) => def.clashes?.(e, campaign) ?? true);
      if (earlier) {
        const clash: Clash<S> = { campaign, earlier, value, earlierValue: valueOf(earlier) as string, ctx };
        out.push({
          rule: def.rule,
          campaign: campaign.ref,
          path: [def.field],
          message: def.message(clash),
          hint: typeof def.hint === 'string' ? def.hint : def.hint(clash),
          related: [{ campaign: earlier.ref, path: [def.field] }],
        });
      }
      holders.push(campaign);
      seen.set(key(value), holders);
    }
    return out;
  };
}
