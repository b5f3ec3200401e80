/**
 * Topsort's create, retire and delete over real HTTP against the sandbox fake, driven through the
 * runtime directly (the engine side comes later): one create call with the documented body, the
 * follow-up PATCH, a campaign that reads back as its document says, a refused create that leaves
 * nothing behind, and a create whose answer is lost (a 5xx after the fake acted, a connection
 * dropped after it acted) reported as such, never retried, and found again by its identity.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AccountConfig } from '../../src/config/load.js';
import { diffSpec } from '../../src/engine/diff.js';
import { fingerprint } from '../../src/engine/canonical-json.js';
import type { TopsortSpec } from '../../src/generated/topsort.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import { CreateAnswerLost, CreateFollowUpFailed, type LiveCampaign } from '../../src/providers/runtime.js';
import { runtime } from '../../src/providers/topsort/runtime.js';
import { creationMarker } from '../../src/providers/topsort/identity.js';
import type { VendorFake, VendorState } from '../../src/sandbox/fake.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { fake } from '../../src/sandbox/topsort/index.js';
import { harness } from '../../src/sandbox/topsort/harness.js';
import { SANDBOX_NOW, startTestSandbox } from '../helpers/sandbox.js';

const BASE = '/public/v1/campaign-service/campaigns';
const NORDIC = 'd9f0a8b7-6c5e-4d3b-a2f1-0e9d8c7b6a54'; // active, started, no end, not in campaigns/
const FAST = { retry: { maxRetries: 2, minDelayMs: 5, maxDelayMs: 20 }, timeouts: { requestMs: 5_000 } } as const;
const CTX = { creationKey: 'marketplace-eu\u0000campaigns/topsort/espresso.yaml\u00000', now: SANDBOX_NOW };
const FIXTURE = new URL('../../campaigns/topsort/espresso-accessories-listings.yaml', import.meta.url);
const create = runtime.create!;

const fixtureSpec = (): TopsortSpec => (parse(readFileSync(FIXTURE, 'utf8')) as { spec: TopsortSpec }).spec;
const newSpec = (): TopsortSpec => structuredClone(harness.lifecycle!.newSpec);

let sb: Sandbox | undefined;
let proxy: Server | undefined;
const clients: HttpClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  if (proxy) await new Promise<void>((resolve) => proxy!.close(() => resolve()));
  proxy = undefined;
  await sb?.stop();
  sb = undefined;
});

function account(endpoint: string): AccountConfig {
  return { name: 'marketplace-eu', provider: 'topsort', endpoint, credentials: {}, ignore: [], options: {}, position: { file: 'campaignctl.yaml', line: 1, col: 1 } };
}

function client(endpoint: string): HttpClient {
  const acct = account(endpoint);
  const c = createHttpClient({ baseUrl: endpoint, name: acct.name, auth: runtime.auth({ account: acct, credentials: { api_key: 'ts_adv_test' } }), policy: FAST });
  clients.push(c);
  return c;
}

/** The sandbox serving the Topsort fake, or a wrapper of it. */
async function start(served: VendorFake = fake): Promise<{ sandbox: Sandbox; http: HttpClient; acct: AccountConfig }> {
  sb = await startTestSandbox({ fakes: [served] });
  const endpoint = sb.endpoint('topsort');
  return { sandbox: sb, http: client(endpoint), acct: account(endpoint) };
}

const topsortState = (s: Sandbox): VendorState => s.state().topsort as VendorState;
const posts = (s: Sandbox) => s.requests().filter((r) => r.method === 'POST' && r.path === BASE);

async function readOne(http: HttpClient, acct: AccountConfig, id: string): Promise<LiveCampaign | undefined> {
  return (await runtime.read([id], { http, account: acct })).get(id);
}

/** What the next plan would show for the document against the campaign as read (the engine's diff, bids recorded as applied). */
function nextPlanChanges(desired: TopsortSpec, live: LiveCampaign) {
  return diffSpec({
    desired,
    canonical: runtime.canonical(desired),
    live: runtime.toSpec(live.raw),
    writeOnly: new Set(['bids', 'productIds', 'bannerAdRejectionReason']),
    lossy: new Set(),
    lastApplied: desired.bids ? { bids: fingerprint(desired.bids) } : {},
    fieldEquals: (field, want, have) => runtime.fieldEquals?.(field, want, have, { now: SANDBOX_NOW, live }),
  });
}

describe('create', () => {
  it('lands exactly once, with vendorId as the query and the documented body, and reads back as the document says', async () => {
    const { sandbox, http, acct } = await start();
    const desired = fixtureSpec();
    const { id } = await create.send({ ...CTX, desired, http, account: acct });

    const [post, ...more] = posts(sandbox);
    expect(more).toEqual([]);
    expect(sandbox.requests()).toHaveLength(1);
    expect(post?.query).toBe('?vendor_id=vnd-brewmaster-home');
    expect(post?.body).toEqual({
      name: 'Espresso Accessories – Always-on Sponsored Listings',
      adFormat: 'listing',
      isActive: true,
      chargeType: 'CPC',
      externalCampaignId: 'MKT-EU-2026-EA-0201',
      budget: { amount: 8000, type: 'daily' },
      exclusionFilters: { isActive: true, exclusionFilters: [{ type: 'user_segment', segmentId: 3107 }] },
      bids: desired.bids,
      startDate: '2026-11-30T23:00:00Z',
    });

    const live = await readOne(http, acct, id);
    expect(live).toBeDefined();
    expect(live!.raw).toMatchObject({ vendorId: 'vnd-brewmaster-home', bidCount: 3, endDate: '9999-12-31T23:59:59.999999Z' });
    expect(nextPlanChanges(desired, live!)).toEqual([]);
    expect(create.identityOf(live!)).toBe(create.identity(desired, CTX)?.key);
  });

  it('writes the marker for a document without externalCampaignId; a past start and the default end are no change afterwards', async () => {
    const { http, acct } = await start();
    const desired: TopsortSpec = { ...newSpec(), startDate: '2026-11-01T00:00:00+01:00' };
    const { id } = await create.send({ ...CTX, desired, http, account: acct });

    const live = (await readOne(http, acct, id))!;
    expect(live.raw).toMatchObject({ externalCampaignId: creationMarker(CTX.creationKey), startDate: '2026-11-23T12:00:00Z' });
    expect(create.fields(desired, CTX).externalCampaignId).toBe(creationMarker(CTX.creationKey));
    expect(nextPlanChanges(desired, live)).toEqual([]);
    expect(create.identityOf(live)).toBe(create.identity(desired, CTX)?.key);
    expect(runtime.importSpec(live, { now: SANDBOX_NOW }).spec).not.toHaveProperty('externalCampaignId');
  });

  it('sends what only the update call takes in one follow-up PATCH, and nothing when the new campaign already has it', async () => {
    const { sandbox, http, acct } = await start();
    const reviewer = '5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91';
    const desired: TopsortSpec = { ...newSpec(), isSmart: true, statusUpdatedBy: reviewer };
    const { id } = await create.send({ ...CTX, desired, http, account: acct });
    expect(sandbox.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${BASE}`, `PATCH ${BASE}/${id}`]);
    expect(sandbox.requests()[1]?.body).toEqual({ isSmart: true, statusUpdatedBy: reviewer });
    expect(nextPlanChanges(desired, (await readOne(http, acct, id))!)).toEqual([]);

    sandbox.clearRequests();
    await create.send({ ...CTX, creationKey: `${CTX.creationKey}-2`, desired: { ...newSpec(), isSmart: false }, http, account: acct });
    expect(sandbox.requests().map((r) => r.method)).toEqual(['POST']);
  });

  it('reports a failed follow-up with the id of the campaign it created', async () => {
    const refusingPatches: VendorFake = { ...fake, handle: (req, ctx) => (req.method === 'PATCH' ? fake.serverFault(503) : fake.handle(req, ctx)) };
    const { sandbox, http, acct } = await start(refusingPatches);
    const failure: unknown = await create.send({ ...CTX, desired: { ...newSpec(), isSmart: true }, http, account: acct }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CreateFollowUpFailed);
    const id = (failure as CreateFollowUpFailed).id;
    expect(topsortState(sandbox).campaigns.map((c) => c.campaignId)).toContain(id);
    expect(posts(sandbox)).toHaveLength(1);
  });

  it('that Topsort refuses leaves nothing behind and says why in Topsort words', async () => {
    const { sandbox, http, acct } = await start();
    const before = structuredClone(topsortState(sandbox));
    // The external id the seeded winter campaign holds for listings.
    const clash = await create.send({ ...CTX, desired: { ...fixtureSpec(), externalCampaignId: 'MKT-EU-2026-WS-0142' }, http, account: acct }).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(Error);
    expect(clash).not.toBeInstanceOf(CreateAnswerLost);
    expect((clash as Error).message).toMatch(/Topsort refused to create the campaign \(400\): externalCampaignId "MKT-EU-2026-WS-0142" is already used/);

    // An empty product list on a banner: validate refuses it too, and so does the fake now.
    const banner: TopsortSpec = {
      ...newSpec(),
      adFormat: 'banner',
      productIds: [] as unknown as [string],
      bids: [
        {
          target: { id: 'SKU-7730011', type: 'product' },
          formatProperties: {
            adFormat: 'banner',
            bannerAssets: [{ url: 'https://cdn.example.com/b.png', contentType: 'image/png', dimensions: { width: 1200, height: 300 }, size: 1024 }],
          },
        },
      ],
    };
    const empty = await create.send({ ...CTX, desired: banner, http, account: acct }).catch((e: unknown) => e);
    expect((empty as Error).message).toMatch(/\(422\): productIds: ensure this value has at least 1 items/);
    expect(topsortState(sandbox)).toEqual(before);
    expect(posts(sandbox)).toHaveLength(2);
  });
});

describe('a create whose answer is lost', () => {
  it('after a 5xx that came after the fake acted: CreateAnswerLost, one create, and the identity finds the campaign', async () => {
    const actsThenFails: VendorFake = {
      ...fake,
      async handle(req, ctx) {
        const answer = await fake.handle(req, ctx);
        return req.method === 'POST' && answer.status === 200 ? fake.serverFault(502) : answer;
      },
    };
    const { sandbox, http, acct } = await start(actsThenFails);
    const desired = newSpec();
    const failure = await create.send({ ...CTX, desired, http, account: acct }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CreateAnswerLost);
    expect(posts(sandbox)).toHaveLength(1);
    const found = (await runtime.readAll({ http, account: acct })).filter((c) => create.identityOf(c) === create.identity(desired, CTX)?.key);
    expect(found).toHaveLength(1);
  });

  it('after the connection dropped once the fake had acted: CreateAnswerLost, one create, and the identity finds the campaign', async () => {
    const { sandbox, acct } = await start();
    // A proxy that passes the request on, waits for the fake's answer, then drops the connection.
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = { 'content-type': String(req.headers['content-type']), authorization: String(req.headers.authorization) };
        void fetch(`${sandbox.url}${req.url ?? ''}`, { method: req.method ?? 'GET', headers, body: Buffer.concat(chunks) })
          .then((r) => r.text())
          .finally(() => res.socket?.destroy());
      });
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const lossy = client(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}/topsort`);

    const desired = fixtureSpec();
    const failure = await create.send({ ...CTX, desired, http: lossy, account: acct }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CreateAnswerLost);
    expect((failure as Error).message).toContain('the campaign may exist at the vendor');
    expect(posts(sandbox)).toHaveLength(1);

    const direct = client(sandbox.endpoint('topsort'));
    const found = (await runtime.readAll({ http: direct, account: acct })).filter((c) => create.identityOf(c) === create.identity(desired, CTX)?.key);
    expect(found.map((c) => c.raw.name)).toEqual([desired.name]);
  });
});

describe('retire and delete', () => {
  it('retire sends isActive false through the update, after which the campaign reads stopped and nothing is left to send', async () => {
    const { sandbox, http, acct } = await start();
    const live = (await readOne(http, acct, NORDIC))!;
    expect(live.raw.isActive).toBe(true);
    const stopped = runtime.retire!.stopped(live) as TopsortSpec;
    expect(stopped).toEqual({ isActive: false });

    sandbox.clearRequests();
    await runtime.write({ id: NORDIC, desired: stopped, changes: [{ path: 'isActive', before: true, after: false }], live, http, account: acct });
    expect(sandbox.requests().map((r) => [r.method, r.path, r.body])).toEqual([['PATCH', `${BASE}/${NORDIC}`, { isActive: false }]]);
    const after = (await readOne(http, acct, NORDIC))!;
    expect(after.raw.isActive).toBe(false);
    expect(nextPlanChanges(stopped, after)).toEqual([]);
  });

  it('delete removes the campaign from reads, and deleting it again counts as done', async () => {
    const { sandbox, http, acct } = await start();
    const live = (await readOne(http, acct, NORDIC))!;
    await runtime.remove!.send({ id: NORDIC, live, http, account: acct });
    expect(await readOne(http, acct, NORDIC)).toBeUndefined();
    await runtime.remove!.send({ id: NORDIC, live, http, account: acct });
    expect(sandbox.requests().filter((r) => r.method === 'DELETE').map((r) => [r.path, r.status])).toEqual([
      [`${BASE}/${NORDIC}`, 200],
      [`${BASE}/${NORDIC}`, 404],
    ]);
  });
});
