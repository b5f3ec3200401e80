/* Generated from schemas/voucherify.schema.json by `npm run generate`. Do not edit. */

/**
 * The managed fields of a Voucherify campaign, as PUT /v1/campaigns/{campaignId} names them.
 */
export type VoucherifySpec = {
  /**
   * Campaign name, unique in the project; sent by the create call, then checked by plan and never sent again.
   */
  name?: string;
  /**
   * Kind of campaign; sent by the create call, then fixed: checked by plan, decides which fields apply.
   */
  campaign_type?:
    'LOYALTY_PROGRAM' | 'GIFT_VOUCHERS' | 'DISCOUNT_COUPONS' | 'PROMOTION' | 'REFERRAL_PROGRAM';
  /**
   * Whether the campaign is switched on; changed through the enable/disable calls.
   */
  active?: boolean;
  /**
   * AUTO_UPDATE: new codes can be added after creation; STATIC: codes are published by hand.
   */
  type?: 'AUTO_UPDATE' | 'STATIC';
  /**
   * Free text about the campaign for your team.
   */
  description?: string;
  /**
   * Category name; give this or `category_id`, not both.
   */
  category?: string;
  /**
   * Category id (`cat_…`); give this or `category`, not both.
   */
  category_id?: string;
  /**
   * When the campaign becomes active (ISO 8601 date-time with zone).
   */
  start_date?: string;
  /**
   * When the campaign stops being active (ISO 8601 date-time with zone).
   */
  expiration_date?: string;
  /**
   * Recurring window: active for `duration` every `interval` from `start_date` (needs `start_date`).
   */
  validity_timeframe?: {
    /**
     * Time between the starts of two windows, e.g. `P2D` (every other day).
     */
    interval: string;
    /**
     * Length of each window, e.g. `PT1H`.
     */
    duration: string;
  };
  validity_day_of_week?: DaysOfWeek;
  /**
   * Daily hours of validity, e.g. happy hours.
   */
  validity_hours?: {
    /**
     * Recurring periods; they must not overlap.
     */
    daily?: {
      /**
       * Start of the period, HH:mm.
       */
      start_time: string;
      /**
       * End of the period, HH:mm.
       */
      expiration_time: string;
      days_of_week: DaysOfWeek;
    }[];
  };
  /**
   * How long a code stays valid after it is published, e.g. `P24D` (not for PROMOTION campaigns).
   */
  activity_duration_after_publishing?: string;
  /**
   * Whether a customer can join only once (always true for LOYALTY_PROGRAM; not for PROMOTION).
   */
  join_once?: boolean;
  /**
   * Whether customers join automatically when they fulfil an earning rule (not for PROMOTION).
   */
  auto_join?: boolean;
  /**
   * Your own key/value attributes; merged into the live ones, see `unset_metadata_fields` to remove.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Metadata keys to remove from the campaign (sent once, never read back).
   */
  unset_metadata_fields?: string[] | null;
  /**
   * Areas and stores to assign or unassign (Areas and Stores enterprise feature; never read back).
   */
  access_settings?: {
    assign?: AreaAndStoreIds;
    unassign?: AreaAndStoreIds;
  };
  /**
   * The discount the campaign's codes give (DISCOUNT_COUPONS and REFERRAL_PROGRAM campaigns).
   */
  discount?: {
    /**
     * Kind of discount.
     */
    type: 'AMOUNT' | 'PERCENT' | 'FIXED' | 'UNIT';
    /**
     * AMOUNT: money taken off, in cents (1000 = 10.00).
     */
    amount_off?: number;
    /**
     * AMOUNT: formula computing the amount off.
     */
    amount_off_formula?: string;
    /**
     * PERCENT: percentage taken off.
     */
    percent_off?: number;
    /**
     * PERCENT: formula computing the percentage.
     */
    percent_off_formula?: string;
    /**
     * PERCENT: cap on the discount, in cents.
     */
    amount_limit?: number;
    /**
     * AMOUNT or PERCENT: cap on the discount per order, in cents.
     */
    aggregated_amount_limit?: number;
    /**
     * FIXED: the price the order or item is set to, in cents; the fallback when a formula fails.
     */
    fixed_amount?: number;
    /**
     * FIXED: formula computing the fixed amount.
     */
    fixed_amount_formula?: string;
    /**
     * UNIT: how many units are given free.
     */
    unit_off?: number;
    /**
     * UNIT: formula computing the number of free units.
     */
    unit_off_formula?: string;
    /**
     * UNIT: what is given free (a product id or e.g. time).
     */
    unit_type?: string;
    product?: FreeProduct;
    sku?: FreeProduct;
    /**
     * UNIT with several free items: one entry per item (then `effect` is ADD_MANY_ITEMS).
     *
     * @minItems 1
     */
    units?: [FreeUnit, ...FreeUnit[]];
    /**
     * How the discount applies to the order; the allowed values depend on `type`.
     */
    effect?:
      | 'APPLY_TO_ORDER'
      | 'APPLY_TO_ITEMS'
      | 'APPLY_TO_ITEMS_PROPORTIONALLY'
      | 'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY'
      | 'APPLY_TO_ITEMS_BY_QUANTITY'
      | 'ADD_MISSING_ITEMS'
      | 'ADD_NEW_ITEMS'
      | 'ADD_MANY_ITEMS'
      | 'ADD_SAME_ITEMS';
    /**
     * Whether the discount is computed by its formula.
     */
    is_dynamic?: boolean;
  };
  /**
   * Credit loaded on the campaign's gift cards (GIFT_VOUCHERS campaigns).
   */
  gift?: {
    /**
     * Credit put on each card, in cents (10000 = 100.00).
     */
    amount: number;
    /**
     * Credit taken off the cards, in cents (computed by Voucherify; not for a new campaign).
     */
    subtracted_amount?: number;
    /**
     * Credit still available on each card, in cents (computed by Voucherify; not for a new campaign).
     */
    balance?: number;
    /**
     * Whether the credit pays for the whole order or for items only.
     */
    effect?: 'APPLY_TO_ORDER' | 'APPLY_TO_ITEMS';
  };
  /**
   * When a referral counts and what the referee gets (REFERRAL_PROGRAM campaigns).
   */
  referral_program?: {
    /**
     * What makes a referral count: the referee redeeming the code, or a custom event.
     */
    conversion_event_type?: 'redemption' | 'custom_event';
    /**
     * The custom event that makes a referral count.
     */
    custom_event?: {
      /**
       * Voucherify id of the custom event (`ms_…`).
       */
      id?: string;
      /**
       * Name of the custom event.
       */
      name?: string;
    };
    /**
     * What the referee is given.
     */
    referee_reward?: {
      /**
       * The loyalty or gift card campaign the reward is paid from.
       */
      related_object_parent?: {
        /**
         * Id of that campaign (`camp_…`).
         */
        id?: string;
        /**
         * Name of that campaign.
         */
        name?: string;
        /**
         * Kind of source; always CAMPAIGN.
         */
        object?: 'CAMPAIGN';
      };
      /**
       * Whether the reward is loyalty points or gift card credit.
       */
      type?: 'LOYALTY_CARD' | 'GIFT_VOUCHER';
      /**
       * Points (loyalty card) or credit in cents (gift card) given to the referee.
       */
      amount?: number;
    };
  };
  /**
   * How customers qualify for loyalty tiers and when tiers start and expire (LOYALTY_PROGRAM campaigns).
   */
  loyalty_tiers_expiration?: {
    /**
     * Qualify by current points balance, or by points collected within a period.
     */
    qualification_type: 'BALANCE' | 'POINTS_IN_PERIOD';
    /**
     * The calendar period points are summed over (POINTS_IN_PERIOD).
     */
    qualification_period?: 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';
    /**
     * When a reached tier starts to apply.
     */
    start_date: {
      /**
       * At once, or when the next qualification period starts.
       */
      type: 'IMMEDIATE' | 'NEXT_PERIOD';
    };
    /**
     * When a tier expires.
     */
    expiration_date: {
      /**
       * What ends the tier for a customer.
       */
      type: 'END_OF_PERIOD' | 'END_OF_NEXT_PERIOD' | 'BALANCE_DROP' | 'CUSTOM';
      /**
       * Extra time the tier is kept after it would expire, e.g. `P3M`.
       */
      extend: string;
      /**
       * How the expiration date is rounded.
       */
      rounding?: {
        /**
         * The period the expiration is rounded to.
         */
        type?: 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR' | 'CUSTOM';
        /**
         * Round to the start or the end of that period.
         */
        strategy?: 'START' | 'END';
        /**
         * Unit of `value`; only MONTH.
         */
        unit?: 'MONTH';
        /**
         * Month for CUSTOM rounding, 0 = January … 11 = December.
         */
        value?: number;
      };
    };
  };
  /**
   * One-off instructions for a LOYALTY_PROGRAM update (never read back).
   */
  options?: {
    /**
     * Recalculate every member's tier after this update.
     */
    recalculate_tiers?: boolean;
  };
  /**
   * How many codes to generate when the campaign is created (not for PROMOTION campaigns). Create only; large counts are generated in the background.
   */
  vouchers_count?: number;
  /**
   * How the campaign's codes are made, as the create call's `voucher` names it (not for PROMOTION campaigns). Create only: plan checks it afterwards and never sends it again.
   */
  voucher?: {
    /**
     * The shape of the generated codes.
     */
    code_config?: {
      /**
       * Code pattern: each `#` becomes a random character from `charset`, e.g. `SPRING-####`.
       */
      pattern?: string;
      /**
       * Random characters per code (leave out with `pattern`, which sets it).
       */
      length?: number;
      /**
       * Characters a code may use, e.g. `0123456789`.
       */
      charset?: string;
      /**
       * Text before every code.
       */
      prefix?: string;
      /**
       * Text after every code.
       */
      postfix?: string;
    };
    /**
     * How often each code may be redeemed.
     */
    redemption?: {
      /**
       * Redemptions per code; null: unlimited.
       */
      quantity?: number | null;
    };
    /**
     * The loyalty card each member gets (LOYALTY_PROGRAM campaigns).
     */
    loyalty_card?: {
      /**
       * Points on a new card.
       */
      points: number;
      /**
       * When the points on a card expire (unless an earning rule says otherwise).
       */
      expiration_rules?: {
        /**
         * MONTH: after `period_value` months; FIXED_DAY_OF_YEAR: on `fixed_month`/`fixed_day` every year.
         */
        period_type: 'FIXED_DAY_OF_YEAR' | 'MONTH';
        /**
         * Months until the points expire (MONTH).
         */
        period_value?: number;
        /**
         * Moves the expiry to the end of the period it falls in (MONTH).
         */
        rounding_type?:
          | 'END_OF_MONTH'
          | 'END_OF_QUARTER'
          | 'END_OF_HALF_YEAR'
          | 'END_OF_YEAR'
          | 'PARTICULAR_MONTH';
        /**
         * The month the expiry is moved to (PARTICULAR_MONTH).
         */
        rounding_value?: number;
        /**
         * Month the points expire, 1 = January (FIXED_DAY_OF_YEAR).
         */
        fixed_month?: number;
        /**
         * Day of the month the points expire (FIXED_DAY_OF_YEAR).
         */
        fixed_day?: number;
      };
    };
  };
};
/**
 * Days of the week the campaign (or period) is valid on: 0 = Sunday … 6 = Saturday.
 */
export type DaysOfWeek = (0 | 1 | 2 | 3 | 4 | 5 | 6)[];

/**
 * Area and store ids the campaign is assigned to (under `assign`) or taken from (under `unassign`).
 */
export interface AreaAndStoreIds {
  /**
   * Area ids.
   */
  areas_ids?: string[];
  /**
   * Store ids.
   */
  area_stores_ids?: string[];
  /**
   * Area ids meaning every store of that area (not the same as listing the stores).
   */
  area_all_stores_ids?: string[];
}
/**
 * A product or SKU given free by a UNIT discount.
 */
export interface FreeProduct {
  /**
   * Voucherify id of the product or SKU.
   */
  id: string;
  /**
   * Your own id for it.
   */
  source_id?: string;
  /**
   * Its name.
   */
  name: string;
}
export interface FreeUnit {
  /**
   * How many of this item are given free.
   */
  unit_off?: number;
  /**
   * Formula computing how many of this item are given free.
   */
  unit_off_formula?: string;
  /**
   * Whether the free item is added to the cart or only discounted when already there.
   */
  effect: 'ADD_NEW_ITEMS' | 'ADD_MISSING_ITEMS';
  /**
   * What is given free (a product id or e.g. time).
   */
  unit_type: string;
  product?: FreeProduct;
  sku?: FreeProduct;
}
