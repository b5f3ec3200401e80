import type { TopsortSpec } from '../../generated/topsort.js';
import { uniqueInAccount } from '../kit/unique-in-account.js';

type Format = TopsortSpec['adFormat'];

/**
 * Topsort keeps `externalCampaignId` unique per marketplace and ad format. One account is one
 * marketplace, so two campaigns of an account may share an external id only when both declare
 * different `adFormat`s; when either leaves `adFormat` out we cannot tell the formats apart and
 * treat them as clashing (the external id is what teams use to find a campaign again, so a
 * duplicate is almost always a copy-paste slip).
 */
export const uniqueExternalCampaignId = uniqueInAccount<TopsortSpec>({
  rule: 'topsort.unique-external-campaign-id',
  field: 'externalCampaignId',
  compareWith: 'each',
  clashes: (earlier, later) => formatsMayClash(earlier.spec.adFormat, later.spec.adFormat),
  message: ({ campaign, earlier, value }) => {
    const format = campaign.spec.adFormat ?? earlier.spec.adFormat;
    return (
      `\`externalCampaignId\` "${value}" is already used by ${earlier.id ? `campaign ${earlier.id}` : 'a new campaign document'} in this account` +
      (format ? ` (ad format ${format})` : '') +
      '; Topsort requires it to be unique per marketplace and ad format.'
    );
  },
  hint: ({ campaign, earlier }) =>
    campaign.spec.adFormat && earlier.spec.adFormat
      ? 'give this campaign its own `externalCampaignId`'
      : 'give this campaign its own `externalCampaignId`, or declare `adFormat` on both campaigns if their formats differ',
});

function formatsMayClash(a: Format, b: Format): boolean {
  return a === undefined || b === undefined || a === b;
}
