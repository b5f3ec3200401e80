/**
 * The rules that need the campaign as it will be (stored values for what the request leaves out),
 * checked after the body model passed, as the service's handler does. Violations are 422 with the
 * FastAPI body (`type: value_error`), except the uniqueness clash (400, see `externalIdClash`).
 */
import type { FakeResponse, VendorObject } from '../fake.js';
import { topsortError } from './errors.js';
import { isBannerFormat } from './models.js';
import { adFormatOf, campaignIdOf, externalCampaignIdOf, type CampaignRead } from './read-shape.js';
import { Issues } from './validation.js';

/** The campaign after the write, as far as the rules care. */
export interface Outcome {
  readonly adFormat: string;
  readonly campaignType: string;
  readonly chargeType: string;
  readonly budgetType: string | undefined;
  readonly start: Date;
  readonly end: Date;
}

/** Which fields the request itself carried (a violation is reported at a field that was sent). */
export interface Sent {
  readonly startDate: boolean;
  readonly endDate: boolean;
  readonly chargeType: boolean;
  readonly budgetType: boolean;
  readonly productIds: boolean;
  readonly autobiddingObjective: boolean;
}

export function checkOutcome(o: Outcome, sent: Sent, issues: Issues): void {
  // "endDate … Must be greater than start date." (compared as instants, after a past start moved to now)
  if ((sent.startDate || sent.endDate) && o.end.getTime() <= o.start.getTime()) {
    issues.rule(['body', sent.endDate ? 'endDate' : 'startDate'], 'endDate must be greater than startDate');
  }
  // "productIds … This is only allowed for banner campaigns."
  if (sent.productIds && !isBannerFormat(o.adFormat)) {
    issues.rule(['body', 'productIds'], 'productIds are only allowed for banner campaigns');
  }
  // CPA "is only available for listing campaigns and requires a budget of type total".
  if (o.chargeType === 'CPA' && (sent.chargeType || sent.budgetType)) {
    if (isBannerFormat(o.adFormat)) {
      issues.rule(['body', 'chargeType'], 'CPA charge type is only available for listing campaigns');
    } else if (o.budgetType !== 'total') {
      const loc = sent.chargeType ? ['body', 'chargeType'] : ['body', 'budget', 'type'];
      issues.rule(loc, 'CPA charge type requires a budget of type total');
    }
  }
  // Not enforced: "For banners, use autobiddingObjective instead" is advice (the seed page's own
  // example sends targetRoas together with the banner-only productIds).
  // Assumed enforcement of "The objective of the campaign, only for autobidding campaigns."
  if (sent.autobiddingObjective && o.campaignType !== 'autobidding') {
    issues.rule(['body', 'autobiddingObjective'], 'autobiddingObjective is only allowed for autobidding campaigns');
  }
}

/**
 * "Can only be updated to autobidding": manual → autobidding switches, an autobidding campaign
 * takes the unchanged value. Assumed: an exclusive campaign refuses the switch (the docs only
 * describe the bidding-method switch of manual campaigns).
 */
export function checkCampaignTypeSwitch(current: CampaignRead, issues: Issues): void {
  if (current.campaignType === 'exclusive') {
    issues.rule(['body', 'campaignType'], 'the campaign type of an exclusive campaign cannot be updated');
  }
}

/**
 * `externalCampaignId` "Must be unique per marketplace and format combination."
 * Assumed: a clash is a 400 `invalid_operation` (the docs give no status; it is a state conflict,
 * not a body that fails the model); soft-deleted campaigns no longer hold their id.
 */
export function externalIdClash(
  stored: readonly VendorObject[],
  externalId: string | null | undefined,
  adFormat: string,
  selfId?: string,
): FakeResponse | undefined {
  if (typeof externalId !== 'string') return undefined;
  const other = stored.find((c) => campaignIdOf(c) !== selfId && adFormatOf(c) === adFormat && externalCampaignIdOf(c) === externalId);
  if (!other) return undefined;
  return topsortError(
    400,
    'invalid_operation',
    `externalCampaignId "${externalId}" is already used by campaign ${campaignIdOf(other)} for ad format ${adFormat}.`,
  );
}
