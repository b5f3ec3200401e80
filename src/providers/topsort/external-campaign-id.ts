import type { TopsortSpec } from '../../generated/topsort.js';
import type { AccountCampaign, AccountRule, AccountViolation } from '../types.js';

type Format = TopsortSpec['adFormat'];

/**
 * Topsort keeps `externalCampaignId` unique per marketplace and ad format. One account is one
 * marketplace, so two campaigns of an account may share an external id only when both declare
 * different `adFormat`s; when either leaves `adFormat` out we cannot tell the formats apart and
 * treat them as clashing (the external id is what teams use to find a campaign again, so a
 * duplicate is almost always a copy-paste slip).
 */
export const uniqueExternalCampaignId: AccountRule<TopsortSpec> = (campaigns) => {
  const violations: AccountViolation[] = [];
  const seen = new Map<string, AccountCampaign<TopsortSpec>[]>();
  for (const campaign of campaigns) {
    const externalId = campaign.spec.externalCampaignId;
    if (typeof externalId !== 'string') continue;
    const earlier = seen.get(externalId) ?? [];
    const clash = earlier.find((other) => formatsMayClash(other.spec.adFormat, campaign.spec.adFormat));
    if (clash) {
      const format = campaign.spec.adFormat ?? clash.spec.adFormat;
      violations.push({
        rule: 'topsort.unique-external-campaign-id',
        campaign: campaign.ref,
        path: ['externalCampaignId'],
        message:
          `\`externalCampaignId\` "${externalId}" is already used by campaign ${clash.id} in this account` +
          (format ? ` (ad format ${format})` : '') +
          '; Topsort requires it to be unique per marketplace and ad format.',
        hint:
          campaign.spec.adFormat && clash.spec.adFormat
            ? 'give this campaign its own `externalCampaignId`'
            : 'give this campaign its own `externalCampaignId`, or declare `adFormat` on both campaigns if their formats differ',
        related: [{ campaign: clash.ref, path: ['externalCampaignId'] }],
      });
    }
    earlier.push(campaign);
    seen.set(externalId, earlier);
  }
  return violations;
};

function formatsMayClash(a: Format, b: Format): boolean {
  return a === undefined || b === undefined || a === b;
}
