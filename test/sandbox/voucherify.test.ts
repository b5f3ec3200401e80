/**
 * The Voucherify fake over real HTTP: the seed page's requests, every rule (vendor error, state
 * untouched), every quirk, auth, pagination, rate limit, faults and the request log.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/server.js';
import { fake } from '../../src/sandbox/voucherify/index.js';
import { call, type CallOptions, type CallResult, SANDBOX_NOW, startTestSandbox } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

type Obj = Record<string, unknown>;

const AUTH = { 'x-app-id': 'app-1', 'x-app-token': 'secret-1' };
const WINTER = 'camp_apIfxtoyHzYuup3YcRDwAKDP';
const CYBER = 'camp_Eif0tCGW90zaNKhiKNeknUL3';
const GIFT = 'camp_4NekGKfkPSV1PPi6oy0mLyYJ';
const CLUB = 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ';
const REFER = 'camp_QAZYWgQlAvSMm6anycl7qo8s';
const CAFE = 'camp_q34x1yc7Uta595IMRAIhUbEl';
const STAFF = 'camp_St4ffD1sc0unt10PctXyZq7w';
const NOW_MS = SANDBOX_NOW.toISOString(); // 2026-11-23T12:00:00.000Z

const REQUIRED_READ = [
  'id',
  'name',
  'campaign_type',
  'type',
  'auto_join',
  'join_once',
  'use_voucher_metadata_schema',
  'created_at',
  'creation_status',
  'vouchers_generation_status',
  'protected',
  'category_id',
  'categories',
  'object',
];

let sb: Sandbox;

beforeEach(async () => {
  sb = await startTestSandbox();
});
afterEach(async () => {
  await sb.stop();
});

const vf = (method: string, p: string, opts: CallOptions = {}): Promise<CallResult> =>
  call(sb, 'voucherify', method, p, { ...opts, headers: { ...AUTH, ...opts.headers } });

const campaigns = (): Obj[] => sb.state().voucherify!.campaigns;
const live = (id: string): Obj => {
  const found = campaigns().find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in state`);
  return found;
};
const snapshot = (): string => JSON.stringify(sb.state().voucherify);
const body = (r: CallResult): Obj => r.body as Obj;

/** A rejected write: the vendor's error body, and the state exactly as before. */
async function expectRefused(request: () => Promise<CallResult>, status: number, key: string, details?: RegExp): Promise<Obj> {
  const before = snapshot();
  const res = await request();
  expect(res.status).toBe(status);
  expect(body(res)).toMatchObject({ code: status, key });
  expect(typeof body(res).message).toBe('string');
  expect(body(res).request_id).toMatch(/^v-[0-9a-f]{18}$/);
  if (details) expect(String(body(res).details)).toMatch(details);
  expect(snapshot()).toBe(before);
  return body(res);
}

describe('voucherify fake: the seed page (PUT v1/campaigns/{campaignId}) and the other documented requests', () => {
  it('PUT with the documented example body answers 200 with the campaign object', async () => {
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'New description' } });
    expect(res.status).toBe(200);
    const c = body(res);
    for (const key of REQUIRED_READ) expect(c, key).toHaveProperty(key);
    expect(c).toMatchObject({ id: WINTER, object: 'campaign', description: 'New description', name: 'Winter Sale 2026 - 20% off' });
    expect(live(WINTER).description).toBe('New description');
  });

  it('PUT takes the campaign name instead of the id in the path', async () => {
    const res = await vf('PUT', `/v1/campaigns/${encodeURIComponent('Holiday Gift Card EUR 50')}`, { body: { description: 'By name' } });
    expect(res.status).toBe(200);
    expect(body(res).id).toBe(GIFT);
    expect(live(GIFT).description).toBe('By name');
  });

  it('GET one by id and by name returns the stored campaign (Campaign schema)', async () => {
    const byId = await vf('GET', `/v1/campaigns/${CLUB}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(live(CLUB));
    for (const key of REQUIRED_READ) expect(body(byId), key).toHaveProperty(key);
    expect(body(byId).validation_rules_assignments).toEqual({ object: 'list', data_ref: 'data', data: [], total: 0 });
    const byName = await vf('GET', `/v1/campaigns/${encodeURIComponent('Nordhaus Club')}`);
    expect(byName.body).toEqual(byId.body);
  });

  it('enable and disable answer 200 with an empty JSON object and are the way to change `active`', async () => {
    const enabled = await vf('POST', `/v1/campaigns/${REFER}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body).toEqual({});
    expect(live(REFER).active).toBe(true);
    expect(live(REFER).updated_at).toBe(NOW_MS);
    const disabled = await vf('POST', `/v1/campaigns/${encodeURIComponent('Winter Sale 2026 - 20% off')}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toEqual({});
    expect(live(WINTER).active).toBe(false);
  });

  it('enable/disable of an unknown campaign answers the documented 404', async () => {
    const err = await expectRefused(
      () => vf('POST', '/v1/campaigns/Spring%20Campaign/disable'),
      404,
      'not_found',
      /Cannot find campaign with id Spring Campaign/,
    );
    expect(err).toMatchObject({ resource_id: 'Spring Campaign', resource_type: 'campaign', message: 'Resource not found' });
  });

  it('POST /v1/campaigns creates a campaign (200); its codes generate in the background: IN_PROGRESS, then DONE', async () => {
    let clock = SANDBOX_NOW;
    await sb.stop();
    sb = await startTestSandbox({ now: () => clock });
    const res = await vf('POST', '/v1/campaigns', {
      body: {
        name: 'Discount Campaign 4',
        campaign_type: 'DISCOUNT_COUPONS',
        join_once: true,
        type: 'AUTO_UPDATE',
        start_date: '2020-08-16T00:00:00Z',
        expiration_date: '2023-12-26T00:00:00Z',
        vouchers_count: 3,
        voucher: {
          type: 'DISCOUNT_VOUCHER',
          discount: { percent_off: 10, type: 'PERCENT' },
          redemption: { quantity: 10 },
          code_config: { pattern: '10OFF-#######' },
        },
        validity_timeframe: { interval: 'P2D', duration: 'P1D' },
        validity_day_of_week: [0, 1, 2],
        activity_duration_after_publishing: 'P24D',
        use_voucher_metadata_schema: false,
        metadata: { region: 'AMER' },
        category: 'Seasonal sales',
      },
    });
    expect(res.status).toBe(200);
    const c = body(res);
    expect(c.id).toMatch(/^camp_[A-Za-z0-9]{24}$/);
    expect(c).toMatchObject({
      creation_status: 'IN_PROGRESS',
      vouchers_generation_status: 'IN_PROGRESS',
      vouchers_count: 0,
      start_date: '2020-08-16T00:00:00.000Z',
      category: 'Seasonal sales',
      category_id: 'cat_0c9da30e7116ba6bb2',
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        discount: { type: 'PERCENT', percent_off: 10 },
        redemption: { quantity: 10 },
        code_config: { length: 7 },
      },
    });
    for (const key of REQUIRED_READ) expect(c, key).toHaveProperty(key);
    const id = String(c.id);
    // Until the job ends (1 ms a code, assumed) reads show it generating, and it cannot be modified.
    const during = await vf('GET', `/v1/campaigns/${id}`);
    expect(during.body).toMatchObject({ creation_status: 'IN_PROGRESS', vouchers_generation_status: 'IN_PROGRESS', vouchers_count: 0 });
    const listed = await vf('GET', '/v1/campaigns', { query: { campaign_status: 'IN_PROGRESS' } });
    expect((body(listed).campaigns as Obj[]).map((x) => x.id)).toEqual([id]);
    await expectRefused(() => vf('PUT', `/v1/campaigns/${id}`, { body: { description: 'x' } }), 400, 'campaign_in_progress', /still being generated/);
    await expectRefused(() => vf('POST', `/v1/campaigns/${id}/disable`), 400, 'campaign_in_progress');
    clock = new Date(SANDBOX_NOW.getTime() + 3);
    const read = await vf('GET', `/v1/campaigns/${id}`);
    expect(read.body).toMatchObject({ creation_status: 'DONE', vouchers_generation_status: 'DONE', vouchers_count: 3, created_at: NOW_MS });
    expect(sb.state().voucherify!.generation).toEqual([]);
    expect((await vf('POST', `/v1/campaigns/${id}/disable`)).status).toBe(200);
  });

  it('a campaign with at most one code, or none, is DONE at once', async () => {
    const one = await vf('POST', '/v1/campaigns', {
      body: { name: 'One code', campaign_type: 'DISCOUNT_COUPONS', vouchers_count: 1, voucher: { discount: { type: 'AMOUNT', amount_off: 500 } } },
    });
    expect(body(one)).toMatchObject({ creation_status: 'DONE', vouchers_count: 1 });
    const promo = await vf('POST', '/v1/campaigns', { body: { name: 'Promo', campaign_type: 'PROMOTION', vouchers_count: 50 } });
    expect(body(promo)).toMatchObject({ creation_status: 'DONE' });
  });

  it('the documented Gift Card create example is taken: no balance is demanded, none is stored', async () => {
    const res = await vf('POST', '/v1/campaigns', {
      body: {
        name: 'Gift Card Campaign',
        campaign_type: 'GIFT_VOUCHERS',
        join_once: true,
        type: 'AUTO_UPDATE',
        start_date: '2020-08-16T00:00:00Z',
        expiration_date: '2023-12-26T00:00:00Z',
        vouchers_count: 2,
        voucher: {
          type: 'GIFT_VOUCHER',
          gift: { amount: 1000, effect: 'APPLY_TO_ORDER' },
          redemption: { quantity: 10 },
          code_config: { pattern: 'GIFT-CARD-#######' },
        },
        validity_timeframe: { interval: 'P2D', duration: 'P1D' },
        validity_day_of_week: [0, 1, 2],
        activity_duration_after_publishing: 'P24D',
        use_voucher_metadata_schema: false,
        metadata: { region: 'APAC' },
      },
    });
    expect(res.status).toBe(200);
    // As the docs' create answer reads: the gift as given, the code config completed from the pattern.
    expect((body(res).voucher as Obj).gift).toEqual({ amount: 1000, effect: 'APPLY_TO_ORDER' });
    expect((body(res).voucher as Obj).code_config).toEqual({
      length: 7,
      charset: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      pattern: 'GIFT-CARD-#######',
    });
  });

  it('a code length given alone makes the pattern; the default is 8 alphanumerics', async () => {
    const make = (name: string, code_config?: Obj) =>
      vf('POST', '/v1/campaigns', {
        body: { name, campaign_type: 'DISCOUNT_COUPONS', voucher: { discount: { type: 'PERCENT', percent_off: 5 }, ...(code_config ? { code_config } : {}) } },
      });
    const given = (await make('Six', { length: 6, prefix: 'SIX-' })).body as Obj;
    expect((given.voucher as Obj).code_config).toMatchObject({ length: 6, prefix: 'SIX-', pattern: '######' });
    const plain = (await make('Plain')).body as Obj;
    expect((plain.voucher as Obj).code_config).toMatchObject({ length: 8, pattern: '########' });
  });

  it('DELETE answers 202 with an async action id; without force the campaign goes to the bin', async () => {
    const res = await vf('DELETE', `/v1/campaigns/${CYBER}`);
    expect(res.status).toBe(202);
    expect(body(res).async_action_id).toMatch(/^aa_[0-9a-f]{18}$/);
    expect(campaigns().some((c) => c.id === CYBER)).toBe(false);
    expect((await vf('GET', `/v1/campaigns/${CYBER}`)).status).toBe(404);
    expect(sb.state().voucherify!.bin).toHaveLength(1);
    const forced = await vf('DELETE', `/v1/campaigns/${WINTER}`, { query: { force: true } });
    expect(forced.status).toBe(202);
    expect(sb.state().voucherify!.bin).toHaveLength(1);
  });
});

describe('voucherify fake: documented rules, answered with the vendor error and the state unchanged', () => {
  it('a campaign id or name whose percent-encoding is broken names no route: 404 not_found', async () => {
    const err = await expectRefused(() => vf('GET', '/v1/campaigns/%E0%A4%A/enable'), 404, 'not_found');
    expect(err).toMatchObject({ details: 'Route GET /v1/campaigns/%E0%A4%A/enable not found' });
    expect(err).not.toHaveProperty('resource_type');
  });

  it('unknown campaign → 404 not_found with resource_type campaign (GET, PUT, DELETE)', async () => {
    const err = await expectRefused(
      () => vf('PUT', '/v1/campaigns/camp_jcErmtGAOmHUAy0oUgkwKnPx', { body: { description: 'x' } }),
      404,
      'not_found',
    );
    expect(err).toMatchObject({
      resource_id: 'camp_jcErmtGAOmHUAy0oUgkwKnPx',
      resource_type: 'campaign',
      details: 'Cannot find campaign with id camp_jcErmtGAOmHUAy0oUgkwKnPx',
    });
    await expectRefused(() => vf('GET', '/v1/campaigns/nope'), 404, 'not_found');
    await expectRefused(() => vf('DELETE', '/v1/campaigns/nope'), 404, 'not_found');
  });

  it('`type` cannot be changed to STANDALONE', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { type: 'STANDALONE' } }),
      400,
      'invalid_campaign_params',
      /STANDALONE/,
    );
  });

  it('the `type` of a STANDALONE campaign cannot be changed', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${STAFF}`, { body: { type: 'AUTO_UPDATE' } }),
      400,
      'invalid_campaign_params',
      /STANDALONE/,
    );
  });

  it('`type` accepts only AUTO_UPDATE and STATIC', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { type: 'DYNAMIC' } }),
      400,
      'invalid_campaign_params',
      /'type' must be one of: AUTO_UPDATE, STATIC/,
    );
    const ok = await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { type: 'STATIC' } });
    expect(ok.status).toBe(200);
    expect(live(WINTER).type).toBe('STATIC');
  });

  it('`join_once` is always true for loyalty campaigns (a change is refused, a resend accepted)', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${CLUB}`, { body: { join_once: false } }),
      400,
      'invalid_campaign_params',
      /join_once/,
    );
    expect((await vf('PUT', `/v1/campaigns/${CLUB}`, { body: { join_once: true } })).status).toBe(200);
  });

  it('`join_once` is always false for STANDALONE campaigns', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${STAFF}`, { body: { join_once: true } }),
      400,
      'invalid_campaign_params',
      /join_once/,
    );
  });

  it('property types are checked (description must be a string, auto_join a boolean, metadata an object)', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 5 } }),
      400,
      'invalid_campaign_params',
      /'description' must be a string/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { auto_join: 'yes' } }),
      400,
      'invalid_campaign_params',
      /'auto_join' must be a boolean/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { metadata: ['a'] } }),
      400,
      'invalid_campaign_params',
      /'metadata' must be an object/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { unset_metadata_fields: 'season' } }),
      400,
      'invalid_campaign_params',
    );
  });

  it('dates must be ISO 8601 date-times; expiration_date is not nullable (assumed)', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { start_date: '26/12/2026' } }),
      400,
      'invalid_campaign_params',
      /start_date/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { expiration_date: null } }),
      400,
      'invalid_campaign_params',
      /expiration_date/,
    );
  });

  it('expiration_date must be after start_date, counting the live dates (assumed)', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { expiration_date: '2026-12-01T00:00:00Z' } }),
      400,
      'invalid_campaign_params',
      /later than 'start_date'/,
    );
  });

  it('discount: type enum, the variant’s required field, effect enum, bounds', async () => {
    const put = (discount: unknown) => () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { discount } });
    await expectRefused(put({ type: 'BOGUS', percent_off: 1 }), 400, 'invalid_campaign_params', /discount.type/);
    await expectRefused(put({ type: 'PERCENT' }), 400, 'invalid_campaign_params', /'discount.percent_off' is required/);
    await expectRefused(
      put({ type: 'AMOUNT', amount_off: 100, effect: 'ADD_NEW_ITEMS' }),
      400,
      'invalid_campaign_params',
      /discount.effect/,
    );
    await expectRefused(put({ type: 'PERCENT', percent_off: 150 }), 400, 'invalid_campaign_params', /less than or equal to 100/);
    await expectRefused(put({ type: 'UNIT', unit_off: 1 }), 400, 'invalid_campaign_params', /unit_type/);
    await expectRefused(put({ type: 'UNIT', units: [] }), 400, 'invalid_campaign_params', /units/);
    await expectRefused(put('20%'), 400, 'invalid_campaign_params', /'discount' must be an object/);
  });

  it('gift: amount required (not the balance the server computes), effect enum', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${GIFT}`, { body: { gift: { balance: 5000 } } }),
      400,
      'invalid_campaign_params',
      /gift.amount/,
    );
    expect((await vf('PUT', `/v1/campaigns/${GIFT}`, { body: { gift: { amount: 6000 } } })).status).toBe(200);
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${GIFT}`, { body: { gift: { amount: 5000, balance: 5000, effect: 'X' } } }),
      400,
      'invalid_campaign_params',
      /gift.effect/,
    );
  });

  it('loyalty_tiers_expiration and referral_program follow their schemas', async () => {
    await expectRefused(
      () =>
        vf('PUT', `/v1/campaigns/${CLUB}`, {
          body: { loyalty_tiers_expiration: { qualification_type: 'BALANCE', start_date: { type: 'IMMEDIATE' } } },
        }),
      400,
      'invalid_campaign_params',
      /loyalty_tiers_expiration.expiration_date/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${REFER}`, { body: { referral_program: { conversion_event_type: 'signup' } } }),
      400,
      'invalid_campaign_params',
      /conversion_event_type/,
    );
  });

  it('validity: timeframe needs start_date, durations are ISO 8601, days 0–6, hours HH:mm without overlap', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${STAFF}`, { body: { validity_timeframe: { interval: 'P1D', duration: 'PT1H' } } }),
      400,
      'invalid_campaign_params',
      /start_date' is required when including the validity_timeframe/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${CYBER}`, { body: { validity_timeframe: { interval: '1 day', duration: 'PT1H' } } }),
      400,
      'invalid_campaign_params',
      /duration/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { validity_day_of_week: [1, 7] } }),
      400,
      'invalid_campaign_params',
      /validity_day_of_week\[1\]/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { activity_duration_after_publishing: '14 days' } }),
      400,
      'invalid_campaign_params',
    );
    const hours = (daily: unknown) => () => vf('PUT', `/v1/campaigns/${CAFE}`, { body: { validity_hours: { daily } } });
    await expectRefused(
      hours([{ start_time: '9:00', expiration_time: '12:00', days_of_week: [1] }]),
      400,
      'invalid_campaign_params',
      /HH:mm/,
    );
    await expectRefused(
      hours([{ start_time: '14:00', expiration_time: '12:00', days_of_week: [1] }]),
      400,
      'invalid_campaign_params',
      /later than/,
    );
    await expectRefused(
      hours([
        { start_time: '11:00', expiration_time: '14:00', days_of_week: [1, 2] },
        { start_time: '13:00', expiration_time: '15:00', days_of_week: [2, 3] },
      ]),
      400,
      'invalid_campaign_params',
      /overlap/,
    );
    const ok = await hours([
      { start_time: '11:00', expiration_time: '14:00', days_of_week: [1] },
      { start_time: '14:00', expiration_time: '15:00', days_of_week: [1] },
    ])();
    expect(ok.status).toBe(200);
  });

  it('category OR category_id, not both; an unknown one answers the documented 404 for categories', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category: 'Referral', category_id: 'cat_0c9da30e7116ba6bb8' } }),
      400,
      'invalid_campaign_params',
    );
    const err = await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category_id: 'cat_0bb343dee3cdb5ec0c' } }),
      404,
      'not_found',
      /Cannot find category with id cat_0bb343dee3cdb5ec0c/,
    );
    expect(err).toMatchObject({ resource_type: 'category', resource_id: 'cat_0bb343dee3cdb5ec0c' });
    await expectRefused(() => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category: 'Nope' } }), 404, 'not_found');
  });

  it('access_settings: unknown areas and stores answer 404 (assumed), malformed lists 400', async () => {
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${CAFE}`, { body: { access_settings: { assign: { area_stores_ids: ['ars_nope'] } } } }),
      404,
      'not_found',
      /area_store/,
    );
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${CAFE}`, { body: { access_settings: { assign: { areas_ids: 'ar_0ea6cd7b781b8f857f' } } } }),
      400,
      'invalid_campaign_params',
    );
  });

  it('a body that is not JSON, not an object, absent, or not application/json is refused', async () => {
    await expectRefused(() => vf('PUT', `/v1/campaigns/${WINTER}`, { body: '{"description": ' }), 400, 'invalid_payload');
    await expectRefused(() => vf('PUT', `/v1/campaigns/${WINTER}`, { body: [1, 2] }), 400, 'invalid_payload');
    await expectRefused(() => vf('PUT', `/v1/campaigns/${WINTER}`), 400, 'invalid_payload');
    await expectRefused(
      () => vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'x' }, form: true }),
      415,
      'unsupported_media_type',
    );
  });

  it('names are unique: creating a duplicate answers the documented 409 duplicate_found', async () => {
    const err = await expectRefused(
      () => vf('POST', '/v1/campaigns', { body: { name: 'Nordhaus Club', campaign_type: 'PROMOTION' } }),
      409,
      'duplicate_found',
      /Duplicated campaign exists with name Nordhaus Club/,
    );
    expect(err).toMatchObject({ message: 'Duplicated resource found', resource_id: 'Nordhaus Club', resource_type: 'campaign' });
  });

  it('a name in the bin stays reserved until a forced delete (assumed)', async () => {
    expect((await vf('DELETE', `/v1/campaigns/${CYBER}`)).status).toBe(202);
    await expectRefused(
      () => vf('POST', '/v1/campaigns', { body: { name: 'Cyber Weekend Free Gift Wrapping', campaign_type: 'PROMOTION' } }),
      409,
      'duplicate_found',
    );
    expect((await vf('DELETE', `/v1/campaigns/${WINTER}`, { query: { force: 'true' } })).status).toBe(202);
    const again = await vf('POST', '/v1/campaigns', { body: { name: 'Winter Sale 2026 - 20% off', campaign_type: 'PROMOTION' } });
    expect(again.status).toBe(200);
  });

  it('create: the type’s voucher detail is required (documented 400 invalid_campaign), validation_rules at most 1', async () => {
    const err = await expectRefused(
      () =>
        vf('POST', '/v1/campaigns', {
          body: {
            name: 'Referral Campaign 2',
            campaign_type: 'REFERRAL_PROGRAM',
            referral_program: { conversion_event_type: 'redemption' },
          },
        }),
      400,
      'invalid_campaign',
    );
    expect(err).toMatchObject({ message: 'Invalid Campaign', details: "Property 'discount' is required for REFERRAL_PROGRAM campaign" });
    await expectRefused(() => vf('POST', '/v1/campaigns', { body: { campaign_type: 'PROMOTION' } }), 400, 'invalid_campaign', /name/);
    await expectRefused(
      () => vf('POST', '/v1/campaigns', { body: { name: 'P', campaign_type: 'PROMOTION', validation_rules: ['val_1', 'val_2'] } }),
      400,
      'invalid_campaign_params',
      /validation_rules/,
    );
    await expectRefused(
      () => vf('POST', '/v1/campaigns', { body: { name: 'P', campaign_type: 'COUPONS' } }),
      400,
      'invalid_campaign_params',
      /campaign_type/,
    );
  });

  it('create: STANDALONE only for discount and gift card campaigns', async () => {
    for (const campaign_type of ['PROMOTION', 'LOYALTY_PROGRAM', 'REFERRAL_PROGRAM']) {
      await expectRefused(
        () =>
          vf('POST', '/v1/campaigns', {
            body: {
              name: `Standalone ${campaign_type}`,
              campaign_type,
              type: 'STANDALONE',
              voucher: { discount: { type: 'PERCENT', percent_off: 5 }, loyalty_card: { points: 0 } },
            },
          }),
        400,
        'invalid_campaign_params',
        /STANDALONE is available only for DISCOUNT_COUPONS and GIFT_VOUCHERS/,
      );
    }
    const coupon = await vf('POST', '/v1/campaigns', {
      body: { name: 'One code for all', campaign_type: 'DISCOUNT_COUPONS', type: 'STANDALONE', voucher: { discount: { type: 'PERCENT', percent_off: 5 } } },
    });
    expect(body(coupon)).toMatchObject({ type: 'STANDALONE', join_once: false });
    const card = await vf('POST', '/v1/campaigns', {
      body: { name: 'One card for all', campaign_type: 'GIFT_VOUCHERS', type: 'STANDALONE', voucher: { gift: { amount: 100 } } },
    });
    expect(card.status).toBe(200);
  });

  it('create: a loyalty card needs its points, and its expiration rules what their type names', async () => {
    const loyalty = (loyalty_card: Obj) => () =>
      vf('POST', '/v1/campaigns', { body: { name: 'Club', campaign_type: 'LOYALTY_PROGRAM', voucher: { loyalty_card } } });
    await expectRefused(loyalty({}), 400, 'invalid_campaign_params', /voucher.loyalty_card.points' is required/);
    await expectRefused(
      loyalty({ points: 0, expiration_rules: { period_type: 'MONTH' } }),
      400,
      'invalid_campaign_params',
      /expiration_rules.period_value' is required when 'period_type' is MONTH/,
    );
    await expectRefused(
      loyalty({ points: 0, expiration_rules: { period_type: 'FIXED_DAY_OF_YEAR', fixed_month: 12 } }),
      400,
      'invalid_campaign_params',
      /fixed_day' is required/,
    );
    await expectRefused(
      loyalty({ points: 0, expiration_rules: { period_type: 'MONTH', period_value: 3, rounding_type: 'PARTICULAR_MONTH' } }),
      400,
      'invalid_campaign_params',
      /rounding_value' is required/,
    );
    const ok = await loyalty({ points: 0, expiration_rules: { period_type: 'MONTH', period_value: 3, rounding_type: 'END_OF_YEAR' } })();
    expect(ok.status).toBe(200);
    expect(body(ok)).toMatchObject({ join_once: true, voucher: { type: 'LOYALTY_CARD', loyalty_card: { points: 0 } } });
  });

  it('a protected campaign cannot be deleted (resource_protected, assumed for DELETE)', async () => {
    await expectRefused(() => vf('DELETE', `/v1/campaigns/${STAFF}`, { query: { force: true } }), 400, 'resource_protected');
  });

  it('DELETE `force` must be a boolean', async () => {
    await expectRefused(() => vf('DELETE', `/v1/campaigns/${WINTER}`, { query: { force: 'yes' } }), 400, 'invalid_query_params');
  });

  it('list parameters out of range answer 400 invalid_query_params', async () => {
    const cases: Record<string, string | number>[] = [
      { limit: 101 },
      { limit: 0 },
      { limit: 'ten' },
      { page: 0 },
      { page: 101 },
      { order: 'name' },
      { expand: 'vouchers' },
      { campaign_type: 'COUPONS' },
    ];
    for (const query of cases) {
      const res = await vf('GET', '/v1/campaigns', { query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(body(res)).toMatchObject({ code: 400, key: 'invalid_query_params' });
    }
    expect((await vf('GET', '/v1/campaigns', { query: { limit: 100, page: 100 } })).status).toBe(200);
  });

  it('wrong method on a known path → 405 in the error guide’s own shape; unknown paths and trailing slashes → 404', async () => {
    const res = await vf('PATCH', `/v1/campaigns/${WINTER}`, { body: { description: 'x' } });
    expect(res.status).toBe(405);
    expect(res.body).toEqual({
      code: 405,
      message: 'HTTP Method Not Allowed',
      details: 'PATCH is not supported by this endpoint. Did you mean GET, PUT or DELETE?',
    });
    expect(res.headers.get('allow')).toBe('GET, PUT, DELETE');
    expect((await vf('GET', `/v1/campaigns/${WINTER}/enable`)).status).toBe(405);
    expect((await vf('DELETE', '/v1/campaigns')).status).toBe(405);
    for (const p of ['/v1/vouchers', '/v2/campaigns', '/v1/campaigns/', `/v1/campaigns/${WINTER}/`, `/v1/campaigns/${WINTER}/publish`]) {
      const r = await vf('GET', p);
      expect(r.status, p).toBe(404);
      expect(body(r)).toMatchObject({ code: 404, key: 'not_found' });
    }
  });
});

describe('voucherify fake: quirks that make naive diffs lie', () => {
  it('fields the PUT does not take are SILENTLY IGNORED (200, nothing changes but updated_at)', async () => {
    const before = structuredClone(live(WINTER));
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, {
      body: {
        name: 'Renamed',
        campaign_type: 'PROMOTION',
        active: false,
        vouchers_count: 99,
        use_voucher_metadata_schema: false,
        code_config: { prefix: 'X-' },
        redemption: { quantity: 5 },
        voucher: { code_config: { prefix: 'X-' } },
        gift: { amount: 1, balance: 1 },
        loyalty_tiers_expiration: 'not even valid',
        promotion: { tiers: [] },
        whatever: true,
      },
    });
    expect(res.status).toBe(200);
    const after = live(WINTER);
    expect(after.updated_at).toBe(NOW_MS);
    expect({ ...after, updated_at: undefined }).toEqual({ ...before, updated_at: undefined });
    expect(after).toMatchObject({ name: 'Winter Sale 2026 - 20% off', active: true, vouchers_count: 1, use_voucher_metadata_schema: true });
  });

  it('per campaign type: PROMOTION ignores type/join_once/auto_join/activity_duration_after_publishing; gift ignores discount', async () => {
    const cafe = structuredClone(live(CAFE));
    const res = await vf('PUT', `/v1/campaigns/${CAFE}`, {
      body: { type: 'AUTO_UPDATE', join_once: true, auto_join: true, activity_duration_after_publishing: 'P1D' },
    });
    expect(res.status).toBe(200);
    expect(live(CAFE)).toMatchObject({ type: cafe.type, join_once: false, auto_join: false });
    expect(live(CAFE)).not.toHaveProperty('activity_duration_after_publishing');
    const gift = await vf('PUT', `/v1/campaigns/${GIFT}`, { body: { discount: { type: 'PERCENT', percent_off: 5 } } });
    expect(gift.status).toBe(200);
    expect((live(GIFT).voucher as Obj).discount).toBeUndefined();
  });

  it('`active` changes only through enable/disable', async () => {
    expect((await vf('PUT', `/v1/campaigns/${REFER}`, { body: { active: true } })).status).toBe(200);
    expect(live(REFER).active).toBe(false);
    expect((await vf('POST', `/v1/campaigns/${REFER}/enable`)).status).toBe(200);
    expect(live(REFER).active).toBe(true);
  });

  it('metadata MERGES; keys go only through unset_metadata_fields', async () => {
    const res = await vf('PUT', `/v1/campaigns/${CAFE}`, { body: { metadata: { channel: 'cafe', menu: 'winter' } } });
    expect(body(res).metadata).toEqual({ channel: 'cafe', pilot_store: 'ars_0ec347e2016bed85f4', menu: 'winter' });
    await vf('PUT', `/v1/campaigns/${CAFE}`, { body: { metadata: {} } });
    expect(live(CAFE).metadata).toEqual({ channel: 'cafe', pilot_store: 'ars_0ec347e2016bed85f4', menu: 'winter' });
    await vf('PUT', `/v1/campaigns/${CAFE}`, { body: { unset_metadata_fields: ['pilot_store', 'not_there'] } });
    expect(live(CAFE).metadata).toEqual({ channel: 'cafe', menu: 'winter' });
    expect(live(CAFE)).not.toHaveProperty('unset_metadata_fields');
  });

  it('dates are returned in UTC with milliseconds, mirrored into `voucher`', async () => {
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, {
      body: { start_date: '2026-12-20T00:00:00+01:00', expiration_date: '2027-01-31T23:59:59+01:00' },
    });
    expect(body(res)).toMatchObject({ start_date: '2026-12-19T23:00:00.000Z', expiration_date: '2027-01-31T22:59:59.000Z' });
    expect(live(WINTER).voucher).toMatchObject({ start_date: '2026-12-19T23:00:00.000Z', expiration_date: '2027-01-31T22:59:59.000Z' });
    const read = body(await vf('GET', `/v1/campaigns/${CYBER}`));
    expect(read.start_date).toBe('2026-11-27T15:00:00.000Z'); // the YAML says 2026-11-27T16:00:00+01:00
    expect(read.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('updated_at is set on every accepted write, created_at kept', async () => {
    const created = live(GIFT).created_at;
    expect(live(GIFT)).not.toHaveProperty('updated_at');
    await vf('PUT', `/v1/campaigns/${GIFT}`, { body: {} });
    expect(live(GIFT)).toMatchObject({ created_at: created, updated_at: NOW_MS });
  });

  it('the PUT answer reads MODIFYING; the next GET reads DONE (PROMOTION: DONE at once)', async () => {
    const put = await vf('PUT', `/v1/campaigns/${CLUB}`, { body: { description: 'Points on every purchase.' } });
    expect(body(put)).toMatchObject({ creation_status: 'MODIFYING', vouchers_generation_status: 'MODIFYING' });
    const get = await vf('GET', `/v1/campaigns/${CLUB}`);
    expect(body(get)).toMatchObject({
      creation_status: 'DONE',
      vouchers_generation_status: 'DONE',
      description: 'Points on every purchase.',
    });
    const promo = await vf('PUT', `/v1/campaigns/${CAFE}`, { body: { description: 'x' } });
    expect(body(promo).creation_status).toBe('DONE');
  });

  it('`discount` and `gift` are written at the top level but read under `voucher`, replaced whole', async () => {
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, {
      body: { discount: { type: 'AMOUNT', amount_off: 1500, effect: 'APPLY_TO_ORDER' } },
    });
    expect(res.status).toBe(200);
    expect(body(res)).not.toHaveProperty('discount');
    expect((live(WINTER).voucher as Obj).discount).toEqual({ type: 'AMOUNT', amount_off: 1500, effect: 'APPLY_TO_ORDER' });
    await vf('PUT', `/v1/campaigns/${GIFT}`, { body: { gift: { amount: 10000, balance: 10000 } } });
    expect((live(GIFT).voucher as Obj).gift).toEqual({ amount: 10000, balance: 10000 });
  });

  it('category by name or id sets category, category_id and categories', async () => {
    await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category_id: 'cat_0c9da30e7116ba6bb8' } });
    expect(live(WINTER)).toMatchObject({
      category: 'Referral',
      category_id: 'cat_0c9da30e7116ba6bb8',
      categories: [{ id: 'cat_0c9da30e7116ba6bb8', name: 'Referral', object: 'category' }],
    });
    await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category: 'In-store' } });
    expect(live(WINTER)).toMatchObject({ category: 'In-store', category_id: 'cat_0c9da30e7116ba6bb4' });
  });

  it('access_settings is write-only; reads show access_settings_assignments', async () => {
    const res = await vf('PUT', `/v1/campaigns/${CAFE}`, {
      body: {
        access_settings: {
          assign: { area_stores_ids: ['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5'] },
          unassign: { areas_ids: ['ar_0ea6cd7b781b8f857f'] },
        },
      },
    });
    expect(res.status).toBe(200);
    const c = live(CAFE);
    expect(c).not.toHaveProperty('access_settings');
    const list = c.access_settings_assignments as { data: Obj[]; total: number };
    expect(list.total).toBe(2);
    expect(list.data.map((a) => a.area_store_id)).toEqual(['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5']);
    expect(list.data[0]).toMatchObject({ area_id: 'ar_0ea6cd7b781b8f857f', object: 'area_store_campaign_assignment', created_at: NOW_MS });
  });

  it('list items are the read objects in the CampaignBase shape: `categories` [] unless expand=category', async () => {
    const res = await vf('GET', '/v1/campaigns', { query: { limit: 100 } });
    const items = body(res).campaigns as Obj[];
    const cafe = items.find((c) => c.id === CAFE)!;
    expect(cafe.categories).toEqual([]);
    expect(cafe).not.toHaveProperty('promotion');
    expect(cafe).not.toHaveProperty('validation_rules_assignments');
    expect(cafe).not.toHaveProperty('access_settings_assignments');
    const { promotion, validation_rules_assignments, access_settings_assignments, categories, ...rest } = live(CAFE);
    void promotion;
    void validation_rules_assignments;
    void access_settings_assignments;
    void categories;
    expect(cafe).toEqual({ ...rest, categories: [] });
    const expanded = body(await vf('GET', '/v1/campaigns', { query: { limit: 100, expand: 'category,access_settings_assignments' } }));
    const cafe2 = (expanded.campaigns as Obj[]).find((c) => c.id === CAFE)!;
    expect(cafe2.categories).toEqual(live(CAFE).categories);
    expect(cafe2.access_settings_assignments).toEqual(live(CAFE).access_settings_assignments);
  });
});

describe('voucherify fake: auth', () => {
  it('missing or empty X-App-Id / X-App-Token → 401 with the Voucherify error body, on every route', async () => {
    const cases: Record<string, string>[] = [
      {},
      { 'x-app-id': 'a' },
      { 'x-app-token': 't' },
      { 'x-app-id': '', 'x-app-token': 't' },
      { 'x-app-id': 'a', 'x-app-token': '  ' },
    ];
    for (const headers of cases) {
      const before = snapshot();
      const res = await call(sb, 'voucherify', 'PUT', `/v1/campaigns/${WINTER}`, { headers, body: { description: 'x' } });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(body(res)).toMatchObject({ code: 401, key: 'unauthorized', message: 'Unauthorized' });
      expect(body(res).details).toMatch(/X-App-/);
      expect(body(res).request_id).toMatch(/^v-[0-9a-f]{18}$/);
      expect(snapshot()).toBe(before);
    }
    expect((await call(sb, 'voucherify', 'GET', '/v1/campaigns')).status).toBe(401);
    expect((await call(sb, 'voucherify', 'GET', '/v1/anything')).status).toBe(401);
  });

  it('any non-empty pair is accepted', async () => {
    const res = await call(sb, 'voucherify', 'GET', `/v1/campaigns/${WINTER}`, { headers: { 'X-App-Id': 'x', 'X-App-Token': 'y' } });
    expect(res.status).toBe(200);
  });
});

describe('voucherify fake: pagination and list parameters', () => {
  it('page/limit walk the whole project: `campaigns` and `total`, no has_more, newest first by default', async () => {
    const first = body(await vf('GET', '/v1/campaigns'));
    expect(first).toMatchObject({ object: 'list', data_ref: 'campaigns', total: 8 });
    expect(first).not.toHaveProperty('has_more');
    expect((first.campaigns as Obj[]).length).toBe(8); // default limit 10
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = body(await vf('GET', '/v1/campaigns', { query: { page, limit: 3 } }));
      expect(res.total).toBe(8);
      seen.push(...(res.campaigns as Obj[]).map((c) => String(c.id)));
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen[0]).toBe(WINTER); // created 2026-11-10, the newest
    const empty = body(await vf('GET', '/v1/campaigns', { query: { page: 4, limit: 3 } }));
    expect(empty).toMatchObject({ campaigns: [], total: 8 });
  });

  it('`order` sorts by created_at or updated_at, ascending or descending', async () => {
    const ids = async (order?: string): Promise<string[]> =>
      (body(await vf('GET', '/v1/campaigns', { query: order ? { order, limit: 100 } : { limit: 100 } })).campaigns as Obj[]).map((c) =>
        String(c.id),
      );
    const newest = await ids();
    expect(newest.slice(0, 3)).toEqual([WINTER, CYBER, CAFE]);
    expect(newest[newest.length - 1]).toBe(STAFF);
    expect(await ids('created_at')).toEqual([...newest].reverse());
    await vf('PUT', `/v1/campaigns/${STAFF}`, { body: { description: 'touched' } });
    expect((await ids('-updated_at'))[0]).toBe(STAFF);
  });

  it('campaign_type, campaign_status, is_referral_code and `filters` narrow the list and its total', async () => {
    const coupons = body(await vf('GET', '/v1/campaigns', { query: { campaign_type: 'DISCOUNT_COUPONS' } }));
    expect(coupons.total).toBe(4);
    const referral = body(await vf('GET', '/v1/campaigns', { query: { is_referral_code: true } }));
    expect((referral.campaigns as Obj[]).map((c) => c.id)).toEqual([REFER]);
    expect(body(await vf('GET', '/v1/campaigns', { query: { campaign_status: 'MODIFYING' } })).total).toBe(0);
    const byId = body(
      await vf('GET', '/v1/campaigns', {
        query: { 'filters[campaigns_id][conditions][$in][0]': WINTER, 'filters[campaigns_id][conditions][$in][1]': CLUB },
      }),
    );
    expect(new Set((byId.campaigns as Obj[]).map((c) => c.id))).toEqual(new Set([WINTER, CLUB]));
    const either = body(
      await vf('GET', '/v1/campaigns', {
        query: {
          'filters[campaigns][conditions][$is]': 'Nordhaus Club',
          'filters[active][conditions][$is]': 'false',
          'filters[junction]': 'or',
        },
      }),
    );
    expect(new Set((either.campaigns as Obj[]).map((c) => c.id))).toEqual(new Set([CLUB, REFER, CAFE]));
    const bad = await vf('GET', '/v1/campaigns', { query: { 'filters[campaigns][conditions][$regex]': 'x' } });
    expect(bad.status).toBe(400);
    expect(body(bad).key).toBe('invalid_query_params');
  });
});

describe('voucherify fake: rate limit, faults, request log, state file', () => {
  it('rate limit: X-Rate-Limit-* on every answer, then 429 with Retry-After and the vendor body', async () => {
    await sb.stop();
    sb = await startTestSandbox({ rateLimit: 2 });
    const [a, b, c] = [
      await vf('GET', `/v1/campaigns/${WINTER}`),
      await vf('GET', `/v1/campaigns/${WINTER}`),
      await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'limited' } }),
    ];
    expect(a.status).toBe(200);
    expect(a.headers.get('x-rate-limit-limit')).toBe('2');
    expect(a.headers.get('x-rate-limit-remaining')).toBe('1');
    expect(b.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(Number(a.headers.get('x-rate-limit-retry'))).toBeGreaterThan(Date.now() / 1000 - 1);
    expect(c.status).toBe(429);
    expect(c.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(c.headers.get('x-rate-limit-limit')).toBe('2');
    expect(c.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(c.headers.get('x-rate-limit-retry')).toMatch(/^\d{10}$/);
    expect(c.headers.get('x-rate-limit-type')).toBe('api_calls');
    expect(body(c)).toMatchObject({ code: 429, key: 'too_many_requests' });
    expect(live(WINTER).description).not.toBe('limited');
  });

  it('no rate-limit headers when no limit applies', async () => {
    const res = await vf('GET', `/v1/campaigns/${WINTER}`);
    expect(res.headers.get('x-rate-limit-limit')).toBeNull();
  });

  it('server fault: a 5xx in the vendor shape, state untouched', async () => {
    await sb.stop();
    sb = await startTestSandbox({ failRate: 1 });
    const before = snapshot();
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'lost' } });
    expect([500, 502, 503]).toContain(res.status);
    expect(body(res)).toMatchObject({ code: res.status });
    expect(typeof body(res).key).toBe('string');
    expect(typeof body(res).message).toBe('string');
    expect(body(res).request_id).toMatch(/^v-/);
    expect(snapshot()).toBe(before);
  });

  it('/_sandbox/requests counts every call with its status', async () => {
    await fetch(`${sb.url}/_sandbox/requests`, { method: 'DELETE' });
    await vf('GET', '/v1/campaigns');
    await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { type: 'STANDALONE' } });
    await call(sb, 'voucherify', 'GET', `/v1/campaigns/${WINTER}`);
    await vf('GET', '/v1/campaigns/nope');
    await vf('POST', `/v1/campaigns/${REFER}/enable`);
    const log = (await (await fetch(`${sb.url}/_sandbox/requests`)).json()) as {
      vendor: string;
      method: string;
      path: string;
      status: number;
    }[];
    expect(log.filter((r) => r.vendor === 'voucherify').map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/v1/campaigns', 200],
      ['PUT', `/v1/campaigns/${WINTER}`, 400],
      ['GET', `/v1/campaigns/${WINTER}`, 401],
      ['GET', '/v1/campaigns/nope', 404],
      ['POST', `/v1/campaigns/${REFER}/enable`, 200],
    ]);
  });

  it('accepted writes reach the state file; refused ones do not', async () => {
    await sb.stop();
    const dir = mkdtempSync(path.join(tmpdir(), 'vf-state-'));
    try {
      const file = path.join(dir, 'sandbox.json');
      sb = await startTestSandbox({ stateFile: file });
      const read = () =>
        (JSON.parse(readFileSync(file, 'utf8')) as { voucherify: { campaigns: Obj[] } }).voucherify.campaigns.find((c) => c.id === WINTER)!;
      await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'persisted' } });
      await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { description: 'refused', type: 'STANDALONE' } });
      await sb.stop();
      expect(read().description).toBe('persisted');
      sb = await startTestSandbox({ stateFile: file });
      expect(body(await vf('GET', `/v1/campaigns/${WINTER}`)).description).toBe('persisted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works isolated (`fakes: [fake]`) and from a bare `{campaigns}` initial state (default categories)', async () => {
    await sb.stop();
    const seeded = fake.seed(SANDBOX_NOW);
    sb = await startTestSandbox({ fakes: [fake], initialState: { voucherify: { campaigns: seeded.campaigns } } });
    const res = await vf('PUT', `/v1/campaigns/${WINTER}`, { body: { category: 'Gift cards' } });
    expect(res.status).toBe(200);
    expect(live(WINTER).category_id).toBe('cat_0c9da30e7116ba6bb6');
  });
});

describe('voucherify fake: the embedded seed', () => {
  const dir = fileURLToPath(new URL('../../campaigns/voucherify/', import.meta.url));
  const examples = existingExampleFiles(dir)
    .map((f) => ({ file: f, doc: parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; spec: Obj } }));

  /** JSON with sorted keys: key order is not a difference. */
  const canon = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x as Obj).sort(([a], [b]) => a.localeCompare(b)))
        : x,
    );

  /** The spec fields whose live value differs, compared the way the vendor stores them. */
  function differences(spec: Obj, c: Obj): string[] {
    const voucher = (c.voucher ?? {}) as Obj;
    const out: string[] = [];
    for (const [key, want] of Object.entries(spec)) {
      if (key === 'unset_metadata_fields' || key === 'access_settings') continue; // write-only instructions
      let got: unknown = c[key];
      if (key === 'discount' || key === 'gift') got = voucher[key];
      if (key === 'start_date' || key === 'expiration_date') {
        if (Date.parse(String(want)) !== Date.parse(String(got))) out.push(key);
        continue;
      }
      if (key === 'metadata') {
        for (const [mk, mv] of Object.entries(want as Obj)) if (canon((got as Obj)[mk]) !== canon(mv)) out.push(`metadata.${mk}`);
        continue;
      }
      if (canon(got) !== canon(want)) out.push(key);
    }
    return out;
  }

  it('has every example campaign (same id), two unmanaged ones, and exactly the deliberate differences', () => {
    const state = fake.seed(SANDBOX_NOW);
    expect(examples).toHaveLength(6);
    const found: Record<string, string[]> = {};
    for (const { doc } of examples) {
      const c = state.campaigns.find((x) => x.id === doc.id);
      expect(c, doc.id).toBeDefined();
      found[doc.id] = differences(doc.spec, c!);
    }
    expect(found).toEqual({
      [WINTER]: [],
      [CYBER]: ['description'],
      [GIFT]: [],
      [CLUB]: ['metadata.terms_version'],
      [REFER]: ['active'],
      [CAFE]: [],
    });
    expect(state.campaigns).toHaveLength(8);
    for (const c of state.campaigns) {
      expect(c.id).toMatch(/^camp_[A-Za-z0-9]{24}$/);
      for (const key of REQUIRED_READ) expect(c, `${String(c.id)} ${key}`).toHaveProperty(key);
      for (const key of ['start_date', 'expiration_date', 'created_at', 'updated_at']) {
        if (c[key] !== undefined) expect(c[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }
    }
  });

  it('the seed is writable: every example spec can be applied through the fake’s own rules', async () => {
    for (const { doc } of examples) {
      const { name, campaign_type, active, ...writable } = doc.spec;
      void name;
      void campaign_type;
      const res = await vf('PUT', `/v1/campaigns/${doc.id}`, { body: writable });
      expect(res.status, `${doc.id}: ${JSON.stringify(res.body)}`).toBe(200);
      if (active !== live(doc.id).active) await vf('POST', `/v1/campaigns/${doc.id}/${active ? 'enable' : 'disable'}`);
    }
    const state = sb.state().voucherify!;
    for (const { doc } of examples)
      expect(
        differences(
          doc.spec,
          state.campaigns.find((c) => c.id === doc.id)!,
        ),
        doc.id,
      ).toEqual([]);
    expect(live(CAFE).metadata).toEqual({ channel: 'store' });
  });
});
