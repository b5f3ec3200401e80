/* Generated from schemas/masivo.schema.json by `npm run generate`. Do not edit. */

/**
 * The managed fields of a Masivo storefront campaign, as written by PUT /campaigns/{id}?type=.
 */
export type MasivoSpec = {
  /**
   * Campaign type; sent as the ?type= query parameter. Create takes it there; an update must repeat the campaign's existing type (it cannot be changed).
   */
  type: 'BEHAVIOR' | 'COUPONS' | 'PUNCH_CARDS' | 'REFERRALS';
  /**
   * Brand the campaign belongs to; null makes it a global campaign. Cannot change once the campaign has started.
   */
  brand_id?: string | null;
  /**
   * Platforms the campaign applies to, as dashboard select values ({label, value}).
   */
  platforms?: MasivoSelectValue[] | null;
  /**
   * Campaign name shown in the dashboard and to customers.
   */
  name?: string;
  /**
   * Free-text description of the campaign.
   */
  description?: string;
  /**
   * Main (or referrer) rules: each grants its effects when its conditions hold. Written here as YAML; campaignctl sends it as the JSON string Masivo expects. Cannot change once the campaign has started.
   *
   * @minItems 1
   */
  rules?: [MasivoRule, ...MasivoRule[]];
  /**
   * Type-specific campaign attributes, e.g. trigger and privacy. Cannot change once the campaign has started.
   */
  attributes?: {
    /**
     * Event that triggers the campaign, e.g. PURCHASE.
     */
    trigger?: string;
    /**
     * Who may join the campaign, e.g. PRIVATE.
     */
    privacy?: string;
    [k: string]: unknown | undefined;
  };
  /**
   * Persisted status on write. Reads report RUNNING, PAUSED, SCHEDULED or FINISHED instead.
   */
  status?: 'ACTIVE' | 'INACTIVE';
  /**
   * Start instant; less than one year from now. Can change only while the campaign is scheduled.
   */
  start_date?: string;
  /**
   * When true, the campaign has no end date and `end_date` must be left out.
   */
  withoutEndDate?: boolean;
  /**
   * End instant: after start_date, less than one year after it, and never moved into the past.
   */
  end_date?: string | null;
  /**
   * Who funds the campaign's rewards (e.g. a supplier or the retailer itself).
   */
  funded_by?: string | null;
  /**
   * Campaign budget; at least 1.
   */
  budget?: number;
  /**
   * Period the budget applies to: per day, week, month, or for the whole campaign.
   */
  divide_budget_in?: 'daily' | 'weekly' | 'monthly' | 'total';
  /**
   * Labels for filtering campaigns, as dashboard select values ({label, value}).
   */
  labels?: MasivoSelectValue[];
  /**
   * Free-form key/value data. Written here as a YAML mapping; campaignctl sends it as the JSON-object string Masivo expects.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  };
  /**
   * COUPONS only: how many coupon codes to generate or keep.
   */
  quantity?: number;
  /**
   * COUPONS only: when true, the codes in `customCodes` are used instead of generated ones.
   */
  useCustomCodes?: boolean;
  /**
   * COUPONS only: comma-separated custom coupon codes.
   */
  customCodes?: string;
  /**
   * COUPONS only: must be true on an update that changes the code format or the quantity.
   */
  confirm_changes?: boolean;
  /**
   * REFERRALS only: rules for the referred customer, written here as YAML and sent as a JSON string. Optional; does not replace `rules`.
   */
  referee_rules_json?: MasivoRule[];
};

export interface MasivoSelectValue {
  /**
   * Text shown in the dashboard.
   */
  label: string;
  /**
   * Value Masivo stores.
   */
  value: string;
}
/**
 * One rule: the customer gets every effect when at least one group of conditions holds in full.
 */
export interface MasivoRule {
  /**
   * Groups of conditions: the conditions inside a group must all hold (AND); at least one group must hold (OR).
   */
  conditions?: MasivoCondition[][];
  /**
   * Rewards granted when the rule matches.
   *
   * @minItems 1
   */
  effects: [MasivoEffect, ...MasivoEffect[]];
  [k: string]: unknown | undefined;
}
/**
 * One test on the customer event, e.g. order value greater than 500.
 */
export interface MasivoCondition {
  /**
   * What is tested, e.g. Order Value.
   */
  type: string;
  /**
   * How it is compared, as the dashboard names it.
   */
  operator: string;
  /**
   * Data type of `value`, e.g. number or string.
   */
  primitive?: string;
  /**
   * Value compared against (number, text, list…).
   */
  value?: string | number | boolean | unknown[] | {} | null;
  [k: string]: unknown | undefined;
}
/**
 * One reward granted by a rule.
 */
export interface MasivoEffect {
  /**
   * Id of the Masivo reward to grant.
   */
  reward_id: string;
  /**
   * Kind of reward, e.g. POINTS.
   */
  type?: string;
  /**
   * Tier whose members get the reward; null for every tier.
   */
  tier_id?: string | null;
  /**
   * The reward object that reads embed; not needed on write.
   */
  reward?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How long the granted reward stays valid, e.g. 12/months.
   */
  expiration_date?: string;
  /**
   * How much of the reward is granted, e.g. 1 (times the reward's own value).
   */
  amount?: number;
  [k: string]: unknown | undefined;
}
