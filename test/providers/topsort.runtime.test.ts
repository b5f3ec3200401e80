/**
 * Topsort runtime pieces on their own: normalisation edge cases (toSpec / canonical /
 * fieldEquals), the PATCH body, list paging against a scripted client, auth, and plan rules
 * that the end-to-end tests do not reach.
 */
import { describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../src/config/load.js';
import type { TopsortSpec } from '../../src/generated/topsort.js';
import { apiKeyAuth } from '../../src/providers/topsort/auth.js';
import { canonical, fieldEquals, toSpec } from '../../src/providers/topsort/normalize.js';
import { planRules } from '../../src/providers/topsort/plan-rules.js';
import { hasListing, readCampaigns } from '../../src/providers/topsort/read.js';
import { patchBody, writeCampaign } from '../../src/providers/topsort/write.js';
import type { FieldChange, LiveCampaign, PlanInput } from '../../src/providers/runtime.js';
import { judge } from '../helpers/plans.js';
import { scriptedHttp, type Responder } from '../helpers/scripted-http.js';

const ID = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const NOW = new Date('2026-11-23T12:00:00Z');
const ACCOUNT: AccountConfig = {
  name: 'marketplace-eu',
  provider: 'topsort',
  endpoint: 'http://127.0.0.1:1/topsort',
  credentials: {},
  ignore: [],
  options: {},
  position: { file: 'campaignctl.yaml', line: 1, col: 1 },
};

/** A campaign as Topsort returns it, with the 2022 service's spellings. */
function raw(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaignId: ID,
    marketplaceId: 'e2a4c6d8-1b3f-4a5c-9e7d-0f1a2b3c4d5e',
    name: 'Winter',
    startDate: '2026-11-30T23:00:00.000000+00:00',
    endDate: '9999-12-31T23:59:59.999999+00:00',
    isActive: true,
    isSmart: false,
    campaignType: 'manual',
    status: 'approved',
    createdAt: '2026-11-02T09:14:27Z',
    chargeType: 'CPC',
    externalVendorId: 'vnd-brewmaster-home',
    adFormat: 'listing',
    isAutoTrigger: false,
    vendorId: 'vnd-brewmaster-home',
    walletId: 'a7c1e3f5-2b4d-4c6e-8a0b-9d1f3e5a7c90',
    bidCount: 24,
    budget: { amount: 18000, amountRemaining: 6000, amountCarryover: 150, amountUsed: 12000, type: 'daily' },
    statusUpdatedBy: null,
    campaignBehaviorData: null,
    campaignBehaviorDataByDay: null,
    exclusivityPrice: null,
    targetRoas: null,
    externalCampaignId: 'MKT-1',
    autobiddingObjective: null,
    multiplierConfig: null,
    targetingFilters: null,
    exclusionFilters: { isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107, addedAt: '2026-11-02' }] },
    promotionType: null,
    ...extra,
  };
}

describe('toSpec', () => {
  it('puts a read in the spec shape: instants in UTC with Z, budget {amount, type}, item fields the spec has, no deprecated or computed fields', () => {
    expect(toSpec(raw())).toEqual({
      name: 'Winter',
      startDate: '2026-11-30T23:00:00Z',
      endDate: '9999-12-31T23:59:59.999Z',
      isActive: true,
      isSmart: false,
      campaignType: 'manual',
      status: 'approved',
      statusUpdatedBy: null,
      isAutoTrigger: false,
      targetRoas: null,
      externalCampaignId: 'MKT-1',
      chargeType: 'CPC',
      autobiddingObjective: null,
      adFormat: 'listing',
      vendorId: 'vnd-brewmaster-home',
      budget: { amount: 18000, type: 'daily' },
      multiplierConfig: null,
      targetingFilters: null,
      exclusionFilters: { isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] },
    });
  });

  it('drops malformed optional fields and malformed list items instead of failing, and ignores fields Topsort adds', () => {
    const spec = toSpec(
      raw({
        isSmart: 'yes',
        targetRoas: '4.5',
        budget: { amount: '18000', type: 'daily' },
        multiplierConfig: { isActive: true, multipliers: [{ type: 'user_segment', segmentId: 2211, multiplier: 1.4 }, { type: 'user_segment' }, 7] },
        brandNewField: { anything: true },
      }),
    );
    expect(spec).not.toHaveProperty('isSmart');
    expect(spec).not.toHaveProperty('targetRoas');
    expect(spec).not.toHaveProperty('brandNewField');
    expect(spec.budget).toEqual({ type: 'daily' });
    expect(spec.multiplierConfig).toEqual({ isActive: true, multipliers: [{ type: 'user_segment', segmentId: 2211, multiplier: 1.4 }] });
  });

  it('keeps an unparseable date as read (so it shows as a change) and gives {} for an object without campaignId', () => {
    expect(toSpec(raw({ startDate: 'soon' })).startDate).toBe('soon');
    expect(toSpec({ name: 'x' })).toEqual({});
  });

  it('sorts segments by type and id, and lower-cases the reviewer uuid', () => {
    const spec = toSpec(
      raw({
        statusUpdatedBy: '5D7E9A2B-1C4F-4B8E-A3D6-0F2E4C6B8A91',
        targetingFilters: {
          isActive: true,
          targetingFilters: [
            { type: 'user_segment', segmentId: 1852 },
            { type: 'category', segmentId: 9 },
            { type: 'user_segment', segmentId: 1840 },
          ],
        },
      }),
    );
    expect(spec.statusUpdatedBy).toBe('5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91');
    expect(spec.targetingFilters).toEqual({
      isActive: true,
      targetingFilters: [
        { type: 'category', segmentId: 9 },
        { type: 'user_segment', segmentId: 1840 },
        { type: 'user_segment', segmentId: 1852 },
      ],
    });
  });
});

describe('canonical', () => {
  it('gives the desired spec the same form as toSpec: a round trip is equal', () => {
    const desired: TopsortSpec = {
      startDate: '2026-12-01T00:00:00+01:00',
      endDate: '9999-12-31T23:59:59.999999Z',
      statusUpdatedBy: 'urn:uuid:5D7E9A2B-1C4F-4B8E-A3D6-0F2E4C6B8A91',
      exclusionFilters: { isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] },
    };
    const live = toSpec(raw({ statusUpdatedBy: '5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91' }));
    const c = canonical(desired);
    for (const key of Object.keys(c)) expect(c[key], key).toEqual(live[key]);
  });

  it('keeps every key (write-only ones included), sorts segment lists, and never changes its input', () => {
    const desired: TopsortSpec = {
      productIds: ['B', 'A'],
      multiplierConfig: {
        multipliers: [
          { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
          { type: 'user_segment', segmentId: 2211, multiplier: 1.4 },
        ],
      },
      targetRoas: null,
    };
    const copy = structuredClone(desired);
    expect(canonical(desired)).toEqual({
      productIds: ['B', 'A'],
      multiplierConfig: {
        multipliers: [
          { type: 'user_segment', segmentId: 2211, multiplier: 1.4 },
          { type: 'user_segment', segmentId: 2290, multiplier: 0.8 },
        ],
      },
      targetRoas: null,
    });
    expect(desired).toEqual(copy);
  });

  it('compares dates to the millisecond: +00:00, offsets and microseconds spell the same instant', () => {
    expect(canonical({ endDate: '2027-01-15T23:59:59.999999+01:00' }).endDate).toBe('2027-01-15T22:59:59.999Z');
    expect(canonical({ endDate: '2027-01-15T22:59:59.999Z' }).endDate).toBe('2027-01-15T22:59:59.999Z');
    expect(canonical({ startDate: '2026-12-01T00:00:00.000000+00:00' }).startDate).toBe('2026-12-01T00:00:00Z');
  });
});

describe('fieldEquals', () => {
  const live: LiveCampaign = { id: ID, raw: raw() };
  const eq = (field: string, want: unknown, have: unknown) => fieldEquals(field, want, have, { now: NOW, live });

  it('treats two started start dates as equal (Topsort moves a past start to now)', () => {
    expect(eq('startDate', '2026-10-01T00:00:00Z', '2026-11-02T09:30:00Z')).toBe(true);
    expect(eq('startDate', '2026-10-01T00:00:00Z', '2026-11-23T12:00:00Z')).toBe(true);
  });

  it("allows Topsort's clock to run up to a minute ahead when it stored its \"now\" for a past start", () => {
    expect(eq('startDate', '2026-10-01T00:00:00Z', '2026-11-23T12:00:40Z')).toBe(true);
    expect(eq('startDate', '2026-10-01T00:00:00Z', '2026-11-23T12:01:01Z')).toBeUndefined();
    expect(eq('startDate', '2026-11-23T12:00:30Z', '2026-11-23T12:00:00Z')).toBeUndefined();
  });

  it('leaves every other case to the plain comparison', () => {
    expect(eq('startDate', '2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z')).toBeUndefined();
    expect(eq('startDate', '2026-12-01T00:00:00Z', '2026-10-01T00:00:00Z')).toBeUndefined();
    expect(eq('endDate', '2026-10-01T00:00:00Z', '2026-11-02T00:00:00Z')).toBeUndefined();
    expect(eq('startDate', '2026-10-01T00:00:00Z', undefined)).toBeUndefined();
  });
});

const change = (path: string, extra: Partial<FieldChange> = {}): FieldChange => ({ path, before: undefined, after: undefined, ...extra });

describe('patchBody', () => {
  const liveSpec = toSpec(raw());

  it('carries only the changed top-level fields; budget and segment configurations go complete', () => {
    const desired: TopsortSpec = {
      name: 'Winter',
      budget: { amount: 25000 },
      exclusionFilters: { isActive: false },
      startDate: '2026-12-01T00:00:00+01:00',
      endDate: '2027-01-15T23:59:59+01:00',
      isActive: true,
    };
    const body = patchBody(desired, [change('budget.amount'), change('exclusionFilters.isActive'), change('endDate')], liveSpec);
    expect(body).toEqual({
      budget: { amount: 25000, type: 'daily' },
      exclusionFilters: { isActive: false, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] },
      endDate: '2027-01-15T22:59:59Z',
    });
  });

  it('sends null where the YAML clears a field, write-only fields when they changed, and never adFormat or vendorId', () => {
    const desired: TopsortSpec = {
      targetRoas: null,
      productIds: ['SKU-1'],
      bannerAdRejectionReason: { declineReason: 'blurry' },
      adFormat: 'listing',
    };
    const body = patchBody(desired, [change('targetRoas'), change('productIds', { writeOnly: true }), change('bannerAdRejectionReason', { writeOnly: true }), change('adFormat')], liveSpec);
    expect(body).toEqual({ targetRoas: null, productIds: ['SKU-1'], bannerAdRejectionReason: { declineReason: 'blurry' } });
  });

  it('refuses to send a budget Topsort would not accept', () => {
    const noBudget = toSpec(raw({ budget: null }));
    expect(() => patchBody({ budget: { amount: 100 } }, [change('budget.amount')], noBudget)).toThrow(/budget\.type/);
  });
});

/** A Topsort answering every request with `body(req)`. */
const scripted = (body: (req: Parameters<Responder>[0]) => unknown) => scriptedHttp((req) => ({ body: body(req) }));

const item = (n: number, extra: Record<string, unknown> = {}) => ({
  campaignId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  adFormat: 'listing',
  externalCampaignId: `EXT-${n}`,
  ...extra,
});

describe('writeCampaign', () => {
  it('sends one PATCH to the campaign path (no trailing slash) with the body, and nothing when nothing changed', async () => {
    const http = scripted(() => ({}));
    const base = { id: ID, live: { id: ID, raw: raw() }, http, account: ACCOUNT };
    await writeCampaign({ ...base, desired: { isActive: false }, changes: [change('isActive')] });
    await writeCampaign({ ...base, desired: { isActive: true }, changes: [] });
    expect(http.sent).toEqual([
      { method: 'PATCH', path: `/public/v1/campaign-service/campaigns/${ID}`, json: { isActive: false }, idempotent: true, purpose: `update campaign ${ID}` },
    ]);
  });
});

describe('readCampaigns', () => {
  it('pages with offset/limit 100, stops once every id is found, matches ids case-insensitively and indexes external ids', async () => {
    const pages: Record<number, unknown> = {
      0: { campaigns: [item(1), item(2, { externalCampaignId: null })], hasMore: true, next: { offset: 100, limit: 100 } },
      100: { campaigns: [item(101, { adFormat: 'banner' })], hasMore: true, next: { offset: 200, limit: 100 } },
    };
    const http = scripted((req) => pages[Number(req.query?.offset)]);
    const seen: number[] = [];
    const wanted = ['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000101'.toUpperCase()];
    const found = await readCampaigns(wanted, { http, account: ACCOUNT, progress: (n) => seen.push(n) });
    expect(http.sent.map((c) => [c.method, c.path, c.query])).toEqual([
      ['GET', '/public/v1/campaign-service/campaigns', { offset: 0, limit: 100 }],
      ['GET', '/public/v1/campaign-service/campaigns', { offset: 100, limit: 100 }],
    ]);
    expect([...found.keys()]).toEqual(wanted);
    expect(seen).toEqual([1, 2]);
    const live = found.get(wanted[1]!)!;
    expect(hasListing(live)).toBe(true);
    if (!hasListing(live)) return;
    expect(live.listing.holders).toEqual([
      { campaignId: '00000000-0000-4000-8000-000000000001', adFormat: 'listing', externalCampaignId: 'EXT-1' },
      { campaignId: '00000000-0000-4000-8000-000000000101', adFormat: 'banner', externalCampaignId: 'EXT-101' },
    ]);
    expect([...live.listing.managed]).toEqual(wanted.map((id) => id.toLowerCase()));
  });

  it('sends no request for no ids, and stops at hasMore false with the missing ids absent', async () => {
    const http = scripted(() => ({ campaigns: [item(1)], hasMore: false, next: null }));
    expect((await readCampaigns([], { http, account: ACCOUNT })).size).toBe(0);
    expect(http.sent).toHaveLength(0);
    const found = await readCampaigns(['99999999-0000-4000-8000-000000000000'], { http, account: ACCOUNT });
    expect(found.size).toBe(0);
    expect(http.sent).toHaveLength(1);
  });

  it('fails clearly on an answer that is not a list page, and on a list that does not advance', async () => {
    await expect(readCampaigns([ID], { http: scripted(() => [{ errCode: 'bad_request' }]), account: ACCOUNT })).rejects.toThrow(/not a list page/);
    const stuck = scripted(() => ({ campaigns: [], hasMore: true, next: { offset: 0, limit: 100 } }));
    await expect(readCampaigns([ID], { http: stuck, account: ACCOUNT })).rejects.toThrow(/did not advance/);
  });
});

describe('apiKeyAuth', () => {
  it('sends the key as a bearer token; a 401 is final (no refresh)', async () => {
    const auth = apiKeyAuth({ account: ACCOUNT, credentials: { api_key: 'ts_adv_key' } });
    expect(await auth.headers(scripted(() => ({})))).toEqual({ authorization: 'Bearer ts_adv_key' });
    expect(auth.invalidate?.()).toBe(false);
  });

  it('refuses to send a request without a key', async () => {
    const auth = apiKeyAuth({ account: ACCOUNT, credentials: {} });
    await expect(auth.headers(scripted(() => ({})))).rejects.toThrow(/api_key/);
  });
});

describe('planRules', () => {
  const input = (desired: TopsortSpec, changes: FieldChange[], extra: Record<string, unknown> = {}): PlanInput<TopsortSpec> => {
    const r = raw(extra);
    return { id: ID, desired, live: { id: ID, raw: r }, liveSpec: toSpec(r), changes, now: NOW };
  };

  it('judges nothing that is not sent', () => {
    expect(judge(planRules, input({ autobiddingObjective: 'clicks', chargeType: 'CPA' }, []))).toEqual([]);
  });

  it('a new future start after the end Topsort has is reported at startDate', () => {
    const v = judge(planRules, input({ startDate: '2027-02-01T00:00:00Z' }, [change('startDate')], { endDate: '2027-01-15T22:59:59Z' }));
    expect(v.map((x) => [x.rule, x.path])).toEqual([['topsort.end-after-start', ['startDate']]]);
  });

  it("a budget change on a CPA campaign whose budget Topsort has as daily is refused (budget goes whole, type included)", () => {
    const v = judge(planRules, input({ budget: { amount: 1000 } }, [change('budget.amount')], { chargeType: 'CPA' }));
    expect(v.map((x) => x.rule)).toEqual(['topsort.cpa-total-budget']);
  });

  it('clearing the objective is allowed on any campaign', () => {
    expect(judge(planRules, input({ autobiddingObjective: null }, [change('autobiddingObjective')]))).toEqual([]);
  });
});
