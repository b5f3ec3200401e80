/**
 * Lula's lifecycle: creating a campaign (create call, then the update for what create does not
 * take), recognising it again (its name), retiring it (`status: inactive`) and deleting it (on the
 * assumed path, checked by a read), as unit tests and over HTTP against the fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSchemas, SCHEMA_BASE } from '../../src/desired/schema-registry.js';
import type { LulaSpec } from '../../src/generated/lula.js';
import { createNotEnded } from '../../src/providers/lula/create-rules.js';
import { createBody, followUpBody } from '../../src/providers/lula/create.js';
import { runtime } from '../../src/providers/lula/runtime.js';
import { uniqueName } from '../../src/providers/lula/uniqueness.js';
import { CreateAnswerLost, CreateFollowUpFailed, type CreateInput, type LiveCampaign } from '../../src/providers/runtime.js';
import type { AccountCampaign } from '../../src/providers/types.js';
import type { VendorFake } from '../../src/sandbox/fake.js';
import { actThenLose, runtimeOnSandbox, untilLogged, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const COMPANY = { company_id: '1042' };
const BASE = '/stores/company/1042/campaigns';
const CTX = { creationKey: 'k-lula-spring', now: NOW };
const NEW: LulaSpec = {
  name: 'Spring Break Road Trip Snacks 2027',
  description: 'Road-trip bundles for spring break.',
  campaign_identifier: 'SPRING_ROAD_TRIP_2027',
  starts_at: '2027-03-05T06:00:00-05:00',
  ends_at: '2027-04-11T23:59:59-04:00',
  status: 'active',
};
const create = runtime.create!;
const live = (raw: Record<string, unknown>): LiveCampaign => ({ id: typeof raw['id'] === 'string' ? raw['id'] : '1', raw });

describe('lula create: identity, fields and rules', () => {
  it('knows a new campaign by its name, compared as the uniqueness rule compares it', () => {
    const identity = create.identity({ ...NEW, name: '  Spring Break Road Trip Snacks 2027 ' }, CTX);
    expect(identity).toEqual({ kind: 'unique', label: 'name "  Spring Break Road Trip Snacks 2027 "', key: 'spring break road trip snacks 2027' });
    // A detail read and a list summary both carry the name.
    expect(create.identityOf(live({ id: '7', name: 'SPRING BREAK ROAD TRIP SNACKS 2027', description: 'x' }))).toBe(identity!.key);
    expect(create.identityOf(live({ id: '7', name: 'Spring Break', start_date: '2027-03-05' }))).not.toBe(identity!.key);
    expect(create.identityOf(live({ id: '7', description: 'no name' }))).toBeUndefined();
    expect(create.identity({ ...NEW, name: '  ' }, CTX)).toBeUndefined();
  });

  it('shows every field create and its follow-up send: the whole spec as written', () => {
    expect(create.fields(NEW, CTX)).toEqual(NEW);
    const { campaign_identifier: _none, ...plain } = NEW;
    expect(create.fields(plain, CTX)).toEqual(plain);
  });

  it('sends create its own names and days (the UTC day reads return), the rest in the follow-up', () => {
    expect(createBody(NEW)).toEqual({
      name: NEW.name,
      description: NEW.description,
      // 23:59:59-04:00 is the next UTC day, the day Lula reads back.
      start_date: '2027-03-05',
      end_date: '2027-04-12',
      status: 'active',
    });
    expect(followUpBody(NEW)).toEqual({ starts_at: NEW.starts_at, ends_at: NEW.ends_at, campaign_identifier: 'SPRING_ROAD_TRIP_2027' });
    expect(() => createBody({ ...NEW, description: undefined })).toThrow(/requires `description`/);
    expect(() => createBody({ ...NEW, status: 'paused' } as unknown as LulaSpec)).toThrow(/`status` must be one of/);
  });

  it('requires what the create call requires, each with its own message ($defs.create)', () => {
    const validate = loadSchemas().ajv.getSchema(`${SCHEMA_BASE}lula.schema.json#/$defs/create`)!;
    expect(validate(NEW)).toBe(true);
    expect(validate({ name: 'Only a name' })).toBe(false);
    const missing = (validate.errors ?? []).map((e) => [e.params['missingProperty'], (e.parentSchema as Record<string, unknown>)['x-message']]);
    expect(missing.map(([field]) => field)).toEqual(['description', 'starts_at', 'ends_at', 'status']);
    expect(missing[0]![1]).toMatch(/Lula's create call requires it/);
    expect(validate({ ...NEW, description: '' })).toBe(false);
  });

  it('refuses to create a campaign that has already ended (Lula would refuse its follow-up)', () => {
    const ctx = { now: NOW, id: '' };
    expect(createNotEnded(NEW, ctx)).toEqual([]);
    expect(createNotEnded({ ...NEW, ends_at: '2026-11-23T11:59:59Z' }, ctx)).toEqual([
      expect.objectContaining({ rule: 'lula.create-ended', path: ['ends_at'], message: expect.stringContaining('CAMPAIGN_NOT_MODIFIABLE') }),
    ]);
    // Still running until later today: not ended.
    expect(createNotEnded({ ...NEW, ends_at: '2026-11-23T12:00:01Z' }, ctx)).toEqual([]);
  });

  it('sees two new documents with one name as the same campaign', () => {
    const doc = (key: number, name: string, id = ''): AccountCampaign<LulaSpec> => ({ ref: { key }, id, spec: { ...NEW, name } });
    const found = uniqueName([doc(1, 'Spring Sale'), doc(2, ' spring sale'), doc(3, 'Other'), doc(4, 'Other', '1000246')], {
      account: 'stores',
      options: COMPANY,
      now: NOW,
    });
    expect(found.map((v) => v.campaign.key)).toEqual([2, 4]);
    expect(found[0]!.message).toContain('already used by a new campaign of this account');
  });
});

describe('lula lifecycle over HTTP against the fake', () => {
  let t: RuntimeOnSandbox;
  afterEach(async () => {
    await t.close();
  });

  const input = (desired: LulaSpec = NEW): CreateInput<LulaSpec> => ({ ...CTX, desired, http: t.http, account: t.account });
  const campaigns = () => t.sb.state()['lula']!.campaigns;
  const readOne = async (id: string) => (await runtime.read([id], { http: t.http, account: t.account })).get(id);

  it('creates with one create call carrying the documented body, then one update with the rest', async () => {
    t = await runtimeOnSandbox('lula', COMPANY);
    const { id } = await create.send(input());
    expect(t.requests().map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', BASE, createBody(NEW)],
      ['PUT', `${BASE}/${id}/stores`, { starts_at: NEW.starts_at, ends_at: NEW.ends_at, campaign_identifier: 'SPRING_ROAD_TRIP_2027' }],
    ]);
    const read = await readOne(id);
    expect(runtime.toSpec(read!.raw)).toEqual({ ...runtime.canonical(NEW), campaign_identifier: undefined, status: 'scheduled' });
    expect(create.identityOf(read!)).toBe(create.identity(NEW, CTX)!.key);
    // The time of day reached Lula through the update: the fake keeps the instant written.
    expect((t.sb.state()['lula']!['writeOnly'] as Record<string, unknown>)[id]).toEqual({
      campaign_identifier: 'SPRING_ROAD_TRIP_2027',
      starts_at: NEW.starts_at,
      ends_at: NEW.ends_at,
    });
  });

  it('reports a refused create in Lula\'s words, leaving nothing behind and sending no follow-up', async () => {
    t = await runtimeOnSandbox('lula', COMPANY);
    const before = campaigns().length;
    const err: unknown = await create.send(input({ ...NEW, name: 'hot coffee mornings' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toMatch(/refused to create campaign "hot coffee mornings": VALIDATION_ERROR.*name: Campaign name must be unique within company/);
    expect(campaigns()).toHaveLength(before);
    expect(t.requests('PUT')).toEqual([]);
  });

  it('reports a failed follow-up with the id of the campaign it created', async () => {
    t = await runtimeOnSandbox('lula', COMPANY);
    // Company 2077's identifier: uniqueness across all companies cannot be seen offline.
    const err: unknown = await create.send(input({ ...NEW, campaign_identifier: 'WINTER_COCOA_2026' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateFollowUpFailed);
    const { id } = err as CreateFollowUpFailed;
    expect((err as Error).message).toMatch(/Campaign identifier must be unique across all campaigns/);
    expect(await readOne(id)).toBeDefined();
    expect(t.requests('POST')).toHaveLength(1);
  });

  const losing = (how: Parameters<typeof actThenLose>[2]) => (fake: VendorFake) =>
    actThenLose(fake, (req) => req.method === 'POST' && req.path === BASE, how);

  it.each([
    ['the connection times out after Lula acted', { kind: 'timeout', delayMs: 600 } as const],
    ['Lula answers 502 after it acted', { kind: '5xx' } as const],
  ])('reports a lost answer when %s, never sends it again, and the document then finds its campaign', async (_when, how) => {
    t = await runtimeOnSandbox('lula', COMPANY, { wrap: losing(how), policy: { timeouts: { requestMs: 200 } } });
    const err: unknown = await create.send(input()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateAnswerLost);
    expect(await untilLogged(t, 'POST', 1)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.requests('POST')).toHaveLength(1);
    expect(t.requests('PUT')).toEqual([]);
    const all = await runtime.readAll({ http: t.http, account: t.account });
    const mine = all.filter((c) => create.identityOf(c) === create.identity(NEW, CTX)!.key);
    expect(mine).toHaveLength(1);
  });

  it('retires a running campaign through write with `status: inactive`, and a read shows it stopped', async () => {
    t = await runtimeOnSandbox('lula', COMPANY);
    const running = (await readOne('1000198'))!;
    const stopped = runtime.retire!.stopped(running);
    expect(stopped).toEqual({ status: 'inactive' });
    expect(runtime.toSpec(running.raw)['status']).toBe('active');
    await runtime.write({
      id: '1000198',
      desired: stopped,
      changes: [{ path: 'status', before: 'active', after: 'inactive' }],
      live: running,
      http: t.http,
      account: t.account,
    });
    expect(t.requests('PUT').map((r) => r.body)).toEqual([{ status: 'inactive' }]);
    expect(runtime.toSpec((await readOne('1000198'))!.raw)['status']).toBe('inactive');
  });

  it('deletes on the assumed path, checks with a read, and counts a campaign already gone as deleted', async () => {
    t = await runtimeOnSandbox('lula', COMPANY);
    const running = (await readOne('1000198'))!;
    const remove = { id: '1000198', live: running, http: t.http, account: t.account };
    t.sb.clearRequests();
    await runtime.remove!.send(remove);
    expect(t.requests().map((r) => [r.method, r.path, r.status])).toEqual([
      ['DELETE', `${BASE}/1000198`, 200],
      ['GET', `${BASE}/1000198`, 404],
    ]);
    expect(await readOne('1000198')).toBeUndefined();
    await expect(runtime.remove!.send(remove)).resolves.toBeUndefined();
  });

  it('fails loudly when the assumed delete path is wrong, or the campaign survives the delete', async () => {
    const noRoute = (fake: VendorFake): VendorFake => ({
      ...fake,
      handle: (req, ctx) =>
        req.method === 'DELETE'
          ? { status: 404, body: { success: false, message: `Cannot DELETE ${req.path}`, error_code: 'NOT_FOUND' } }
          : fake.handle(req, ctx),
    });
    t = await runtimeOnSandbox('lula', COMPANY, { wrap: noRoute });
    const running = (await readOne('1000198'))!;
    await expect(runtime.remove!.send({ id: '1000198', live: running, http: t.http, account: t.account })).rejects.toThrow(
      /no delete at the path campaignctl assumes.*prune: deactivate/,
    );
    await t.close();

    const ignores = (fake: VendorFake): VendorFake => ({
      ...fake,
      handle: (req, ctx) => (req.method === 'DELETE' ? { status: 200, body: { success: true, message: 'ok' } } : fake.handle(req, ctx)),
    });
    t = await runtimeOnSandbox('lula', COMPANY, { wrap: ignores });
    await expect(runtime.remove!.send({ id: '1000198', live: running, http: t.http, account: t.account })).rejects.toThrow(
      /still reads as live/,
    );
    expect(await readOne('1000198')).toBeDefined();
  });
});
