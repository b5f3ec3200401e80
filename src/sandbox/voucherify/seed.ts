/**
 * The embedded sandbox's Voucherify project (account `shop-eu`): one live campaign per example in
 * campaigns/voucherify/, matching its spec, plus two campaigns no YAML manages. Dates come from a fixed
 * calendar (no Voucherify rule ties them to "now"), so `now` is not used.
 *
 * Deliberate differences from the examples (the first plan shows them):
 *   1. refer-a-friend (camp_QAZYWgQlAvSMm6anycl7qo8s): `active: false` — disabled in the dashboard
 *      (the YAML says true: plan routes it to POST …/enable).
 *   2. cyber-weekend-gift-wrap (camp_Eif0tCGW90zaNKhiKNeknUL3): `description` rewritten in the dashboard.
 *   3. nordhaus-club (camp_6g5VXSAHj2L4K0GCcOfMFVwZ): `metadata.terms_version` still "2025-11" (the YAML
 *      moved to "2026-04").
 * Not a difference but realistic: cafe-lunch-hours still carries `metadata.pilot_store` (which its YAML
 * removes through `unset_metadata_fields`) and is assigned to the whole Berlin area (its YAML assigns two
 * stores and unassigns the area); both are write-only instructions the plan must handle.
 */
import type { VendorState } from '../fake.js';
import { build } from './seed-build.js';
import { DEFAULT_AREAS, DEFAULT_CATEGORIES } from './project.js';

const loyaltyTiers = {
  qualification_type: 'POINTS_IN_PERIOD',
  qualification_period: 'YEAR',
  start_date: { type: 'IMMEDIATE' },
  expiration_date: { type: 'END_OF_NEXT_PERIOD', extend: 'P1M' },
};

const refereeReward = {
  conversion_event_type: 'redemption',
  referee_reward: {
    type: 'LOYALTY_CARD',
    amount: 500,
    related_object_parent: { id: 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ', name: 'Nordhaus Club', object: 'CAMPAIGN' },
  },
};

const cafeTier = {
  object: 'list',
  data_ref: 'tiers',
  tiers: [
    {
      id: 'promo_Cf7LunchH0urs15pctX1',
      created_at: '2026-10-20T10:02:41.118Z',
      name: '15% off in the cafe',
      banner: '15% off lunch in our cafes',
      action: { discount: { type: 'PERCENT', percent_off: 15, effect: 'APPLY_TO_ORDER' } },
      metadata: {},
      hierarchy: 1,
      campaign_id: 'camp_q34x1yc7Uta595IMRAIhUbEl',
      active: true,
      object: 'promotion_tier',
    },
  ],
  total: 1,
  has_more: false,
};

const berlinArea = {
  object: 'list',
  data_ref: 'data',
  data: [
    {
      id: 'arsca_0f1c2d3e4a5b6c7d8e',
      area_id: 'ar_0ea6cd7b781b8f857f',
      all_stores: false,
      created_at: '2026-10-20T10:04:12.530Z',
      object: 'area_store_campaign_assignment',
    },
  ],
  total: 1,
};

export function seed(): VendorState {
  const campaigns = [
    build({
      id: 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ',
      name: 'Nordhaus Club',
      description: 'Points on every purchase online and in store; Silver and Gold tiers by points collected per year.',
      campaign_type: 'LOYALTY_PROGRAM',
      type: 'AUTO_UPDATE',
      voucher: {
        type: 'LOYALTY_CARD',
        detail: {
          loyalty_card: { points: 0, expiration_rules: { period_type: 'MONTH', period_value: 24, rounding_type: 'END_OF_MONTH' } },
        },
        quantity: null,
        prefix: 'NH-',
      },
      auto_join: true,
      join_once: true,
      use_voucher_metadata_schema: true,
      start_date: '2025-03-01T00:00:00Z',
      vouchers_count: 18342,
      active: true,
      metadata: { program: 'nordhaus-club', terms_version: '2025-11' }, // drift 3
      created_at: '2025-02-24T13:05:51.204Z',
      updated_at: '2025-11-03T08:40:17.655Z',
      category: 'Loyalty',
      extra: { loyalty_tiers_expiration: loyaltyTiers },
    }),
    build({
      id: 'camp_QAZYWgQlAvSMm6anycl7qo8s',
      name: 'Refer a Friend - EUR 10 off',
      description: 'The friend gets EUR 10 off a first order over EUR 50; the referrer earns 500 Nordhaus Club points.',
      campaign_type: 'REFERRAL_PROGRAM',
      type: 'AUTO_UPDATE',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        detail: { discount: { type: 'AMOUNT', amount_off: 1000, effect: 'APPLY_TO_ORDER' } },
        quantity: null,
        prefix: 'FRIEND-',
      },
      join_once: true,
      start_date: '2026-09-01T00:00:00+02:00',
      expiration_date: '2027-08-31T23:59:59+02:00',
      vouchers_count: 1204,
      active: false, // drift 1: disabled in the dashboard
      metadata: { program: 'member-get-member', min_order_cents: 5000 },
      created_at: '2026-08-18T15:22:09.871Z',
      updated_at: '2026-11-20T17:48:33.019Z',
      category: 'Referral',
      extra: { referral_program: refereeReward },
    }),
    build({
      id: 'camp_4NekGKfkPSV1PPi6oy0mLyYJ',
      name: 'Holiday Gift Card EUR 50',
      description: 'Printed and e-mailed EUR 50 gift cards sold in the holiday season; valid for three years from sale.',
      campaign_type: 'GIFT_VOUCHERS',
      type: 'STATIC',
      voucher: {
        type: 'GIFT_VOUCHER',
        detail: { gift: { amount: 5000, balance: 5000, effect: 'APPLY_TO_ORDER' } },
        quantity: null,
        prefix: 'GIFT50-',
      },
      start_date: '2026-11-16T00:00:00+01:00',
      activity_duration_after_publishing: 'P3Y',
      vouchers_count: 2000,
      active: true,
      metadata: { card_design: 'holiday-2026', sold_in: ['online', 'store'] },
      created_at: '2026-10-06T09:11:45.330Z',
      category: 'Gift cards',
    }),
    build({
      id: 'camp_q34x1yc7Uta595IMRAIhUbEl',
      name: 'Cafe Lunch Hours',
      description: '15% off in the in-store cafes at lunch on weekdays and late morning on Saturdays.',
      campaign_type: 'PROMOTION',
      type: 'STATIC', // Assumed: promotions read as STATIC (as the docs' promotion create example sets)
      start_date: '2026-11-02T00:00:00+01:00',
      expiration_date: '2027-03-31T23:59:59+02:00',
      validity: {
        validity_hours: {
          daily: [
            { start_time: '11:30', expiration_time: '14:00', days_of_week: [1, 2, 3, 4, 5] },
            { start_time: '10:00', expiration_time: '12:00', days_of_week: [6] },
          ],
        },
      },
      vouchers_count: 0,
      active: false,
      metadata: { channel: 'store', pilot_store: 'ars_0ec347e2016bed85f4' },
      created_at: '2026-10-20T10:02:40.913Z',
      updated_at: '2026-10-30T16:27:02.446Z',
      category: 'In-store',
      extra: { promotion: cafeTier, access_settings_assignments: berlinArea },
    }),
    build({
      id: 'camp_Eif0tCGW90zaNKhiKNeknUL3',
      name: 'Cyber Weekend Free Gift Wrapping',
      description: 'Free gift wrapping on every order over Cyber Weekend.', // drift 2: rewritten in the dashboard
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'STATIC',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        detail: {
          discount: {
            type: 'UNIT',
            unit_off: 1,
            unit_type: 'prod_0b2b5d9a4c4e6f1a2e',
            effect: 'ADD_NEW_ITEMS',
            product: { id: 'prod_0b2b5d9a4c4e6f1a2e', source_id: 'GIFTWRAP-STD', name: 'Gift wrapping' },
          },
        },
        quantity: 1,
        prefix: 'WRAP-',
      },
      start_date: '2026-11-27T16:00:00+01:00',
      expiration_date: '2026-11-30T23:59:59+01:00',
      validity: { validity_timeframe: { interval: 'P1D', duration: 'PT6H' } },
      vouchers_count: 5000,
      active: true,
      metadata: { season: 'cyber-weekend-2026' },
      created_at: '2026-11-04T11:37:28.062Z',
      updated_at: '2026-11-21T09:03:55.781Z',
      category: 'Seasonal sales',
    }),
    build({
      id: 'camp_apIfxtoyHzYuup3YcRDwAKDP',
      name: 'Winter Sale 2026 - 20% off',
      description:
        'Unique 20% codes for newsletter subscribers during the winter sale, capped at EUR 50 per order. Codes stay valid for 14 days after they are sent.',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'AUTO_UPDATE',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        detail: { discount: { type: 'PERCENT', percent_off: 20, amount_limit: 5000, effect: 'APPLY_TO_ORDER' } },
        quantity: 1,
        prefix: 'WINTER26-',
      },
      use_voucher_metadata_schema: true,
      start_date: '2026-12-26T00:00:00+01:00',
      expiration_date: '2027-01-31T23:59:59+01:00',
      activity_duration_after_publishing: 'P14D',
      vouchers_count: 1,
      active: true,
      metadata: { season: 'winter-2026', markets: ['DE', 'AT', 'NL'], budget_owner: 'crm-team' },
      created_at: '2026-11-10T14:48:02.597Z',
      category: 'Seasonal sales',
    }),
    // Not managed by any YAML: an ended campaign and a protected standalone one.
    build({
      id: 'camp_Bf25kQ0xW7nLp3RtYc9Hs2Ud',
      name: 'Black Friday 2025 - 30% off',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'AUTO_UPDATE',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        detail: { discount: { type: 'PERCENT', percent_off: 30, effect: 'APPLY_TO_ORDER' } },
        quantity: 1,
        prefix: 'BF25-',
      },
      start_date: '2025-11-28T00:00:00+01:00',
      expiration_date: '2025-12-01T23:59:59+01:00',
      vouchers_count: 8120,
      active: true,
      metadata: { season: 'black-friday-2025' },
      created_at: '2025-11-12T10:15:33.480Z',
      category: 'Seasonal sales',
    }),
    build({
      id: 'camp_St4ffD1sc0unt10PctXyZq7w',
      name: 'Staff Discount 10%',
      description: 'One shared code for employees, checked at the till.',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'STANDALONE',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        detail: { discount: { type: 'PERCENT', percent_off: 10, effect: 'APPLY_TO_ORDER' } },
        quantity: null,
        prefix: 'STAFF-',
      },
      vouchers_count: 1,
      active: true,
      metadata: {},
      created_at: '2025-01-15T07:55:12.006Z',
      category: 'Staff',
      protected: true,
    }),
  ];
  return {
    campaigns,
    categories: DEFAULT_CATEGORIES.map((c) => ({ ...c })),
    areas: DEFAULT_AREAS.map((a) => ({ ...a, stores: [...a.stores] })),
    bin: [],
  };
}
