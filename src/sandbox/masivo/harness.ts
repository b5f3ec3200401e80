/** What the contract suite and the benchmark need to drive the Masivo fake (see ../fake-harness.ts). */
import type { FakeHarness } from '../fake-harness.js';

/** A version-4-shaped UUID, unique per i. */
const uuid = (i: number) => `${i.toString(16).padStart(8, '0')}-0001-4000-8000-00000000be4c`;

export const harness: FakeHarness = {
  contract: {
    // errors.ts: `{ "error": { "code", "message", "field"? } }` (assumed: Masivo documents no body).
    errorBody: {
      type: 'object',
      required: ['error'],
      additionalProperties: false,
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          additionalProperties: false,
          properties: { code: { type: 'string', pattern: '^[A-Z_]+$' }, message: { type: 'string' }, field: { type: 'string' } },
        },
      },
    },
    readCampaign: (id) => ({ path: `/campaigns/${encodeURIComponent(id)}` }),
    knownId: '6ab8ebd7-08d5-40c3-9d7e-118d65906a5b',
    unknownId: '00000000-0000-4000-8000-000000000000',
    change: { id: '6ab8ebd7-08d5-40c3-9d7e-118d65906a5b', field: 'description', value: 'Junta 8 sellos y tu novena bebida es gratis.' },
  },
  lifecycle: {
    // A campaign that starts within a year of the sandbox's pinned day, with every field create requires ($defs.create).
    newSpec: {
      type: 'BEHAVIOR',
      name: 'Hot Sale 2027 — puntos triples en la app',
      description: 'Durante el Hot Sale 2027, los socios ganan el triple de puntos en compras desde la app mayores a $999 MXN.',
      brand_id: null,
      platforms: [{ label: 'App', value: 'APP' }],
      start_date: '2027-05-24T06:00:00Z',
      end_date: '2027-06-02T05:59:59Z',
      status: 'ACTIVE',
      attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' },
      rules: [
        {
          conditions: [[{ type: 'Order Value', operator: 'greater than', primitive: 'number', value: 999 }]],
          effects: [{ reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd', type: 'POINTS', expiration_date: '12/months', amount: 3 }],
        },
      ],
      budget: 300000,
      divide_budget_in: 'total',
      labels: [{ label: 'Hot Sale', value: 'hot-sale' }],
      metadata: { owner: 'crm-app', utm_campaign: 'hotsale-2027' },
    },
    // The Buen Fin coupons (seed.ts): running from 13 November to 31 December 2026, managed by no example.
    runningId: 'b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43',
  },
  bench: {
    idKey: 'id',
    id: uuid,
    liveId: (id) => String(id),
    unique: [{ field: 'name' }],
    driftFields: ['description', 'name'],
    // GET /auth/authorize exchanges the API key for a bearer token once per run.
    authRequests: 1,
    read: { kind: 'pages', pageSize: 100 },
  },
};
