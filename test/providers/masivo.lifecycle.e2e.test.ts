/**
 * Masivo's lifecycle over real HTTP against the fake: create lands once with the documented call,
 * reads return the new campaign as written, retire stops a running campaign through the
 * full-payload PUT, a refused create leaves nothing behind, and a create whose answer is lost
 * (a dropped connection, a 5xx after the fake acted) is reported as such, never retried, and
 * found again by its marker.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../src/config/load.js';
import type { MasivoSpec } from '../../src/generated/masivo.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import { createBody, createFields } from '../../src/providers/masivo/create.js';
import { MARKER_KEY } from '../../src/providers/masivo/marker.js';
import { runtime } from '../../src/providers/masivo/runtime.js';
import { CreateAnswerLost, type LiveCampaign } from '../../src/providers/runtime.js';
import type { FakeRequest, VendorFake } from '../../src/sandbox/fake.js';
import { harness } from '../../src/sandbox/masivo/harness.js';
import { fake } from '../../src/sandbox/masivo/index.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { SANDBOX_NOW, startTestSandbox } from '../helpers/sandbox.js';

const KEY = 'ck-7d1e4a90b2c3';
const NEW = harness.lifecycle!.newSpec as unknown as MasivoSpec;
const RUNNING = harness.lifecycle!.runningId;
const ENDED = '9f1c2b7e-5d4a-4c1e-9b2f-3a6d8e7c1f20';
const ACCOUNT: AccountConfig = {
  name: 'loyalty-mx',
  provider: 'masivo',
  endpoint: 'sandbox',
  credentials: {},
  ignore: [],
  options: {},
  position: { file: 'campaignctl.yaml', line: 1, col: 1 },
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function sandbox(vendor: VendorFake = fake): Promise<Sandbox> {
  const sb = await startTestSandbox({ fakes: [vendor] });
  closers.push(() => sb.stop());
  return sb;
}

function client(baseUrl: string): HttpClient {
  const http = createHttpClient({ baseUrl, name: ACCOUNT.name, auth: runtime.auth({ account: ACCOUNT, credentials: { api_key: 'k-masivo' } }) });
  closers.push(() => http.close());
  return http;
}

const send = (http: HttpClient, desired: MasivoSpec = NEW) =>
  runtime.create!.send({ desired, http, account: ACCOUNT, creationKey: KEY, now: SANDBOX_NOW });

async function readOne(http: HttpClient, id: string): Promise<LiveCampaign> {
  const found = (await runtime.read([id], { http, account: ACCOUNT })).get(id);
  if (!found) throw new Error(`campaign ${id} not found`);
  return found;
}

const posts = (sb: Sandbox) => sb.requests().filter((r) => r.method === 'POST');
const campaignCount = (sb: Sandbox) => sb.state().masivo!.campaigns.length;

/** A fake that acts on the create and then answers 500, as a gateway failing after the vendor did. */
function failingAfterCreate(): VendorFake {
  return {
    ...fake,
    async handle(req: FakeRequest, ctx) {
      const answer = await fake.handle(req, ctx);
      if (req.method === 'POST' && req.path === '/campaigns') return fake.serverFault(502);
      return answer;
    },
  };
}

/** A proxy in front of the sandbox that passes everything on, but drops the connection of a create after the vendor answered it. */
async function droppingCreates(target: string): Promise<string> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string' && !['host', 'connection', 'content-length'].includes(e[0])));
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void fetch(`${target}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) }).then(async (answer) => {
        const text = await answer.text();
        if (req.method === 'POST' && (req.url ?? '').startsWith('/masivo/campaigns?')) {
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(text);
      }, () => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('create', () => {
  it('lands once: POST /campaigns?type=, the documented body, and reads return it as written', async () => {
    const sb = await sandbox();
    const http = client(sb.endpoint('masivo'));
    const { id } = await send(http);

    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [post, ...more] = posts(sb);
    expect(more).toEqual([]);
    expect(post).toMatchObject({ path: '/campaigns', query: '?type=BEHAVIOR', status: 201 });
    expect(post!.body).toEqual(createBody(createFields(NEW, { creationKey: KEY, now: SANDBOX_NOW })));
    expect(post!.body).not.toHaveProperty('type');

    const created = await readOne(http, id);
    expect(created.raw.status).toBe('SCHEDULED');
    const liveSpec = runtime.toSpec(created.raw);
    const want = runtime.canonical(NEW);
    for (const field of ['type', 'name', 'description', 'brand_id', 'rules', 'attributes', 'status', 'start_date', 'end_date', 'budget', 'metadata']) {
      expect(liveSpec[field], field).toEqual(want[field]);
    }
    // the marker is there at Masivo, and it is how this document finds the campaign again
    expect(JSON.parse(created.raw.metadata as string)).toMatchObject({ [MARKER_KEY]: KEY });
    expect(runtime.create!.identityOf(created)).toBe(runtime.create!.identity(NEW, { creationKey: KEY, now: SANDBOX_NOW })!.key);
  });

  it('a create the fake refuses leaves nothing behind, and says why', async () => {
    const sb = await sandbox();
    const before = campaignCount(sb);
    const pastStart = { ...NEW, start_date: '2026-11-01T06:00:00Z' };
    const err = await send(client(sb.endpoint('masivo')), pastStart).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toMatch(/400.*start_date must be today or later/);
    expect(posts(sb)).toHaveLength(1);
    expect(campaignCount(sb)).toBe(before);
  });

  it('an answer lost to a dropped connection: CreateAnswerLost, one create, and the marker finds the campaign', async () => {
    const sb = await sandbox();
    const before = campaignCount(sb);
    const http = client(`${await droppingCreates(sb.url)}/masivo`);
    await expect(send(http)).rejects.toBeInstanceOf(CreateAnswerLost);

    expect(posts(sb)).toHaveLength(1);
    expect(campaignCount(sb)).toBe(before + 1);
    const key = runtime.create!.identity(NEW, { creationKey: KEY, now: SANDBOX_NOW })!.key;
    const matching = (await runtime.readAll({ http, account: ACCOUNT })).filter((c) => runtime.create!.identityOf(c) === key);
    expect(matching).toHaveLength(1);
  });

  it('a 5xx after the vendor acted: CreateAnswerLost, not retried', async () => {
    const sb = await sandbox(failingAfterCreate());
    const http = client(sb.endpoint('masivo'));
    await expect(send(http)).rejects.toBeInstanceOf(CreateAnswerLost);
    expect(posts(sb).map((r) => r.status)).toEqual([502]);
    const key = runtime.create!.identity(NEW, { creationKey: KEY, now: SANDBOX_NOW })!.key;
    const matching = (await runtime.readAll({ http, account: ACCOUNT })).filter((c) => runtime.create!.identityOf(c) === key);
    expect(matching).toHaveLength(1);
  });
});

describe('retire', () => {
  const stop = async (http: HttpClient, live: LiveCampaign) => {
    const stopped = runtime.retire!.stopped(live);
    await runtime.write({
      id: live.id,
      desired: stopped as unknown as MasivoSpec,
      changes: [{ path: 'status', before: runtime.toSpec(live.raw).status, after: stopped.status }],
      live,
      http,
      account: ACCOUNT,
    });
  };

  it('stops a running campaign with one full-payload PUT, and a read shows it paused', async () => {
    const sb = await sandbox();
    const http = client(sb.endpoint('masivo'));
    const running = await readOne(http, RUNNING);
    expect(running.raw.status).toBe('RUNNING');
    sb.clearRequests();

    await stop(http, running);
    const writes = sb.requests().filter((r) => r.method !== 'GET');
    expect(writes).toMatchObject([{ method: 'PUT', path: `/campaigns/${RUNNING}`, query: '?type=COUPONS', status: 200 }]);
    const body = writes[0]!.body as Record<string, unknown>;
    expect(body.status).toBe('INACTIVE');
    // the locked fields of a started campaign go back as they were
    expect(body).toMatchObject({ start_date: running.raw.start_date, rules: running.raw.rules, attributes: { privacy: 'PUBLIC' }, brand_id: running.raw.brand_id });
    expect((await readOne(http, RUNNING)).raw.status).toBe('PAUSED');
  });

  it('a campaign campaignctl created keeps its marker when retired', async () => {
    const sb = await sandbox();
    const http = client(sb.endpoint('masivo'));
    const { id } = await send(http);
    await stop(http, await readOne(http, id));
    const after = await readOne(http, id);
    expect(after.raw.status).toBe('PAUSED');
    expect(runtime.create!.identityOf(after)).toBe(KEY);
    expect(runtime.toSpec(after.raw).metadata).toEqual(NEW.metadata);
  });

  it('an ended campaign is already stopped: its status matches, so nothing is sent', async () => {
    const sb = await sandbox();
    const ended = await readOne(client(sb.endpoint('masivo')), ENDED);
    expect(ended.raw.status).toBe('FINISHED');
    const stopped = runtime.retire!.stopped(ended);
    expect(runtime.fieldEquals?.('status', stopped.status, runtime.toSpec(ended.raw).status, { now: SANDBOX_NOW, live: ended })).toBe(true);
  });
});
