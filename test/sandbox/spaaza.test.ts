/**
 * The Spaaza fake over real HTTP: the alter-campaign page's request and answer, every documented
 * error (6, 68, 244, 245, 246, 419), the read quirks, get-campaigns' exclude_inactive, create,
 * auth, routing, rate limit, faults, the request log, and the seed against campaigns/spaaza/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fake } from '../../src/sandbox/spaaza/index.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import type { SandboxState } from '../../src/sandbox/state-file.js';
import { call, startTestSandbox, type CallOptions, type CallResult } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

const AUTH = {
  'x-spaaza-session-user-id': '1548854',
  'x-spaaza-session-key': '564e5b4faa7f639dacf1983f1dae62155d5734b789b06b5986c43bfe2542854e',
};
/** The pinned sandbox clock in Spaaza's read format. */
const NOW = '2026-11-23T12:00:00+00:00';
type Obj = Record<string, unknown>;

let sb: Sandbox;
beforeEach(async () => {
  sb = await startTestSandbox();
});
afterEach(async () => {
  await sb.stop();
});

const spaaza = (method: string, path: string, opts: CallOptions = {}): Promise<CallResult> =>
  call(sb, 'spaaza', method, path, { ...opts, headers: { ...AUTH, ...opts.headers } });
const getCampaign = (id: number | string, chainId: number | string = 1, headers: Record<string, string> = {}) =>
  spaaza('GET', '/get-campaign', { query: { campaign_id: id, chain_id: chainId }, headers });
const alter = (body: unknown, opts: CallOptions = {}) => spaaza('PUT', '/internal/alter-campaign', { ...opts, body });
const add = (body: unknown, opts: CallOptions = {}) => spaaza('POST', '/internal/add-campaign', { ...opts, body });
const campaignOf = (res: CallResult): Obj => (res.body as { results: { campaign: Obj } }).results.campaign;
const listOf = (res: CallResult): Obj[] => (res.body as { results: { campaigns: Obj[] } }).results.campaigns;
const liveState = (): unknown => structuredClone(sb.state().spaaza);
const stored = (id: number): Obj => sb.state().spaaza!.campaigns.find((c) => c.id === id)!;

function expectError(res: CallResult, status: number, code: number, name: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ result: { code: 2, status: 'error' }, error: { code, name } });
  expect(typeof (res.body as { error: { description: unknown } }).error.description).toBe('string');
}

/** Sends a request that must be refused with the given error and must leave state untouched. */
async function expectRefused(send: () => Promise<CallResult>, status: number, code: number, name: string): Promise<void> {
  const before = liveState();
  expectError(await send(), status, code, name);
  expect(liveState()).toEqual(before);
}
const expect419 = (body: unknown, opts?: CallOptions) => expectRefused(() => alter(body, opts), 400, 419, 'parameter_invalid');

/** The campaign of the alter-campaign page's sample answer, before the sample request. */
const PAGE_CAMPAIGN: Obj = {
  id: 1234,
  chain_id: 1,
  title: 'ACME Loyalty',
  description: 'ACME loyalty programme with multiple membership levels',
  active: true,
  active_time_from: null,
  active_time_until: null,
  active_weekdays: null,
  operator_type: 'or',
  created_date: '2025-11-15T10:30:00+00:00',
  last_modified_date: '2026-03-22T11:00:00+00:00',
  rounding_strategy: 'neutral',
  rounding_precision: 2,
  created_voucher_claimed_by_default: false,
  voucher_expiry_days: 365,
  excludes_assignment_matches: false,
  recipient_reward_method: 'voucher',
  recipient_reward_amount: 5,
  recipient_reward_discount_ratio: 0,
  currency: { currency_id: 2, currency_code: 'EUR', currency_name_en: 'Euro', currency_symbol: '\u20ac' },
  is_active: true,
  is_deleted: false,
  is_default: false,
  excludes_referred_users: false,
  visible_to_all_user_segments: true,
  type: 'loyalty',
  minimum_basket_total_value_earn: 0,
  maximum_basket_total_value_earn: null,
  minimum_basket_total_value_spend: null,
  maximum_basket_total_value_spend: null,
  redemption_grace_period: 0,
  last_updated_date: '2026-03-22T11:00:00+00:00',
  field_localisations: null,
  assignment_count: 0,
  parameters: [],
  image_filename: null,
  image_url: null,
  image_link: null,
  image_dimension_x: null,
  image_dimension_y: null,
  supports_contribution: false,
  is_contributor: false,
  recipient_campaign_id: null,
  supports_user_segments: true,
  user_segment_id: null,
  excluded_user_segment_id: null,
  voucher_title: null,
  voucher_description: null,
  voucher_notes: null,
  voucher_text: null,
  voucher_image_url: null,
};

describe('the alter-campaign page', () => {
  it('answers the sample request with the sample answer', async () => {
    await sb.stop();
    sb = await startTestSandbox({ initialState: { spaaza: { campaigns: [PAGE_CAMPAIGN] } } });
    const res = await call(sb, 'spaaza', 'PUT', '/internal/alter-campaign', {
      headers: AUTH,
      body: { campaign_id: 1234, title: 'ACME Loyalty Programme', is_default: true },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = res.body as Obj;
    expect(body.result).toEqual({ code: 1, status: 'ok' });
    expect((body.results as Obj).result_type).toBe('alter-campaign');
    expect(campaignOf(res)).toMatchObject({
      ...PAGE_CAMPAIGN,
      title: 'ACME Loyalty Programme',
      is_default: true,
      last_modified_date: NOW,
      last_updated_date: NOW,
      last_updated_by: { user_id: 1548854 },
    });
    expect(stored(1234)).toEqual(campaignOf(res));
  });

  it('accepts the same parameters as a form, by POST', async () => {
    const res = await spaaza('POST', '/internal/alter-campaign', {
      form: true,
      body: { campaign_id: '4101', title: 'Club Van Dalen Plus', is_default: '1', visible_to_all_user_segments: 'false' },
    });
    expect(res.status).toBe(200);
    expect(campaignOf(res)).toMatchObject({ id: 4101, title: 'Club Van Dalen Plus', is_default: true, visible_to_all_user_segments: false });
  });

  it('245 campaign_id_not_present when campaign_id is missing or empty', async () => {
    await expectRefused(() => alter({ title: 'x' }), 400, 245, 'campaign_id_not_present');
    await expectRefused(() => alter({ campaign_id: '', title: 'x' }), 400, 245, 'campaign_id_not_present');
  });

  it('244 campaign_id_invalid when campaign_id is not an integer', async () => {
    await expectRefused(() => alter({ campaign_id: 'abc', title: 'x' }), 400, 244, 'campaign_id_invalid');
    await expectRefused(() => alter({ campaign_id: 4101.5, title: 'x' }), 400, 244, 'campaign_id_invalid');
  });

  it('246 campaign_id_not_found for an unknown campaign', async () => {
    await expectRefused(() => alter({ campaign_id: 999999, title: 'x' }), 404, 246, 'campaign_id_not_found');
  });

  it('68 permission_denied_or_non_existent for a campaign of another chain than the one named', async () => {
    const seeded = fake.seed(new Date());
    const other = { ...structuredClone(seeded.campaigns.find((c) => c.id === 4133)!), id: 7001, chain_id: 7 };
    await sb.stop();
    sb = await startTestSandbox({ initialState: { spaaza: { ...seeded, campaigns: [...seeded.campaigns, other] } } });
    await expectRefused(() => alter({ campaign_id: 4101, chain_id: 7, title: 'x' }), 403, 68, 'permission_denied_or_non_existent');
    await expectRefused(() => alter({ campaign_id: 7001, title: 'x' }, { headers: { 'x-spaaza-chain-id': '1' } }), 403, 68, 'permission_denied_or_non_existent');
    expectError(await getCampaign(4101, 7), 403, 68, 'permission_denied_or_non_existent');
    // the right chain is accepted
    expect((await alter({ campaign_id: 7001, chain_id: 7, title: 'Chain 7 birthday' })).status).toBe(200);
  });

  it('68 for a chain the session does not administer', async () => {
    await expectRefused(() => alter({ campaign_id: 4101, chain_id: 99, title: 'x' }), 403, 68, 'permission_denied_or_non_existent');
  });
});

describe('419 parameter_invalid: one active default loyalty campaign per chain', () => {
  it('refuses switching on a second default loyalty campaign', async () => {
    await expect419({ campaign_id: 4090, active: true });
  });

  it('refuses making a second active loyalty campaign the default', async () => {
    const created = await add({ chain_id: 1, type: 'loyalty', title: 'Club Van Dalen Junior', active: true });
    expect(created.status).toBe(200);
    await expect419({ campaign_id: campaignOf(created).id, is_default: true });
  });

  it('refuses creating a second active default loyalty campaign', async () => {
    await expectRefused(() => add({ chain_id: 1, type: 'loyalty', is_default: true }), 400, 419, 'parameter_invalid');
  });

  it('accepts resending is_default to the default itself, and a default once the other is switched off', async () => {
    expect((await alter({ campaign_id: 4101, is_default: true })).status).toBe(200);
    expect((await alter({ campaign_id: 4101, active: false })).status).toBe(200);
    expect((await alter({ campaign_id: 4090, active: true })).status).toBe(200);
  });
});

describe('419 parameter_invalid: types, formats and bounds', () => {
  it.each<[string, Obj]>([
    ['is_default on a non-loyalty/wallet type', { campaign_id: 4150, is_default: true }],
    ['allows_unrecognised_items on a non-basket campaign', { campaign_id: 4133, allows_unrecognised_items: true }],
    ['operator_type outside or/and', { campaign_id: 4150, operator_type: 'xor' }],
    ['rounding_strategy outside the enum', { campaign_id: 4101, rounding_strategy: 'bankers' }],
    ['active_time_from without seconds', { campaign_id: 4150, active_time_from: '18:00' }],
    ['active_time_until out of range', { campaign_id: 4150, active_time_until: '24:00:00' }],
    ['active_date_from not a date', { campaign_id: 4133, active_date_from: 'next monday' }],
    ['active_date_until not on the calendar', { campaign_id: 4133, active_date_until: '2027-02-30 00:00:00' }],
    ['active_date_until before active_date_from', { campaign_id: 4133, active_date_until: '2025-12-31T00:00:00Z' }],
    ['active_time_until before active_time_from', { campaign_id: 4150, active_time_until: '17:00:00' }],
    ['active_weekdays outside 1–7', { campaign_id: 4150, active_weekdays: '4,8' }],
    ['maximum basket total below the minimum', { campaign_id: 4117, maximum_basket_total_value_earn: 5 }],
    ['rounding_precision above 4', { campaign_id: 4101, rounding_precision: 5 }],
    ['recipient_reward_discount_ratio above 1', { campaign_id: 4150, recipient_reward_discount_ratio: 1.5 }],
    ['negative cashback_ratio', { campaign_id: 4117, cashback_ratio: -1 }],
    ['voucher_expiry_days of 0', { campaign_id: 4133, voucher_expiry_days: 0 }],
    ['a boolean that is not one', { campaign_id: 4150, active: 'maybe' }],
    ['an empty title', { campaign_id: 4150, title: '' }],
    ['an unknown currency code', { campaign_id: 4101, currency_code: 'XYZ' }],
    ['an unknown currency id', { campaign_id: 4101, currency_id: 99 }],
    ['currency_id and currency_code together', { campaign_id: 4101, currency_id: 2, currency_code: 'EUR' }],
    ['a store that is not in the chain', { campaign_id: 4150, assigned_business_ids: [2797, 9999] }],
    ['barcodes sent as numbers', { campaign_id: 4150, assigned_barcodes: [8712345001018] }],
    ['a recipient campaign that does not exist', { campaign_id: 4117, recipient_campaign_id: 424242 }],
    ['a change of type', { campaign_id: 4150, type: 'product' }],
    ['business_id on an existing campaign', { campaign_id: 4150, business_id: 2797 }],
    ['a voucher image that is not a URL', { campaign_id: 4133, voucher_image_url: 'bon.png' }],
  ])('%s', async (_what, body) => {
    await expect419(body);
  });

  it('an unparsable JSON body', async () => {
    await expectRefused(() => alter('{"campaign_id": 4101,', {}), 400, 419, 'parameter_invalid');
  });

  it('a JSON body that is not an object', async () => {
    await expectRefused(() => alter([4101]), 400, 419, 'parameter_invalid');
  });

  it('accepts type resent unchanged, chain_id of the campaign\'s own chain, and clearing with null or ""', async () => {
    const res = await alter({ campaign_id: 4150, type: 'basket', chain_id: 1, subtext: null, active_weekdays: '' });
    expect(res.status).toBe(200);
    expect(campaignOf(res)).toMatchObject({ type: 'basket', subtext: null, active_weekdays: null });
  });
});

describe('read quirks', () => {
  it('returns cashback_ratio as a string with four decimals', async () => {
    expect(campaignOf(await getCampaign(4117)).cashback_ratio).toBe('1.5000');
    expect(campaignOf(await alter({ campaign_id: 4117, cashback_ratio: 1 })).cashback_ratio).toBe('1.0000');
    expect(campaignOf(await alter({ campaign_id: 4117, cashback_ratio: 1.23456 })).cashback_ratio).toBe('1.2346');
    expect(campaignOf(await getCampaign(4117)).cashback_ratio).toBe('1.2346');
  });

  it('reads active_time_* as HH:MM though written HH:MM:SS', async () => {
    const res = await alter({ campaign_id: 4150, active_time_from: '17:30:00', active_time_until: '21:00:45' });
    expect(campaignOf(res)).toMatchObject({ active_time_from: '17:30', active_time_until: '21:00' });
    expect(campaignOf(await getCampaign(4150))).toMatchObject({ active_time_from: '17:30', active_time_until: '21:00' });
  });

  it('reads date-times in UTC with +00:00 and no millis, whatever was written', async () => {
    const res = await alter({ campaign_id: 4133, active_date_from: '2026-01-01T01:00:00.250+01:00', active_date_until: '2027-12-31 23:00:00' });
    expect(campaignOf(res)).toMatchObject({ active_date_from: '2026-01-01T00:00:00+00:00', active_date_until: '2027-12-31T23:00:00+00:00' });
  });

  it('reads assigned_business_ids as {id, name}, replacing the whole list on write', async () => {
    expect(campaignOf(await getCampaign(4150)).assigned_business_ids).toEqual([
      { id: 2797, name: 'Van Dalen Amsterdam Kalverstraat' },
      { id: 2801, name: 'Van Dalen Utrecht Hoog Catharijne' },
    ]);
    const res = await alter({ campaign_id: 4150, assigned_business_ids: [2815], assigned_barcodes: ['8712345001049'] });
    expect(campaignOf(res)).toMatchObject({
      assigned_business_ids: [{ id: 2815, name: 'Van Dalen Rotterdam Lijnbaan' }],
      assigned_barcodes: ['8712345001049'],
      assignment_count: 2,
    });
  });

  it('takes lists from a form as comma-separated values', async () => {
    const res = await spaaza('PUT', '/internal/alter-campaign', {
      form: true,
      body: { campaign_id: '4150', assigned_business_ids: '2797,2822', assigned_barcodes: '8712345001018' },
    });
    expect(res.status).toBe(200);
    expect((campaignOf(res).assigned_business_ids as Obj[]).map((b) => b.id)).toEqual([2797, 2822]);
    expect(campaignOf(res).assigned_barcodes).toEqual(['8712345001018']);
  });

  it('reads allows_end_user_to_claim_voucher back as allows_user_to_claim_voucher, and ignores the read name on write', async () => {
    const res = await alter({ campaign_id: 4101, allows_end_user_to_claim_voucher: false });
    expect(campaignOf(res).allows_user_to_claim_voucher).toBe(false);
    expect(campaignOf(res)).not.toHaveProperty('allows_end_user_to_claim_voucher');
    const ignored = await alter({ campaign_id: 4101, allows_user_to_claim_voucher: true });
    expect(ignored.status).toBe(200);
    expect(campaignOf(ignored).allows_user_to_claim_voucher).toBe(false);
  });

  it('mirrors active in is_active, and ignores is_active on write', async () => {
    expect(campaignOf(await alter({ campaign_id: 4150, active: false }))).toMatchObject({ active: false, is_active: false });
    expect(campaignOf(await alter({ campaign_id: 4150, is_active: true }))).toMatchObject({ active: false, is_active: false });
  });

  it('reads currency_id / currency_code back as a currency object', async () => {
    expect(campaignOf(await getCampaign(4133)).currency).toEqual({ currency_id: 2, currency_code: 'EUR', currency_name_en: 'Euro', currency_symbol: '\u20ac' });
    const res = await alter({ campaign_id: 4133, currency_code: 'GBP' });
    expect(campaignOf(res).currency).toMatchObject({ currency_id: 3, currency_code: 'GBP' });
    expect(campaignOf(res)).not.toHaveProperty('currency_code');
  });

  it('updates last_modified_date on every accepted write, and only then', async () => {
    expect(campaignOf(await getCampaign(4101)).last_modified_date).toBe('2025-03-01T08:00:00+00:00');
    await alter({ campaign_id: 4101, rounding_precision: 9 });
    expect(campaignOf(await getCampaign(4101)).last_modified_date).toBe('2025-03-01T08:00:00+00:00');
    await alter({ campaign_id: 4101, subtitle: 'Sparen bij elke aankoop' });
    expect(campaignOf(await getCampaign(4101))).toMatchObject({ last_modified_date: NOW, last_updated_date: NOW });
  });

  it('is a partial update: fields not sent keep their value', async () => {
    const before = campaignOf(await getCampaign(4133));
    const after = campaignOf(await alter({ campaign_id: 4133, voucher_expiry_days: 30 }));
    expect(after).toEqual({
      ...before,
      voucher_expiry_days: 30,
      last_modified_date: NOW,
      last_updated_date: NOW,
      last_updated_by: { name: 'Sandbox admin', user_id: 1548854 },
    });
  });

  it('never returns the write-only allows_unrecognised_items', async () => {
    const res = await alter({ campaign_id: 4150, allows_unrecognised_items: true });
    expect(res.status).toBe(200);
    expect(campaignOf(res)).not.toHaveProperty('allows_unrecognised_items');
    expect(campaignOf(await getCampaign(4150))).not.toHaveProperty('allows_unrecognised_items');
    expect((sb.state().spaaza!.writeOnly as Record<string, Obj>)['4150']).toEqual({ allows_unrecognised_items: true });
  });
});

describe('get-campaign', () => {
  it('answers results.campaign in the envelope', async () => {
    const res = await getCampaign(4101);
    expect(res.status).toBe(200);
    expect((res.body as Obj).result).toEqual({ code: 1, status: 'ok' });
    expect(campaignOf(res)).toEqual(stored(4101));
    expect(campaignOf(res)).toMatchObject({ id: 4101, chain_id: 1, type: 'loyalty', is_default: true, active: true, is_active: true });
  });

  it('answers 245, 244, 246 and 419 like alter-campaign', async () => {
    expectError(await spaaza('GET', '/get-campaign', { query: { chain_id: 1 } }), 400, 245, 'campaign_id_not_present');
    expectError(await getCampaign('x'), 400, 244, 'campaign_id_invalid');
    expectError(await getCampaign(999999), 404, 246, 'campaign_id_not_found');
    expectError(await spaaza('GET', '/get-campaign', { query: { campaign_id: 4101 } }), 400, 419, 'parameter_invalid');
  });
});

describe('get-campaigns', () => {
  const ids = (res: CallResult): unknown[] => listOf(res).map((c) => c.id);
  const list = (query: Record<string, string | number | boolean>, headers: Record<string, string> = {}) =>
    spaaza('GET', '/get-campaigns', { query: { chain_id: 1, ...query }, headers });

  it('hides inactive campaigns by default', async () => {
    const res = await list({});
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([4101, 4102, 4117, 4133, 4150]);
  });

  it('shows them with exclude_inactive=false', async () => {
    expect(ids(await list({ exclude_inactive: false }))).toEqual([4090, 4101, 4102, 4117, 4133, 4150]);
    expect(ids(await list({ exclude_inactive: 0 }))).toContain(4090);
    expect(ids(await list({ exclude_inactive: true }))).not.toContain(4090);
  });

  it('shows them by default to API versions before 1.4.11', async () => {
    expect(ids(await list({}, { 'x-spaaza-api-version': '1.4.10' }))).toContain(4090);
    expect(ids(await list({}, { 'x-spaaza-api-version': '1.6.3' }))).not.toContain(4090);
  });

  it('orders by order_dir', async () => {
    expect(ids(await list({ order_dir: 'DESC', exclude_inactive: false }))).toEqual([4150, 4133, 4117, 4102, 4101, 4090]);
    expect(ids(await list({ order_dir: 'ASC' }))).toEqual([4101, 4102, 4117, 4133, 4150]);
    expectError(await list({ order_dir: 'sideways' }), 400, 419, 'parameter_invalid');
    expectError(await list({ exclude_inactive: 'perhaps' }), 400, 419, 'parameter_invalid');
  });

  it('returns the whole chain, ignoring limit/offset (no pagination is documented)', async () => {
    expect(ids(await list({ limit: 2, offset: 1 }))).toEqual([4101, 4102, 4117, 4133, 4150]);
  });

  it('returns the same objects as get-campaign, plus currency_id', async () => {
    for (const item of listOf(await list({ exclude_inactive: false }))) {
      const { currency_id, ...rest } = item;
      expect(rest).toEqual(campaignOf(await getCampaign(item.id as number)));
      expect(currency_id).toBe((rest.currency as Obj).currency_id);
    }
  });

  it('requires chain_id, and answers 68 for a chain the session does not administer', async () => {
    expectError(await spaaza('GET', '/get-campaigns'), 400, 419, 'parameter_invalid');
    expectError(await spaaza('GET', '/get-campaigns', { query: { chain_id: 'one' } }), 400, 419, 'parameter_invalid');
    expectError(await spaaza('GET', '/get-campaigns', { query: { chain_id: 99 } }), 403, 68, 'permission_denied_or_non_existent');
    expectError(await list({}, { 'x-spaaza-chain-id': '2' }), 403, 68, 'permission_denied_or_non_existent');
  });

  it('leaves out the assignments of a campaign with more than 500, with a warning', async () => {
    const seeded = fake.seed(new Date());
    const big = seeded.campaigns.find((c) => c.id === 4150)!;
    big.assigned_barcodes = Array.from({ length: 501 }, (_, i) => String(8712345100000 + i));
    big.assignment_count = 503;
    await sb.stop();
    sb = await startTestSandbox({ initialState: { spaaza: seeded } });
    const res = await list({});
    const item = listOf(res).find((c) => c.id === 4150)!;
    expect(item).not.toHaveProperty('assigned_barcodes');
    expect(item).not.toHaveProperty('assigned_business_ids');
    expect((res.body as { warnings: Obj[] }).warnings).toEqual([expect.objectContaining({ name: 'objects_exceed_maximum_quantity' })]);
    expect(listOf(res).find((c) => c.id === 4101)).toHaveProperty('assigned_barcodes');
  });
});

describe('add-campaign', () => {
  it('creates a campaign and answers it as every read then returns it, with its empty rules list', async () => {
    const res = await add({
      chain_id: 1,
      type: 'product',
      title: 'Sokken 3 halen 2 betalen',
      active: false,
      active_date_from: '2026-12-01 00:00:00',
      active_time_from: '09:00:00',
      cashback_ratio: 0.5,
      assigned_business_ids: [2830],
    });
    expect(res.status).toBe(200);
    const created = campaignOf(res);
    expect(created).toMatchObject({
      id: 4151,
      chain_id: 1,
      type: 'product',
      title: 'Sokken 3 halen 2 betalen',
      active: false,
      is_active: false,
      active_date_from: '2026-12-01T00:00:00+00:00',
      active_time_from: '09:00',
      cashback_ratio: '0.5000',
      assigned_business_ids: [{ id: 2830, name: 'Van Dalen Den Haag Spuistraat' }],
      created_date: NOW,
      rules: [],
    });
    expect(campaignOf(await getCampaign(4151))).toEqual(created);
    const listed = listOf(await spaaza('GET', '/get-campaigns', { query: { chain_id: 1, exclude_inactive: false } })).find((c) => c.id === 4151);
    expect(listed).toEqual({ ...created, currency_id: 2 });
    // Altering it answers the same campaign, rules list included.
    const altered = campaignOf(await alter({ campaign_id: 4151, subtitle: 'Alleen online' }));
    expect(altered).toMatchObject({ rules: [], subtitle: 'Alleen online' });
    expect(campaignOf(await getCampaign(4151))).toEqual(altered);
  });

  it('requires title and active, as the two generations of the campaign-field page do between them', async () => {
    await expectRefused(() => add({ chain_id: 1, type: 'basket', active: true }), 400, 419, 'parameter_invalid');
    await expectRefused(() => add({ chain_id: 1, type: 'basket', title: '', active: true }), 400, 419, 'parameter_invalid');
    await expectRefused(() => add({ chain_id: 1, type: 'basket', title: 'Zonder active' }), 400, 419, 'parameter_invalid');
    const res = await add({ chain_id: 1, type: 'basket', title: 'Uit', active: false });
    expect(campaignOf(res)).toMatchObject({ title: 'Uit', active: false, is_active: false });
  });

  it('creates the base of a composable campaign (type composable)', async () => {
    const res = await add({ chain_id: 1, type: 'composable', title: 'Bundelkorting', active: false });
    expect(res.status).toBe(200);
    expect(campaignOf(res)).toMatchObject({ type: 'composable', rules: [] });
  });

  it('creates from a form, and in the chain of a business_id', async () => {
    const res = await spaaza('POST', '/internal/add-campaign', { form: true, body: { business_id: '2797', type: 'signup', title: 'Welkom', active: '0' } });
    expect(res.status).toBe(200);
    expect(campaignOf(res)).toMatchObject({ chain_id: 1, type: 'signup', title: 'Welkom', active: false });
  });

  it.each<[string, Obj]>([
    ['neither chain_id nor business_id', { type: 'basket' }],
    ['both chain_id and business_id', { chain_id: 1, business_id: 2797, type: 'basket' }],
    ['no type', { chain_id: 1, title: 'x' }],
    ['an unknown type', { chain_id: 1, type: 'lottery' }],
    ['a malformed chain_id', { chain_id: 'one', type: 'basket' }],
    ['an invalid field', { chain_id: 1, type: 'basket', title: 'x', active: true, operator_type: 'xor' }],
    ['is_default on a basket campaign', { chain_id: 1, type: 'basket', title: 'x', active: true, is_default: true }],
  ])('refuses %s with 419', async (_what, body) => {
    await expectRefused(() => add(body), 400, 419, 'parameter_invalid');
  });

  it('refuses an unknown chain or store with 68', async () => {
    await expectRefused(() => add({ chain_id: 99, type: 'basket' }), 403, 68, 'permission_denied_or_non_existent');
    await expectRefused(() => add({ business_id: 5555, type: 'basket' }), 403, 68, 'permission_denied_or_non_existent');
  });

  it('is POST only', async () => {
    expectError(await spaaza('PUT', '/internal/add-campaign', { body: { chain_id: 1, type: 'basket' } }), 405, 405, 'method_not_allowed');
  });
});

describe('auth', () => {
  const NO_SESSION = {
    result: { code: 2, status: 'error' },
    error: { code: 6, name: 'no_valid_session', description: 'The user needs to be logged in and a valid session key needs to be sent' },
  };

  it.each<[string, Record<string, string>]>([
    ['no session headers', {}],
    ['no session key', { 'x-spaaza-session-user-id': '1548854' }],
    ['no session user id', { 'x-spaaza-session-key': 'abc' }],
    ['empty values', { 'x-spaaza-session-user-id': '', 'x-spaaza-session-key': '' }],
    ['blank key', { 'x-spaaza-session-user-id': '1548854', 'x-spaaza-session-key': '   ' }],
  ])('answers %s with 401 no_valid_session', async (_what, headers) => {
    const before = liveState();
    for (const res of [
      await call(sb, 'spaaza', 'GET', '/get-campaigns', { headers, query: { chain_id: 1 } }),
      await call(sb, 'spaaza', 'GET', '/get-campaign', { headers, query: { campaign_id: 4101, chain_id: 1 } }),
      await call(sb, 'spaaza', 'PUT', '/internal/alter-campaign', { headers, body: { campaign_id: 4101, title: 'x' } }),
      await call(sb, 'spaaza', 'POST', '/internal/add-campaign', { headers, body: { chain_id: 1, type: 'basket' } }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject(NO_SESSION);
    }
    expect(liveState()).toEqual(before);
  });

  it('accepts any non-empty session, with the optional version and app-hostname headers', async () => {
    const res = await call(sb, 'spaaza', 'GET', '/get-campaign', {
      headers: {
        'x-spaaza-session-user-id': 'u',
        'x-spaaza-session-key': 'k',
        'x-spaaza-api-version': '1.6.3',
        'x-spaaza-myprice-app-hostname': 'vandalen.spaaza.com',
        'x-myprice-app-hostname': 'vandalen.spaaza.com',
      },
      query: { campaign_id: 4101, chain_id: 1 },
    });
    expect(res.status).toBe(200);
  });
});

describe('routing', () => {
  it('answers an unknown call, or a trailing slash, with 404 in the envelope', async () => {
    expectError(await spaaza('GET', '/get-campaign-list', { query: { chain_id: 1 } }), 404, 404, 'endpoint_not_found');
    expectError(await spaaza('GET', '/get-campaigns/', { query: { chain_id: 1 } }), 404, 404, 'endpoint_not_found');
    expectError(await spaaza('DELETE', '/internal/delete-campaign', { query: { campaign_id: 4101 } }), 404, 404, 'endpoint_not_found');
  });

  it('answers a call whose percent-encoding is broken as an unknown call', async () => {
    expectError(await spaaza('GET', '/get-campaign%E0%A4%A', { query: { campaign_id: 4101, chain_id: 1 } }), 404, 404, 'endpoint_not_found');
  });

  it('answers a wrong method on a known call with 405 and Allow', async () => {
    const res = await spaaza('GET', '/internal/alter-campaign', { query: { campaign_id: 4101 } });
    expectError(res, 405, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('POST, PUT');
    expectError(await spaaza('POST', '/get-campaigns', { body: { chain_id: 1 } }), 405, 405, 'method_not_allowed');
  });
});

describe('faults, rate limit and request log', () => {
  it('answers beyond the rate limit with a plain 429 and Retry-After, in the envelope', async () => {
    const limited = await startTestSandbox({ rateLimit: 2 });
    try {
      const send = () => call(limited, 'spaaza', 'GET', '/get-campaigns', { headers: AUTH, query: { chain_id: 1 } });
      const first = await send();
      await send();
      const third = await send();
      expect(first.status).toBe(200);
      expect(first.headers.get('retry-after')).toBeNull();
      expect([...first.headers.keys()].filter((k) => k.includes('ratelimit') || k.includes('rate-limit'))).toEqual([]);
      expectError(third, 429, 429, 'too_many_requests');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });

  it('answers an injected fault in the envelope without touching state', async () => {
    const faulty = await startTestSandbox({ failRate: 1 });
    try {
      const before = structuredClone(faulty.state().spaaza);
      const res = await call(faulty, 'spaaza', 'PUT', '/internal/alter-campaign', { headers: AUTH, body: { campaign_id: 4101, title: 'x' } });
      expect([500, 502, 503]).toContain(res.status);
      expect(res.body).toMatchObject({ result: { code: 2, status: 'error' }, error: { code: res.status } });
      expect(faulty.state().spaaza).toEqual(before);
    } finally {
      await faulty.stop();
    }
  });

  it('logs every call with its status', async () => {
    sb.clearRequests();
    await getCampaign(4101);
    await call(sb, 'spaaza', 'PUT', '/internal/alter-campaign', { body: { campaign_id: 4101 } });
    await alter({ campaign_id: 999999 });
    await spaaza('GET', '/nope');
    const log = (await (await fetch(`${sb.url}/_sandbox/requests`)).json()) as Obj[];
    expect(log.map((r) => [r.vendor, r.method, r.path, r.status])).toEqual([
      ['spaaza', 'GET', '/get-campaign', 200],
      ['spaaza', 'PUT', '/internal/alter-campaign', 401],
      ['spaaza', 'PUT', '/internal/alter-campaign', 404],
      ['spaaza', 'GET', '/nope', 404],
    ]);
  });
});

describe('seed', () => {
  const examplesDir = fileURLToPath(new URL('../../campaigns/spaaza/', import.meta.url));
  const examples = existingExampleFiles(examplesDir)
    .map((f) => parse(readFileSync(`${examplesDir}${f}`, 'utf8')) as { id: number; spec: Obj });

  /** Spec fields whose live value differs, read the way a careful reconciler would. */
  function drift(spec: Obj, live: Obj, writeOnly: Obj): string[] {
    const same = (field: string, want: unknown): boolean => {
      const got = live[field];
      switch (field) {
        case 'active_date_from':
        case 'active_date_until':
          return want === null ? got === null : typeof got === 'string' && Date.parse(got) === Date.parse(want as string);
        case 'active_time_from':
        case 'active_time_until':
          return want === null ? got === null : `${String(got)}:00` === want;
        case 'currency_id':
          return (live.currency as Obj).currency_id === want;
        case 'currency_code':
          return (live.currency as Obj).currency_code === want;
        case 'assigned_business_ids':
          return JSON.stringify((got as Obj[]).map((b) => b.id)) === JSON.stringify(want);
        case 'allows_end_user_to_claim_voucher':
          return live.allows_user_to_claim_voucher === want;
        case 'allows_unrecognised_items':
          return writeOnly.allows_unrecognised_items === want;
        case 'cashback_ratio':
          return Number(got) === want;
        default:
          return JSON.stringify(got) === JSON.stringify(want);
      }
    };
    return Object.entries(spec).filter(([field, want]) => !same(field, want)).map(([field]) => field);
  }

  const driftById = (state: SandboxState): Record<number, string[]> => {
    const slice = state.spaaza!;
    const out: Record<number, string[]> = {};
    for (const { id, spec } of examples) {
      const live = slice.campaigns.find((c) => c.id === id);
      expect(live, `campaign ${id}`).toBeDefined();
      expect(live!.chain_id).toBe(1);
      const wo = ((slice.writeOnly as Record<string, Obj> | undefined) ?? {})[String(id)] ?? {};
      out[id] = drift(spec, live!, wo);
    }
    return out;
  };

  it('holds every example campaign, with three deliberate differences', () => {
    expect(examples.map((e) => e.id).sort()).toEqual([4101, 4117, 4133, 4150]);
    expect(driftById(sb.state())).toEqual({
      4101: [],
      4117: ['cashback_ratio'],
      4133: ['voucher_expiry_days'],
      4150: ['active_time_until'],
    });
  });

  it('holds two unmanaged campaigns, one of them inactive', () => {
    const unmanaged = sb.state().spaaza!.campaigns.filter((c) => !examples.some((e) => e.id === c.id));
    expect(unmanaged.map((c) => [c.id, c.type, c.active])).toEqual([
      [4090, 'loyalty', false],
      [4102, 'points_wallet', true],
    ]);
  });

  it('accepts every example spec through alter-campaign, after which nothing differs', async () => {
    for (const { id, spec } of examples) {
      const res = await alter({ campaign_id: id, ...spec });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect(driftById(sb.state())).toEqual({ 4101: [], 4117: [], 4133: [], 4150: [] });
  });

  it('does not depend on the clock', () => {
    expect(fake.seed(new Date('2030-01-01T00:00:00Z'))).toEqual(fake.seed(new Date('2020-01-01T00:00:00Z')));
  });
});
