/** What the contract suite and the benchmark need to drive the Lula fake (see ../fake-harness.ts). */
import type { FakeHarness } from '../fake-harness.js';

export const harness: FakeHarness = {
  contract: {
    // errors.ts: the update page's `{success: false, message, error_code, …}`.
    errorBody: {
      type: 'object',
      required: ['success', 'message', 'error_code'],
      properties: {
        success: { const: false },
        message: { type: 'string' },
        error_code: { type: 'string', pattern: '^[A-Z_]+$' },
      },
    },
    readCampaign: (id, options) => ({ path: `/stores/company/${encodeURIComponent(String(options.company_id))}/campaigns/${encodeURIComponent(id)}` }),
    knownId: '1000246',
    unknownId: '9999999',
    change: { id: '1000246', field: 'description', value: 'Any size hot coffee for $1 before 11 am with the store app.' },
  },
  lifecycle: {
    // campaigns/lula/spring-road-trip-2027.yaml's spec: create takes the days, the update that
    // follows the times and the identifier (unused by the seed, which the fake checks globally).
    newSpec: {
      name: 'Spring Break Road Trip Snacks 2027',
      description: 'Road-trip bundles for spring break: any 20 oz drink with a bag of jerky or trail mix for $5.',
      campaign_identifier: 'SPRING_ROAD_TRIP_2027',
      starts_at: '2027-03-05T06:00:00-05:00',
      ends_at: '2027-04-11T23:59:59-04:00',
      status: 'active',
    },
    // seed.ts: Fuel Rewards Fridays, active through 2026-12-31 and managed by no example.
    runningId: '1000198',
  },
  bench: {
    idKey: 'id',
    id: (i) => String(2_000_000 + i),
    liveId: (id) => String(id),
    // `name` unique per company, `campaign_identifier` across all campaigns (letters, digits and `_` only).
    unique: [{ field: 'name' }, { field: 'campaign_identifier', vary: (value, i) => `${value}_${i}` }],
    driftFields: ['description', 'name'],
    authRequests: 0,
    // The list returns summaries without `description`: one GET per campaign.
    read: { kind: 'gets' },
  },
  // seed.ts: the company of the example campaigns (company 2077's must never show up for it).
  seedAccount: { company_id: '1042' },
};
