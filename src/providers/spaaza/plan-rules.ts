/**
 * Rules Spaaza enforces on alter-campaign (answering 419 parameter_invalid) that plan can judge
 * from the live campaign, the rest of the live chain and the YAML, so that a write Spaaza would
 * refuse becomes an `error` action and is never sent. The rules on the spec alone run at validate
 * (rules.ts); here each rule looks at the campaign as it would stand AFTER the write: the YAML's
 * managed fields over the live ones. They only apply when something would be sent.
 *
 * - `spaaza.single-default-loyalty`: one active default loyalty campaign per chain, judged against
 *   every live campaign of the chain (also those no YAML manages).
 * - `spaaza.date-window-order`, `spaaza.time-window-order`, `spaaza.basket-total-range`: the
 *   validate-time rules again, where one side of the pair is not in the YAML and comes from live.
 * - `spaaza.is-default-type`: `is_default` exists for loyalty, wallet and points_wallet campaigns
 *   only (the schema checks it when the YAML states `type`; here the live type decides).
 * - `spaaza.unrecognised-items-basket-only`: `allows_unrecognised_items` is for basket campaigns.
 * - `spaaza.campaign-reference`: `recipient_campaign_id` and `point_cost_method_wallet_campaign_id`
 *   must name another campaign of the same chain.
 */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import { changedFields } from '../kit/changed-fields.js';
import { readMs } from '../kit/instants.js';
import { perInput } from '../kit/plan-context.js';
import type { PlanInput, PlanRule } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { canonical } from './normalize.js';
import { chainOf, type ChainMember } from './read.js';

type Merged = Readonly<Record<string, unknown>>;

interface RuleContext {
  readonly id: string;
  readonly desired: Readonly<Record<string, unknown>>;
  /** The campaign after the write: canonical desired over the live spec. */
  readonly after: Merged;
  readonly liveSpec: Readonly<Record<string, unknown>>;
  readonly changed: ReadonlySet<string>;
  /** Other campaigns of the chain (live), when the read saw the chain. */
  readonly others?: readonly ChainMember[];
  readonly chainId?: number;
}

/** One rule, judged on the facts every rule shares. */
type Rule = (ctx: RuleContext) => RuleViolation[];

const DEFAULT_TYPES = new Set(['loyalty', 'wallet', 'points_wallet']);

/** Where a value comes from, for messages: the YAML or the live campaign. */
const from = (ctx: RuleContext, field: string): string => (field in ctx.desired ? 'in the YAML' : 'live, not managed here');
const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

const singleDefaultLoyalty: Rule = (ctx) => {
  const a = ctx.after;
  if (a.type !== 'loyalty' || a.is_default !== true || a.active !== true || !ctx.others) return [];
  const rival = ctx.others.find((c) => c.type === 'loyalty' && c.is_default === true && c.active === true);
  if (!rival) return [];
  const field = ctx.changed.has('is_default') ? 'is_default' : ctx.changed.has('active') ? 'active' : 'is_default';
  const name = rival.title ? ` ("${rival.title}")` : '';
  return [
    {
      rule: 'spaaza.single-default-loyalty',
      path: [field],
      message:
        `after this update campaign ${ctx.id} would be a second active default loyalty campaign in chain ${String(ctx.chainId)}: ` +
        `campaign ${rival.id}${name} already is, live, and Spaaza allows one per chain (it refuses the update with error 419 parameter_invalid)`,
      hint:
        `set \`is_default: false\` or \`active: false\` here, or first make campaign ${rival.id} inactive or not the default ` +
        '(if this plan does that too, apply it, then plan again: the two writes cannot be ordered within one apply)',
    },
  ];
};

/** The validate-time pair rules, where one side of the pair is live. */
function pairRule(
  rule: string,
  lowField: string,
  highField: string,
  key: (v: unknown) => number | string | undefined,
  allowEqual: boolean,
  hint: string,
): Rule {
  return (ctx) => {
    // Both in the YAML: validate judged it. Otherwise Spaaza judges the campaign as it would
    // stand after any write, so a live side counts even when this write does not touch the pair.
    if (lowField in ctx.desired && highField in ctx.desired) return [];
    const lo = key(ctx.after[lowField]);
    const hi = key(ctx.after[highField]);
    if (lo === undefined || hi === undefined || hi > lo || (allowEqual && hi === lo)) return [];
    const managed = highField in ctx.desired ? highField : lowField;
    const other = managed === highField ? lowField : highField;
    return [
      {
        rule,
        path: [managed],
        message:
          `\`${highField}\` (${show(ctx.after[highField])}, ${from(ctx, highField)}) must be ${allowEqual ? 'at least' : 'later than'} ` +
          `\`${lowField}\` (${show(ctx.after[lowField])}, ${from(ctx, lowField)}); Spaaza would refuse the update (error 419 parameter_invalid)`,
        hint: `${hint}, or manage \`${other}\` in the YAML too`,
      },
    ];
  };
}

const instantKey = (v: unknown): number | undefined => readMs(v, 'utc');
const stringKey = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const numberKey = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const dateWindow = pairRule('spaaza.date-window-order', 'active_date_from', 'active_date_until', instantKey, false, 'change the date in the YAML so the window ends after it starts');
const timeWindow = pairRule('spaaza.time-window-order', 'active_time_from', 'active_time_until', stringKey, false, 'keep the daily window within one day');
const basketEarn = pairRule('spaaza.basket-total-range', 'minimum_basket_total_value_earn', 'maximum_basket_total_value_earn', numberKey, true, 'keep the maximum at or above the minimum');
const basketSpend = pairRule('spaaza.basket-total-range', 'minimum_basket_total_value_spend', 'maximum_basket_total_value_spend', numberKey, true, 'keep the maximum at or above the minimum');

const isDefaultType: Rule = (ctx) => {
  const type = ctx.liveSpec.type;
  if (!ctx.changed.has('is_default') || ctx.desired.is_default !== true || typeof type !== 'string' || DEFAULT_TYPES.has(type)) return [];
  return [
    {
      rule: 'spaaza.is-default-type',
      path: ['is_default'],
      message: `\`is_default\` applies only to loyalty, wallet and points_wallet campaigns; campaign ${ctx.id} is a ${type} campaign (live), so Spaaza would refuse it`,
      hint: 'remove `is_default` from this campaign',
    },
  ];
};

const unrecognisedItems: Rule = (ctx) => {
  const type = ctx.liveSpec.type;
  if (!ctx.changed.has('allows_unrecognised_items') || typeof type !== 'string' || type === 'basket') return [];
  return [
    {
      rule: 'spaaza.unrecognised-items-basket-only',
      path: ['allows_unrecognised_items'],
      message: `\`allows_unrecognised_items\` applies only to basket campaigns; campaign ${ctx.id} is a ${type} campaign (live), so Spaaza would refuse it`,
      hint: 'remove `allows_unrecognised_items` from this campaign',
    },
  ];
};

const REFERENCES = ['recipient_campaign_id', 'point_cost_method_wallet_campaign_id'] as const;

const campaignReference: Rule = (ctx) => {
  if (!ctx.others) return [];
  const out: RuleViolation[] = [];
  for (const field of REFERENCES) {
    const ref = ctx.desired[field];
    if (!ctx.changed.has(field) || typeof ref !== 'number') continue;
    if (String(ref) !== ctx.id && ctx.others.some((c) => c.id === String(ref))) continue;
    out.push({
      rule: 'spaaza.campaign-reference',
      path: [field],
      message:
        String(ref) === ctx.id
          ? `\`${field}\` names campaign ${ctx.id} itself; it must be another campaign of chain ${String(ctx.chainId)}`
          : `\`${field}\` names campaign ${ref}, which chain ${String(ctx.chainId)} does not have; Spaaza would refuse the update (error 419 parameter_invalid)`,
      hint: 'name an existing campaign of the same chain (e.g. its points wallet), or null for none',
    });
  }
  return out;
};

const contextOf = perInput((input: PlanInput<SpaazaSpec>): RuleContext => {
  const desired = input.desired as Readonly<Record<string, unknown>>;
  const chain = chainOf(input.live.raw);
  return {
    id: input.id,
    desired,
    after: { ...input.liveSpec, ...canonical(input.desired) },
    liveSpec: input.liveSpec,
    changed: changedFields(input.changes),
    ...(chain ? { chainId: chain.chainId, others: chain.campaigns.filter((c) => c.id !== input.id) } : {}),
  };
});

/** A rule judged only when something would be sent. */
function whenSending(rule: Rule): PlanRule<SpaazaSpec> {
  return (input) => (input.changes.length === 0 ? [] : rule(contextOf(input)));
}

export const planRules: readonly PlanRule<SpaazaSpec>[] = [
  singleDefaultLoyalty,
  isDefaultType,
  unrecognisedItems,
  campaignReference,
  dateWindow,
  timeWindow,
  basketEarn,
  basketSpend,
].map(whenSending);
