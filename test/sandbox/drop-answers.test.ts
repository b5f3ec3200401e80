/**
 * The sandbox fault that acts on a request and then drops its answer (`dropAnswers`), driven
 * through each vendor's own create call with the spec its harness gives for a new campaign: the
 * vendor creates the campaign, the client gets no response and reports the answer lost (never
 * sending the create again), the request log keeps the create with `dropped: true`, and the
 * campaign at the vendor carries the identity a re-run's plan looks for. Then the fault is spent:
 * the next matching request is answered (with a second campaign, or the refusal of a taken name).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dropAnswerRule } from '../../src/cli/sandbox.js';
import { startTestSandbox as startPublicHarness } from '../../src/sandbox/harness.js';
import { getProvider, registry } from '../../src/providers/registry.js';
import { CreateAnswerLost, type LiveCampaign } from '../../src/providers/runtime.js';
import type { RequestRecord } from '../../src/sandbox/server.js';
import { runtimeOnSandbox, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';

const FAST = { retry: { maxRetries: 2, minDelayMs: 5, maxDelayMs: 20 }, timeouts: { requestMs: 5_000 } } as const;
const CTX = { creationKey: 'campaignctl-test-drop-answer', now: SANDBOX_NOW };

interface Lifecycle {
  readonly vendor: string;
  readonly newSpec: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly knownId: string;
}

/** Every registered vendor whose fake can drive a campaign's whole life, and whose provider creates. */
const vendors: Lifecycle[] = [];
for (const entry of registry) {
  const harness = await (await entry.fake()).harness?.();
  if (harness?.lifecycle && entry.provider.runtime?.create) {
    vendors.push({ vendor: entry.provider.name, newSpec: harness.lifecycle.newSpec, options: harness.seedAccount ?? {}, knownId: harness.contract.knownId });
  }
}

let open: RuntimeOnSandbox[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

async function on(v: Lifecycle, sandbox: Parameters<typeof runtimeOnSandbox>[2] = {}): Promise<RuntimeOnSandbox> {
  const t = await runtimeOnSandbox(v.vendor, v.options, { policy: FAST, ...sandbox });
  open.push(t);
  return t;
}

const send = (t: RuntimeOnSandbox, v: Lifecycle) =>
  t.runtime.create!.send({ desired: structuredClone(v.newSpec), http: t.http, account: t.account, ...CTX });

const key = (r: RequestRecord) => `${r.method} ${r.path}`;

/**
 * The vendor's create request, learnt from a clean create: the first write that a read does not
 * also send (a token exchange is sent by both).
 */
async function createRequestOf(v: Lifecycle): Promise<RequestRecord> {
  const t = await on(v);
  await t.runtime.read([v.knownId], { http: t.http, account: t.account });
  const reads = new Set(t.requests().map(key));
  t.sb.clearRequests();
  await send(t, v);
  const create = t.requests().find((r) => r.method !== 'GET' && !reads.has(key(r)));
  if (!create) throw new Error(`no create request seen for ${v.vendor}`);
  return create;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(vendors)('dropAnswers on $vendor\'s create', (v) => {
  it('the vendor creates the campaign, the answer is lost, the log keeps the request, and the fault is spent after `times`', async () => {
    const create = await createRequestOf(v);
    const t = await on(v, { sandbox: { dropAnswers: [{ vendor: v.vendor, method: create.method, path: `^${escape(create.path)}$`, times: 1 }] } });
    const runtime = t.runtime;
    const before = await runtime.readAll({ http: t.http, account: t.account });
    t.sb.clearRequests();

    const lost = await send(t, v).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(lost, 'the client must report the answer lost').toBeInstanceOf(CreateAnswerLost);

    const creates = t.requests().filter((r) => key(r) === key(create));
    expect(creates, 'one create was sent, and never again').toHaveLength(1);
    expect(creates[0]!.dropped).toBe(true);
    expect(creates[0]!.status).toBeGreaterThanOrEqual(200);
    expect(creates[0]!.status).toBeLessThan(300);
    expect(creates[0]!.body).toEqual(create.body);

    // The vendor did act: one campaign more, and it is the one a re-run's plan looks for.
    const after = await runtime.readAll({ http: t.http, account: t.account });
    const known = new Set(before.map((c) => c.id));
    const made: LiveCampaign[] = after.filter((c) => !known.has(c.id));
    expect(made).toHaveLength(1);
    const identity = runtime.create!.identity(structuredClone(v.newSpec), CTX);
    expect(identity, `${getProvider(v.vendor)!.title} gives a new document an identity`).toBeDefined();
    expect(runtime.create!.identityOf(made[0]!)).toBe(identity!.key);

    // Spent: the same request is answered now, a second campaign or the vendor's refusal of a
    // taken unique name (a plan that did not look first would have sent it).
    t.sb.clearRequests();
    const again = await send(t, v).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(again).not.toBeInstanceOf(CreateAnswerLost);
    expect(t.requests().filter((r) => key(r) === key(create)).map((r) => r.dropped)).toEqual([undefined]);
  });

  it('drops nothing for a rule that does not match, nor for another vendor', async () => {
    const create = await createRequestOf(v);
    const t = await on(v, {
      sandbox: { dropAnswers: [{ vendor: v.vendor, method: 'DELETE', path: `^${escape(create.path)}$` }, { vendor: `not-${v.vendor}`, method: create.method }] },
    });
    await expect(send(t, v)).resolves.toMatchObject({ id: expect.any(String) as unknown });
    expect(t.requests().some((r) => r.dropped)).toBe(false);
  });
});

it('every vendor that creates campaigns is covered', () => {
  expect(vendors.map((v) => v.vendor).sort()).toEqual(registry.filter((e) => e.provider.runtime?.create).map((e) => e.provider.name).sort());
});

/** Sends a recorded request again, as it was (no credentials: the fake may refuse it, which is an answer too). */
async function replay(base: string, r: RequestRecord): Promise<Response> {
  return fetch(`${base}/${r.vendor}${r.path}${r.query}`, {
    method: r.method,
    ...(r.body !== undefined ? { body: JSON.stringify(r.body), headers: { 'content-type': 'application/json' } } : {}),
  });
}

describe('the same fault from the public harness and from `campaignctl sandbox`', () => {
  const v = vendors[0]!;

  it('the harness (campaignctl/sandbox) takes dropAnswers and logs the dropped request', async () => {
    const create = await createRequestOf(v);
    const sb = await startPublicHarness({ vendors: [v.vendor], dropAnswers: [{ vendor: v.vendor, method: create.method, path: `^${escape(create.path)}$` }] });
    try {
      await expect(replay(sb.url, create)).rejects.toThrow();
      expect(sb.requests(v.vendor).map((r) => [key(r), r.dropped])).toEqual([[key(create), true]]);
      expect((await replay(sb.url, create)).status).toBeGreaterThan(0);
    } finally {
      await sb.stop();
    }
  });

  it('--drop-answer METHOD:PATH-REGEXP[#N], scoped by --fault-vendor', async () => {
    const create = await createRequestOf(v);
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-drop-'));
    const interrupt = new AbortController();
    let out = '';
    const running = main(['sandbox', '--port', '0', '--fault-vendor', v.vendor, '--drop-answer', `${create.method}:^${escape(create.path)}$#2`], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      stdinIsTTY: false,
      env: {},
      cwd: dir,
      now: () => SANDBOX_NOW,
      interrupts: () => interrupt.signal,
    });
    try {
      for (let i = 0; i < 200 && !/listening on (\S+)/.test(out); i++) await new Promise((r) => setTimeout(r, 20));
      const url = /listening on (\S+)/.exec(out)![1]!;
      await expect(replay(url, create)).rejects.toThrow();
      await expect(replay(url, create)).rejects.toThrow();
      expect((await replay(url, create)).status).toBeGreaterThan(0);
      const log = (await (await fetch(`${url}/_sandbox/requests`)).json()) as RequestRecord[];
      expect(log.map((r) => r.dropped ?? false)).toEqual([true, true, false]);
    } finally {
      interrupt.abort('SIGINT');
      expect(await running).toBe(130);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the rule as METHOD[:PATH-REGEXP][#N] and refuses what it cannot read', () => {
    expect(dropAnswerRule('POST:^/campaigns$#2')).toEqual([{ method: 'POST', path: '^/campaigns$', times: 2 }]);
    expect(dropAnswerRule('put', [{ method: 'POST' }])).toEqual([{ method: 'POST' }, { method: 'PUT' }]);
    expect(() => dropAnswerRule('POST:(')).toThrow(/not a regular expression/);
    expect(() => dropAnswerRule('POST#0')).toThrow(/N is from 1/);
    expect(() => dropAnswerRule(':/x')).toThrow(/METHOD\[:PATH-REGEXP\]\[#N\]/);
  });
});
