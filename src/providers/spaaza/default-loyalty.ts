import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { AccountCampaign, AccountRule, AccountViolation } from '../types.js';

/**
 * Spaaza allows one active default loyalty campaign per chain and answers a second one with
 * error 419 `parameter_invalid`. An account is one chain, so this is checked across its campaigns.
 *
 * A campaign counts when its spec says `type: loyalty` and `is_default: true` and does not say
 * `active: false`. An absent `active` is not managed by this repository, so the live value may
 * well be true (a default loyalty programme is nearly always running): we count it, because the
 * vendor would reject the write, and the fix (stating `active: false`) is cheap and explicit.
 * An absent `type` cannot be a loyalty campaign as far as we can tell offline, so it is not counted.
 */
function isActiveDefaultLoyalty(spec: SpaazaSpec): boolean {
  return spec.type === 'loyalty' && spec.is_default === true && spec.active !== false;
}

export const singleActiveDefaultLoyalty: AccountRule<SpaazaSpec> = (campaigns, ctx) => {
  let first: AccountCampaign<SpaazaSpec> | undefined;
  const out: AccountViolation[] = [];
  for (const campaign of campaigns) {
    if (!isActiveDefaultLoyalty(campaign.spec)) continue;
    if (first === undefined) {
      first = campaign;
      continue;
    }
    const activeNote = campaign.spec.active === undefined ? ' (its `active` is not set, so it may be active)' : '';
    const which = campaign.id === '' ? 'This new campaign' : `Campaign ${campaign.id}`;
    const holder = first.id === '' ? 'another new campaign of this account is' : `campaign ${first.id} is already`;
    out.push({
      rule: 'spaaza.single-default-loyalty',
      campaign: campaign.ref,
      path: ['is_default'],
      message:
        `${which} is a second active default loyalty campaign in account ${ctx.account}${activeNote}; ` +
        `${holder} the default, and Spaaza allows one per chain (error 419 parameter_invalid).`,
      hint: 'keep `is_default: true` on one loyalty campaign only: set `is_default: false` here, or `active: false` if this programme should not run',
      related: [{ campaign: first.ref, path: ['is_default'] }],
    });
  }
  return out;
};
