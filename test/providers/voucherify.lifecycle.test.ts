/**
 * Voucherify's create, retire and delete over real HTTP against the sandbox fake, through the
 * provider's runtime and the project's HTTP client: what lands at the vendor (the request log, with
 * bodies), what a read shows afterwards, and what happens when the vendor refuses a create or acts
 * and then loses its answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../src/config/load.js';
import { diffSpec } from '../../src/engine/diff.js';
import { fieldKinds } from '../../src/engine/field-kinds.js';
import { fingerprint } from '../../src/engine/canonical-json.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpClient } from '../../src/http/types.js';
import type { VoucherifySpec } from '../../src/generated/voucherify.js';
import { CreateAnswerLost, CreateFollowUpFailed, type CreateContext, type LiveCampaign } from '../../src/providers/runtime.js';
import { keyPairAuth } from '../../src/providers/voucherify/auth.js';
import { createBody } from '../../src/providers/voucherify/create.js';
import { provider } from '../../src/providers/voucherify/index.js';
import { readAllCampaigns, readCampaigns } from '../../src/providers/voucherify/read.js';
import { runtime } from '../../src/providers/voucherify/runtime.js';
import type { FakeContext, FakeRequest, FakeResponse, VendorFake } from '../../src/sandbox/fake.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { harness } from '../../src/sandbox/voucherify/harness.js';
import { fake } from '../../src/sandbox/voucherify/index.js';
import { SANDBOX_NOW, startTestSandbox } from '../helpers/sandbox.js';

type Obj = Record<string, unknown>;

const ACCOUNT = { name: 'shop-eu', provider: 'voucherify', endpoint: 'sandbox', credentials: {}, ignore: [], options: {} } as unknown as AccountConfig;
const CTX: CreateContext = { creationKey: 'k-voucherify-new', now: SANDBOX_NOW };
const NEW = harness.lifecycle!.newSpec as VoucherifySpec;
const RUNNING = harness.lifecycle!.runningId;
const create = runtime.create!;

let sb: Sandbox | undefined;
let http: HttpClient | undefined;

afterEach(async () => {
  await http?.close();
  await sb?.stop();
  sb = undefined;
  http = undefined;
});

/** The fake alone on a sandbox (optionally wrapped, optionally on a moving clock), and a client for it. */
async function start(opts: { fake?: VendorFake; now?: () => Date; timeoutMs?: number } = {}): Promise<{ sb: Sandbox; http: HttpClient }> {
  sb = await startTestSandbox({ fakes: [opts.fake ?? fake], ...(opts.now ? { now: opts.now } : {}) });
  const t = opts.timeoutMs ?? 10_000;
  http = createHttpClient({
    baseUrl: sb.endpoint('voucherify'),
    name: ACCOUNT.name,
    auth: keyPairAuth({ account: ACCOUNT, credentials: { app_id: 'app-1', app_token: 'secret-1' } }),
    policy: { timeouts: { connectMs: t, headersMs: t, bodyMs: t, requestMs: t }, retry: { minDelayMs: 1, maxDelayMs: 5 } },
  });
  return { sb, http };
}

/** A fake whose create (POST /v1/campaigns) answer is replaced after the real fake acted on it. */
function afterCreate(then: (answer: FakeResponse, req: FakeRequest, ctx: FakeContext) => FakeResponse | Promise<FakeResponse>): VendorFake & { creates: number } {
  const wrapped = {
    ...fake,
    creates: 0,
    async handle(req: FakeRequest, ctx: FakeContext): Promise<FakeResponse> {
      const answer = await fake.handle(req, ctx);
      if (req.method !== 'POST' || req.path !== '/v1/campaigns') return answer;
      wrapped.creates += 1;
      return then(answer, req, ctx);
    },
  };
  return wrapped;
}

const creates = (s: Sandbox) => s.requests().filter((r) => r.method === 'POST' && r.path === '/v1/campaigns');
const campaigns = (s: Sandbox): Obj[] => s.state().voucherify!.campaigns;
const named = (s: Sandbox, name: string): Obj[] => campaigns(s).filter((c) => c.name === name);

async function readOne(client: HttpClient, id: string): Promise<LiveCampaign | undefined> {
  return (await readCampaigns([id], { http: client, account: ACCOUNT })).get(id);
}

/** What the next plan would find different between a document and the campaign (none: an empty plan). */
function changes(desired: VoucherifySpec, live: LiveCampaign, lastApplied: Record<string, string> = {}) {
  return diffSpec({
    desired,
    canonical: runtime.canonical(desired),
    live: runtime.toSpec(live.raw),
    writeOnly: fieldKinds(provider).writeOnly,
    lossy: new Set(),
    lastApplied,
    fieldEquals: (f, want, have) => runtime.fieldEquals?.(f, want, have, { now: SANDBOX_NOW, live }),
  });
}

describe('voucherify create over HTTP', () => {
  it('creates the campaign with one POST carrying exactly the documented body; it reads back as the document', async () => {
    const { sb, http } = await start();
    const before = campaigns(sb).length;
    const { id } = await create.send({ ...CTX, desired: NEW, http, account: ACCOUNT });
    expect(id).toMatch(/^camp_[A-Za-z0-9]{24}$/);
    expect(creates(sb).map((r) => r.body)).toEqual([createBody(NEW)]);
    expect(sb.requests()).toHaveLength(1);
    expect(campaigns(sb)).toHaveLength(before + 1);

    const live = await readOne(http, id);
    expect(live?.raw).toMatchObject({ name: NEW.name, campaign_type: 'DISCOUNT_COUPONS', active: true, creation_status: 'DONE' });
    expect(changes(NEW, live!)).toEqual([]);
    expect(create.identityOf(live!)).toBe(create.identity(NEW, CTX)?.key);
  });

  it('a campaign with many codes reads IN_PROGRESS right after create, and the document still equals it', async () => {
    const { sb, http } = await start();
    const desired: VoucherifySpec = { ...NEW, name: 'Spring flyer codes', vouchers_count: 400 };
    const { id } = await create.send({ ...CTX, desired, http, account: ACCOUNT });
    const live = await readOne(http, id);
    // As the docs' create answer shows, and as the fake keeps it until the job ends.
    expect(live?.raw).toMatchObject({ creation_status: 'IN_PROGRESS', vouchers_generation_status: 'IN_PROGRESS', vouchers_count: 0 });
    // Neither is compared: `creation_status` is no spec field, `vouchers_count` is judged against what was applied.
    expect(changes(desired, live!, { vouchers_count: fingerprint(400) })).toEqual([]);
    expect(creates(sb)).toHaveLength(1);
  });

  it('an update right after create waits out the generation, then lands (retire: one disable)', async () => {
    const started = Date.now();
    const { sb, http } = await start({ now: () => new Date(SANDBOX_NOW.getTime() + (Date.now() - started)) });
    const desired: VoucherifySpec = { ...NEW, name: 'Spring flyer codes', vouchers_count: 400 };
    const { id } = await create.send({ ...CTX, desired, http, account: ACCOUNT });
    const live = (await readOne(http, id))!;
    expect(live.raw.creation_status).toBe('IN_PROGRESS');
    sb.clearRequests();
    await runtime.write({ id, desired: runtime.retire!.stopped(live), changes: [{ path: 'active', before: true, after: false }], live, http, account: ACCOUNT });
    const calls = sb.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls.at(-1)).toBe(`POST /v1/campaigns/${id}/disable 200`);
    expect(calls.length).toBeGreaterThan(1); // it read the campaign until it was DONE, never sent the disable early
    expect(calls.slice(0, -1).every((c) => c === `GET /v1/campaigns/${id} 200`)).toBe(true);
    expect((await readOne(http, id))?.raw).toMatchObject({ active: false, creation_status: 'DONE', vouchers_count: 400 });
  }, 15_000);

  it('a campaign created switched off sends `active: false` in the body and needs no follow-up', async () => {
    const { sb, http } = await start();
    const { id } = await create.send({ ...CTX, desired: { ...NEW, active: false }, http, account: ACCOUNT });
    expect(sb.requests().map((r) => r.method)).toEqual(['POST']);
    expect(creates(sb)[0]!.body).toMatchObject({ active: false });
    expect((await readOne(http, id))?.raw.active).toBe(false);
  });

  it('when the answer ignores `active`, the documented disable follows; its failure keeps the id', async () => {
    const ignoresActive = afterCreate((answer) => ({ ...answer, body: { ...(answer.body as Obj), active: true } }));
    const { sb, http } = await start({ fake: ignoresActive });
    const { id } = await create.send({ ...CTX, desired: { ...NEW, active: false }, http, account: ACCOUNT });
    expect(sb.requests().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/campaigns', `POST /v1/campaigns/${id}/disable`]);

    const disableRefused: VendorFake = {
      ...ignoresActive,
      handle: (req, ctx) =>
        req.path.endsWith('/disable') ? { status: 400, body: { code: 400, key: 'invalid', message: 'no' } } : ignoresActive.handle(req, ctx),
    };
    await sb.stop();
    await http.close();
    const again = await start({ fake: disableRefused });
    const err = await create.send({ ...CTX, desired: { ...NEW, active: false, name: 'Off from the start' }, http: again.http, account: ACCOUNT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateFollowUpFailed);
    const made = named(again.sb, 'Off from the start');
    expect(made).toHaveLength(1);
    expect((err as CreateFollowUpFailed).id).toBe(made[0]!.id);
  });
});

describe('voucherify create refused: nothing is left behind', () => {
  it('a taken name: 409, said plainly, no second campaign', async () => {
    const { sb, http } = await start();
    const before = structuredClone(campaigns(sb));
    const err = await create.send({ ...CTX, desired: { ...NEW, name: 'Winter Sale 2026 - 20% off' }, http, account: ACCOUNT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toMatch(/Voucherify refused to create campaign "Winter Sale 2026 - 20% off": the name is taken \(409 duplicate_found/);
    expect(campaigns(sb)).toEqual(before);
    expect(creates(sb)).toHaveLength(1);
  });

  it('a name held by a campaign in the bin (deleted without force) is refused, and the message says where to look', async () => {
    const { sb, http } = await start();
    const live = (await readOne(http, RUNNING))!;
    await runtime.remove!.send({ id: RUNNING, live, http, account: ACCOUNT });
    const err = await create.send({ ...CTX, desired: { ...NEW, name: String(live.raw.name) }, http, account: ACCOUNT }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/in the bin/);
    expect(named(sb, String(live.raw.name))).toEqual([]);
  });

  it('a body the vendor refuses (400): the vendor’s own words, nothing created', async () => {
    const { sb, http } = await start();
    const before = campaigns(sb).length;
    const err = await create
      .send({ ...CTX, desired: { name: 'Gift without credit', campaign_type: 'GIFT_VOUCHERS' }, http, account: ACCOUNT })
      .catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toBe(
      'Voucherify refused to create campaign "Gift without credit" (400 invalid_campaign): Invalid Campaign: Property \'gift\' is required for GIFT_VOUCHERS campaign',
    );
    expect(campaigns(sb)).toHaveLength(before);
  });
});

describe('voucherify create whose answer is lost', () => {
  it('a 5xx after the vendor acted: CreateAnswerLost, never retried, and the campaign made is the document’s', async () => {
    const lost = afterCreate(() => fake.serverFault(503));
    const { sb, http } = await start({ fake: lost });
    const err = await create.send({ ...CTX, desired: NEW, http, account: ACCOUNT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateAnswerLost);
    expect(creates(sb).map((r) => r.status)).toEqual([503]);
    expect(named(sb, NEW.name!)).toHaveLength(1);
    // The re-run's plan finds it by the document's identity.
    const all = await readAllCampaigns({ http, account: ACCOUNT });
    const key = create.identity(NEW, CTX)!.key;
    expect(all.filter((c) => create.identityOf(c) === key).map((c) => c.id)).toEqual([named(sb, NEW.name!)[0]!.id]);
  });

  it('a connection that never answers after the vendor acted: CreateAnswerLost after the timeout, one create', async () => {
    const hangs = afterCreate(() => new Promise<FakeResponse>(() => undefined));
    const { sb, http } = await start({ fake: hangs, timeoutMs: 300 });
    const err = await create.send({ ...CTX, desired: NEW, http, account: ACCOUNT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CreateAnswerLost);
    expect((err as Error).message).toMatch(/may exist at the vendor/);
    expect(hangs.creates).toBe(1);
    const made = named(sb, NEW.name!);
    expect(made).toHaveLength(1);
    const live = (await readOne(http, String(made[0]!.id)))!;
    expect(create.identityOf(live)).toBe(create.identity(NEW, CTX)!.key);
  });
});

describe('voucherify retire and delete over HTTP', () => {
  it('retire stops a running campaign with one disable; a read shows it stopped', async () => {
    const { sb, http } = await start();
    const live = (await readOne(http, RUNNING))!;
    expect(live.raw.active).toBe(true);
    const stopped = runtime.retire!.stopped(live);
    sb.clearRequests();
    await runtime.write({ id: RUNNING, desired: stopped, changes: [{ path: 'active', before: true, after: false }], live, http, account: ACCOUNT });
    expect(sb.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`POST /v1/campaigns/${RUNNING}/disable`]);
    const after = (await readOne(http, RUNNING))!;
    expect(after.raw.active).toBe(false);
    // Once stopped, retiring it again finds nothing to send.
    expect(changes(stopped as VoucherifySpec, after)).toEqual([]);
  });

  it('delete moves the campaign to the bin (force=false); a campaign already gone counts as deleted', async () => {
    const { sb, http } = await start();
    const live = (await readOne(http, RUNNING))!;
    sb.clearRequests();
    await runtime.remove!.send({ id: RUNNING, live, http, account: ACCOUNT });
    expect(sb.requests().map((r) => `${r.method} ${r.path}?${r.query.replace(/^\?/, '')} ${r.status}`)).toEqual([
      `DELETE /v1/campaigns/${RUNNING}?force=false 202`,
    ]);
    expect(await readOne(http, RUNNING)).toBeUndefined();
    expect(sb.state().voucherify!.bin).toMatchObject([{ campaign: { id: RUNNING } }]);
    await runtime.remove!.send({ id: RUNNING, live, http, account: ACCOUNT });
    expect(sb.requests().at(-1)).toMatchObject({ method: 'DELETE', status: 404 });
  });
});
