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
