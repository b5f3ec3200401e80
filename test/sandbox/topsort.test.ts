/**
 * The Topsort fake over real HTTP: the seed page's request, every documented rule (vendor error,
 * state unchanged), every quirk, auth, pagination, rate limit, faults and the request log.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/server.js';
import type { VendorState } from '../../src/sandbox/fake.js';
import { call, startTestSandbox, type CallOptions, type CallResult } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

const BASE = '/public/v1/campaign-service/campaigns';
const AUTH = { authorization: 'Bearer ts_adv_sandbox_key' };
const DOC_URL = 'https://docs.topsort.com/en/api-reference/errors';
const NOW = '2026-11-23T12:00:00Z';
const FAR_FUTURE = '9999-12-31T23:59:59.999999Z';

const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b'; // listing, manual, CPC, daily budget, starts 2026-12-01
const COFFEE = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30'; // listing, autobidding, started 2026-10-01
const HOLIDAY = 'c41a9f07-2e6b-4d3c-8a15-f9b0e7d2c684'; // banner, autobidding, total budget
const CPA = '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49'; // listing, CPA, total budget
const NORDIC = 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54'; // unmanaged listing, far-future end
const BLACK_FRIDAY = '3e8c1f6a-9b2d-4f7e-8c5a-6d4b2e0f9a17'; // unmanaged banner, rejected
const UNKNOWN = '11111111-2222-4333-8444-555555555555';
/** The smallest bids the create call takes, for each format. */
const LISTING_BID = { target: { id: 'SKU-1', type: 'product' }, amount: 50 };
const BANNER_BID = {
  target: { id: 'SKU-1', type: 'product' },
  formatProperties: { adFormat: 'banner', bannerAssets: [{ url: 'https://cdn.example/b.png', contentType: 'image/png', dimensions: { width: 1200, height: 300 }, size: 1024 }] },
};

let sb: Sandbox;

beforeEach(async () => {
  sb = await startTestSandbox();
});
afterEach(async () => {
  await sb.stop();
});

function ts(method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  return call(sb, 'topsort', method, path, { ...opts, headers: { ...AUTH, ...opts.headers } });
}
const patch = (id: string, body: unknown): Promise<CallResult> => ts('PATCH', `${BASE}/${id}`, { body });
const get = (id: string): Promise<CallResult> => ts('GET', `${BASE}/${id}`);

function topsortState(): VendorState {
  return structuredClone(sb.state().topsort as VendorState);
}
function stored(id: string): Record<string, unknown> {
  const found = topsortState().campaigns.find((c) => c.campaignId === id);
  if (!found) throw new Error(`test bug: ${id} is not in state`);
  return found;
}
function rec(v: unknown): Record<string, unknown> {
  expect(typeof v === 'object' && v !== null && !Array.isArray(v)).toBe(true);
  return v as Record<string, unknown>;
}

interface Detail {
  loc: (string | number)[];
  msg: string;
  type: string;
}
/** The FastAPI 422 body, checked for shape. */
function details(res: CallResult): Detail[] {
  expect(res.status).toBe(422);
  const body = rec(res.body);
  expect(Object.keys(body)).toEqual(['detail']);
  const detail = body.detail as Detail[];
  expect(Array.isArray(detail)).toBe(true);
  for (const d of detail) {
    expect(Array.isArray(d.loc)).toBe(true);
    expect(typeof d.msg).toBe('string');
    expect(typeof d.type).toBe('string');
  }
  return detail;
}
/** The documented array error body with one item. */
function arrayError(res: CallResult, status: number, errCode: string): void {
  expect(res.status).toBe(status);
  expect(Array.isArray(res.body)).toBe(true);
  const [item, ...rest] = res.body as Record<string, unknown>[];
  expect(rest).toEqual([]);
  expect(item).toMatchObject({ errCode, docUrl: DOC_URL });
  expect(typeof item?.message).toBe('string');
}
/** A rejected PATCH: the given 422 problems, and the state exactly as before. */
async function rejected(id: string, body: unknown, expected: Partial<Detail>[]): Promise<void> {
  const before = topsortState();
  const detail = details(await patch(id, body));
  expect(detail).toEqual(expected.map((e) => expect.objectContaining(e)));
  expect(topsortState()).toEqual(before);
}

const READ_KEYS = [
  'campaignId', 'marketplaceId', 'name', 'startDate', 'endDate', 'isActive', 'isSmart', 'campaignType', 'status',
  'createdAt', 'chargeType', 'externalVendorId', 'adFormat', 'isAutoTrigger', 'vendorId', 'walletId', 'bidCount',
  'budget', 'statusUpdatedBy', 'campaignBehaviorData', 'campaignBehaviorDataByDay', 'exclusivityPrice', 'targetRoas',
  'externalCampaignId', 'autobiddingObjective', 'multiplierConfig', 'targetingFilters', 'exclusionFilters', 'promotionType',
];

/** The PATCH request body shown on the seed page, verbatim. */
const SEED_PAGE_BODY = {
  name: 'Bola-Bola Ad campaign',
  budget: { amount: '<unknown>', type: 'daily' },
  startDate: '2023-11-07T05:31:56Z',
  endDate: '2023-11-07T05:31:56Z',
  isActive: true,
  isSmart: true,
  campaignType: 'autobidding',
  status: 'approved',
  statusUpdatedBy: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  isAutoTrigger: true,
  targetRoas: 10.25,
  externalCampaignId: '<string>',
  multiplierConfig: { isActive: true, multipliers: [{ type: '<string>', segmentId: 123, multiplier: 2 }] },
  targetingFilters: { isActive: true, targetingFilters: [{ type: '<string>', segmentId: 123 }] },
  exclusionFilters: { isActive: true, exclusionFilters: [{ type: '<string>', segmentId: 123 }] },
  chargeType: 'CPM',
  autobiddingObjective: 'impressions',
  productIds: ['<string>'],
  bannerAdRejectionReason: { declineReason: '<string>', reasonDetails: '<string>' },
};

describe('the seed page (PATCH /public/v1/campaign-service/campaigns/{campaign-id})', () => {
  it('answers the verbatim example body with a FastAPI 422: its budget amount is "<unknown>", not an integer', async () => {
    await rejected(HOLIDAY, SEED_PAGE_BODY, [{ loc: ['body', 'budget', 'amount'], msg: 'value is not a valid integer', type: 'type_error.integer' }]);
  });

  it('answers the example with its placeholders filled in (on a banner campaign) with 200 and the documented campaign model', async () => {
    const body = { ...SEED_PAGE_BODY, budget: { amount: 250000, type: 'daily' }, endDate: '2027-01-10T00:00:00Z', externalCampaignId: 'BOLA-1' };
    const res = await patch(HOLIDAY, body);
    expect(res.status).toBe(200);
    const c = rec(res.body);
    expect(Object.keys(c)).toEqual(READ_KEYS);
    expect(c).toMatchObject({
      campaignId: HOLIDAY,
      name: 'Bola-Bola Ad campaign',
      startDate: NOW, // 2023 is in the past: stored as now
      endDate: '2027-01-10T00:00:00Z',
      isActive: true,
      isSmart: true,
      campaignType: 'autobidding',
      status: 'approved',
      statusUpdatedBy: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      isAutoTrigger: true,
      targetRoas: 10.25,
      externalCampaignId: 'BOLA-1',
      chargeType: 'CPM',
      autobiddingObjective: 'impressions',
      adFormat: 'banner',
      budget: { amount: 250000, amountRemaining: 250000, amountCarryover: 0, amountUsed: 0, type: 'daily' },
      multiplierConfig: { isActive: true, multipliers: [{ type: '<string>', segmentId: 123, multiplier: 2 }] },
      targetingFilters: { isActive: true, targetingFilters: [{ type: '<string>', segmentId: 123 }] },
      exclusionFilters: { isActive: true, exclusionFilters: [{ type: '<string>', segmentId: 123 }] },
      campaignBehaviorData: null,
      campaignBehaviorDataByDay: null,
    });
    expect(c).not.toHaveProperty('productIds');
    expect(c).not.toHaveProperty('bannerAdRejectionReason');
    expect((await get(HOLIDAY)).body).toEqual(c);
    expect(stored(HOLIDAY)).toEqual(c);
    expect(topsortState().writeOnly).toMatchObject({
      [HOLIDAY]: { productIds: ['<string>'], bannerAdRejectionReason: { declineReason: '<string>', reasonDetails: '<string>' } },
    });
  });
});

describe('auth: Authorization: Bearer <API key>', () => {
  it.each([
    ['no header', undefined],
    ['an empty bearer key', 'Bearer '],
    ['a blank value', '   '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers %s with 401 invalid_api_key and touches nothing', async (_label, value) => {
    const before = topsortState();
    const headers: Record<string, string> = value === undefined ? {} : { authorization: value };
    const res = await call(sb, 'topsort', 'PATCH', `${BASE}/${WINTER}`, { headers, body: { name: 'x' } });
    arrayError(res, 401, 'invalid_api_key');
    expect(topsortState()).toEqual(before);
  });

  it('accepts any non-empty bearer key, scheme case-insensitive', async () => {
    const res = await call(sb, 'topsort', 'GET', `${BASE}/${WINTER}`, { headers: { authorization: 'bearer anything' } });
    expect(res.status).toBe(200);
  });
});

describe('routes', () => {
  it.each([`${BASE}/`, `${BASE}/${WINTER}/`])('answers a trailing slash (%s) with 404, no redirect', async (path) => {
    for (const method of ['GET', 'PATCH', 'POST', 'DELETE']) {
      const before = topsortState();
      const res = await ts(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: { name: 'x' } });
      arrayError(res, 404, 'not_found');
      expect(res.headers.get('location')).toBeNull();
      expect(topsortState()).toEqual(before);
    }
  });

  it('answers unknown paths (including the bids sub-resource) with 404 in the array shape', async () => {
    arrayError(await ts('GET', '/public/v1/campaign-service/campaign'), 404, 'not_found');
    arrayError(await ts('GET', `${BASE}/${WINTER}/bids`), 404, 'not_found');
    arrayError(await ts('GET', '/'), 404, 'not_found');
  });

  it('answers a campaign id whose percent-encoding is broken as an unknown route (not a 422)', async () => {
    const res = await ts('GET', `${BASE}/%E0%A4%A`);
    arrayError(res, 404, 'not_found');
    expect((res.body as { message: string }[])[0]!.message).toBe(`No route matches GET ${BASE}/%E0%A4%A.`);
  });

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const res = await ts('PUT', `${BASE}/${WINTER}`, { body: { name: 'x' } });
    arrayError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('GET, PATCH, DELETE');
    const list = await ts('DELETE', BASE);
    arrayError(list, 405, 'method_not_allowed');
    expect(list.headers.get('allow')).toBe('GET, POST');
  });
});

describe('read: GET /campaigns/{campaign-id}', () => {
  it('returns the campaign with every documented field, dates in RFC 3339 with Z', async () => {
    const res = await get(WINTER);
    expect(res.status).toBe(200);
    const c = rec(res.body);
    expect(Object.keys(c)).toEqual(READ_KEYS);
    expect(c).toMatchObject({
      campaignId: WINTER,
      startDate: '2026-11-30T23:00:00Z', // the YAML's 2026-12-01T00:00:00+01:00
      endDate: '2027-01-15T22:59:59Z',
      externalVendorId: 'vnd-brewmaster-home',
      vendorId: 'vnd-brewmaster-home',
      bidCount: 24,
      campaignBehaviorData: null,
      campaignBehaviorDataByDay: null,
    });
    for (const key of ['startDate', 'endDate', 'createdAt']) expect(c[key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it('answers a malformed uuid with a FastAPI 422 at ["path", "campaign-id"]', async () => {
    const detail = details(await ts('GET', `${BASE}/not-a-uuid`));
    expect(detail).toEqual([{ loc: ['path', 'campaign-id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }]);
  });

  it('answers an unknown campaign with 404 campaign_not_found', async () => {
    arrayError(await get(UNKNOWN), 404, 'campaign_not_found');
  });

  it('accepts the uuid in upper case (pydantic parses it)', async () => {
    const res = await get(WINTER.toUpperCase());
    expect(res.status).toBe(200);
    expect(rec(res.body).campaignId).toBe(WINTER);
  });
});

describe('list: GET /campaigns (offset pagination)', () => {
  const ids = (res: CallResult): unknown[] => (rec(res.body).campaigns as Record<string, unknown>[]).map((c) => c.campaignId);

  it('pages with offset/limit, hasMore and a ready-made next, returning the same objects as reads', async () => {
    const first = await ts('GET', BASE, { query: { limit: 4 } });
    expect(first.status).toBe(200);
    expect(rec(first.body)).toMatchObject({ hasMore: true, next: { offset: 4, limit: 4 } });
    expect(ids(first)).toEqual([NORDIC, COFFEE, WINTER, BLACK_FRIDAY]); // creation ascending
    const next = rec(rec(first.body).next);
    const second = await ts('GET', BASE, { query: { offset: Number(next.offset), limit: Number(next.limit) } });
    expect(rec(second.body)).toMatchObject({ hasMore: false, next: null });
    expect(ids(second)).toEqual([HOLIDAY, CPA]);
    const listed = (rec(first.body).campaigns as unknown[])[2];
    expect(listed).toEqual((await get(WINTER)).body);
  });

  it('defaults to offset 0 and limit 100', async () => {
    const res = await ts('GET', BASE);
    expect(rec(res.body)).toMatchObject({ hasMore: false, next: null });
    expect(ids(res)).toHaveLength(6);
  });

  it('filters by vendor_id, status and is_active, and sorts by creation date', async () => {
    expect(ids(await ts('GET', BASE, { query: { vendor_id: 'vnd-brewmaster-home' } }))).toEqual([COFFEE, WINTER]);
    expect(ids(await ts('GET', BASE, { query: { status: 'rejected' } }))).toEqual([BLACK_FRIDAY]);
    expect(ids(await ts('GET', BASE, { query: { is_active: false } }))).toEqual([COFFEE, BLACK_FRIDAY, CPA]);
    expect(ids(await ts('GET', BASE, { query: { sort_by_date: 'desc', limit: 2 } }))).toEqual([CPA, HOLIDAY]);
  });

  it.each([
    [{ limit: 0 }, ['query', 'limit'], 'value_error.number.not_ge'],
    [{ limit: 101 }, ['query', 'limit'], 'value_error.number.not_le'],
    [{ offset: -1 }, ['query', 'offset'], 'value_error.number.not_ge'],
    [{ limit: 'ten' }, ['query', 'limit'], 'type_error.integer'],
    [{ status: 'archived' }, ['query', 'status'], 'type_error.enum'],
    [{ is_active: 'maybe' }, ['query', 'is_active'], 'type_error.bool'],
    [{ sort_by_date: 'newest' }, ['query', 'sort_by_date'], 'type_error.enum'],
  ])('refuses %o with a FastAPI 422', async (query, loc, type) => {
    expect(details(await ts('GET', BASE, { query }))).toEqual([expect.objectContaining({ loc, type })]);
  });
});

describe('update rules (PATCH): violation → FastAPI 422, state unchanged', () => {
  it('name: at least 1 character', async () => {
    await rejected(WINTER, { name: '' }, [
      { loc: ['body', 'name'], msg: 'ensure this value has at least 1 characters', type: 'value_error.any_str.min_length' },
    ]);
  });

  it('targetRoas: 0.5 to 20, bounds included', async () => {
    await rejected(COFFEE, { targetRoas: 0.49 }, [{ loc: ['body', 'targetRoas'], type: 'value_error.number.not_ge' }]);
    await rejected(COFFEE, { targetRoas: 20.01 }, [
      { loc: ['body', 'targetRoas'], msg: 'ensure this value is less than or equal to 20', type: 'value_error.number.not_le' },
    ]);
    expect(rec((await patch(COFFEE, { targetRoas: 0.5 })).body).targetRoas).toBe(0.5);
    expect(rec((await patch(COFFEE, { targetRoas: 20 })).body).targetRoas).toBe(20);
  });

  it('productIds: 1 to 200 items', async () => {
    await rejected(HOLIDAY, { productIds: [] }, [{ loc: ['body', 'productIds'], type: 'value_error.list.min_items' }]);
    const many = Array.from({ length: 201 }, (_, i) => `SKU-${i}`);
    await rejected(HOLIDAY, { productIds: many }, [{ loc: ['body', 'productIds'], type: 'value_error.list.max_items' }]);
    expect((await patch(HOLIDAY, { productIds: many.slice(0, 200) })).status).toBe(200);
  });

  it('productIds: only for banner campaigns', async () => {
    await rejected(WINTER, { productIds: ['SKU-1'] }, [
      { loc: ['body', 'productIds'], msg: 'productIds are only allowed for banner campaigns', type: 'value_error' },
    ]);
  });

  it('campaignType: only autobidding is accepted', async () => {
    await rejected(WINTER, { campaignType: 'manual' }, [
      { loc: ['body', 'campaignType'], msg: "value is not a valid enumeration member; permitted: 'autobidding'", type: 'type_error.enum' },
    ]);
    await rejected(COFFEE, { campaignType: 'exclusive' }, [{ loc: ['body', 'campaignType'], type: 'type_error.enum' }]);
  });

  it('campaignType: manual switches to autobidding; an autobidding campaign takes the unchanged value', async () => {
    expect(rec((await patch(WINTER, { campaignType: 'autobidding' })).body).campaignType).toBe('autobidding');
    const before = stored(COFFEE);
    const res = await patch(COFFEE, { campaignType: 'autobidding' });
    expect(res.status).toBe(200);
    expect(stored(COFFEE)).toEqual(before);
  });

  it('campaignType: an exclusive campaign refuses the switch', async () => {
    const created = await ts('POST', BASE, {
      query: { vendor_id: 'vnd-x' },
      body: { name: 'Exclusive', bids: [LISTING_BID], campaignType: 'exclusive' },
    });
    expect(created.status).toBe(200);
    const id = String(rec(created.body).campaignId);
    await rejected(id, { campaignType: 'autobidding' }, [{ loc: ['body', 'campaignType'], type: 'value_error' }]);
  });

  it('chargeType: CPM, CPC or CPA', async () => {
    await rejected(WINTER, { chargeType: 'CPV' }, [{ loc: ['body', 'chargeType'], type: 'type_error.enum' }]);
  });

  it('chargeType CPA: only for listing campaigns', async () => {
    await rejected(HOLIDAY, { chargeType: 'CPA' }, [
      { loc: ['body', 'chargeType'], msg: 'CPA charge type is only available for listing campaigns', type: 'value_error' },
    ]);
  });

  it('chargeType CPA: needs a budget of type total (the stored one, or the one sent alongside)', async () => {
    await rejected(WINTER, { chargeType: 'CPA' }, [
      { loc: ['body', 'chargeType'], msg: 'CPA charge type requires a budget of type total', type: 'value_error' },
    ]);
    await rejected(CPA, { budget: { type: 'daily' } }, [{ loc: ['body', 'budget', 'type'], type: 'value_error' }]);
    const res = await patch(WINTER, { chargeType: 'CPA', budget: { type: 'total' } });
    expect(res.status).toBe(200);
    expect(rec(res.body)).toMatchObject({ chargeType: 'CPA', budget: { type: 'total' } });
  });

  it('status: approved, pending or rejected', async () => {
    await rejected(HOLIDAY, { status: 'archived' }, [{ loc: ['body', 'status'], type: 'type_error.enum' }]);
  });

  it('statusUpdatedBy: a uuid', async () => {
    await rejected(HOLIDAY, { statusUpdatedBy: 'admin@marketplace' }, [
      { loc: ['body', 'statusUpdatedBy'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
    ]);
  });

  it('autobiddingObjective: the enum, and only for autobidding campaigns', async () => {
    await rejected(HOLIDAY, { autobiddingObjective: 'views' }, [{ loc: ['body', 'autobiddingObjective'], type: 'type_error.enum' }]);
    await rejected(WINTER, { autobiddingObjective: 'clicks' }, [
      { loc: ['body', 'autobiddingObjective'], msg: 'autobiddingObjective is only allowed for autobidding campaigns', type: 'value_error' },
    ]);
    expect((await patch(WINTER, { campaignType: 'autobidding', autobiddingObjective: 'clicks' })).status).toBe(200);
  });

  it('budget: an integer amount below 2 000 000 000, a known type', async () => {
    await rejected(WINTER, { budget: { amount: 2_000_000_000 } }, [
      { loc: ['body', 'budget', 'amount'], msg: 'ensure this value is less than 2000000000', type: 'value_error.number.not_lt' },
    ]);
    await rejected(WINTER, { budget: { amount: 250.5 } }, [{ loc: ['body', 'budget', 'amount'], type: 'type_error.integer' }]);
    await rejected(WINTER, { budget: { amount: '25000' } }, [{ loc: ['body', 'budget', 'amount'], type: 'type_error.integer' }]);
    await rejected(WINTER, { budget: { amount: -1 } }, [{ loc: ['body', 'budget', 'amount'], type: 'value_error.number.not_ge' }]);
    await rejected(WINTER, { budget: { type: 'yearly' } }, [{ loc: ['body', 'budget', 'type'], type: 'type_error.enum' }]);
    expect(rec((await patch(WINTER, { budget: { amount: 1_999_999_999 } })).body).budget).toMatchObject({ amount: 1_999_999_999 });
  });

  it('endDate after startDate, the stored value standing in for the side not sent', async () => {
    // winter starts 2026-11-30T23:00:00Z and ends 2027-01-15T22:59:59Z
    await rejected(WINTER, { endDate: '2026-11-30T23:00:00Z' }, [
      { loc: ['body', 'endDate'], msg: 'endDate must be greater than startDate', type: 'value_error' },
    ]);
    await rejected(WINTER, { startDate: '2027-02-01T00:00:00+01:00' }, [{ loc: ['body', 'startDate'], type: 'value_error' }]);
    await rejected(WINTER, { startDate: '2027-03-01T00:00:00Z', endDate: '2027-02-01T00:00:00Z' }, [{ loc: ['body', 'endDate'] }]);
    // same instant in another offset is not after
    await rejected(WINTER, { endDate: '2026-12-01T00:00:00+01:00' }, [{ loc: ['body', 'endDate'] }]);
    expect((await patch(WINTER, { endDate: '2026-12-01T00:00:01+01:00' })).status).toBe(200);
  });

  it('dates: RFC 3339 date-times only', async () => {
    await rejected(WINTER, { endDate: '15/01/2027' }, [
      { loc: ['body', 'endDate'], msg: 'invalid datetime format', type: 'value_error.datetime' },
    ]);
    await rejected(WINTER, { endDate: '2027-02-30T00:00:00Z' }, [{ loc: ['body', 'endDate'], type: 'value_error.datetime' }]);
  });

  it('types: booleans and segment items as documented', async () => {
    await rejected(WINTER, { isActive: 'yes' }, [{ loc: ['body', 'isActive'], type: 'type_error.bool' }]);
    await rejected(WINTER, { exclusionFilters: { exclusionFilters: [{ type: 'user_segment' }] } }, [
      { loc: ['body', 'exclusionFilters', 'exclusionFilters', 0, 'segmentId'], msg: 'field required', type: 'value_error.missing' },
    ]);
    await rejected(COFFEE, { multiplierConfig: { multipliers: [{ type: 'user_segment', segmentId: 1, multiplier: 'x' }] } }, [
      { loc: ['body', 'multiplierConfig', 'multipliers', 0, 'multiplier'], type: 'type_error.float' },
    ]);
  });

  it('lists every model problem of one body in a single 422', async () => {
    await rejected(WINTER, { name: '', targetRoas: 99, status: 'x' }, [
      { loc: ['body', 'name'] },
      { loc: ['body', 'status'] },
      { loc: ['body', 'targetRoas'] },
    ]);
  });

  it('checks the body model before the campaign exists (422), then answers an unknown campaign 404', async () => {
    details(await patch(UNKNOWN, { name: '' }));
    const before = topsortState();
    arrayError(await patch(UNKNOWN, { name: 'ok' }), 404, 'campaign_not_found');
    expect(topsortState()).toEqual(before);
    expect(details(await patch('nope', { name: '' })).map((d) => d.loc)).toEqual([
      ['path', 'campaign-id'],
      ['body', 'name'],
    ]);
  });

  it('externalCampaignId: unique per marketplace and ad format (400 invalid_operation)', async () => {
    const before = topsortState();
    const res = await patch(WINTER, { externalCampaignId: 'MKT-EU-2027-NY-0003' }); // the CPA listing's id
    arrayError(res, 400, 'invalid_operation');
    expect(topsortState()).toEqual(before);
    // the holiday banner's id is free for a listing
    expect((await patch(WINTER, { externalCampaignId: 'MKT-EU-2026-HG-0009' })).status).toBe(200);
  });
});

describe('request bodies', () => {
  it('answers unparsable JSON with 400 invalid_json and an empty body with 400 empty_request', async () => {
    const before = topsortState();
    arrayError(await ts('PATCH', `${BASE}/${WINTER}`, { body: '{"name": ' }), 400, 'invalid_json');
    arrayError(await ts('PATCH', `${BASE}/${WINTER}`), 400, 'empty_request');
    arrayError(await ts('POST', BASE, { query: { vendor_id: 'v' } }), 400, 'empty_request');
    expect(topsortState()).toEqual(before);
  });

  it('answers a body that is not an object with a FastAPI 422 at ["body"]', async () => {
    await rejected(WINTER, [{ name: 'x' }], [{ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' }]);
    const form = await ts('PATCH', `${BASE}/${WINTER}`, { body: { name: 'x' }, form: true });
    expect(details(form)).toEqual([expect.objectContaining({ loc: ['body'], type: 'type_error.dict' })]);
  });

  it('ignores fields outside the update model, create-only ones included (FastAPI default)', async () => {
    const before = stored(WINTER);
    const res = await patch(WINTER, {
      adFormat: 'banner',
      walletId: UNKNOWN,
      vendorId: 'vnd-other',
      promotionType: { slotId: 'x' },
      bids: [{}],
      colour: 'red',
      name: 'Renamed',
    });
    expect(res.status).toBe(200);
    expect(stored(WINTER)).toEqual({ ...before, name: 'Renamed' });
  });

  it('null leaves required fields unchanged and clears the nullable ones', async () => {
    const before = stored(COFFEE);
    const res = await patch(COFFEE, { name: null, budget: null, isActive: null, targetRoas: null, externalCampaignId: null });
    expect(res.status).toBe(200);
    expect(stored(COFFEE)).toEqual({ ...before, targetRoas: null, externalCampaignId: null });
  });

  it('an empty object is a valid no-op update', async () => {
    const before = stored(WINTER);
    expect((await patch(WINTER, {})).status).toBe(200);
    expect(stored(WINTER)).toEqual(before);
  });
});

describe('quirks', () => {
  it('a past startDate is stored as now, even an unchanged resend of a started campaign', async () => {
    const res = await patch(COFFEE, { startDate: '2026-10-01T00:00:00Z' });
    expect(rec(res.body).startDate).toBe(NOW);
    expect(rec((await get(COFFEE)).body).startDate).toBe(NOW);
  });

  it('a future startDate is kept (as an instant, emitted with Z)', async () => {
    const res = await patch(WINTER, { startDate: '2026-12-02T00:00:00+01:00' });
    expect(rec(res.body).startDate).toBe('2026-12-01T23:00:00Z');
  });

  it('moving the start to now counts for the end-after-start rule', async () => {
    // the nordic campaign runs since March with the far-future end; an end in the past of now but after the old start is refused
    await rejected(NORDIC, { startDate: '2026-03-02T08:00:00Z', endDate: '2026-06-01T00:00:00Z' }, [{ loc: ['body', 'endDate'] }]);
  });

  it('budget reads add amountRemaining, amountCarryover and amountUsed; a new amount keeps the spend', async () => {
    expect(rec((await get(COFFEE)).body).budget).toEqual({
      amount: 120000, amountRemaining: 58570, amountCarryover: 2150, amountUsed: 61430, type: 'weekly',
    });
    const res = await patch(COFFEE, { budget: { amount: 150000 } });
    expect(rec(res.body).budget).toEqual({ amount: 150000, amountRemaining: 88570, amountCarryover: 2150, amountUsed: 61430, type: 'weekly' });
  });

  it('productIds and bannerAdRejectionReason are accepted but never returned', async () => {
    const res = await patch(HOLIDAY, { productIds: ['SKU-9'], bannerAdRejectionReason: { declineReason: 'blurry' } });
    expect(res.status).toBe(200);
    for (const body of [res.body, (await get(HOLIDAY)).body, ...(rec((await ts('GET', BASE)).body).campaigns as unknown[])]) {
      expect(rec(body)).not.toHaveProperty('productIds');
      expect(rec(body)).not.toHaveProperty('bannerAdRejectionReason');
    }
    expect(stored(HOLIDAY)).not.toHaveProperty('productIds');
  });

  it('segment configs merge one level: a list sent replaces the list, isActive left out is kept', async () => {
    const res = await patch(COFFEE, { multiplierConfig: { multipliers: [{ type: 'user_segment', segmentId: 7, multiplier: 1.1 }] } });
    expect(rec(res.body).multiplierConfig).toEqual({ isActive: true, multipliers: [{ type: 'user_segment', segmentId: 7, multiplier: 1.1 }] });
  });

  it('a campaign created without endDate gets the far-future default', async () => {
    expect(rec((await get(NORDIC)).body).endDate).toBe(FAR_FUTURE);
  });
});

describe('create: POST /campaigns?vendor_id=', () => {
  it('creates with defaults, answers 200 with the campaign, and reads it back', async () => {
    const res = await ts('POST', BASE, {
      query: { vendor_id: 'vnd-new' },
      body: { name: 'New listing', bids: [{ amount: 50, target: { id: 'SKU-1', type: 'product' } }], budget: { amount: 1000, type: 'daily' } },
    });
    expect(res.status).toBe(200);
    const c = rec(res.body);
    expect(Object.keys(c)).toEqual(READ_KEYS);
    expect(c).toMatchObject({
      name: 'New listing',
      vendorId: 'vnd-new',
      externalVendorId: 'vnd-new',
      adFormat: 'listing',
      chargeType: 'CPC',
      campaignType: 'manual',
      isActive: true,
      isAutoTrigger: false,
      startDate: NOW,
      endDate: FAR_FUTURE,
      createdAt: NOW,
      bidCount: 1,
      budget: { amount: 1000, amountRemaining: 1000, amountCarryover: 0, amountUsed: 0, type: 'daily' },
    });
    expect(String(c.campaignId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await get(String(c.campaignId))).body).toEqual(c);
  });

  it('defaults a banner to CPM and pending, and stores a past start as now', async () => {
    const res = await ts('POST', BASE, {
      query: { vendor_id: 'vnd-new' },
      body: { name: 'Banner', bids: [BANNER_BID], adFormat: 'banner', startDate: '2020-01-01T00:00:00Z', endDate: '2027-01-01T00:00:00Z', productIds: ['A'] },
    });
    expect(res.status).toBe(200);
    expect(rec(res.body)).toMatchObject({ chargeType: 'CPM', status: 'pending', startDate: NOW, endDate: '2027-01-01T00:00:00Z' });
  });

  it('requires vendor_id, name and at least one bid', async () => {
    const before = topsortState();
    const missing = details(await ts('POST', BASE, { body: { isActive: true } }));
    expect(missing).toEqual([
      { loc: ['query', 'vendor_id'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['body', 'name'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['body', 'bids'], msg: 'field required', type: 'value_error.missing' },
    ]);
    const empty = details(await ts('POST', BASE, { query: { vendor_id: 'v' }, body: { name: '', bids: [] } }));
    expect(empty.map((d) => d.type)).toEqual(['value_error.any_str.min_length', 'value_error.list.min_items']);
    expect(topsortState()).toEqual(before);
  });

  it('applies the update rules on create too: CPA needs a total budget and a listing, productIds need a banner, dates in order', async () => {
    const before = topsortState();
    const post = (body: Record<string, unknown>): Promise<CallResult> =>
      ts('POST', BASE, { query: { vendor_id: 'v' }, body: { name: 'n', bids: [body.adFormat === 'banner' ? BANNER_BID : LISTING_BID], ...body } });
    expect(details(await post({ chargeType: 'CPA', budget: { amount: 1, type: 'daily' } }))[0]).toMatchObject({ loc: ['body', 'chargeType'] });
    expect(details(await post({ chargeType: 'CPA', adFormat: 'banner', budget: { amount: 1, type: 'total' } }))[0]?.msg).toMatch(/listing/);
    expect(details(await post({ productIds: ['A'] }))[0]).toMatchObject({ loc: ['body', 'productIds'] });
    expect(details(await post({ startDate: '2027-02-01T00:00:00Z', endDate: '2027-01-01T00:00:00Z' }))[0]).toMatchObject({ loc: ['body', 'endDate'] });
    expect(details(await post({ targetRoas: 25, adFormat: 'video', budget: { amount: 1 } })).map((d) => d.loc)).toEqual([
      ['body', 'targetRoas'],
      ['body', 'adFormat'],
      ['body', 'budget', 'type'],
    ]);
    arrayError(await post({ externalCampaignId: 'MKT-EU-2026-WS-0142' }), 400, 'invalid_operation');
    expect(topsortState()).toEqual(before);
  });
});

describe('create: what the create page documents beyond the update model', () => {
  const post = (body: Record<string, unknown>): Promise<CallResult> => ts('POST', BASE, { query: { vendor_id: 'v' }, body: { name: 'n', ...body } });

  it('productIds: 1 to 200 items, as on update (an empty list is refused)', async () => {
    const before = topsortState();
    const banner = { adFormat: 'banner', bids: [BANNER_BID] };
    expect(details(await post({ ...banner, productIds: [] }))).toEqual([
      expect.objectContaining({ loc: ['body', 'productIds'], type: 'value_error.list.min_items' }),
    ]);
    const many = Array.from({ length: 201 }, (_, i) => `SKU-${i}`);
    expect(details(await post({ ...banner, productIds: many }))[0]).toMatchObject({ loc: ['body', 'productIds'], type: 'value_error.list.max_items' });
    expect(topsortState()).toEqual(before);
    expect((await post({ ...banner, productIds: many.slice(0, 200) })).status).toBe(200);
  });

  it('autobiddingObjective: taken for autobidding campaigns and read back, refused for manual ones', async () => {
    const res = await post({ bids: [LISTING_BID], campaignType: 'autobidding', autobiddingObjective: 'revenue' });
    expect(res.status).toBe(200);
    expect((await get(String(rec(res.body).campaignId))).body).toMatchObject({ campaignType: 'autobidding', autobiddingObjective: 'revenue' });
    expect(details(await post({ bids: [LISTING_BID], autobiddingObjective: 'revenue' }))).toEqual([
      expect.objectContaining({ loc: ['body', 'autobiddingObjective'], type: 'value_error' }),
    ]);
  });

  it('bids: each needs a target; banner bids need formatProperties with at least one asset; listing bids take none', async () => {
    const before = topsortState();
    expect(details(await post({ bids: [{ amount: 50 }] }))).toEqual([expect.objectContaining({ loc: ['body', 'bids', 0, 'target'], type: 'value_error.missing' })]);
    expect(details(await post({ bids: [{ target: { id: 'SKU-1', type: 'product' }, amount: 0.5 }] }))).toEqual([
      expect.objectContaining({ loc: ['body', 'bids', 0, 'amount'], type: 'type_error.integer' }),
    ]);
    expect(details(await post({ adFormat: 'banner', bids: [LISTING_BID] }))).toEqual([
      expect.objectContaining({ loc: ['body', 'bids', 0, 'formatProperties'], type: 'value_error.missing' }),
    ]);
    const noAssets = { ...BANNER_BID, formatProperties: { adFormat: 'banner', bannerAssets: [] } };
    expect(details(await post({ adFormat: 'banner', bids: [noAssets] }))).toEqual([
      expect.objectContaining({ loc: ['body', 'bids', 0, 'formatProperties', 'bannerAssets'], type: 'value_error.list.min_items' }),
    ]);
    expect(details(await post({ bids: [BANNER_BID] }))).toEqual([
      expect.objectContaining({ loc: ['body', 'bids', 0, 'formatProperties'], msg: 'formatProperties must not be set for listing campaigns' }),
    ]);
    expect(topsortState()).toEqual(before);
  });
});

describe('delete: DELETE /campaigns/{campaign-id} (soft delete)', () => {
  it('answers 200, after which reads and lists answer as if it were gone', async () => {
    const res = await ts('DELETE', `${BASE}/${NORDIC}`);
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    arrayError(await get(NORDIC), 404, 'campaign_not_found');
    arrayError(await patch(NORDIC, { name: 'x' }), 404, 'campaign_not_found');
    arrayError(await ts('DELETE', `${BASE}/${NORDIC}`), 404, 'campaign_not_found');
    const list = rec((await ts('GET', BASE)).body).campaigns as Record<string, unknown>[];
    expect(list.map((c) => c.campaignId)).not.toContain(NORDIC);
    expect((topsortState().deleted as Record<string, unknown>[]).map((c) => c.campaignId)).toEqual([NORDIC]);
  });

  it('validates the uuid', async () => {
    expect(details(await ts('DELETE', `${BASE}/123`))[0]).toMatchObject({ loc: ['path', 'campaign-id'] });
  });
});

describe('seed', () => {
  const dir = fileURLToPath(new URL('../../campaigns/topsort/', import.meta.url));
  const examples = existingExampleFiles(dir)
    .map((f) => parse(readFileSync(`${dir}${f}`, 'utf8')) as { id: string; spec: Record<string, unknown> });

  /** The spec's fields that differ from the live campaign (dates as instants, write-only skipped). */
  function differences(spec: Record<string, unknown>, live: Record<string, unknown>): string[] {
    const out: string[] = [];
    for (const [key, want] of Object.entries(spec)) {
      if (key === 'productIds') continue;
      const have = live[key];
      if (key === 'startDate' || key === 'endDate') {
        if (Date.parse(String(want)) !== Date.parse(String(have))) out.push(key);
      } else if (key === 'budget' || key.endsWith('Config') || key.endsWith('Filters')) {
        for (const [sub, v] of Object.entries(want as Record<string, unknown>)) {
          if (JSON.stringify(v) !== JSON.stringify((have as Record<string, unknown>)[sub])) out.push(`${key}.${sub}`);
        }
      } else if (JSON.stringify(want) !== JSON.stringify(have)) out.push(key);
    }
    return out;
  }

  it('holds every example campaign, with exactly the three deliberate differences, plus two unmanaged ones', async () => {
    const drift = Object.fromEntries(
      await Promise.all(examples.map(async (e) => [e.id, differences(e.spec, rec((await get(e.id)).body))] as const)),
    );
    expect(drift).toEqual({ [WINTER]: ['budget.amount'], [COFFEE]: ['isActive'], [HOLIDAY]: ['name'], [CPA]: [] });
    const all = rec((await ts('GET', BASE)).body).campaigns as Record<string, unknown>[];
    expect(all.map((c) => c.campaignId).filter((id) => !examples.some((e) => e.id === id))).toEqual([NORDIC, BLACK_FRIDAY]);
  });

  it("accepts every example's values through PATCH (the seed is valid for a later apply)", async () => {
    for (const e of examples) {
      const { adFormat: _f, vendorId: _v, ...writable } = e.spec;
      const res = await patch(e.id, writable);
      expect(res.status, `${e.id}: ${JSON.stringify(res.body)}`).toBe(200);
      const live = rec(res.body);
      // a past start is stored as now (the coffee campaign started on 2026-10-01)
      const expectedDrift = Date.parse(String(e.spec.startDate)) < Date.parse(NOW) ? ['startDate'] : [];
      expect(differences(e.spec, live)).toEqual(expectedDrift);
    }
  });
});

describe('faults, rate limits and the request log', () => {
  it('answers beyond the rate limit with 429, the X-RateLimit-* headers and no Retry-After', async () => {
    await sb.stop();
    sb = await startTestSandbox({ rateLimit: 2 });
    const results = (await Promise.all([ts('GET', BASE), ts('GET', BASE), ts('GET', BASE)])).sort((x, y) => x.status - y.status);
    expect(results.map((r) => r.status)).toEqual([200, 200, 429]);
    const limited = results[2];
    arrayError(limited, 429, 'rate_limit_exceeded');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('2');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(Number.isInteger(reset)).toBe(true);
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 2);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(results[0].headers.get('x-ratelimit-limit')).toBe('2');
  });

  it('answers an injected fault in the array shape, before touching state', async () => {
    await sb.stop();
    sb = await startTestSandbox({ failRate: 1 });
    const before = topsortState();
    const res = await patch(WINTER, { name: 'never stored' });
    expect([500, 502, 503]).toContain(res.status);
    arrayError(res, res.status, 'internal_server_error');
    expect(topsortState()).toEqual(before);
  });

  it('persists accepted writes to the state file (and only those)', async () => {
    await sb.stop();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'topsort-fake-')), 'state.json');
    sb = await startTestSandbox({ stateFile: file });
    const onDisk = (): Record<string, unknown> => {
      const state = JSON.parse(readFileSync(file, 'utf8')) as Record<string, VendorState>;
      return state.topsort!.campaigns.find((c) => c.campaignId === WINTER)!;
    };
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
    expect(onDisk().name).toBe('Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)');
    expect((await patch(WINTER, { name: 'On disk' })).status).toBe(200);
    await settle();
    expect(onDisk().name).toBe('On disk');
    expect((await patch(WINTER, { name: '' })).status).toBe(422);
    await settle();
    expect(onDisk().name).toBe('On disk');
  });

  it('logs every call with its status under the vendor prefix', async () => {
    await fetch(`${sb.url}/_sandbox/requests`, { method: 'DELETE' });
    await get(WINTER);
    await patch(WINTER, { name: '' });
    await call(sb, 'topsort', 'GET', BASE);
    await ts('GET', `${BASE}/`);
    const log = (await (await fetch(`${sb.url}/_sandbox/requests`)).json()) as Record<string, unknown>[];
    expect(log.map((r) => [r.vendor, r.method, r.path, r.status])).toEqual([
      ['topsort', 'GET', `${BASE}/${WINTER}`, 200],
      ['topsort', 'PATCH', `${BASE}/${WINTER}`, 422],
      ['topsort', 'GET', BASE, 401],
      ['topsort', 'GET', `${BASE}/`, 404],
    ]);
  });
});
