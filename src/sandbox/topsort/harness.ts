/** What the contract suite and the benchmark need to drive the Topsort fake (see ../fake-harness.ts). */
import type { FakeHarness } from '../fake-harness.js';

const uuid = (i: number) => `${i.toString(16).padStart(8, '0')}-0005-4000-8000-00000000be4c`;

export const harness: FakeHarness = {
  contract: {
    // errors.ts: the errors page's array of `{errCode, docUrl, message?}`, or FastAPI's 422
    // `{detail: [{loc, msg, type}]}` for body and query validation (validation.ts).
    errorBody: {
      anyOf: [
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['errCode', 'docUrl'],
            properties: { errCode: { type: 'string', pattern: '^[a-z_]+$' }, docUrl: { type: 'string', format: 'uri' }, message: { type: 'string' } },
          },
        },
        {
          type: 'object',
          required: ['detail'],
          properties: {
            detail: {
              type: 'array',
              items: { type: 'object', required: ['loc', 'msg', 'type'], properties: { loc: { type: 'array' }, msg: { type: 'string' }, type: { type: 'string' } } },
            },
          },
        },
      ],
    },
    readCampaign: (id) => ({ path: `/public/v1/campaign-service/campaigns/${encodeURIComponent(id)}` }),
    knownId: '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b',
    unknownId: '00000000-0000-4000-8000-000000000000',
    change: { id: '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b', field: 'name', value: 'Winter Sale 2026 – Kitchen Appliances' },
  },
  lifecycle: {
    // No externalCampaignId: the create writes campaignctl's marker there, the path a document
    // without the marketplace's own id takes. No dates: it starts when created and has no end.
    newSpec: {
      name: 'Nordic Roasters – Filter Coffee Listings',
      adFormat: 'listing',
      vendorId: 'vnd-nordic-roasters',
      chargeType: 'CPC',
      budget: { amount: 4000, type: 'daily' },
      isActive: true,
      bids: [
        { target: { id: 'SKU-7730011', type: 'product' }, amount: 35 },
        { target: { id: 'SKU-7730012', type: 'product' }, amount: 30 },
      ],
    },
    // Nordic Roasters' always-on listings: active, started in March, no end, not in campaigns/.
    runningId: 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54',
  },
  bench: {
    idKey: 'campaignId',
    id: uuid,
    liveId: (id) => String(id),
    // externalCampaignId is unique per marketplace and ad format.
    unique: [{ field: 'name' }, { field: 'externalCampaignId', vary: (value, i) => `${value}-${i}` }],
    driftFields: ['name'],
    authRequests: 0,
    read: { kind: 'pages', pageSize: 100 },
  },
};
