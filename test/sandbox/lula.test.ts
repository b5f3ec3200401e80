/**
 * The Lula Commerce fake over real HTTP: the seed page's requests, every documented update rule,
 * the read quirks, auth, pagination, scoping, rate limit and faults.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { fake } from '../../src/sandbox/lula/index.js';
import { call, startTestSandbox, SANDBOX_NOW, type CallOptions, type CallResult } from '../helpers/sandbox.js';

const AUTH = { authorization: 'Bearer sandbox-token' };
const BASE = '/stores/company/1042/campaigns';
const OTHER = '/stores/company/2077/campaigns';
const SEED_PAGE_UPDATE = {
  name: 'Bi-Yearly Specials',
  description: 'Bi-yearly promotions and special offers for customers',
  campaign_identifier: 'BI_YEARLY_SPECIALS',
  starts_at: '2024-01-01T00:00:00.000Z',
  ends_at: '2999-12-31T23:59:59.000Z',
  status: 'active',
};

let sb: Sandbox;
const extra: Sandbox[] = [];

async function start(opts: SandboxOptions = {}): Promise<Sandbox> {
  const s = await startTestSandbox(opts);
  extra.push(s);
  return s;
}

beforeEach(async () => {
  sb = await startTestSandbox();
});
afterEach(async () => {
  await sb.stop();
  while (extra.length > 0) await extra.pop()!.stop();
});

function lula(method: string, path: string, opts: CallOptions = {}, on: Sandbox = sb): Promise<CallResult> {
  return call(on, 'lula', method, path, { ...opts, headers: { ...AUTH, ...opts.headers } });
}
const put = (id: string, body: unknown, on: Sandbox = sb) => lula('PUT', `${BASE}/${id}/stores`, { body }, on);
const get = async (id: string, on: Sandbox = sb) => (await lula('GET', `${BASE}/${id}`, {}, on)).body as VendorObject;
const lulaState = (on: Sandbox = sb): VendorState => structuredClone(on.state()['lula']!);

/** Sends a request that must be refused; checks the status, the body and that state did not move. */
async function expectRefused(send: () => Promise<CallResult>, status: number, body: unknown): Promise<void> {
  const before = lulaState();
  const res = await send();
  expect(res.status).toBe(status);
  expect(res.body).toEqual(body);
  expect(lulaState()).toEqual(before);
}

const validation = (...errors: { field: string; error: string }[]) => ({
  success: false,
  message: 'Field validation failed',
  error_code: 'VALIDATION_ERROR',
  validation_errors: errors,
});
const DATE_RANGE = { success: false, message: 'End date must be after start date', error_code: 'INVALID_DATE_RANGE' };
const NOT_MODIFIABLE = {
  success: false,
  message: 'Campaign cannot be modified in current status',
  error_code: 'CAMPAIGN_NOT_MODIFIABLE',
  current_status: 'expired',
};

describe('lula: the seed page (update campaign)', () => {
  it('accepts the documented request example and answers the documented response', async () => {
    const res = await put('1000246', SEED_PAGE_UPDATE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      message: 'Campaign successfully updated',
      campaign_id: '1000246',
      updated_fields: ['name', 'description', 'campaign_identifier', 'starts_at', 'ends_at', 'status'],
      effective_immediately: true,
      timestamp: '2026-11-23T12:00:00Z',
    });
    const read = await get('1000246');
    expect(read).toMatchObject({
      id: '1000246',
      company_id: '1042',
      name: 'Bi-Yearly Specials',
      description: 'Bi-yearly promotions and special offers for customers',
      start_date: '2024-01-01',
      end_date: '2999-12-31',
      status: 'active',
      updated_at: '2026-11-23T12:00:00.000Z',
      deletedAt: null,
    });
  });

  it('Campaign Not Found: 404 with the documented body', async () => {
    await expectRefused(() => put('invalid-id', { name: 'x' }), 404, {
      success: false,
      message: 'Campaign not found',
      error_code: 'CAMPAIGN_NOT_FOUND',
      campaign_id: 'invalid-id',
    });
  });

  it('Invalid Date Range: ends_at not after starts_at', async () => {
    await expectRefused(
      () => put('1000214', { starts_at: '2026-12-10T00:00:00Z', ends_at: '2026-12-09T23:59:59Z' }),
      400,
      DATE_RANGE,
    );
    await expectRefused(() => put('1000214', { starts_at: '2026-12-10T00:00:00Z', ends_at: '2026-12-10T00:00:00Z' }), 400, DATE_RANGE);
  });

  it('Campaign Not Modifiable: an expired campaign refuses any update, with current_status', async () => {
    await expectRefused(() => put('1000187', { name: 'Halloween Candy Bowl 2026' }), 400, NOT_MODIFIABLE);
    await expectRefused(() => put('1000187', { ends_at: '2027-01-01T00:00:00Z' }), 400, NOT_MODIFIABLE);
  });

  it('Validation Error: name not unique within the company', async () => {
    await expectRefused(
      () => put('1000214', { name: 'Hot Coffee Mornings' }),
      400,
      validation({ field: 'name', error: 'Campaign name must be unique within company' }),
    );
  });
});

describe('lula: update field rules', () => {
  it('name cannot be empty (blank counts as empty)', async () => {
    const err = validation({ field: 'name', error: 'Campaign name cannot be empty' });
    await expectRefused(() => put('1000214', { name: '' }), 400, err);
    await expectRefused(() => put('1000214', { name: '   ' }), 400, err);
  });

  it('name is at most 200 characters', async () => {
    await expectRefused(
      () => put('1000214', { name: 'n'.repeat(201) }),
      400,
      validation({ field: 'name', error: 'Campaign name must not exceed 200 characters' }),
    );
    expect((await put('1000214', { name: 'é'.repeat(200) })).status).toBe(200);
    expect((await get('1000214'))['name']).toBe('é'.repeat(200));
  });

  it('name uniqueness ignores case and surrounding spaces, is per company, and excludes the campaign itself', async () => {
    await expectRefused(
      () => put('1000214', { name: '  hot coffee MORNINGS ' }),
      400,
      validation({ field: 'name', error: 'Campaign name must be unique within company' }),
    );
    expect((await put('1000214', { name: 'Winter Warm-Up Cocoa' })).status).toBe(200); // used in company 2077 only
    expect((await put('1000246', { name: 'Hot Coffee Mornings' })).status).toBe(200); // its own name
  });

  it('description is at most 1000 characters', async () => {
    await expectRefused(
      () => put('1000214', { description: 'd'.repeat(1001) }),
      400,
      validation({ field: 'description', error: 'Campaign description must not exceed 1000 characters' }),
    );
    expect((await put('1000214', { description: 'd'.repeat(1000) })).status).toBe(200);
  });

  it('campaign_identifier: letters, digits and underscores only', async () => {
    const err = validation({
      field: 'campaign_identifier',
      error: 'Campaign identifier may only contain letters, numbers and underscores',
    });
    await expectRefused(() => put('1000214', { campaign_identifier: 'HOLIDAY-2026' }), 400, err);
    await expectRefused(() => put('1000214', { campaign_identifier: '' }), 400, err);
    await expectRefused(() => put('1000214', { campaign_identifier: 'HOLIDAY 2026' }), 400, err);
    expect((await put('1000214', { campaign_identifier: 'Holiday_2026_v2' })).status).toBe(200);
  });

  it('campaign_identifier is unique across all campaigns, of every company, ignoring case', async () => {
    const err = validation({ field: 'campaign_identifier', error: 'Campaign identifier must be unique across all campaigns' });
    await expectRefused(() => put('1000214', { campaign_identifier: 'COFFEE_AM_EVERGREEN' }), 400, err);
    await expectRefused(() => put('1000214', { campaign_identifier: 'winter_cocoa_2026' }), 400, err); // company 2077's
    expect((await put('1000214', { campaign_identifier: 'HOLIDAY_SNACKS_2026' })).status).toBe(200); // its own
  });

  it('status must be a documented value', async () => {
    await expectRefused(
      () => put('1000214', { status: 'paused' }),
      400,
      validation({ field: 'status', error: 'Status must be one of: active, inactive, scheduled, expired' }),
    );
    await expectRefused(
      () => put('1000214', { status: 'ACTIVE' }),
      400,
      validation({ field: 'status', error: 'Status must be one of: active, inactive, scheduled, expired' }),
    );
  });

  it('starts_at / ends_at must be ISO 8601 timestamps with a zone', async () => {
    for (const bad of ['2026-12-01', '2026-12-01T06:00:00', '2026-12-01 06:00:00Z', 'tomorrow', '2026-02-30T00:00:00Z', '2026-12-01T24:00:00Z']) {
      await expectRefused(
        () => put('1000214', { starts_at: bad }),
        400,
        validation({ field: 'starts_at', error: 'starts_at must be a valid ISO 8601 timestamp' }),
      );
    }
    await expectRefused(
      () => put('1000214', { ends_at: '31/12/2026' }),
      400,
      validation({ field: 'ends_at', error: 'ends_at must be a valid ISO 8601 timestamp' }),
    );
    for (const good of ['2026-12-02T06:00Z', '2026-12-02T06:00:00.123456+0100', '2026-12-02T06:00:00-05:00']) {
      expect((await put('1000214', { starts_at: good })).status, good).toBe(200);
    }
  });

  it('reports every failing field at once, and types and unknown fields too', async () => {
    await expectRefused(
      () => put('1000214', { name: '', description: 'd'.repeat(1001), status: 'on' }),
      400,
      validation(
        { field: 'name', error: 'Campaign name cannot be empty' },
        { field: 'description', error: 'Campaign description must not exceed 1000 characters' },
        { field: 'status', error: 'Status must be one of: active, inactive, scheduled, expired' },
      ),
    );
    await expectRefused(
      () => put('1000214', { name: 42, start_date: '2026-12-01' }),
      400,
      validation({ field: 'start_date', error: 'property start_date should not exist' }, { field: 'name', error: 'name must be a string' }),
    );
  });

  it('a malformed body is a VALIDATION_ERROR on `body`', async () => {
    const before = lulaState();
    const res = await lula('PUT', `${BASE}/1000214/stores`, { body: '{"name": ' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR', validation_errors: [{ field: 'body' }] });
    expect(lulaState()).toEqual(before);
    await expectRefused(() => put('1000214', ['name']), 400, validation({ field: 'body', error: 'Request body must be a JSON object' }));
  });

  it('INVALID_DATE_RANGE with one bound sent compares against the stored instant', async () => {
    // 1000231 was last written with starts_at 2027-02-05T00:00:00-05:00 (= 05:00Z).
    await expectRefused(() => put('1000231', { ends_at: '2027-02-05T04:59:59Z' }), 400, DATE_RANGE);
    await expectRefused(() => put('1000231', { ends_at: '2027-02-05T00:00:00-05:00' }), 400, DATE_RANGE);
    expect((await put('1000231', { ends_at: '2027-02-05T05:00:01Z' })).status).toBe(200);
    // 1000214's ends_at is 2026-12-31T23:59:59-05:00 (= 2027-01-01T04:59:59Z): a start after it is refused.
    await expectRefused(() => put('1000214', { starts_at: '2027-01-01T05:00:00Z' }), 400, DATE_RANGE);
  });

  it('a bound known only as a day spans the whole UTC day', async () => {
    // 1000198 has no written instants: start 2026-06-05 = 00:00Z, end 2026-12-31 = 23:59:59.999Z.
    expect((await put('1000198', { starts_at: '2026-12-31T23:59:59Z' })).status).toBe(200);
    await expectRefused(() => put('1000198', { starts_at: '2027-01-01T00:00:00Z' }), 400, DATE_RANGE);
  });

  it('past dates are allowed (historical campaigns)', async () => {
    expect((await put('1000198', { starts_at: '2020-01-01T00:00:00Z', ends_at: '2030-01-01T00:00:00Z' })).status).toBe(200);
    expect(await get('1000198')).toMatchObject({ start_date: '2020-01-01', end_date: '2030-01-01', status: 'active' });
  });

  it('a campaign that expired by the clock is not modifiable', async () => {
    const later = await start({ now: () => new Date('2027-01-02T00:00:00Z') });
    const before = lulaState(later);
    const res = await put('1000198', { ends_at: '2027-06-30T00:00:00Z' }, later);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(NOT_MODIFIABLE);
    expect(lulaState(later)).toEqual(before);
  });

  it('status `scheduled` needs a future start and `expired` a past end', async () => {
    await expectRefused(
      () => put('1000246', { status: 'scheduled' }),
      400,
      validation({ field: 'status', error: 'Status "scheduled" requires a start time in the future' }),
    );
    await expectRefused(
      () => put('1000214', { status: 'expired' }),
      400,
      validation({ field: 'status', error: 'Status "expired" requires an end time in the past' }),
    );
    expect((await put('1000231', { status: 'scheduled' })).status).toBe(200);
    expect((await get('1000231'))['status']).toBe('scheduled');
  });

  it('an empty update changes nothing and lists no fields', async () => {
    const before = lulaState();
    const res = await put('1000214', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, updated_fields: [] });
    expect(lulaState()).toEqual(before);
  });
});

describe('lula: read quirks', () => {
  it('starts_at/ends_at are written as date-times and read back as the UTC day in start_date/end_date', async () => {
    expect((await put('1000198', { starts_at: '2026-06-04T21:00:00-05:00', ends_at: '2027-03-31T22:00:00-05:00' })).status).toBe(200);
    const read = await get('1000198');
    expect(read).toMatchObject({ start_date: '2026-06-05', end_date: '2027-04-01' });
    expect(read).not.toHaveProperty('starts_at');
    expect(read).not.toHaveProperty('ends_at');
    // The seeded Holiday campaign: ends_at 2026-12-31T23:59:59-05:00 reads as 2027-01-01.
    expect(await get('1000214')).toMatchObject({ start_date: '2026-12-01', end_date: '2027-01-01' });
  });

  it('campaign_identifier is never returned, neither by read nor list nor in the stored object', async () => {
    expect((await put('1000214', { campaign_identifier: 'HOLIDAY_SNACKS_V2' })).status).toBe(200);
    expect(await get('1000214')).not.toHaveProperty('campaign_identifier');
    const list = (await lula('GET', BASE)).body as { campaigns: VendorObject[] };
    for (const c of list.campaigns) expect(c).not.toHaveProperty('campaign_identifier');
    const state = lulaState();
    expect(state.campaigns.find((c) => c['id'] === '1000214')).not.toHaveProperty('campaign_identifier');
    expect((state['writeOnly'] as Record<string, { campaign_identifier?: string }>)['1000214']?.campaign_identifier).toBe('HOLIDAY_SNACKS_V2');
    // …and still counts for uniqueness.
    expect((await put('1000246', { campaign_identifier: 'holiday_snacks_v2' })).status).toBe(400);
  });

  it('writing `active` for a campaign that starts in the future reads back `scheduled`', async () => {
    expect((await put('1000231', { status: 'active' })).status).toBe(200);
    expect((await get('1000231'))['status']).toBe('scheduled');
    const list = (await lula('GET', BASE, { query: { status: 'scheduled' } })).body as { campaigns: VendorObject[] };
    expect(list.campaigns.map((c) => c['id']).sort()).toEqual(['1000214', '1000231']);
  });

  it('a scheduled campaign reads `active` once started and `expired` once ended, by the clock', async () => {
    expect((await get('1000214'))['status']).toBe('scheduled');
    const started = await start({ now: () => new Date('2026-12-02T00:00:00Z') });
    expect((await get('1000214', started))['status']).toBe('active');
    const ended = await start({ now: () => new Date('2027-01-01T05:00:00Z') });
    expect((await get('1000214', ended))['status']).toBe('expired');
  });

  it('an end moved into the past reads `expired`, which is then terminal', async () => {
    expect((await put('1000198', { ends_at: '2026-11-20T00:00:00Z' })).status).toBe(200);
    expect((await get('1000198'))['status']).toBe('expired');
    await expectRefused(() => put('1000198', { ends_at: '2027-11-20T00:00:00Z' }), 400, NOT_MODIFIABLE);
  });

  it('`inactive` stays inactive whatever the start', async () => {
    expect((await put('1000214', { status: 'inactive' })).status).toBe(200);
    expect((await get('1000214'))['status']).toBe('inactive');
  });

  it('updated_at (with millis) and updated_by change on write; created_at does not', async () => {
    const before = await get('1000214');
    expect(before['updated_at']).toBe('2026-11-18T10:03:37.665Z');
    expect((await put('1000214', { description: 'New copy' })).status).toBe(200);
    const after = await get('1000214');
    expect(after['updated_at']).toBe('2026-11-23T12:00:00.000Z');
    expect(after['updated_by']).not.toBe(before['updated_by']);
    expect(after['created_at']).toBe(before['created_at']);
  });

  it('the detail read carries stores, promotions and metrics; the list only summaries', async () => {
    const read = await get('1000214');
    expect(Object.keys(read)).toEqual([
      'id', 'company_id', 'name', 'description', 'start_date', 'end_date', 'status', 'image', 'created_by', 'updated_by',
      'created_at', 'updated_at', 'deletedAt', 'associated_stores', 'promotions', 'performance_metrics',
    ]);
    expect((read['associated_stores'] as unknown[]).length).toBe(3);
    expect(read['image']).toMatch(/^https:\/\/lula-stores-service-staging\.s3\.amazonaws\.com\/company\/1042\/campaigns\/1000214\/\d+\.webp$/);
    const list = (await lula('GET', BASE)).body as { campaigns: VendorObject[] };
    for (const c of list.campaigns) expect(Object.keys(c)).toEqual(['id', 'image', 'name', 'start_date', 'end_date', 'status']);
    expect(list.campaigns.find((c) => c['id'] === '1000214')).toEqual({
      id: '1000214',
      image: read['image'],
      name: read['name'],
      start_date: '2026-12-01',
      end_date: '2027-01-01',
      status: 'scheduled',
    });
  });
});

describe('lula: company scoping', () => {
  it('campaigns of another company are invisible to list, read, store links and update', async () => {
    const list = (await lula('GET', BASE)).body as { campaigns: VendorObject[] };
    expect(list.campaigns.map((c) => c['id']).sort()).toEqual(['1000187', '1000198', '1000214', '1000231', '1000246']);
    const notFound = { success: false, message: 'Campaign not found', error_code: 'CAMPAIGN_NOT_FOUND', campaign_id: '1000252' };
    expect(await lula('GET', `${BASE}/1000252`)).toMatchObject({ status: 404, body: notFound });
    expect(await lula('GET', `${BASE}/1000252/stores`)).toMatchObject({ status: 404, body: notFound });
    await expectRefused(() => put('1000252', { name: 'Mine now' }), 404, notFound);
    expect((await lula('GET', `${OTHER}/1000252`)).status).toBe(200);
    const other = (await lula('GET', OTHER)).body as { campaigns: VendorObject[] };
    expect(other.campaigns.map((c) => c['id'])).toEqual(['1000252']);
  });
});

describe('lula: create', () => {
  const NEW = { name: 'Spring Fresh Campaign', description: 'Fresh products and outdoor essentials', start_date: '2027-03-01', end_date: '2027-05-31', status: 'active' };

  it('creates with the documented response; image base64 in, URL out; reads then compute status', async () => {
    const res = await lula('POST', BASE, { body: { ...NEW, image: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==' } });
    expect(res.status).toBe(201);
    const body = res.body as VendorObject;
    expect(Object.keys(body)).toEqual([
      'id', 'company_id', 'name', 'description', 'start_date', 'end_date', 'status', 'image', 'created_by', 'updated_by',
      'created_at', 'updated_at', 'deletedAt',
    ]);
    expect(body).toMatchObject({ ...NEW, id: '1000253', company_id: '1042', created_at: '2026-11-23T12:00:00.000Z', deletedAt: null });
    expect(body['image']).toBe(`https://lula-stores-service-staging.s3.amazonaws.com/company/1042/campaigns/1000253/${SANDBOX_NOW.getTime()}.webp`);
    const read = await get('1000253');
    expect(read).toMatchObject({ name: NEW.name, status: 'scheduled', associated_stores: [], promotions: [] });
    expect((await lula('GET', BASE, { query: { limit: 100 } })).body).toMatchObject({ pagination: { total_campaigns: 6 } });
  });

  it('accepts the create page example as documented (end before start) and echoes the written status', async () => {
    const example = {
      description: 'Spring seasonal promotion featuring fresh products and outdoor essentials',
      end_date: '2025-03-25',
      start_date: '2025-12-31',
      name: 'Spring Fresh Campaign',
      status: 'active',
    };
    const res = await lula('POST', BASE, { body: example });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...example, image: null });
    expect((await get((res.body as VendorObject)['id'] as string))['status']).toBe('expired');
  });

  it('requires name, description, start_date, end_date and status; refuses campaign_identifier', async () => {
    await expectRefused(
      () => lula('POST', BASE, { body: { name: 'Only a name', campaign_identifier: 'X' } }),
      400,
      validation(
        { field: 'campaign_identifier', error: 'property campaign_identifier should not exist' },
        { field: 'description', error: 'description is required' },
        { field: 'start_date', error: 'start_date is required' },
        { field: 'end_date', error: 'end_date is required' },
        { field: 'status', error: 'status is required' },
      ),
    );
  });

  it('applies the name, date-format, status and image rules', async () => {
    await expectRefused(
      () => lula('POST', BASE, { body: { ...NEW, name: 'hot coffee mornings' } }),
      400,
      validation({ field: 'name', error: 'Campaign name must be unique within company' }),
    );
    await expectRefused(
      () => lula('POST', BASE, { body: { ...NEW, start_date: '2027-03-01T00:00:00Z', end_date: '2027-02-30', status: 'live' } }),
      400,
      validation(
        { field: 'start_date', error: 'start_date must be a valid date (YYYY-MM-DD)' },
        { field: 'end_date', error: 'end_date must be a valid date (YYYY-MM-DD)' },
        { field: 'status', error: 'Status must be one of: active, inactive, scheduled, expired' },
      ),
    );
    await expectRefused(
      () => lula('POST', BASE, { body: { ...NEW, image: 'not base64!' } }),
      400,
      validation({ field: 'image', error: 'image must be base64-encoded image data' }),
    );
    const sameNameOtherCompany = await lula('POST', OTHER, { body: { ...NEW, name: 'Hot Coffee Mornings' } });
    expect(sameNameOtherCompany.status).toBe(201);
  });
});

describe('lula: delete (the assumed path)', () => {
  it('deletes softly: the campaign keeps its place with deletedAt, and list, read and update no longer see it', async () => {
    const res = await lula('DELETE', `${BASE}/1000198`);
    expect(res).toMatchObject({
      status: 200,
      body: { success: true, message: 'Campaign successfully deleted', campaign_id: '1000198', timestamp: '2026-11-23T12:00:00Z' },
    });
    expect(lulaState().campaigns.find((c) => c['id'] === '1000198')).toMatchObject({ deletedAt: '2026-11-23T12:00:00.000Z' });
    expect((await lula('GET', `${BASE}/1000198`)).status).toBe(404);
    expect((await put('1000198', { description: 'x' })).status).toBe(404);
    const listed = (await lula('GET', BASE, { query: { limit: 100 } })).body as { campaigns: VendorObject[] };
    expect(listed.campaigns.map((c) => c['id'])).not.toContain('1000198');
  });

  it('answers a campaign already deleted, unknown or of another company with 404 CAMPAIGN_NOT_FOUND, changing nothing', async () => {
    await lula('DELETE', `${BASE}/1000198`);
    for (const path of [`${BASE}/1000198`, `${BASE}/9999999`, `${BASE}/1000252`, `${OTHER}/1000214`]) {
      const id = path.split('/').pop()!;
      await expectRefused(() => lula('DELETE', path), 404, { success: false, message: 'Campaign not found', error_code: 'CAMPAIGN_NOT_FOUND', campaign_id: id });
    }
  });
});

describe('lula: store links', () => {
  it('lists the associated stores with a summary, and filters them', async () => {
    const res = await lula('GET', `${BASE}/1000214/stores`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      campaign_id: '1000214',
      campaign_name: 'Holiday Snack & Beverage Deals',
      total_associated_stores: 3,
      association_summary: { by_status: { active: 3 }, by_store_type: { retail: 2, franchise: 1 } },
    });
    const franchise = await lula('GET', `${BASE}/1000214/stores`, { query: { store_type: 'franchise', include_config: true } });
    const associations = (franchise.body as { store_associations: VendorObject[] }).store_associations;
    expect(associations).toHaveLength(1);
    expect(associations[0]).toMatchObject({ store_id: '1000305', store_type: 'franchise', association_status: 'active' });
    expect(associations[0]).toHaveProperty('store_specific_config');
    expect((await lula('GET', `${BASE}/1000214/stores`, { query: { store_type: 'kiosk' } })).status).toBe(400);
  });

  it('answers the documented "no store associations" body', async () => {
    expect((await lula('GET', `${BASE}/1000231/stores`)).body).toEqual({
      campaign_id: '1000231',
      campaign_name: 'Big Game Weekend Deals',
      total_associated_stores: 0,
      store_associations: [],
      message: 'No stores are currently associated with this campaign',
    });
  });
});

describe('lula: list pagination and filters', () => {
  function manyCampaigns(n: number): VendorState {
    const campaigns = Array.from({ length: n }, (_, i) => ({
      id: String(2000000 + i),
      company_id: '1042',
      name: `Campaign ${i}`,
      description: i % 2 === 0 ? 'even' : 'odd',
      start_date: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
      end_date: '2027-12-31',
      status: 'inactive',
      image: null,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      updated_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      deletedAt: null,
    }));
    return { campaigns };
  }

  it('defaults to 20 per page, newest first, with the documented pagination block', async () => {
    const s = await start({ initialState: { lula: manyCampaigns(45) } });
    const first = await lula('GET', BASE, {}, s);
    const body = first.body as { campaigns: VendorObject[]; pagination: Record<string, unknown> };
    expect(body.campaigns).toHaveLength(20);
    expect(body.campaigns[0]!['id']).toBe('2000044');
    expect(body.pagination).toEqual({ total_campaigns: 45, current_page: 1, total_pages: 3, has_next_page: true, has_previous_page: false });
    const last = (await lula('GET', BASE, { query: { offset: 40, order: 'ASC' } }, s)).body as typeof body;
    expect(last.campaigns.map((c) => c['id'])).toEqual(['2000040', '2000041', '2000042', '2000043', '2000044']);
    expect(last.pagination).toEqual({ total_campaigns: 45, current_page: 3, total_pages: 3, has_next_page: false, has_previous_page: true });
    const all = (await lula('GET', BASE, { query: { limit: 100 } }, s)).body as typeof body;
    expect(all.campaigns).toHaveLength(45);
  });

  it('walks the seeded company page by page with offset/limit', async () => {
    const ids: unknown[] = [];
    for (let offset = 0; ; offset += 2) {
      const page = (await lula('GET', BASE, { query: { offset, limit: 2 } })).body as {
        campaigns: VendorObject[];
        pagination: { has_next_page: boolean };
      };
      ids.push(...page.campaigns.map((c) => c['id']));
      if (!page.pagination.has_next_page) break;
    }
    expect(ids).toEqual(['1000231', '1000214', '1000187', '1000198', '1000246']);
  });

  it('refuses a limit above 100, below 1, or not a number, and a bad order, status or date', async () => {
    const bad: [Record<string, string | number>, string][] = [
      [{ limit: 101 }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ order: 'desc' }, 'order'],
      [{ status: 'paused' }, 'status'],
      [{ start_date_from: '2026-13-01' }, 'start_date_from'],
    ];
    for (const [query, field] of bad) {
      const res = await lula('GET', BASE, { query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body).toMatchObject({ success: false, error_code: 'VALIDATION_ERROR', validation_errors: [{ field }] });
    }
  });

  it('filters by status, start date range and search', async () => {
    const ids = async (query: Record<string, string>) =>
      ((await lula('GET', BASE, { query })).body as { campaigns: VendorObject[] }).campaigns.map((c) => c['id']).sort();
    expect(await ids({ status: 'expired' })).toEqual(['1000187']);
    expect(await ids({ status: 'inactive' })).toEqual(['1000231', '1000246']);
    expect(await ids({ start_date_from: '2026-10-15', start_date_to: '2026-12-01' })).toEqual(['1000187', '1000214']);
    expect(await ids({ search: 'COFFEE' })).toEqual(['1000246']);
  });
});

describe('lula: auth', () => {
  const unauthorized = { success: false, message: 'Unauthorized: a bearer token is required', error_code: 'UNAUTHORIZED' };

  it('answers missing, empty or non-bearer credentials with 401 in Lula\'s shape, for reads and writes', async () => {
    const variants: Record<string, string>[] = [{}, { authorization: '' }, { authorization: 'Bearer ' }, { authorization: 'Basic dXNlcjpwYXNz' }];
    for (const headers of variants) {
      const res = await call(sb, 'lula', 'GET', BASE, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body).toEqual(unauthorized);
      const read = await call(sb, 'lula', 'GET', `${BASE}/1000214`, { headers });
      expect(read.status).toBe(401);
      await expectRefused(() => call(sb, 'lula', 'PUT', `${BASE}/1000214/stores`, { headers, body: { name: 'x' } }), 401, unauthorized);
    }
  });

  it('accepts any non-empty bearer token', async () => {
    expect((await call(sb, 'lula', 'GET', BASE, { headers: { authorization: 'bearer anything' } })).status).toBe(200);
  });
});

describe('lula: routes', () => {
  it('answers unknown routes and unserved methods with 404 in Lula\'s shape', async () => {
    const cases: [string, string][] = [
      ['GET', '/campaigns'],
      ['PUT', `${BASE}/1000214`],
      ['PATCH', `${BASE}/1000214/stores`],
      // The delete page's documented path names no campaign; only the assumed one is served.
      ['DELETE', '/stores/1000301/status'],
      ['DELETE', `${BASE}/1000214/stores`],
      ['GET', `${BASE}/1000214/stores/extra`],
    ];
    for (const [method, path] of cases) {
      const before = lulaState();
      const res = await lula(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: { name: 'x' } });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ success: false, message: `Cannot ${method} ${path}`, error_code: 'NOT_FOUND' });
      expect(lulaState()).toEqual(before);
    }
  });

  it('answers a path whose percent-encoding is broken as an unknown route', async () => {
    const res = await lula('GET', `${BASE}/%E0%A4%A/stores`);
    expect(res).toMatchObject({ status: 404, body: { success: false, message: `Cannot GET ${BASE}/%E0%A4%A/stores`, error_code: 'NOT_FOUND' } });
  });

  it('ignores one trailing slash (Express-style routing)', async () => {
    expect((await lula('GET', `${BASE}/`)).status).toBe(200);
    expect((await lula('GET', `${BASE}/1000214/`)).status).toBe(200);
  });
});

describe('lula: rate limit, faults and the request log', () => {
  it('answers beyond the rate limit with a plain 429, Retry-After and Lula\'s error body', async () => {
    const limited = await start({ rateLimit: 2 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await lula('GET', BASE, {}, limited));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBeNull();
    expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(answers[2]!.body).toEqual({ success: false, message: 'Too many requests, please try again later', error_code: 'RATE_LIMIT_EXCEEDED' });
  });

  it('answers an injected server fault in Lula\'s shape without touching state', async () => {
    const failing = await start({ failRate: 1 });
    const before = lulaState(failing);
    const res = await put('1000214', { name: 'Never written' }, failing);
    expect([500, 502, 503]).toContain(res.status);
    expect(res.body).toMatchObject({ success: false, error_code: expect.stringMatching(/^(INTERNAL_SERVER_ERROR|BAD_GATEWAY|SERVICE_UNAVAILABLE)$/) });
    expect(lulaState(failing)).toEqual(before);
  });

  it('every call shows up in /_sandbox/requests with its status', async () => {
    await lula('GET', BASE);
    await put('1000214', { name: 'Holiday Snacks' });
    await put('1000187', { name: 'x' });
    await call(sb, 'lula', 'GET', `${BASE}/1000214`);
    await lula('GET', `${BASE}/nope`);
    const log = (await (await fetch(`${sb.url}/_sandbox/requests`)).json()) as { vendor: string; method: string; path: string; status: number }[];
    expect(log.filter((r) => r.vendor === 'lula').map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', BASE, 200],
      ['PUT', `${BASE}/1000214/stores`, 200],
      ['PUT', `${BASE}/1000187/stores`, 400],
      ['GET', `${BASE}/1000214`, 401],
      ['GET', `${BASE}/nope`, 404],
    ]);
  });
});

describe('lula: seed', () => {
  it('holds the four examples in company 1042 plus unmanaged ones, valid per the fake', () => {
    const state = fake.seed(SANDBOX_NOW);
    const ids = state.campaigns.map((c) => `${String(c['company_id'])}/${String(c['id'])}`).sort();
    expect(ids).toEqual(['1042/1000187', '1042/1000198', '1042/1000214', '1042/1000231', '1042/1000246', '2077/1000252']);
    for (const c of state.campaigns) {
      expect(c).not.toHaveProperty('campaign_identifier');
      expect(String(c['end_date']) > String(c['start_date'])).toBe(true);
    }
  });

  it('lets an apply write every example\'s managed values (the deliberate drift is correctable)', async () => {
    const examples: Record<string, Record<string, string>> = {
      '1000214': {
        name: 'Holiday Snack & Beverage Deals',
        description:
          'Mix-and-match savings on party snacks, sodas and energy drinks at every participating store\n' +
          "through New Year's Eve. 2 for $5 on 20 oz sodas, $1 off family-size chips.",
        campaign_identifier: 'HOLIDAY_SNACKS_2026',
        starts_at: '2026-12-01T06:00:00-05:00',
        ends_at: '2026-12-31T23:59:59-05:00',
        status: 'active',
      },
      '1000231': {
        name: 'Big Game Weekend Bundles',
        description: 'Wings, dips and a 12-pack for the big game. Staged now, switched on by the category manager the week before kickoff.',
        campaign_identifier: 'BIG_GAME_2027',
        starts_at: '2027-02-05T00:00:00-05:00',
        ends_at: '2027-02-08T03:00:00-05:00',
        status: 'inactive',
      },
      '1000246': {
        name: 'Hot Coffee Mornings',
        description: 'Any size hot coffee for $1 before 10 am with the store app. Free refills on the way back from the pumps.',
        campaign_identifier: 'COFFEE_AM_EVERGREEN',
        status: 'active',
      },
    };
    // The three deliberate differences, before the apply.
    expect((await get('1000214'))['description']).not.toBe(examples['1000214']!['description']);
    expect((await get('1000231'))['name']).toBe('Big Game Weekend Deals');
    expect((await get('1000246'))['status']).toBe('inactive');
    for (const [id, body] of Object.entries(examples)) expect((await put(id, body)).status, id).toBe(200);
    expect((await get('1000214'))['description']).toBe(examples['1000214']!['description']);
    expect((await get('1000231'))['name']).toBe('Big Game Weekend Bundles');
    expect(await get('1000246')).toMatchObject({ status: 'active', start_date: '2025-03-01', end_date: '2999-12-31' });
    expect(await get('1000187')).toMatchObject({ name: 'Halloween Candy Bowl 2026', start_date: '2026-10-15', end_date: '2026-11-01', status: 'expired' });
  });
});
