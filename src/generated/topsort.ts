/* Generated from schemas/topsort.schema.json by `npm run generate`. Do not edit. */

/**
 * Desired state of a Topsort retail-media campaign: the fields of PATCH /public/v1/campaign-service/campaigns/{campaign-id}, plus `bids`, which only the create call of a new campaign takes.
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
   * Ad format of the campaign; fixed at creation (a new campaign's create call sends it), so afterwards it is checked against Topsort and never sent.
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
   * Id of the vendor (advertiser) owning the campaign; fixed at creation (a new campaign's create call sends it as `?vendor_id=`), so afterwards it is checked against Topsort and never sent.
   */
  vendorId?: string;
  /**
   * The bids a new campaign starts with (at least one). Only the create call takes them: afterwards bids are managed through Topsort's bid endpoints, and a read returns only their count.
   *
   * @minItems 1
   */
  bids?: [Bid, ...Bid[]];
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
/**
 * One bid of a new campaign, as the create call takes it.
 */
export interface Bid {
  /**
   * What the bid promotes.
   */
  target: {
    /**
     * Id of the promoted entity in the marketplace's catalog, e.g. a product id.
     */
    id: string;
    /**
     * Kind of entity, e.g. product.
     */
    type: string;
  };
  /**
   * Most the vendor pays for a sponsored slot, in minor currency units (e.g. 40 = 0.40 EUR).
   */
  amount?: number;
  /**
   * Location the bid is limited to; auction requests must name the same location.
   */
  location?: string;
  /**
   * What triggers the bid (e.g. keywords of a search page), sent as written.
   */
  trigger?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Several triggers, sent as written.
   */
  triggers?: {
    [k: string]: unknown | undefined;
  }[];
  formatProperties?: BannerFormat;
}
/**
 * Banner properties of a bid: required for banner campaigns, left out for listing ones.
 */
export interface BannerFormat {
  /**
   * Always banner.
   */
  adFormat: 'banner';
  /**
   * The banner's files (at least one).
   *
   * @minItems 1
   */
  bannerAssets: [BannerAsset, ...BannerAsset[]];
  /**
   * The marketplace's own id of the banner slot.
   */
  slotId?: string;
  /**
   * The device the banner targets.
   */
  deviceType?: 'desktop' | 'mobile';
}
/**
 * One banner file: where it is, its media type, dimensions and size.
 */
export interface BannerAsset {
  /**
   * Where the file is.
   */
  url: string;
  /**
   * Media type, e.g. image/png.
   */
  contentType: string;
  /**
   * Width and height in pixels.
   */
  dimensions: {
    /**
     * Width in pixels.
     */
    width: number;
    /**
     * Height in pixels.
     */
    height: number;
  };
  /**
   * File size in bytes.
   */
  size: number;
  /**
   * Id of an asset already uploaded to Topsort.
   */
  assetId?: string;
  /**
   * Template content, sent as written.
   */
  content?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Uuid of the banner's JSON template.
   */
  jsonTemplateId?: string;
}
