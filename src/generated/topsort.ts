/* Generated from schemas/topsort.schema.json by `npm run generate`. Do not edit. */

/**
 * Desired state of a Topsort retail-media campaign: the fields of PATCH /public/v1/campaign-service/campaigns/{campaign-id}.
 */
export type TopsortSpec = {
  /**
   * Campaign name shown in the Topsort dashboard and reports.
   */
  name?: string;
  /**
   * Spending cap: an amount in minor currency units (cents) per budget period.
   */
  budget?: {
    /**
     * Budget in minor currency units (e.g. 50000 = 500.00 EUR); an integer below 2 000 000 000.
     */
    amount?: number;
    /**
     * Budget period: daily, weekly, monthly, or total for the campaign's whole run.
     */
    type?: 'daily' | 'weekly' | 'monthly' | 'total';
  };
  /**
   * When the campaign starts (RFC 3339 with time zone); Topsort moves a past start to the current time.
   */
  startDate?: string;
  /**
   * When the campaign stops (RFC 3339 with time zone); must be after startDate.
   */
  endDate?: string;
  /**
   * Whether the campaign may run; it serves once active and its start date has passed.
   */
  isActive?: boolean;
  /**
   * Whether Topsort's smart campaign mode is on.
   */
  isSmart?: boolean;
  /**
   * Bidding method; the update call can only switch a campaign to autobidding (one way, no going back).
   */
  campaignType?: 'autobidding';
  /**
   * Review status of a banner campaign (approved, pending or rejected).
   */
  status?: 'approved' | 'pending' | 'rejected';
  /**
   * Uuid of the user who reviewed the banner campaign; null with a non-pending status means auto-approved.
   */
  statusUpdatedBy?: string | null;
  /**
   * Whether the campaign is auto-triggered.
   */
  isAutoTrigger?: boolean;
  /**
   * Target return on ad spend for autobidding listing campaigns, 0.5 to 20 (above 12 is rare); null for none.
   */
  targetRoas?: number | null;
  /**
   * The marketplace's own id for the campaign; unique per marketplace and ad format; null for none.
   */
  externalCampaignId?: string | null;
  /**
   * Bid multipliers applied per audience segment.
   */
  multiplierConfig?: {
    /**
     * Whether the multipliers are applied.
     */
    isActive?: boolean;
    /**
     * One bid multiplier per segment.
     */
    multipliers?: {
      /**
       * Kind of segment, e.g. user_segment.
       */
      type: string;
      /**
       * Numeric id of the segment.
       */
      segmentId: number;
      /**
       * Factor applied to bids for this segment (e.g. 1.5 bids 50% higher).
       */
      multiplier: number;
    }[];
  };
  /**
   * Segments the campaign takes part in; it skips every segment not listed.
   */
  targetingFilters?: {
    /**
     * Whether targeting is applied.
     */
    isActive?: boolean;
    /**
     * The targeted segments.
     */
    targetingFilters?: Segment[];
  };
  /**
   * Segments the campaign never targets.
   */
  exclusionFilters?: {
    /**
     * Whether the exclusions are applied.
     */
    isActive?: boolean;
    /**
     * The excluded segments.
     */
    exclusionFilters?: Segment[];
  };
  /**
   * How the campaign is charged: CPM (per thousand impressions), CPC (per click) or CPA (per conversion).
   */
  chargeType?: 'CPM' | 'CPC' | 'CPA';
  /**
   * What autobidding optimises for (banners use this instead of targetRoas); null for none.
   */
  autobiddingObjective?: 'impressions' | 'clicks' | 'conversions' | 'revenue' | null;
  /**
   * Products the banner campaign's assets are associated with (banner campaigns only; not returned on read).
   *
   * @minItems 1
   * @maxItems 200
   */
  productIds?: [string, ...string[]];
  /**
   * Why a banner campaign was rejected in review (not returned on read).
   */
  bannerAdRejectionReason?: {
    /**
     * Short reason for the rejection.
     */
    declineReason?: string;
    /**
     * Longer explanation for the advertiser.
     */
    reasonDetails?: string;
  };
  /**
   * Ad format the campaign was created with; fixed at creation, so it is checked against Topsort and never sent.
   */
  adFormat?:
    | 'listing'
    | 'banner'
    | 'sponsored_brand'
    | 'exclusive_listing'
    | 'exclusive_banner'
    | 'travel_listing'
    | 'flight_listing';
  /**
   * Id of the vendor (advertiser) owning the campaign; fixed at creation, so it is checked against Topsort and never sent.
   */
  vendorId?: string;
};

export interface Segment {
  /**
   * Kind of segment, e.g. user_segment.
   */
  type: string;
  /**
   * Numeric id of the segment.
   */
  segmentId: number;
}
