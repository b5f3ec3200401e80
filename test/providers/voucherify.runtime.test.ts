/**
 * Voucherify runtime pieces on their own: reading into the spec's shape, the spec's canonical
 * form, the update body, and reading accounts larger than the list can reach. The end-to-end tests
 * (voucherify.e2e.test.ts) run the same code through the CLI against the sandbox.
 */
import { describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../src/config/load.js';
import type { HttpClient } from '../../src/http/types.js';
import type { LiveCampaign, ReadContext } from '../../src/providers/runtime.js';
import type { VoucherifySpec } from '../../src/generated/voucherify.js';
import { canonical, metadataEquals, toSpec } from '../../src/providers/voucherify/normalize.js';
import { CREATED_AFTER, readAllCampaigns, readCampaigns } from '../../src/providers/voucherify/read.js';
import { putBody } from '../../src/providers/voucherify/write.js';
import { seed } from '../../src/sandbox/voucherify/seed.js';
import { scriptedHttp } from '../helpers/scripted-http.js';

/** The winter sale of the sandbox's seed: a realistic campaign object as Voucherify reads it. */
const WINTER = 'camp_apIfxtoyHzYuup3YcRDwAKDP';
const ACCOUNT = { name: 'shop-eu' } as AccountConfig;

describe('voucherify: reading past what the list reaches', () => {
  it('reads past the 10,000 campaigns the list can reach with a GET per campaign', async () => {
    // An in-process vendor with 10,150 campaigns; managed: one on each of the 100 reachable pages and
    // 50 beyond them, so paging is cheaper than GETs until the page limit, then GETs take over.
    const all = Array.from({ length: 10_150 }, (_, i) => ({ id: `c${i}`, campaign_type: 'PROMOTION' }));
    const wanted = [...Array.from({ length: 100 }, (_, p) => `c${p * 100 + 7}`), ...Array.from({ length: 50 }, (_, i) => `c${10_100 + i}`)];
    const http = scriptedHttp([
      {
        method: 'GET',
        path: '/v1/campaigns',
        times: Infinity,
        reply: (req) => {
          const page = Number(req.query?.page);
          const limit = Number(req.query?.limit);
          if (page > 100 || limit > 100) return { status: 400, body: { code: 400 } };
          return { body: { object: 'list', data_ref: 'campaigns', campaigns: all.slice((page - 1) * limit, page * limit), total: all.length } };
        },
      },
      {
        method: 'GET',
        path: /^\/v1\/campaigns\/[^/]+$/,
        times: Infinity,
        reply: (req) => {
          const found = all.find((c) => c.id === decodeURIComponent(req.path.split('/')[3]!));
          return found ? { body: found } : { status: 404, body: { code: 404 } };
        },
      },
    ]);
    const log = () => http.sent.map((r) => (r.path === '/v1/campaigns' ? `list ${String(r.query?.page)}` : 'get'));
    let progress = 0;
    const account = { name: 'shop-eu' } as Parameters<typeof readCampaigns>[1]['account'];
    const got = await readCampaigns(wanted, { http, account, progress: (n) => (progress = n) });
    expect([...got.keys()].sort()).toEqual([...wanted].sort());
    expect(log().filter((l) => l.startsWith('list'))).toEqual(Array.from({ length: 100 }, (_, i) => `list ${i + 1}`));
    expect(log().filter((l) => l === 'get')).toHaveLength(50);
    expect(progress).toBe(150);
  });
});

describe('voucherify: import past the 10,000 campaigns the list reaches', () => {
  const BASE = Date.UTC(2025, 0, 1);
  const all = Array.from({ length: 10_250 }, (_, i) => ({ id: `camp_${String(i).padStart(24, '0')}`, created_at: new Date(BASE + i * 1000).toISOString() }));

  /** Voucherify's list: pages of `limit` up to page 100, optionally only the campaigns created after an instant. */
  function stub(opts: { refuseFilter?: boolean } = {}) {
    return scriptedHttp((req) => {
      const q = req.query ?? {};
      const page = Number(q.page);
      const limit = Number(q.limit);
      if (page > 100 || limit > 100) throw new Error('400 invalid_query_params');
      const after = q[CREATED_AFTER];
      if (after !== undefined && opts.refuseFilter) throw new Error('400 invalid_query_params: filter');
      const matching = after === undefined ? all : all.filter((c) => c.created_at > String(after));
      return { body: { object: 'list', campaigns: matching.slice((page - 1) * limit, page * limit), total: matching.length } };
    });
  }
  const ctx = (http: HttpClient, warnings: string[]): ReadContext => ({ http, account: ACCOUNT, warn: (m) => warnings.push(m) });

  it('continues with the campaigns created after the last one seen', async () => {
    const http = stub();
    const warnings: string[] = [];
    const got: LiveCampaign[] = await readAllCampaigns(ctx(http, warnings));
    expect(got.map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(warnings).toEqual([]);
  });

  it('says how far it got when Voucherify refuses the window filter', async () => {
    const http = stub({ refuseFilter: true });
    const warnings: string[] = [];
    const got = await readAllCampaigns(ctx(http, warnings));
    expect(got).toHaveLength(10_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/at most 10000 campaigns.*--id/);
  });
});

describe('voucherify: toSpec and canonical', () => {
  it('compare dates as instants in the read form', () => {
    expect(canonical({ start_date: '2026-11-27T16:00:00+01:00' }).start_date).toBe('2026-11-27T15:00:00.000Z');
    expect(toSpec({ start_date: '2026-11-27T15:00:00.000Z' }).start_date).toBe('2026-11-27T15:00:00.000Z');
    expect(canonical({ start_date: '2026-11-27T15:00:00.5Z' }).start_date).toBe('2026-11-27T15:00:00.500Z');
  });

  it('take discount and gift from `voucher` (top level only as a fallback)', () => {
    const discount = { type: 'PERCENT', percent_off: 20 };
    expect(toSpec({ voucher: { discount, start_date: 'x' } }).discount).toEqual(discount);
    expect(toSpec({ voucher: { gift: { amount: 1, balance: 1 } } }).gift).toEqual({ amount: 1, balance: 1 });
    expect(toSpec({ discount }).discount).toEqual(discount);
    expect(toSpec({ voucher: { start_date: '2026-01-01T00:00:00.000Z' } }).start_date).toBeUndefined();
  });

  it('sort days of the week and drop zero seconds from times, on both sides', () => {
    const hours = { daily: [{ start_time: '11:30:00', expiration_time: '14:00', days_of_week: [5, 1, 3] }] };
    const want = { daily: [{ start_time: '11:30', expiration_time: '14:00', days_of_week: [1, 3, 5] }] };
    expect(toSpec({ validity_hours: hours, validity_day_of_week: [6, 0] })).toEqual({ validity_hours: want, validity_day_of_week: [0, 6] });
    expect(canonical({ validity_hours: { daily: [{ start_time: '11:30', expiration_time: '14:00', days_of_week: [5, 3, 1] }] }, validity_day_of_week: [6, 0] })).toEqual({
      validity_hours: want,
      validity_day_of_week: [0, 6],
    });
  });

  it('take the category name from `categories` when `category` is absent; a null category_id is absent', () => {
    expect(toSpec({ categories: [{ id: 'cat_1', name: 'Loyalty' }], category_id: null })).toEqual({ category: 'Loyalty' });
    expect(toSpec({ category: 'Staff', categories: [] })).toEqual({ category: 'Staff' });
  });

  it('drop malformed optional fields instead of failing', () => {
    expect(
      toSpec({
        name: 7,
        active: 'yes',
        start_date: 123,
        validity_day_of_week: ['monday'],
        validity_timeframe: 'P1D',
        metadata: 'not an object',
        voucher: 'x',
        categories: 'x',
        added_by_vendor_later: { anything: true },
        description: 'kept',
      }),
    ).toEqual({ description: 'kept' });
  });

  it('keep write-only fields in canonical form (the engine judges them against the last apply)', () => {
    const spec: VoucherifySpec = { unset_metadata_fields: ['a'], access_settings: { assign: { areas_ids: ['ar_1'] } }, options: { recalculate_tiers: true } };
    expect(canonical(spec)).toEqual(spec);
  });

  it('compare a nested metadata value whole, and ignore live keys the YAML does not name', () => {
    expect(metadataEquals({ limits: { a: 1 } }, { limits: { a: 1, b: 2 } })).toBe(false);
    expect(metadataEquals({ limits: { a: 1 } }, { limits: { a: 1 }, other: 1 })).toBeUndefined();
    expect(metadataEquals({ season: 'x' }, { season: 'y' })).toBeUndefined(); // the default names the key
  });
});

describe('voucherify: the update body', () => {
  const raw = seed().campaigns.find((c) => c.id === WINTER)!;

  it('holds only changed fields the PUT takes, dates in UTC, metadata keys that differ', () => {
    const desired: VoucherifySpec = {
      name: 'Winter Sale 2026 - 20% off',
      active: false,
      start_date: '2026-12-27T00:00:00+01:00',
      description: 'same',
      metadata: { season: 'winter-2027', budget_owner: 'crm-team' },
    };
    expect(putBody(desired, new Set(['name', 'active', 'start_date', 'metadata']), raw)).toEqual({
      start_date: '2026-12-26T23:00:00.000Z',
      metadata: { season: 'winter-2027' },
    });
  });

  it('keeps discount properties the YAML does not manage when the variant is the same, not across variants', () => {
    expect(putBody({ discount: { type: 'PERCENT', percent_off: 25 } }, new Set(['discount']), raw).discount).toEqual({
      type: 'PERCENT',
      percent_off: 25,
      amount_limit: 5000,
      effect: 'APPLY_TO_ORDER',
    });
    expect(putBody({ discount: { type: 'AMOUNT', amount_off: 500 } }, new Set(['discount']), raw).discount).toEqual({ type: 'AMOUNT', amount_off: 500 });
  });

  it('sends unset_metadata_fields only when it lists keys, and refuses a field the campaign type ignores', () => {
    expect(putBody({ unset_metadata_fields: [] }, new Set(['unset_metadata_fields']), raw)).toEqual({});
    expect(putBody({ unset_metadata_fields: ['a'] }, new Set(['unset_metadata_fields']), raw)).toEqual({ unset_metadata_fields: ['a'] });
    expect(() => putBody({ gift: { amount: 1, balance: 1 } }, new Set(['gift']), raw)).toThrow(/cannot be updated on a DISCOUNT_COUPONS campaign/);
  });
});
