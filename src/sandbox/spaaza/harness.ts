/** What the contract suite and the benchmark need to drive the Spaaza fake (see ../fake-harness.ts). */
import type { FakeHarness } from '../fake-harness.js';

export const harness: FakeHarness = {
  contract: {
    // envelope.ts: `{result: {code: 2, status: "error"}, error: {code, name, description, message?}}`.
    errorBody: {
      type: 'object',
      required: ['result', 'error'],
      properties: {
        result: {
          type: 'object',
          required: ['code', 'status'],
          properties: { code: { const: 2 }, status: { const: 'error' } },
        },
        error: {
          type: 'object',
          required: ['code', 'name', 'description'],
          properties: { code: { type: 'integer' }, name: { type: 'string', pattern: '^[a-z_]+$' }, description: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
    readCampaign: (id, options) => ({ path: '/get-campaign', query: { campaign_id: id, chain_id: String(options.chain_id) } }),
    knownId: '4117',
    unknownId: '999999',
    change: { id: '4117', field: 'description', value: 'Ontvang 2 punten voor elke euro die je besteedt.' },
  },
  lifecycle: {
    // campaigns/spaaza/voorjaarsactie-sneakers.yaml's spec; add-campaign requires type, title and active.
    newSpec: {
      type: 'basket',
      title: 'Voorjaarsactie: 15% op sneakers',
      description: 'Als clublid krijg je in maart 15% korting op alle sneakers, in de winkel en online.',
      active: true,
      active_date_from: '2027-03-01T00:00:00+01:00',
      active_date_until: '2027-03-31T23:59:59+02:00',
      recipient_reward_method: 'voucher',
      recipient_reward_discount_ratio: 0.15,
      assigned_business_ids: [2797, 2822],
      owner_code: 'BSK_VOORJAAR_S27',
    },
    // seed.ts: the Thursday late-night basket discount, active.
    runningId: '4150',
  },
  bench: {
    idKey: 'id',
    id: (i) => 100_000 + i,
    liveId: (id) => Number(id),
    unique: [{ field: 'title' }],
    // One active default loyalty campaign per chain: the clones are not defaults.
    fixed: { is_default: false },
    driftFields: ['description', 'title'],
    authRequests: 0,
    // get-campaigns returns the whole chain (no pagination documented).
    read: { kind: 'one-call' },
  },
  // seed.ts: chain 1, the chain of the example campaigns.
  seedAccount: { chain_id: 1 },
};
