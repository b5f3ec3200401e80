/**
 * The embedded sandbox's Lula state: company "1042" (account `stores`) with the four example
 * campaigns of campaigns/lula/, one campaign no YAML manages, and one campaign of company "2077"
 * that must never show up for 1042.
 *
 * Dates come from a fixed calendar, never from `now`, so a plan is reproducible. `now` is used
 * for one thing only: the stored `status` is what a read returns at seed time (Lula computes
 * `scheduled`/`expired` from the clock; reads recompute it anyway).
 *
 * Deliberate drift against the YAML (someone edited these in the Lula dashboard):
 *   - 1000214 Holiday Snack & Beverage Deals: `description` says "2 for $6" (YAML: "2 for $5");
 *   - 1000231 Big Game Weekend Bundles: `name` is "Big Game Weekend Deals";
 *   - 1000246 Hot Coffee Mornings: `status` is `inactive` (paused; YAML: `active`).
 * Everything else matches: e.g. 1000214's ends_at 2026-12-31T23:59:59-05:00 is stored as the
 * UTC day 2027-01-01, which is what Lula reads back for it (not drift). 1000187 (Halloween) is
 * expired and matches exactly, since an expired campaign can never be corrected.
 */
import type { VendorObject, VendorState } from '../fake.js';
import { IMAGE_BUCKET } from './create.js';
import { boundsOf, type WriteOnly } from './state.js';
import { readStatus } from './status.js';
import { STORES } from './store-directory.js';

interface SeedCampaign {
  readonly id: string;
  readonly company: string;
  readonly name: string;
  readonly description: string;
  readonly start: string;
  readonly end: string;
  readonly status: string;
  readonly created: string;
  readonly updated: string;
  readonly stores: readonly (readonly [storeId: string, linkedAt: string])[];
  readonly promotions: readonly VendorObject[];
  readonly metrics: readonly [views: number, conversions: number, revenue: string, aov: string];
  readonly writeOnly: WriteOnly;
}

const CAMPAIGNS: readonly SeedCampaign[] = [
  {
    id: '1000187',
    company: '1042',
    name: 'Halloween Candy Bowl 2026',
    description: 'Fun-size candy bowls, 3 for $10 at the register through Halloween weekend.',
    start: '2026-10-15',
    end: '2026-11-01',
    status: 'expired',
    created: '2026-09-28T15:12:40.118Z',
    updated: '2026-10-02T09:41:03.552Z',
    stores: [['1000301', '2026-09-28T15:20:11.430Z'], ['1000302', '2026-09-28T15:20:11.430Z']],
    promotions: [{ promotion_id: '1000761', code: 'CANDY3FOR10', type: 'bundle', status: 'expired', usage_count: 1184 }],
    metrics: [48210, 1184, '11840.00', '10.00'],
    writeOnly: { starts_at: '2026-10-15T00:00:00-04:00', ends_at: '2026-11-01T03:59:59Z' },
  },
  {
    id: '1000198',
    company: '1042',
    name: 'Fuel Rewards Fridays',
    description: '10 cents off per gallon every Friday when you scan the store app at the pump.',
    start: '2026-06-05',
    end: '2026-12-31',
    status: 'active',
    created: '2026-05-20T13:02:55.901Z',
    updated: '2026-05-20T13:02:55.901Z',
    stores: [['1000301', '2026-05-20T13:05:42.017Z'], ['1000305', '2026-05-20T13:05:42.017Z']],
    promotions: [{ promotion_id: '1000702', code: 'FUELFRI10', type: 'fixed_amount', status: 'active', usage_count: 9312 }],
    metrics: [120455, 9312, '40981.60', '4.40'],
    writeOnly: { campaign_identifier: 'FUEL_FRIDAYS_2026' },
  },
  {
    id: '1000214',
    company: '1042',
    name: 'Holiday Snack & Beverage Deals',
    description:
      'Mix-and-match savings on party snacks, sodas and energy drinks at every participating store\n' +
      "through New Year's Eve. 2 for $6 on 20 oz sodas, $1 off family-size chips.",
    start: '2026-12-01',
    end: '2027-01-01',
    status: 'active',
    created: '2026-10-30T17:45:09.274Z',
    updated: '2026-11-18T10:03:37.665Z',
    stores: [
      ['1000301', '2026-10-30T17:50:00.112Z'],
      ['1000302', '2026-10-30T17:50:00.112Z'],
      ['1000305', '2026-11-02T08:14:26.590Z'],
    ],
    promotions: [
      { promotion_id: '1000788', code: 'SODA2FOR5', type: 'bundle', status: 'scheduled', usage_count: 0 },
      { promotion_id: '1000789', code: 'CHIPS1OFF', type: 'fixed_amount', status: 'scheduled', usage_count: 0 },
    ],
    metrics: [0, 0, '0.00', '0.00'],
    writeOnly: {
      campaign_identifier: 'HOLIDAY_SNACKS_2026',
      starts_at: '2026-12-01T06:00:00-05:00',
      ends_at: '2026-12-31T23:59:59-05:00',
    },
  },
  {
    id: '1000231',
    company: '1042',
    name: 'Big Game Weekend Deals',
    description:
      'Wings, dips and a 12-pack for the big game. Staged now, switched on by the category manager the week before kickoff.',
    start: '2027-02-05',
    end: '2027-02-08',
    status: 'inactive',
    created: '2026-11-10T19:31:48.006Z',
    updated: '2026-11-20T16:27:12.349Z',
    stores: [],
    promotions: [],
    metrics: [0, 0, '0.00', '0.00'],
    writeOnly: { campaign_identifier: 'BIG_GAME_2027', starts_at: '2027-02-05T00:00:00-05:00', ends_at: '2027-02-08T03:00:00-05:00' },
  },
  {
    id: '1000246',
    company: '1042',
    name: 'Hot Coffee Mornings',
    description: 'Any size hot coffee for $1 before 10 am with the store app. Free refills on the way back from the pumps.',
    start: '2025-03-01',
    end: '2999-12-31',
    status: 'inactive',
    created: '2025-02-21T11:08:30.542Z',
    updated: '2026-11-21T06:55:02.871Z',
    stores: [
      ['1000301', '2025-02-21T11:15:03.300Z'],
      ['1000302', '2025-02-21T11:15:03.300Z'],
      ['1000305', '2025-02-21T11:15:03.300Z'],
      ['1000309', '2025-06-09T14:40:51.128Z'],
    ],
    promotions: [{ promotion_id: '1000655', code: 'COFFEE1', type: 'fixed_price', status: 'active', usage_count: 40217 }],
    metrics: [310876, 40217, '40217.00', '3.85'],
    writeOnly: { campaign_identifier: 'COFFEE_AM_EVERGREEN' },
  },
  {
    id: '1000252',
    company: '2077',
    name: 'Winter Warm-Up Cocoa',
    description: 'Hot cocoa and a donut for $3 all winter long.',
    start: '2026-11-15',
    end: '2027-02-28',
    status: 'active',
    created: '2026-11-12T09:00:17.730Z',
    updated: '2026-11-12T09:00:17.730Z',
    stores: [['1000412', '2026-11-12T09:02:44.515Z']],
    promotions: [{ promotion_id: '1000801', code: 'COCOA3', type: 'fixed_price', status: 'active', usage_count: 212 }],
    metrics: [5120, 212, '636.00', '3.00'],
    writeOnly: { campaign_identifier: 'WINTER_COCOA_2026' },
  },
];

function build(c: SeedCampaign): VendorObject {
  const [views, conversions, revenue, aov] = c.metrics;
  const imageStamp = Date.parse(c.created);
  return {
    id: c.id,
    company_id: c.company,
    name: c.name,
    description: c.description,
    start_date: c.start,
    end_date: c.end,
    status: c.status,
    image: `${IMAGE_BUCKET}/company/${c.company}/campaigns/${c.id}/${imageStamp}.webp`,
    created_by: '1000418',
    updated_by: '1000418',
    created_at: c.created,
    updated_at: c.updated,
    deletedAt: null,
    associated_stores: c.stores.map(([storeId, linkedAt]) => ({
      store_id: storeId,
      store_name: STORES[storeId]?.store_name ?? '',
      status: 'active',
      linked_at: linkedAt,
    })),
    promotions: c.promotions.map((p) => ({ ...p })),
    performance_metrics: {
      total_views: views,
      total_conversions: conversions,
      conversion_rate: views === 0 ? 0 : Math.round((conversions / views) * 10000) / 100,
      revenue_generated: revenue,
      average_order_value: aov,
    },
  };
}

export function seed(now: Date): VendorState {
  const writeOnly: Record<string, WriteOnly> = {};
  for (const c of CAMPAIGNS) writeOnly[c.id] = { ...c.writeOnly };
  const state: VendorState = { campaigns: CAMPAIGNS.map(build), writeOnly };
  for (const campaign of state.campaigns) {
    campaign['status'] = readStatus(campaign['status'], boundsOf(state, campaign), now.getTime());
  }
  return state;
}
