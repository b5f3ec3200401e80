/** What the contract suite and the benchmark need to drive the Voucherify fake (see ../fake-harness.ts). */
import type { FakeHarness } from '../fake-harness.js';

export const harness: FakeHarness = {
  contract: {
    // errors.ts: the error guide's `{code, key, message, details, request_id, …}`; code and message required.
    errorBody: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'integer', minimum: 400, maximum: 599 },
        key: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'string' },
        request_id: { type: 'string', pattern: '^v-[0-9a-f]+$' },
        resource_id: { type: 'string' },
        resource_type: { type: 'string' },
      },
    },
    readCampaign: (id) => ({ path: `/v1/campaigns/${encodeURIComponent(id)}` }),
    knownId: 'camp_apIfxtoyHzYuup3YcRDwAKDP',
    unknownId: 'camp_000000000000000000000000',
    change: { id: 'camp_apIfxtoyHzYuup3YcRDwAKDP', field: 'description', value: 'Winter Sale 2026: 20% off the whole winter range.' },
  },
  lifecycle: {
    // A coupon campaign a marketer would launch; no `vouchers_count`, so nothing is generated in the
    // background (AUTO_UPDATE makes codes as they are published) and it reads DONE at once.
    newSpec: {
      name: 'Spring Sale 2027 - 15% off',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'AUTO_UPDATE',
      active: true,
      description: 'Unique 15% codes for the spring newsletter, one use each.',
      category: 'Seasonal sales',
      start_date: '2027-03-20T00:00:00+01:00',
      expiration_date: '2027-04-30T23:59:59+02:00',
      join_once: false,
      discount: { type: 'PERCENT', percent_off: 15, effect: 'APPLY_TO_ORDER' },
      voucher: { code_config: { pattern: 'SPRING27-########' }, redemption: { quantity: 1 } },
      metadata: { season: 'spring-2027' },
    },
    // The holiday gift card: active, started 2026-11-16, no expiration; not protected.
    runningId: 'camp_4NekGKfkPSV1PPi6oy0mLyYJ',
  },
  bench: {
    idKey: 'id',
    id: (i) => `camp_benchmark${String(i).padStart(15, '0')}`,
    liveId: (id) => String(id),
    // Names are unique per project (and `name` is readOnly: checked, never sent).
    unique: [{ field: 'name' }],
    driftFields: ['description'],
    authRequests: 0,
    // page ≤ 100 × limit ≤ 100: 10,000 campaigns by list, the rest one GET each.
    read: { kind: 'pages', pageSize: 100, maxPages: 100 },
  },
};
