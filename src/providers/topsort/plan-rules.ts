/**
 * Topsort's rules that need the live campaign or "now", judged at plan time so that a campaign
 * breaking one becomes an error in the plan and nothing is sent for it. Every rule looks only at
 * what the PATCH would carry (write.ts sends the changed top-level fields; `budget` and the
 * segment configurations go whole), as Topsort judges a PATCH by what it carries plus the stored
 * values. Rules judged on the spec alone (`validate`: end after start when both dates are in the
 * spec, unique external ids among the YAML, format rules when the spec states `adFormat`) are not
 * repeated; the ones here cover the cases where one side comes from Topsort.
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import { formatNow, showInstant } from '../../desired/instant.js';
import { readMs } from '../kit/instants.js';
import { perInput } from '../kit/plan-context.js';
import type { PlanInput, PlanRule } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { isBannerFormat } from './ad-formats.js';
import { hasListing } from './read.js';
import { mergedBudget, sentFields } from './write.js';

/** One rule: at most one violation, judged on the facts every rule shares. */
type Rule = (ctx: RuleContext) => RuleViolation | undefined;

interface RuleContext {
  readonly input: PlanInput<TopsortSpec>;
  readonly desired: TopsortSpec;
  /** The top-level fields the PATCH would carry. */
  readonly sent: ReadonlySet<string>;
  /** The campaign's ad format: Topsort's (fixed at creation), else the spec's. */
  readonly adFormat: string | undefined;
  readonly live: Readonly<Record<string, unknown>>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** "Can only be updated to autobidding" — and, assumed by the project, never for exclusive campaigns. */
const campaignTypeSwitch: Rule = ({ input, sent, live }) => {
  if (!sent.has('campaignType') || live.campaignType !== 'exclusive') return undefined;
  return {
    rule: 'topsort.campaign-type-switch',
    path: ['campaignType'],
    message: `campaign ${input.id} is an exclusive campaign at Topsort; only a manual campaign can be switched to autobidding`,
    hint: 'remove `campaignType` from the spec: an exclusive campaign keeps its type',
  };
};

/** "The objective of the campaign, only for autobidding campaigns." */
const objectiveNeedsAutobidding: Rule = ({ desired, sent, live }) => {
  if (!sent.has('autobiddingObjective') || typeof desired.autobiddingObjective !== 'string') return undefined;
  const type = desired.campaignType ?? str(live.campaignType);
  if (type === 'autobidding') return undefined;
  return {
    rule: 'topsort.objective-needs-autobidding',
    path: ['autobiddingObjective'],
    message: `\`autobiddingObjective\` applies only to autobidding campaigns, and this campaign is ${type ?? 'not autobidding'} at Topsort`,
    hint: 'also set `campaignType: autobidding` (a one-way switch), or remove `autobiddingObjective`',
  };
};

/**
 * "endDate must be greater than startDate", judged as Topsort judges the PATCH: the start it
 * carries (a past one moved to now) or else the stored start, against the end it carries or the
 * stored end.
 */
const endAfterStart: Rule = ({ input, desired, sent, live }) => {
  const sendsStart = sent.has('startDate');
  const sendsEnd = sent.has('endDate');
  if (!sendsStart && !sendsEnd) return undefined;
  const now = input.now.getTime();
  const desiredStart = sendsStart ? readMs(desired.startDate) : undefined;
  const clamped = desiredStart !== undefined && desiredStart < now;
  const start = sendsStart ? (desiredStart === undefined ? undefined : Math.max(desiredStart, now)) : readMs(live.startDate);
  const end = sendsEnd ? readMs(desired.endDate) : readMs(live.endDate);
  if (start === undefined || end === undefined || end > start) return undefined;
  const startText = clamped
    ? `the start (${desired.startDate} has passed, so Topsort sets it to now, ${formatNow(input.now)})`
    : `${sendsStart ? '' : "Topsort's "}\`startDate\` (${showInstant(start)})`;
  const endText = `${sendsEnd ? '' : "Topsort's "}\`endDate\` (${showInstant(end)})`;
  return {
    rule: 'topsort.end-after-start',
    path: [sendsEnd ? 'endDate' : 'startDate'],
    ...(sendsEnd && sendsStart ? { otherPaths: [['startDate']] } : {}),
    message: `${endText} is not after ${startText}; Topsort requires the end to be after the start`,
    hint: sendsEnd ? 'set `endDate` to a moment after the start' : 'move `startDate` before the end, or also set `endDate`',
  };
};

/** "CPA is only available for listing campaigns and requires a budget of type total." */
const cpaRules: Rule = ({ desired, sent, adFormat, live }) => {
  if (!sent.has('chargeType') && !sent.has('budget')) return undefined;
  const chargeType = desired.chargeType ?? str(live.chargeType);
  if (chargeType !== 'CPA') return undefined;
  const path = sent.has('chargeType') ? ['chargeType'] : ['budget', 'type'];
  if (isBannerFormat(adFormat)) {
    return {
      rule: 'topsort.cpa-listing-only',
      path,
      message: `\`chargeType\` CPA is only available to listing campaigns, and this is a ${adFormat} campaign at Topsort`,
      hint: 'use `chargeType: CPM` (the banner default) or `CPC`',
    };
  }
  const budgetType = mergedBudget(desired, live).type;
  if (budgetType === 'total') return undefined;
  return {
    rule: 'topsort.cpa-total-budget',
    path,
    message: `\`chargeType\` CPA needs a budget of type \`total\`, and the budget is ${budgetType ? `\`${budgetType}\`` : 'not set'}${desired.budget?.type ? '' : ' at Topsort'}`,
    hint: 'set `budget.type: total`, or use `chargeType: CPC`',
  };
};

/** "productIds … only allowed for banner campaigns" (validate catches it when the spec states adFormat). */
const productIdsBannerOnly: Rule = ({ sent, adFormat }) => {
  if (!sent.has('productIds') || isBannerFormat(adFormat)) return undefined;
  return {
    rule: 'topsort.product-ids-banner-only',
    path: ['productIds'],
    message: `\`productIds\` are accepted only for banner campaigns, and this is a ${adFormat ?? 'listing'} campaign at Topsort`,
    hint: 'remove `productIds`; listing campaigns promote products through their bids',
  };
};

/** The schema's banner rule for `targetRoas`, with the ad format Topsort reports when the spec states none. */
const targetRoasListingOnly: Rule = ({ desired, sent, adFormat }) => {
  if (!sent.has('targetRoas') || typeof desired.targetRoas !== 'number' || !isBannerFormat(adFormat)) return undefined;
  return {
    rule: 'topsort.target-roas-listing-only',
    path: ['targetRoas'],
    message: `\`targetRoas\` applies only to autobidding listing campaigns, and this is a ${adFormat} campaign at Topsort`,
    hint: 'remove `targetRoas` and set `autobiddingObjective` (impressions, clicks, conversions or revenue) instead',
  };
};

/** A campaign without a budget gets one only from a complete `{amount, type}`. */
const budgetComplete: Rule = ({ desired, sent, live }) => {
  if (!sent.has('budget')) return undefined;
  const merged = mergedBudget(desired, live);
  if (merged.amount !== undefined && merged.type !== undefined) return undefined;
  const missing = merged.amount === undefined ? 'amount' : 'type';
  return {
    rule: 'topsort.budget-incomplete',
    path: ['budget'],
    message: `the campaign has no budget \`${missing}\` at Topsort, so the budget needs both \`amount\` and \`type\``,
    hint: `add \`budget.${missing}\``,
  };
};

/**
 * "Must be unique per marketplace and format combination": a new external id against every
 * other campaign of the same format the list pages showed. A campaign this repository manages
 * counts too: its PATCH and this one are not ordered, so moving an id from one campaign to
 * another takes two applies (release it, then take it), which is also what Topsort would demand.
 */
const uniqueExternalId: Rule = ({ input, desired, sent, adFormat }) => {
  const externalId = desired.externalCampaignId;
  if (!sent.has('externalCampaignId') || typeof externalId !== 'string' || !hasListing(input.live)) return undefined;
  const self = input.id.toLowerCase();
  const listing = input.live.listing;
  const holder = listing.holders.find(
    (h) => h.campaignId !== self && h.externalCampaignId === externalId && h.adFormat === adFormat,
  );
  if (!holder) return undefined;
  const managed = listing.managed.has(holder.campaignId);
  return {
    rule: 'topsort.unique-external-campaign-id',
    path: ['externalCampaignId'],
    message:
      `\`externalCampaignId\` "${externalId}" is already held at Topsort by campaign ${holder.campaignId}` +
      ` (${managed ? 'managed in this repository' : 'not managed here'}), for ad format ${adFormat ?? 'unknown'}; ` +
      'Topsort requires it to be unique per marketplace and ad format',
    hint: managed
      ? 'apply the change that gives the other campaign a new `externalCampaignId` first, then this one'
      : 'choose another `externalCampaignId`, or change the other campaign in the Topsort dashboard first',
  };
};

const contextOf = perInput((input: PlanInput<TopsortSpec>): RuleContext => {
  const live = input.liveSpec;
  return {
    input,
    desired: input.desired,
    sent: sentFields(input.changes),
    adFormat: str(live.adFormat) ?? input.desired.adFormat,
    live,
  };
});

function planRule(rule: Rule): PlanRule<TopsortSpec> {
  return (input) => {
    const violation = rule(contextOf(input));
    return violation ? [violation] : [];
  };
}

export const planRules: readonly PlanRule<TopsortSpec>[] = [
  campaignTypeSwitch,
  objectiveNeedsAutobidding,
  endAfterStart,
  cpaRules,
  productIdsBannerOnly,
  targetRoasListingOnly,
  budgetComplete,
  uniqueExternalId,
].map(planRule);
