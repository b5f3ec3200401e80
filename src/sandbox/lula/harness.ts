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
