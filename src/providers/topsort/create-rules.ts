/**
 * Rules of Topsort's create page that the create schema (`$defs.create`) cannot express, judged by
 * `validate` for documents without an `id`, before any request.
 */
import type { TopsortSpec } from '../../generated/topsort.js';
import { formatNow } from '../../desired/instant.js';
import { readMs } from '../kit/instants.js';
import type { RuleViolation, SpecRule } from '../types.js';

/**
 * "endDate must be greater than startDate", with the start Topsort will actually store: a new
 * campaign starts when it is created, or later; a start that has passed (or none) becomes "now".
 * So an end that is not after now can never be created. A future start against an earlier end is
 * the spec rule `topsort.end-after-start`, not repeated here.
 */
export const createEndAfterNow: SpecRule<TopsortSpec> = (spec, ctx) => {
  const end = readMs(spec.endDate);
  if (end === undefined || end > ctx.now.getTime()) return [];
  const start = readMs(spec.startDate);
  if (start !== undefined && start > ctx.now.getTime()) return [];
  const violation: RuleViolation = {
    rule: 'topsort.create-end-after-now',
    path: ['endDate'],
    message:
      `\`endDate\` (${String(spec.endDate)}) is not after now (${formatNow(ctx.now)}); ` +
      'Topsort starts a new campaign no earlier than the moment it is created, and requires the end to be after the start',
    hint: 'move `endDate` into the future, or leave it out for a campaign without an end',
  };
  return [violation];
};

/**
 * "The objective of the campaign, only for autobidding campaigns": a new campaign is manual
 * unless the document says `campaignType: autobidding` (the only type the schema takes).
 */
export const createObjectiveNeedsAutobidding: SpecRule<TopsortSpec> = (spec) => {
  if (typeof spec.autobiddingObjective !== 'string' || spec.campaignType === 'autobidding') return [];
  return [
    {
      rule: 'topsort.objective-needs-autobidding',
      path: ['autobiddingObjective'],
      message: '`autobiddingObjective` applies only to autobidding campaigns, and a new campaign without `campaignType: autobidding` is manual',
      hint: 'add `campaignType: autobidding`, or remove `autobiddingObjective`',
    },
  ];
};

export const createRules: readonly SpecRule<TopsortSpec>[] = [createEndAfterNow, createObjectiveNeedsAutobidding];
