/**
 * A provider's runtime driven directly over HTTP against its fake, the way apply drives it: one
 * account, its auth, a real HttpClient. For the lifecycle calls (create, retire through write,
 * remove) that the CLI does not reach yet, and for the faults a test injects around a fake.
 *
 *   const t = await runtimeOnSandbox('lula', { company_id: '1042' });
 *   const { id } = await t.runtime.create!.send({ desired, http: t.http, account: t.account, creationKey, now });
 *   expect(t.requests('POST')).toHaveLength(1);
 *   await t.close();
 */
import type { AccountConfig } from '../../src/config/load.js';
import { createHttpClient } from '../../src/http/client.js';
import type { HttpPolicyOverrides } from '../../src/http/policy.js';
import type { HttpClient } from '../../src/http/types.js';
import { getProvider, registry } from '../../src/providers/registry.js';
import type { ProviderRuntime } from '../../src/providers/runtime.js';
import type { FakeRequest, FakeResponse, VendorFake } from '../../src/sandbox/fake.js';
import type { RequestRecord, Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { startTestSandbox } from './sandbox.js';

export interface RuntimeOnSandbox {
  readonly sb: Sandbox;
  readonly runtime: ProviderRuntime<unknown>;
  readonly http: HttpClient;
  readonly account: AccountConfig;
  /** The vendor's requests so far, of one method when given. */
  requests(method?: string): RequestRecord[];
  close(): Promise<void>;
}

export interface RuntimeOnSandboxOptions {
  /** Changes the vendor's fake before it is served (a fault around its handler). */
  readonly wrap?: (fake: VendorFake) => VendorFake;
  readonly policy?: HttpPolicyOverrides;
  /** More sandbox options (faults such as `dropAnswers`). */
  readonly sandbox?: SandboxOptions;
}

export async function runtimeOnSandbox(
  vendor: string,
  options: Readonly<Record<string, unknown>>,
  opts: RuntimeOnSandboxOptions = {},
): Promise<RuntimeOnSandbox> {
  const provider = getProvider(vendor);
  const entry = registry.find((e) => e.provider.name === vendor);
  if (!provider?.runtime || !entry) throw new Error(`test bug: no runtime for ${vendor}`);
  const runtime = provider.runtime;
  const fake = await entry.fake();
  const sb = await startTestSandbox({ ...opts.sandbox, fakes: [opts.wrap ? opts.wrap(fake) : fake] });
  const account: AccountConfig = {
    name: `${vendor}-test`,
    provider: vendor as AccountConfig['provider'],
    endpoint: sb.endpoint(vendor),
    credentials: {},
    ignore: [],
    options,
    position: { file: 'campaignctl.yaml', line: 1, col: 1 },
  };
  const credentials = Object.fromEntries(provider.credentialKeys.map((k) => [k, `test-${k}`]));
  const auth = runtime.auth({ account, credentials });
  const http = createHttpClient({
    baseUrl: account.endpoint,
    name: account.name,
    ...(auth ? { auth } : {}),
    secrets: Object.values(credentials),
    ...(opts.policy ? { policy: opts.policy } : {}),
  });
  return {
    sb,
    runtime,
    http,
    account,
    requests: (method) => sb.requests().filter((r) => r.vendor === vendor && (method === undefined || r.method === method)),
    async close() {
      await http.close();
      await sb.stop();
    },
  };
}

/**
 * The fake acts on the requests `matches` picks, then its answer is lost: `timeout` answers only
 * after `delayMs` (longer than the client waits), `5xx` answers 502 instead of what it did.
 */
export function actThenLose(
  fake: VendorFake,
  matches: (req: FakeRequest) => boolean,
  how: { readonly kind: 'timeout'; readonly delayMs: number } | { readonly kind: '5xx' },
): VendorFake {
  return {
    ...fake,
    handle: async (req, ctx): Promise<FakeResponse> => {
      const answer = await fake.handle(req, ctx);
      if (!matches(req)) return answer;
      if (how.kind === '5xx') return fake.serverFault(502);
      await new Promise((resolve) => setTimeout(resolve, how.delayMs));
      return answer;
    },
  };
}

/** Waits until the request log holds `count` requests of `method` (a lost answer is logged once the fake answers). */
export async function untilLogged(t: RuntimeOnSandbox, method: string, count: number, withinMs = 3000): Promise<RequestRecord[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = t.requests(method);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
