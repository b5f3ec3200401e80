/**
 * Spaaza's lifecycle: creating a campaign with add-campaign, recognising it again by the marker in
 * its notes (which never shows as a difference), and retiring it with `active: false`, as unit
 * tests and over HTTP against the fake. Spaaza documents no delete: there is no remove.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSchemas, SCHEMA_BASE } from '../../src/desired/schema-registry.js';
import type { SpaazaSpec } from '../../src/generated/spaaza.js';
import { createBody } from '../../src/providers/spaaza/create.js';
import { singleActiveDefaultLoyalty } from '../../src/providers/spaaza/default-loyalty.js';
import { importSpec } from '../../src/providers/spaaza/import.js';
import { markerKey } from '../../src/providers/spaaza/marker.js';
import { runtime } from '../../src/providers/spaaza/runtime.js';
import { CreateAnswerLost, type CreateInput, type LiveCampaign } from '../../src/providers/runtime.js';
import type { AccountCampaign } from '../../src/providers/types.js';
import type { VendorFake } from '../../src/sandbox/fake.js';
import { actThenLose, runtimeOnSandbox, untilLogged, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const CHAIN = { chain_id: 1 };
const CTX = { creationKey: 'spaaza/rewards-nl campaigns/spaaza/voorjaar.yaml#0', now: NOW };
const KEY = markerKey(CTX.creationKey);
const MARKER = `[campaignctl:${KEY}]`;
const NEW: SpaazaSpec = {
  type: 'basket',
  title: 'Voorjaarsactie: 15% op sneakers',
  description: 'Als clublid krijg je in maart 15% korting op alle sneakers.',
  active: true,
  active_date_from: '2027-03-01T00:00:00+01:00',
  active_date_until: '2027-03-31T23:59:59+02:00',
  recipient_reward_method: 'voucher',
  recipient_reward_discount_ratio: 0.15,
  assigned_business_ids: [2797, 2822],
  owner_code: 'BSK_VOORJAAR_S27',
};
const create = runtime.create!;
const live = (raw: Record<string, unknown>): LiveCampaign => ({ id: '9', raw: { id: 9, ...raw } });

describe('spaaza create: the marker, the fields and the create body', () => {
  it('derives one marker per document, and finds it in a live campaign\'s notes wherever it stands', () => {
    expect(KEY).toMatch(/^[0-9a-f]{24}$/);
    expect(markerKey(CTX.creationKey)).toBe(KEY);
    expect(markerKey(`${CTX.creationKey}x`)).not.toBe(KEY);
    expect(create.identity(NEW, CTX)).toEqual({ kind: 'marker', label: `marker ${MARKER} in notes`, key: KEY });
    expect(create.identityOf(live({ notes: MARKER }))).toBe(KEY);
    expect(create.identityOf(live({ notes: `Beheerd door marketing\n\n${MARKER}` }))).toBe(KEY);
    expect(create.identityOf(live({ notes: `${MARKER} (ook in de Console bewerkt)` }))).toBe(KEY);
    expect(create.identityOf(live({ notes: 'Beheerd door marketing' }))).toBeUndefined();
    expect(create.identityOf(live({ notes: null }))).toBeUndefined();
  });

  it('shows the marker in notes among the fields, after the notes a document writes', () => {
    expect(create.fields(NEW, CTX)).toEqual({ ...NEW, notes: MARKER });
    expect(create.fields({ ...NEW, notes: 'Beheerd door marketing' }, CTX)).toEqual({ ...NEW, notes: `Beheerd door marketing\n\n${MARKER}` });
    expect(create.fields({ ...NEW, notes: null }, CTX)).toEqual({ ...NEW, notes: MARKER });
  });

  it('sends the chain, the type and every field as alter-campaign takes it', () => {
    expect(createBody(NEW, CTX, 1)).toEqual({
      chain_id: 1,
      type: 'basket',
      title: NEW.title,
      description: NEW.description,
      active: true,
      active_date_from: '2027-02-28 23:00:00',
      active_date_until: '2027-03-31 21:59:59',
      recipient_reward_method: 'voucher',
      recipient_reward_discount_ratio: 0.15,
      assigned_business_ids: [2797, 2822],
      owner_code: 'BSK_VOORJAAR_S27',
      notes: MARKER,
    });
    const { type: _type, ...untyped } = NEW;
    expect(() => createBody(untyped, CTX, 1)).toThrow(/requires `type`/);
    expect(() => createBody({ ...NEW, active_date_from: 'soon' }, CTX, 1)).toThrow(/active_date_from/);
  });

  it('never shows the marker as a difference: notes are read and compared without it', () => {
    expect(runtime.toSpec({ id: 9, notes: MARKER })['notes']).toBeNull();
    expect(runtime.toSpec({ id: 9, notes: `Beheerd door marketing\n\n${MARKER}` })['notes']).toBe('Beheerd door marketing');
    expect(runtime.canonical({ notes: 'Beheerd door marketing' })['notes']).toBe('Beheerd door marketing');
    // Moved by hand inside the text, it is part of the notes: a difference, which the next update repairs.
    expect(runtime.toSpec({ id: 9, notes: `${MARKER} Beheerd door marketing` })['notes']).toBe(`${MARKER} Beheerd door marketing`);
    expect(importSpec(live({ type: 'basket', title: 'T', notes: `Beheerd door marketing\n\n${MARKER}` })).spec['notes']).toBe('Beheerd door marketing');
  });

  it('requires what add-campaign requires, each with its own message ($defs.create)', () => {
    const validate = loadSchemas().ajv.getSchema(`${SCHEMA_BASE}spaaza.schema.json#/$defs/create`)!;
    expect(validate(NEW)).toBe(true);
    expect(validate({ description: 'x' })).toBe(false);
    const missing = (validate.errors ?? []).map((e) => [e.params['missingProperty'], (e.parentSchema as Record<string, unknown>)['x-message']]);
    expect(missing.map(([field]) => field)).toEqual(['type', 'title', 'active']);
    expect(missing[0]![1]).toMatch(/add-campaign requires it/);
  });

  it('counts a new default loyalty programme against the chain\'s one active default, saying which is which', () => {
    const doc = (key: number, id: string): AccountCampaign<SpaazaSpec> => ({
      ref: { key },
      id,
      spec: { type: 'loyalty', title: 'Club', is_default: true, active: true },
    });
    const ctx = { account: 'rewards-nl', options: CHAIN, now: NOW };
    expect(singleActiveDefaultLoyalty([doc(1, '4101'), doc(2, '')], ctx)[0]!.message).toMatch(
      /^This new campaign is a second active default loyalty campaign .*; campaign 4101 is already the default/,
    );
    expect(singleActiveDefaultLoyalty([doc(1, ''), doc(2, '')], ctx)[0]!.message).toMatch(/another new campaign of this account is the default/);
  });
});

describe('spaaza lifecycle over HTTP against the fake', () => {
  let t: RuntimeOnSandbox;
  afterEach(async () => {
    await t.close();
  });

  const input = (desired: SpaazaSpec = NEW): CreateInput<SpaazaSpec> => ({ ...CTX, desired, http: t.http, account: t.account });
  const readOne = async (id: string) => (await runtime.read([id], { http: t.http, account: t.account })).get(id);
  const campaigns = () => t.sb.state()['spaaza']!.campaigns;
  /** The live campaign in the spec's shape, for the fields the document manages. */
  const managed = (raw: Record<string, unknown>, desired: SpaazaSpec) => {
    const read = runtime.toSpec(raw);
    return Object.fromEntries(Object.keys(desired).map((k) => [k, read[k]]));
  };

  it('creates with one add-campaign call carrying the documented body; a read then shows the document, marker aside', async () => {
    t = await runtimeOnSandbox('spaaza', CHAIN);
    const { id } = await create.send(input());
    expect(t.requests().filter((r) => r.method !== 'GET').map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/internal/add-campaign', createBody(NEW, CTX, 1)],
    ]);
    const read = (await readOne(id))!;
    expect(managed(read.raw, NEW)).toEqual(runtime.canonical(NEW));
    expect(read.raw['notes']).toBe(MARKER);
    expect(create.identityOf(read)).toBe(KEY);
  });

  it('keeps the marker when a document that manages notes changes them', async () => {
    t = await runtimeOnSandbox('spaaza', CHAIN);
    const desired = { ...NEW, notes: 'Beheerd door marketing' };
    const { id } = await create.send(input(desired));
    const created = (await readOne(id))!;
    expect(managed(created.raw, desired)).toEqual(runtime.canonical(desired));
    for (const notes of ['Verlengd tot april', null]) {
      const before = (await readOne(id))!;
      await runtime.write({
        id,
        desired: { ...desired, notes },
        changes: [{ path: 'notes', before: runtime.toSpec(before.raw)['notes'], after: notes }],
        live: before,
        http: t.http,
        account: t.account,
      });
      const after = (await readOne(id))!;
      expect(runtime.toSpec(after.raw)['notes']).toBe(notes);
      expect(create.identityOf(after)).toBe(KEY);
    }
    expect(t.requests('PUT').map((r) => (r.body as { notes: unknown }).notes)).toEqual([`Verlengd tot april\n\n${MARKER}`, MARKER]);
  });

  it('reports a refused create in Spaaza\'s words and leaves nothing behind', async () => {
    t = await runtimeOnSandbox('spaaza', CHAIN);
    const before = campaigns().length;
    // Campaign 4101 is the chain's active default loyalty programme.
    const second: SpaazaSpec = { type: 'loyalty', title: 'Club Van Dalen Plus', active: true, is_default: true };
    const err: unknown = await create.send(input(second)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toMatch(/refused to add campaign "Club Van Dalen Plus" \(HTTP 400\): error 419 parameter_invalid: .*4101/);
    expect(campaigns()).toHaveLength(before);
  });

  const losing = (how: Parameters<typeof actThenLose>[2]) => (fake: VendorFake) =>
    actThenLose(fake, (req) => req.method === 'POST' && req.path === '/internal/add-campaign', how);

  it.each([
    ['the connection times out after Spaaza acted', { kind: 'timeout', delayMs: 600 } as const],
    ['Spaaza answers 502 after it acted', { kind: '5xx' } as const],
  ])('reports a lost answer when %s, never sends it again, and the document then finds its campaign', async (_when, how) => {
    t = await runtimeOnSandbox('spaaza', CHAIN, { wrap: losing(how), policy: { timeouts: { requestMs: 200 } } });
    const err: unknown = await create.send(input()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateAnswerLost);
    expect(await untilLogged(t, 'POST', 1)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.requests('POST')).toHaveLength(1);
    const all = await runtime.readAll({ http: t.http, account: t.account });
    expect(all.filter((c) => create.identityOf(c) === create.identity(NEW, CTX)!.key)).toHaveLength(1);
  });

  const retire = async (id: string) => {
    const running = (await readOne(id))!;
    const stopped = runtime.retire!.stopped(running);
    await runtime.write({
      id,
      desired: stopped,
      changes: [{ path: 'active', before: runtime.toSpec(running.raw)['active'], after: false }],
      live: running,
      http: t.http,
      account: t.account,
    });
    return stopped;
  };

  it('retires a running campaign through write with `active: false`, and a read shows it stopped', async () => {
    t = await runtimeOnSandbox('spaaza', CHAIN);
    expect(runtime.toSpec((await readOne('4150'))!.raw)['active']).toBe(true);
    expect(await retire('4150')).toEqual({ active: false });
    expect(t.requests('PUT').map((r) => r.body)).toEqual([{ campaign_id: 4150, active: false }]);
    expect(runtime.toSpec((await readOne('4150'))!.raw)).toMatchObject({ active: false, title: 'Koopavond: 20% op winterlaarzen' });
  });

  it('retires the chain\'s default loyalty programme, which frees the default for a new one', async () => {
    t = await runtimeOnSandbox('spaaza', CHAIN);
    const successor: SpaazaSpec = { type: 'loyalty', title: 'Club Van Dalen 2027', active: true, is_default: true };
    await expect(create.send(input(successor))).rejects.toThrow(/parameter_invalid/);
    await retire('4101');
    const { id } = await create.send(input(successor));
    expect(runtime.toSpec((await readOne(id))!.raw)).toMatchObject({ type: 'loyalty', is_default: true, active: true });
    expect(runtime.toSpec((await readOne('4101'))!.raw)).toMatchObject({ is_default: true, active: false });
  });

  it('has no delete: Spaaza documents none', () => {
    expect(runtime.remove).toBeUndefined();
  });
});
