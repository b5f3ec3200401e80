/* Generated from schemas/spaaza.schema.json by `npm run generate`. Do not edit. */

/**
 * Fields of a Spaaza campaign that campaignctl manages through alter-campaign, named as that call names them.
 */
export type SpaazaSpec = {
  /**
   * Campaign type, fixed when the campaign is created: create sends it (add-campaign requires it); afterwards plan checks it against the live campaign and never sends it.
   */
  type?:
    | 'basket'
    | 'birthday'
    | 'cashback'
    | 'competition'
    | 'composable'
    | 'content'
    | 'interaction'
    | 'item_purchase_count'
    | 'login'
    | 'loyalty'
    | 'matching_item'
    | 'mobile_content'
    | 'points_wallet'
    | 'product'
    | 'profile_completion'
    | 'progress'
    | 'purchase_count'
    | 'referral'
    | 'signup'
    | 'subscription'
    | 'wallet';
  /**
   * Campaign name shown to customers in the app and embed.
   */
  title?: string;
  /**
   * Secondary headline shown to customers in the Spaaza embed.
   */
  subtitle?: string | null;
  /**
   * Customer-facing explanation of the campaign.
   */
  description?: string | null;
  /**
   * Small print such as terms and conditions, shown under the description.
   */
  subtext?: string | null;
  /**
   * Internal notes, visible only to administrators of the campaign. A campaign campaignctl created also carries its marker here (`[campaignctl:…]`, after the notes), which plan and import leave out.
   */
  notes?: string | null;
  /**
   * Whether the campaign is switched on (read also returns it as `is_active`).
   */
  active?: boolean;
  /**
   * Moment the campaign starts (RFC 3339, sent as UTC); null means no start bound.
   */
  active_date_from?: string | null;
  /**
   * Moment the campaign ends (RFC 3339, sent as UTC); null means no end bound.
   */
  active_date_until?: string | null;
  /**
   * Time of day (HH:MM:SS) from which the campaign applies; null means from the start of the day.
   */
  active_time_from?: string | null;
  /**
   * Time of day (HH:MM:SS) at which the campaign stops applying; null means until the end of the day.
   */
  active_time_until?: string | null;
  /**
   * Comma-separated day numbers (1 = Monday … 7 = Sunday) on which the campaign applies; null means every day.
   */
  active_weekdays?: string | null;
  /**
   * How the campaign's rules combine: all must hold (and) or any may hold (or).
   */
  operator_type?: 'or' | 'and';
  /**
   * Spaaza id of the currency the campaign rewards in (defaults to the chain's currency); give this or currency_code.
   */
  currency_id?: number;
  /**
   * ISO 4217 code of the currency the campaign rewards in, e.g. EUR; give this or currency_id.
   */
  currency_code?: string;
  /**
   * Marks a loyalty, wallet or points_wallet campaign as the chain's default; one active default loyalty campaign per chain.
   */
  is_default?: boolean;
  /**
   * Spaaza store (business) ids the campaign applies in; read returns them as {id, name} objects.
   */
  assigned_business_ids?: number[];
  /**
   * Product barcodes the campaign applies to in basket pricing.
   */
  assigned_barcodes?: string[];
  /**
   * Product barcodes on which customers earn from the campaign.
   */
  assigned_barcodes_earn?: string[];
  /**
   * Product barcodes on which customers can spend the campaign's rewards.
   */
  assigned_barcodes_spend?: string[];
  /**
   * Spaaza currency ids assigned to the campaign; a write replaces the whole list.
   */
  assigned_currencies?: number[];
  /**
   * Whether customers may claim or unclaim the campaign's vouchers themselves (read returns it as allows_user_to_claim_voucher).
   */
  allows_end_user_to_claim_voucher?: boolean;
  /**
   * Basket campaigns only: whether the campaign may apply to basket items Spaaza does not recognise.
   */
  allows_unrecognised_items?: boolean;
  /**
   * Whether vouchers the campaign issues start out claimed.
   */
  created_voucher_claimed_by_default?: boolean;
  /**
   * Days an issued voucher stays valid; null means issued vouchers do not expire.
   */
  voucher_expiry_days?: number | null;
  /**
   * Title printed on vouchers the campaign issues.
   */
  voucher_title?: string | null;
  /**
   * Description shown on vouchers the campaign issues.
   */
  voucher_description?: string | null;
  /**
   * Notes attached to vouchers the campaign issues.
   */
  voucher_notes?: string | null;
  /**
   * Short text shown with vouchers the campaign issues.
   */
  voucher_text?: string | null;
  /**
   * Image shown on vouchers the campaign issues.
   */
  voucher_image_url?: string | null;
  /**
   * How reward amounts are rounded to rounding_precision decimals.
   */
  rounding_strategy?: 'neutral' | 'round_up' | 'round_down';
  /**
   * Number of decimals reward amounts are rounded to.
   */
  rounding_precision?: number;
  /**
   * How the reward is paid out, e.g. voucher or points.
   */
  recipient_reward_method?: string;
  /**
   * Size of the reward in the campaign's currency (or points).
   */
  recipient_reward_amount?: number;
  /**
   * Share of the price given as the reward for percentage rewards, from 0 to 1.
   */
  recipient_reward_discount_ratio?: number;
  /**
   * Campaign (e.g. a points wallet) that receives what this campaign awards; null for none.
   */
  recipient_campaign_id?: number | null;
  /**
   * Reward per unit of currency spent, e.g. 1 for one point per euro; read returns it as a decimal string.
   */
  cashback_ratio?: number;
  /**
   * Order in which this campaign's reward is applied relative to others (0 = default).
   */
  reward_priority?: number;
  /**
   * Most rewards one customer can receive from the campaign; null for no limit.
   */
  max_reward_quantity?: number | null;
  /**
   * Points a customer spends to take part (exchange/interaction campaigns).
   */
  point_cost?: number | null;
  /**
   * What point_cost is paid from, e.g. points.
   */
  point_cost_method?: string | null;
  /**
   * Points wallet campaign that point_cost is taken from.
   */
  point_cost_method_wallet_campaign_id?: number | null;
  /**
   * Smallest basket total for which the campaign applies.
   */
  minimum_basket_total_value?: number | null;
  /**
   * Smallest basket total on which customers earn from the campaign; null for no minimum.
   */
  minimum_basket_total_value_earn?: number | null;
  /**
   * Largest basket total on which customers earn from the campaign; null for no maximum.
   */
  maximum_basket_total_value_earn?: number | null;
  /**
   * Smallest basket total on which the campaign's rewards can be spent; null for no minimum.
   */
  minimum_basket_total_value_spend?: number | null;
  /**
   * Largest basket total on which the campaign's rewards can be spent; null for no maximum.
   */
  maximum_basket_total_value_spend?: number | null;
  /**
   * Grace period for redeeming rewards after the campaign or voucher ends (unit not documented).
   */
  redemption_grace_period?: number;
  /**
   * Whether customers also earn on items that are already on promotion.
   */
  earn_on_promotional_items?: boolean;
  /**
   * Whether returning items takes back the rewards earned on them.
   */
  return_reclaims_earned_rewards?: boolean;
  /**
   * Inverts the assignments: the campaign applies to items that do NOT match the assigned barcodes or stores.
   */
  excludes_assignment_matches?: boolean;
  /**
   * Whether customers who joined through a referral are left out of the campaign.
   */
  excludes_referred_users?: boolean;
  /**
   * Customer segment the campaign is limited to; null for no limit.
   */
  user_segment_id?: number | null;
  /**
   * Customer segment left out of the campaign; null for none.
   */
  excluded_user_segment_id?: number | null;
  /**
   * Whether customers outside the campaign's segment can still see it.
   */
  visible_to_all_user_segments?: boolean;
  /**
   * The retailer's own reference for the campaign, e.g. PTX_001.
   */
  owner_code?: string | null;
};
