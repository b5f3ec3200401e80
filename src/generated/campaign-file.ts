/* Generated from schemas/campaign-file.schema.json by `npm run generate`. Do not edit. */

/**
 * One campaign managed by campaignctl: which vendor account it lives in, its vendor id (none yet for a campaign apply is to create), and the fields you manage.
 */
export type CampaignFile = {
  /**
   * The vendor the campaign lives at; decides which fields spec takes.
   */
  provider: 'masivo' | 'voucherify' | 'lula' | 'spaaza' | 'topsort';
  /**
   * An account name from campaignctl.yaml; it must be an account of the same provider.
   */
  account: string;
  /**
   * The vendor's id of the campaign. Leave it out to create a new campaign: apply creates it and writes the id here.
   */
  id?: string | number;
  /**
   * The fields you manage, named exactly as the vendor's API names them. Fields left out are not managed.
   */
  spec: {};
  ignore?: Ignore;
};
/**
 * Spec paths never compared nor written, e.g. a field a dashboard user owns (budget.amount, rules[0]).
 */
export type Ignore = string[];
