/**
 * Lists walked page by page, and campaigns read by id, in accounts of a few hundred campaigns
 * whose creation times tie: every page holds exactly its slice of the filtered, sorted account,
 * and a state changed behind the fakes' backs (a test, the harness, `PUT /_sandbox/state`) shows
 * on the very next request, mid-walk included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import { fake as lula } from '../../src/sandbox/lula/index.js';
import { fake as masivo } from '../../src/sandbox/masivo/index.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { fake as spaaza } from '../../src/sandbox/spaaza/index.js';
import { fake as topsort } from '../../src/sandbox/topsort/index.js';
import { fake as voucherify } from '../../src/sandbox/voucherify/index.js';
import { call, SANDBOX_NOW, startTestSandbox, type CallOptions } from '../helpers/sandbox.js';

const SIZE = 230;
/** Creation times repeat every 7 campaigns, so that most of them tie with others. */
const createdAt = (i: number): string => new Date(Date.UTC(2026, 0, 1 + (i % 7), 8)).toISOString();

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.stop();
  sb = undefined;
});

/** `SIZE` clones of the seed's campaigns under new ids; `edit` gives each its id and times. */
function account(seed: VendorState, edit: (c: VendorObject, i: number) => void): VendorState {
  const campaigns = Array.from({ length: SIZE }, (_, i) => {
    const c = structuredClone(seed.campaigns[i % seed.campaigns.length]!);
    edit(c, i);
    return c;
  });
  return { ...structuredClone(seed), campaigns };
}

async function start(vendor: string, state: VendorState): Promise<Sandbox> {
  sb = await startTestSandbox({ initialState: { [vendor]: state } });
  return sb;
}

/** The vendor's live campaigns: changing them is changing the sandbox's state behind the fake's back. */
const live = (s: Sandbox, vendor: string): VendorObject[] => (s.state()[vendor] as VendorState).campaigns;

const byCreationThen = (tie: (a: VendorObject, b: VendorObject) => number, key: string) => (a: VendorObject, b: VendorObject) =>
  String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : tie(a, b);

describe('Lula: offset pages (created_at, then id)', () => {
  const BASE = '/stores/company/1042/campaigns';
  const AUTH = { authorization: 'Bearer k' };
  const state = () =>
    account(lula.seed(SANDBOX_NOW), (c, i) => {
      c.id = String(3_000_000 + ((i * 37) % SIZE));
      c.company_id = i % 10 === 9 ? '2077' : '1042';
      c.created_at = createdAt(i);
      c.deletedAt = i % 13 === 12 ? '2026-02-01T00:00:00.000Z' : null;
    });
  const expected = (campaigns: VendorObject[], order: 'ASC' | 'DESC') => {
    const ascending = campaigns
      .filter((c) => c.company_id === '1042' && c.deletedAt === null)
      .sort(byCreationThen((a, b) => Number(a.id) - Number(b.id), 'created_at'))
      .map((c) => c.id);
    return order === 'ASC' ? ascending : ascending.reverse();
  };
  const page = async (s: Sandbox, query: CallOptions['query']) =>
    ((await call(s, 'lula', 'GET', BASE, { headers: AUTH, query })).body as { campaigns: VendorObject[] }).campaigns.map((c) => c.id);

  it('walks the company page by page, in either order, as one sorted list', async () => {
    const s = await start('lula', state());
    for (const order of ['ASC', 'DESC'] as const) {
      const seen: unknown[] = [];
      for (let offset = 0; offset < SIZE; offset += 40) seen.push(...(await page(s, { limit: 40, offset, order })));
      expect(seen).toEqual(expected(live(s, 'lula'), order));
    }
  });

  it('shows a change made behind its back on the next page', async () => {
    const s = await start('lula', state());
    await page(s, { limit: 40, offset: 0, order: 'ASC' });
    const campaigns = live(s, 'lula');
    const last = expected(campaigns, 'ASC').at(-1);
    campaigns.find((c) => c.id === last)!.created_at = '2025-01-01T00:00:00.000Z';
    expect((await page(s, { limit: 40, offset: 0, order: 'ASC' }))[0]).toBe(last);
    campaigns.find((c) => c.id === last)!.company_id = '2077';
    expect(await page(s, { limit: 40, offset: 0, order: 'ASC' })).toEqual(expected(campaigns, 'ASC').slice(0, 40));
    campaigns.splice(3, 1);
    campaigns[10] = { ...campaigns[10]!, company_id: '2077' };
    expect(await page(s, { limit: 40, offset: 40, order: 'ASC' })).toEqual(expected(campaigns, 'ASC').slice(40, 80));
    await page(s, { limit: 40, offset: 0, order: 'ASC', search: 'behind its back' });
    const renamed = campaigns.find((c) => c.company_id === '1042' && c.deletedAt === null)!;
    renamed.name = 'Renamed behind its back';
    expect(await page(s, { limit: 40, offset: 0, order: 'ASC', search: 'behind its back' })).toEqual([renamed.id]);
  });

  it('reads a campaign by id as the state now holds it: moved, replaced, deleted, renumbered', async () => {
    const s = await start('lula', state());
    const read = async (id: unknown) => call(s, 'lula', 'GET', `${BASE}/${String(id)}`, { headers: AUTH });
    const campaigns = live(s, 'lula');
    const target = campaigns.find((c) => c.company_id === '1042' && c.deletedAt === null)!;
    expect((await read(target.id)).status).toBe(200);
    campaigns.splice(0, campaigns.indexOf(target));
    expect((await read(target.id)).body).toMatchObject({ id: target.id, name: target.name });
    campaigns[0] = { ...target, name: 'A replacement' };
    expect((await read(target.id)).body).toMatchObject({ name: 'A replacement' });
    campaigns[0].deletedAt = '2026-02-01T00:00:00.000Z';
    expect((await read(target.id)).status).toBe(404);
    campaigns[0].deletedAt = null;
    campaigns[0].id = '4000000';
    expect((await read(target.id)).status).toBe(404);
    expect((await read('4000000')).body).toMatchObject({ name: 'A replacement' });
    s.setState({ lula: { campaigns: [{ ...target, id: '4000000', name: 'Another state' }] } });
    expect((await read('4000000')).body).toMatchObject({ name: 'Another state' });
  });
});

describe('Topsort: offset pages (creation time, ties in stored order)', () => {
  const BASE = '/public/v1/campaign-service/campaigns';
  const AUTH = { authorization: 'Bearer k' };
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const state = () =>
    account(topsort.seed(SANDBOX_NOW), (c, i) => {
      c.campaignId = uuid((i * 37) % SIZE);
      c.createdAt = createdAt(i).replace('.000Z', 'Z');
    });
  const expected = (campaigns: VendorObject[], sort: 'asc' | 'desc', keep: (c: VendorObject) => boolean = () => true) => {
    const at = (c: VendorObject) => Date.parse(String(c.createdAt));
    return campaigns
      .filter(keep)
      .sort((a, b) => (sort === 'asc' ? at(a) - at(b) : at(b) - at(a)))
      .map((c) => c.campaignId);
  };
  const walk = async (s: Sandbox, query: CallOptions['query']) => {
    const seen: unknown[] = [];
    for (let offset = 0; ; offset += 50) {
      const body = (await call(s, 'topsort', 'GET', BASE, { headers: AUTH, query: { ...query, offset, limit: 50 } })).body as {
        campaigns: VendorObject[];
        hasMore: boolean;
      };
      seen.push(...body.campaigns.map((c) => c.campaignId));
      if (!body.hasMore) return seen;
    }
  };

  it('walks the marketplace page by page, in either order and filtered, as one sorted list', async () => {
    const s = await start('topsort', state());
    const campaigns = live(s, 'topsort');
    expect(await walk(s, {})).toEqual(expected(campaigns, 'asc'));
    expect(await walk(s, { sort_by_date: 'desc' })).toEqual(expected(campaigns, 'desc'));
    expect(await walk(s, { is_active: false })).toEqual(expected(campaigns, 'asc', (c) => c.isActive !== true));
  });

  it('shows a change made behind its back on the next page, and reads by id what the state now holds', async () => {
    const s = await start('topsort', state());
    const first = async () =>
      ((await call(s, 'topsort', 'GET', BASE, { headers: AUTH, query: { limit: 5 } })).body as { campaigns: VendorObject[] }).campaigns.map(
        (c) => c.campaignId,
      );
    await first();
    const campaigns = live(s, 'topsort');
    const moved = campaigns[100]!;
    moved.createdAt = '2020-01-01T00:00:00Z';
    expect((await first())[0]).toBe(moved.campaignId);
    campaigns.splice(campaigns.indexOf(moved), 1);
    expect(await first()).toEqual(expected(campaigns, 'asc').slice(0, 5));
    const read = (id: unknown) => call(s, 'topsort', 'GET', `${BASE}/${String(id).toUpperCase()}`, { headers: AUTH });
    expect((await read(moved.campaignId)).status).toBe(404);
    campaigns.unshift({ ...moved, name: 'Back again' });
    expect((await read(moved.campaignId)).body).toMatchObject({ campaignId: moved.campaignId, name: 'Back again' });
  });
});

describe('Voucherify: page numbers (newest first, then id)', () => {
  const AUTH = { 'x-app-id': 'a', 'x-app-token': 't' };
  const state = () =>
    account(voucherify.seed(SANDBOX_NOW), (c, i) => {
      c.id = `camp_paging${String((i * 37) % SIZE).padStart(4, '0')}`;
      c.name = `Campaign ${i}`;
      c.created_at = createdAt(i);
      c.updated_at = createdAt(i + 3);
    });
  const expected = (campaigns: VendorObject[], key: string, sign: 1 | -1) =>
    [...campaigns]
      .sort((a, b) => sign * (Date.parse(String(a[key])) - Date.parse(String(b[key]))) || String(a.id).localeCompare(String(b.id)))
      .map((c) => c.id);
  const page = async (s: Sandbox, query: CallOptions['query']) =>
    ((await call(s, 'voucherify', 'GET', '/v1/campaigns', { headers: AUTH, query })).body as { campaigns: VendorObject[] }).campaigns.map(
      (c) => c.id,
    );

  it('walks the project page by page, by either date and in either direction, as one sorted list', async () => {
    const s = await start('voucherify', state());
    const campaigns = live(s, 'voucherify');
    for (const [order, key, sign] of [
      [undefined, 'created_at', -1],
      ['created_at', 'created_at', 1],
      ['-updated_at', 'updated_at', -1],
    ] as const) {
      const seen: unknown[] = [];
      for (let p = 1; p <= Math.ceil(SIZE / 30); p++) seen.push(...(await page(s, { page: p, limit: 30, ...(order ? { order } : {}) })));
      expect(seen, order).toEqual(expected(campaigns, key, sign));
    }
  });

  it('shows a change made behind its back on the next page, and reads by id what the state now holds', async () => {
    const s = await start('voucherify', state());
    await page(s, { limit: 10 });
    const campaigns = live(s, 'voucherify');
    const moved = campaigns[42]!;
    moved.created_at = '2030-01-01T00:00:00.000Z';
    expect((await page(s, { limit: 10 }))[0]).toBe(moved.id);
    moved.campaign_type = 'REFERRAL_PROGRAM';
    expect(await page(s, { limit: 100, campaign_type: 'REFERRAL_PROGRAM' })).toContain(moved.id);
    const read = (id: unknown) => call(s, 'voucherify', 'GET', `/v1/campaigns/${encodeURIComponent(String(id))}`, { headers: AUTH });
    expect((await read(moved.id)).status).toBe(200);
    campaigns.splice(campaigns.indexOf(moved), 1, { ...moved, id: 'camp_renumbered' });
    expect((await read(moved.id)).status).toBe(404);
    expect((await read('camp_renumbered')).body).toMatchObject({ name: moved.name });
    expect((await read(String(moved.name))).body).toMatchObject({ id: 'camp_renumbered' }); // the path takes a name too
  });
});

describe('Masivo and Spaaza: reads by id after changes behind the fakes’ backs', () => {
  it('Masivo reads what the state now holds', async () => {
    const s = await start('masivo', account(masivo.seed(SANDBOX_NOW), (c, i) => (c.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
    const token = ((await call(s, 'masivo', 'GET', '/auth/authorize', { headers: { 'x-api-key': 'k' } })).body as { data: string }).data;
    const read = (id: string) => call(s, 'masivo', 'GET', `/campaigns/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const campaigns = live(s, 'masivo');
    const id = String(campaigns[200]!.id);
    expect((await read(id)).status).toBe(200);
    campaigns.splice(0, 150);
    expect((await read(id)).body).toMatchObject({ data: { id } });
    campaigns[50] = { ...campaigns[50]!, name: 'Replaced' };
    expect((await read(id)).body).toMatchObject({ data: { id, name: 'Replaced' } });
    campaigns.splice(50, 1);
    expect((await read(id)).status).toBe(404);
  });

  it('Spaaza reads what the state now holds, deleted flags included', async () => {
    const s = await start('spaaza', account(spaaza.seed(SANDBOX_NOW), (c, i) => ((c.id = 5000 + i), (c.chain_id = 1), (c.is_deleted = false))));
    const headers = { 'x-spaaza-session-user-id': '1', 'x-spaaza-session-key': 'k' };
    const read = (id: number) => call(s, 'spaaza', 'GET', '/get-campaign', { headers, query: { campaign_id: id, chain_id: 1 } });
    const title = async (id: number) => ((await read(id)).body as { results?: { campaign: VendorObject } }).results?.campaign.title;
    const campaigns = live(s, 'spaaza');
    campaigns[200]!.title = 'Before';
    expect(await title(5200)).toBe('Before');
    campaigns.splice(0, 100);
    campaigns[100]!.is_deleted = true;
    expect((await read(5200)).status).toBe(404);
    campaigns.push({ ...campaigns[100]!, is_deleted: false, title: 'Pushed' });
    expect(await title(5200)).toBe('Pushed');
  });
});
