/**
 * The Voucherify rules that need the live campaign, judged at plan time so that nothing is sent for a
 * campaign that breaks one. Rules on the spec alone run at validate time (rules.ts and the schema) and
 * are not repeated here; these take what the spec leaves to the live campaign (its `campaign_type` and
 * `type` when the YAML does not name them, a date the YAML does not manage). Each fires only when a
 * change would be sent: an unchanged field is never a violation.
 */
import { showInstant } from '../../desired/instant.js';
import type { VoucherifySpec } from '../../generated/voucherify.js';
import { isJsonObject } from '../../json/guards.js';
import type { PlanInput, PlanRule } from '../runtime.js';
import type { RuleViolation } from '../types.js';
import { changedFields } from '../kit/changed-fields.js';
import { readMs } from '../kit/instants.js';
import { perInput } from '../kit/plan-context.js';
import { CREATE_ONLY, NOT_PUT, PUT_FIELDS } from './update-fields.js';
import { campaignTypeOf } from './wire-types.js';

type Input = PlanInput<VoucherifySpec>;

/** The top-level fields the update would change; empty when nothing would be sent (then no rule fires). */
const changedOf = perInput((input: Input): ReadonlySet<string> => changedFields(input.changes));

/** A rule judged only when a change would be sent, with the fields that change. */
function whenSending(rule: (input: Input, changed: ReadonlySet<string>) => RuleViolation[]): PlanRule<VoucherifySpec> {
  return (input) => (input.changes.length === 0 ? [] : rule(input, changedOf(input)));
}

/** "A newly created campaign cannot be read or modified until generation completes." */
const stillGenerating = whenSending(({ live }) => {
  const key = ['creation_status', 'vouchers_generation_status'].find((k) => live.raw[k] === 'IN_PROGRESS');
  if (!key) return [];
  return [
    {
      rule: 'voucherify.campaign-generating',
      path: [],
      message: `The campaign is still being generated (\`${key}\` is IN_PROGRESS); Voucherify accepts no update until that completes.`,
      hint: 'plan again once the campaign reads DONE',
    },
  ];
});

/** The update body is per campaign type; what a type's body does not list is silently ignored. */
const fieldsForCampaignType = whenSending(({ live }, changed) => {
  const type = campaignTypeOf(live.raw);
  if (!type) return [];
  const takes = new Set(PUT_FIELDS[type]);
  return [...changed]
    .filter((f) => !NOT_PUT.has(f) && !CREATE_ONLY.has(f) && !takes.has(f))
    .map((f) => ({
      rule: 'voucherify.field-not-for-campaign-type',
      path: [f],
      message: `\`${f}\` cannot be updated on this ${type} campaign: Voucherify's update ignores it for that campaign type.`,
      hint: `remove \`${f}\` (or check the campaign id: it is a ${type} campaign)`,
    }));
});

/** `voucher` and `vouchers_count` go with the create call only; the update body has neither. */
const createOnlyFixed = whenSending((_input, changed) =>
  [...changed]
    .filter((f) => CREATE_ONLY.has(f))
    .map((f) => ({
      rule: 'voucherify.create-only',
      path: [f],
      message: `\`${f}\` is set when the campaign is created; Voucherify's update cannot change it afterwards.`,
      hint: `write \`${f}\` as the campaign has it, or leave it out (a different one needs a new campaign)`,
    })),
);

/** "STANDALONE cannot change and nothing can change to it." */
const standaloneTypeFixed = whenSending(({ live }, changed) => {
  if (!changed.has('type') || live.raw.type !== 'STANDALONE') return [];
  return [
    {
      rule: 'voucherify.standalone-type-fixed',
      path: ['type'],
      message: 'This campaign is STANDALONE (one shared code); a STANDALONE campaign keeps its `type` for good.',
      hint: 'remove `type` from the spec of this campaign',
    },
  ];
});

/** `join_once` is forced true for loyalty programs and false for standalone campaigns. */
const joinOnceFixed = whenSending(({ live, desired }, changed) => {
  if (!changed.has('join_once')) return [];
  const forced = campaignTypeOf(live.raw) === 'LOYALTY_PROGRAM' ? true : live.raw.type === 'STANDALONE' ? false : undefined;
  if (forced === undefined || desired.join_once === forced) return [];
  const what = forced ? 'a LOYALTY_PROGRAM campaign' : 'a STANDALONE campaign';
  return [
    {
      rule: 'voucherify.join-once-fixed',
      path: ['join_once'],
      message: `\`join_once\` is always ${String(forced)} for ${what} and cannot be changed.`,
      hint: `set \`join_once: ${String(forced)}\`, or leave it out`,
    },
  ];
});

/**
 * The campaign is active from `start_date` until `expiration_date`. Validate checks the two when the
 * spec holds both; here one of them is the live campaign's.
 */
const expirationAfterLiveStart = whenSending(({ desired, liveSpec }, changed) => {
  if (!changed.has('start_date') && !changed.has('expiration_date')) return [];
  if (desired.start_date !== undefined && desired.expiration_date !== undefined) return [];
  const start = readMs(desired.start_date ?? liveSpec.start_date);
  const end = readMs(desired.expiration_date ?? liveSpec.expiration_date);
  if (start === undefined || end === undefined || end > start) return [];
  const startIsLive = desired.start_date === undefined;
  return [
    {
      rule: 'voucherify.expiration-after-start',
      path: [startIsLive ? 'expiration_date' : 'start_date'],
      message: startIsLive
        ? `\`expiration_date\` (${showInstant(end)}) is not after the campaign's live \`start_date\` (${showInstant(start)}).`
        : `\`start_date\` (${showInstant(start)}) is not before the campaign's live \`expiration_date\` (${showInstant(end)}).`,
      hint: startIsLive
        ? 'set `expiration_date` later, or manage `start_date` too'
        : 'set `start_date` earlier, or manage `expiration_date` too',
    },
  ];
});

/** "start_date required when including the validity_timeframe": the spec's or the campaign's. */
const timeframeNeedsStart = whenSending(({ desired, liveSpec }, changed) => {
  if (!changed.has('validity_timeframe') || !isJsonObject(desired.validity_timeframe)) return [];
  if (desired.start_date !== undefined || liveSpec.start_date !== undefined) return [];
  return [
    {
      rule: 'voucherify.validity-timeframe-needs-start',
      path: ['validity_timeframe'],
      message: '`validity_timeframe` needs a `start_date`, and neither the spec nor the live campaign has one.',
      hint: 'add `start_date:` (the moment the first window opens)',
    },
  ];
});

export const planRules: readonly PlanRule<VoucherifySpec>[] = [
  stillGenerating,
  fieldsForCampaignType,
  createOnlyFixed,
  standaloneTypeFixed,
  joinOnceFixed,
  expirationAfterLiveStart,
  timeframeNeedsStart,
];
