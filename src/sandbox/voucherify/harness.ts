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
