/**
 * The embedded sandbox's Topsort marketplace: the four example campaigns of campaigns/topsort/
 * (same ids) plus two campaigns no YAML manages.
 *
 * Dates come from a fixed calendar (the examples' own instants, written in the read format with
 * `Z`), not from `now`: the drift must be the same on every machine, and no Topsort rule forces a
 * relative date (a past start is only rewritten on write, never on read).
 *
 * Deliberate differences from the examples (what a first plan should show):
 * 1. winter-kitchen (7f3b2c1e…): `budget.amount` 18000, the YAML says 25000 — someone cut the daily
 *    budget in the dashboard.
 * 2. coffee-autobidding-roas (0b8e6d4a…): `isActive` false, the YAML says true — paused in the dashboard.
 * 3. holiday-gifting-banner (c41a9f07…): `name` "Holiday Gifting 2026 – Homepage Hero Banner", the
 *    YAML says "Holiday Gifting 2026 – Homepage Banner" — renamed in the dashboard.
 */
import type { VendorObject, VendorState } from '../fake.js';
import { FAR_FUTURE_END_DATE, type CampaignRead } from './read-shape.js';

export const SANDBOX_MARKETPLACE_ID = 'e2a4c6d8-1b3f-4a5c-9e7d-0f1a2b3c4d5e';

const WALLET = {
  brewmaster: 'a7c1e3f5-2b4d-4c6e-8a0b-9d1f3e5a7c90',
  giftbox: 'b8d2f4a6-3c5e-4d7f-9b1c-0e2a4f6b8d01',
  kitchenpro: 'c9e3a5b7-4d6f-4e8a-8c2d-1f3b5a7c9e12',
  nordic: 'd0f4b6c8-5e7a-4f9b-9d3e-2a4c6b8d0f23',
};

function campaign(fields: Partial<CampaignRead> & Pick<CampaignRead, 'campaignId' | 'name' | 'vendorId' | 'walletId'>): CampaignRead {
  return {
    marketplaceId: SANDBOX_MARKETPLACE_ID,
    startDate: '',
    endDate: FAR_FUTURE_END_DATE,
    isActive: true,
    isSmart: false,
    campaignType: 'manual',
    status: 'approved',
    createdAt: '',
    chargeType: 'CPC',
    externalVendorId: fields.vendorId,
    adFormat: 'listing',
    isAutoTrigger: false,
    bidCount: 0,
    budget: null,
    statusUpdatedBy: null,
    campaignBehaviorData: null,
    campaignBehaviorDataByDay: null,
    exclusivityPrice: null,
    targetRoas: null,
    externalCampaignId: null,
    autobiddingObjective: null,
    multiplierConfig: null,
    targetingFilters: null,
    exclusionFilters: null,
    promotionType: null,
    ...fields,
  };
}

const budget = (amount: number, type: string, amountUsed = 0, amountCarryover = 0): CampaignRead['budget'] => ({
  amount,
  amountRemaining: Math.max(0, amount - amountUsed),
  amountCarryover,
  amountUsed,
  type,
});

const HOLIDAY_ID = 'c41a9f07-2e6b-4d3c-8a15-f9b0e7d2c684';

export const SEED_CAMPAIGNS: readonly CampaignRead[] = [
  // Unmanaged: an always-on listing campaign created without an endDate (far-future default).
  campaign({
    campaignId: 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54',
    name: 'Nordic Roasters – Always-on Listings',
    vendorId: 'vnd-nordic-roasters',
    walletId: WALLET.nordic,
    createdAt: '2026-03-02T07:55:41Z',
    startDate: '2026-03-02T08:00:00Z',
    bidCount: 31,
    budget: budget(5000, 'daily', 3120),
  }),
  campaign({
    campaignId: '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30',
    name: 'Espresso Machines – Always-on Autobidding',
    vendorId: 'vnd-brewmaster-home',
    walletId: WALLET.brewmaster,
    createdAt: '2026-09-18T14:02:11Z',
    startDate: '2026-10-01T00:00:00Z',
    endDate: '2027-09-30T21:59:59Z',
    isActive: false, // drift: paused in the dashboard (YAML: true)
    isSmart: true,
    campaignType: 'autobidding',
    externalCampaignId: 'MKT-EU-AO-0087',
    targetRoas: 6.5,
    bidCount: 12,
    budget: budget(120000, 'weekly', 61430, 2150),
    multiplierConfig: {
      isActive: true,
      multipliers: [
        { type: 'user_segment', segmentId: 2211, multiplier: 1.4 },
        { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
      ],
    },
  }),
  campaign({
    campaignId: '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b',
    name: 'Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)',
    vendorId: 'vnd-brewmaster-home',
    walletId: WALLET.brewmaster,
    createdAt: '2026-11-02T09:14:27Z',
    startDate: '2026-11-30T23:00:00Z',
    endDate: '2027-01-15T22:59:59Z',
    externalCampaignId: 'MKT-EU-2026-WS-0142',
    bidCount: 24,
    budget: budget(18000, 'daily'), // drift: cut in the dashboard (YAML: 25000)
    exclusionFilters: { isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] },
  }),
  // Unmanaged: a Black Friday banner that review rejected.
  campaign({
    campaignId: '3e8c1f6a-9b2d-4f7e-8c5a-6d4b2e0f9a17',
    name: 'Black Friday 2026 – Small Kitchen Banner',
    vendorId: 'vnd-kitchenpro-eu',
    walletId: WALLET.kitchenpro,
    createdAt: '2026-11-10T16:40:03Z',
    startDate: '2026-11-26T23:00:00Z',
    endDate: '2026-11-30T22:59:59Z',
    isActive: false,
    status: 'rejected',
    statusUpdatedBy: '5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91',
    chargeType: 'CPM',
    adFormat: 'banner',
    externalCampaignId: 'MKT-EU-2026-BF-0031',
    bidCount: 1,
    budget: budget(300000, 'total'),
  }),
  campaign({
    campaignId: HOLIDAY_ID,
    name: 'Holiday Gifting 2026 – Homepage Hero Banner', // drift: renamed (YAML: "… – Homepage Banner")
    vendorId: 'vnd-giftbox-europe',
    walletId: WALLET.giftbox,
    createdAt: '2026-11-12T10:21:55Z',
    startDate: '2026-12-05T05:00:00Z',
    endDate: '2026-12-26T22:59:59Z',
    // autobidding: the docs allow `autobiddingObjective` only on autobidding campaigns.
    campaignType: 'autobidding',
    status: 'approved',
    statusUpdatedBy: '5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91',
    chargeType: 'CPM',
    adFormat: 'banner',
    externalCampaignId: 'MKT-EU-2026-HG-0009',
    autobiddingObjective: 'impressions',
    bidCount: 1,
    budget: budget(1500000, 'total'),
    targetingFilters: {
      isActive: true,
      targetingFilters: [
        { type: 'user_segment', segmentId: 1840 },
        { type: 'user_segment', segmentId: 1852 },
      ],
    },
    promotionType: {
      bannerAssets: [
        {
          dimensions: { width: 1200, height: 300 },
          url: 'https://cdn.marketplace-eu.example/banners/holiday-gifting-2026-hero.png',
          contentType: 'image/png',
          size: 184320,
          assetId: 'asset_01jd2k7m9qx4v8w3n5r6t0y1za',
        },
      ],
      slotId: 'homepage-hero',
      adFormat: 'banner',
      deviceType: 'desktop',
    },
  }),
  campaign({
    campaignId: '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49',
    name: 'New Year Small Appliances – Pay per Sale',
    vendorId: 'vnd-kitchenpro-eu',
    walletId: WALLET.kitchenpro,
    createdAt: '2026-11-20T08:03:19Z',
    startDate: '2026-12-26T23:00:00Z',
    endDate: '2027-01-31T22:59:59Z',
    isActive: false,
    isAutoTrigger: true,
    chargeType: 'CPA',
    externalCampaignId: 'MKT-EU-2027-NY-0003',
    bidCount: 8,
    budget: budget(800000, 'total'),
  }),
];

/** `now` is unused on purpose: the seed is a fixed calendar (see above). */
export function seed(_now: Date): VendorState {
  return {
    campaigns: SEED_CAMPAIGNS.map((c) => structuredClone(c) as unknown as VendorObject),
    // The holiday banner's products, accepted when it was created; write-only, never read back.
    writeOnly: { [HOLIDAY_ID]: { productIds: ['SKU-4011532', 'SKU-4011533', 'SKU-4098810', 'SKU-4120047'] } },
    deleted: [],
  };
}
