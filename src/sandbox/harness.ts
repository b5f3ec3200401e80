/**
 * `campaignctl/sandbox`: the sandbox as a test harness, for teams who want to rehearse changes to
 * their own campaign repository in their own tests (see docs/sandbox.md).
 *
 *   const sandbox = await startTestSandbox({ now: new Date('2026-11-23T12:00:00Z') });
 *   writeFileSync('campaignctl.yaml', sandbox.configYaml([{ name: 'shop-eu', provider: 'voucherify' }]));
 *   // run campaignctl with sandbox.env in its environment, then:
 *   sandbox.writes('voucherify');   // what apply sent, bodies included
 *   await sandbox.stop();
 *
 * This module is the package's stable testing surface: what it exports keeps its meaning across
 * minor versions. Everything else under src/sandbox is internal.
 */
import { stringify } from 'yaml';
import { getProvider } from '../providers/registry.js';
import type { VendorObject } from './fake.js';
import type { DropAnswer, HostileFaults } from './faults.js';
import { loadFakes } from './fakes.js';
import { startSandbox, type RequestRecord } from './server.js';
import type { SandboxState } from './state-file.js';

export type { VendorObject, VendorState } from './fake.js';
export type { DeepJsonFault, DropAnswer, EchoEncoding, EndlessList, HostileFaults } from './faults.js';
export type { RequestRecord } from './server.js';
export type { SandboxState } from './state-file.js';

/**
 * The hostile faults (`deepJson`, `retryAfter`, `endlessList`, `echoCredentials`, `controlChars`,
 * `dripMs`) make the vendors answer in ways meant to break a client; docs/sandbox.md shows what
 * campaignctl does with each.
 */
export interface TestSandboxOptions extends HostileFaults {
  /**
   * The state to start from: `{ "<vendor>": { "campaigns": [ … ] } }`, each campaign an object as
   * the vendor's API returns it. Vendors left out start with no campaigns. Absent: the sandbox's
   * seed data (the campaigns of campaignctl's own examples, with some drift).
   */
  readonly state?: SandboxState;
  /** Serve only these vendors (provider names, e.g. `['voucherify']`); every supported vendor by default. */
  readonly vendors?: readonly string[];
  /** The sandbox clock: a fixed instant (best in tests: vendor rules compare dates with it) or a function. Real time by default. */
  readonly now?: Date | (() => Date);
  /** Seed for generated ids and injected faults (default 1): the same seed replays the same run. */
  readonly seed?: number;
  /** Delay before every vendor answer, in milliseconds. */
  readonly latencyMs?: number;
  /** Requests per vendor per second; beyond it, the vendor's own 429. */
  readonly rateLimit?: number;
  /** Share (0 to 1) of vendor requests answered 500/502/503, before they touch state. */
  readonly failRate?: number;
  /**
   * Requests the vendor acts on and whose answer is then lost (the connection closes with no
   * response): `[{ vendor: 'voucherify', method: 'POST', path: '^/v1/campaigns$', times: 1 }]`.
   * The request log keeps them, with `dropped: true`. For rehearsing a create whose answer is lost.
   */
  readonly dropAnswers?: readonly DropAnswer[];
  /** The vendors the faults (latency, rate limit, failures and the hostile ones) apply to; every vendor by default. */
  readonly faultVendors?: readonly string[];
  /** Lifetime of access tokens the fakes issue, in seconds (default 3600). */
  readonly tokenLifetimeSeconds?: number;
}

/** One account of campaignctl.yaml, to point at the sandbox. */
export interface SandboxAccount {
  /** Its name in campaignctl.yaml, which campaign files name in `account:`. */
  readonly name: string;
  readonly provider: string;
  /** Any other account setting, as in campaignctl.yaml: `{ company_id: '1042' }`, `{ chain_id: 1, rate_limit: 50 }`. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface TestSandbox {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** An account's `endpoint` for `vendor`: `http://127.0.0.1:PORT/<vendor>`. */
  endpoint(vendor: string): string;
  /**
   * Environment variables holding placeholder credentials for the accounts `accountYaml` and
   * `configYaml` write (the fakes accept any non-empty credential). Give them to campaignctl.
   */
  readonly env: Readonly<Record<string, string>>;
  /** One `accounts:` entry (name at column 0) pointing at this sandbox, credentials from `env`. */
  accountYaml(account: SandboxAccount): string;
  /** A whole campaignctl.yaml with these accounts, all pointing at this sandbox. */
  configYaml(accounts: readonly SandboxAccount[]): string;
  /** A copy of the whole state. */
  state(): SandboxState;
  /** A copy of one vendor's campaigns, as its API would return them. */
  campaigns(vendor: string): VendorObject[];
  /** Replaces the whole state (vendors left out then have no campaigns). */
  setState(state: SandboxState): void;
  /** Every request served (of one vendor, when given), in answer order, whatever its status. */
  requests(vendor?: string): RequestRecord[];
  /** The PUT, PATCH, POST and DELETE requests among them: what a plan must never send, what an apply sent. */
  writes(vendor?: string): RequestRecord[];
  clearRequests(): void;
  /** Stops listening and closes every connection. */
  stop(): Promise<void>;
}

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);
const RESERVED_SETTINGS = ['provider', 'endpoint', 'credentials'];

/** `CAMPAIGNCTL_SANDBOX_<PROVIDER>_<KEY>`: one variable per credential key a provider declares. */
function credentialVariable(provider: string, key: string): string {
  return `CAMPAIGNCTL_SANDBOX_${provider}_${key}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/** Starts a sandbox on a free loopback port. Stop it when the test ends. */
export async function startTestSandbox(opts: TestSandboxOptions = {}): Promise<TestSandbox> {
  const fakes = await loadFakes(opts.vendors);
  const served = new Set(fakes.map((f) => f.name));
  const fixed = opts.now;
  const sandbox = await startSandbox({
    fakes,
    ...(opts.state ? { initialState: opts.state } : {}),
    ...(fixed instanceof Date ? { now: () => new Date(fixed) } : fixed ? { now: fixed } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.failRate !== undefined ? { failRate: opts.failRate } : {}),
    ...(opts.dropAnswers !== undefined ? { dropAnswers: opts.dropAnswers } : {}),
    ...(opts.faultVendors !== undefined ? { faultVendors: opts.faultVendors } : {}),
    ...(opts.deepJson !== undefined ? { deepJson: opts.deepJson } : {}),
    ...(opts.retryAfter !== undefined ? { retryAfter: opts.retryAfter } : {}),
    ...(opts.endlessList !== undefined ? { endlessList: opts.endlessList } : {}),
    ...(opts.echoCredentials !== undefined ? { echoCredentials: opts.echoCredentials } : {}),
    ...(opts.controlChars !== undefined ? { controlChars: opts.controlChars } : {}),
    ...(opts.dripMs !== undefined ? { dripMs: opts.dripMs } : {}),
    ...(opts.tokenLifetimeSeconds !== undefined ? { tokenLifetimeSeconds: opts.tokenLifetimeSeconds } : {}),
  });

  const env: Record<string, string> = {};
  for (const vendor of served) {
    for (const key of getProvider(vendor)?.credentialKeys ?? []) env[credentialVariable(vendor, key)] = `sandbox-${key}`;
  }

  const servedVendor = (vendor: string): string => {
    if (!served.has(vendor)) throw new Error(`this sandbox does not serve ${vendor} (it serves ${[...served].join(', ')})`);
    return vendor;
  };

  const accountEntry = (account: SandboxAccount): Record<string, unknown> => {
    const provider = getProvider(servedVendor(account.provider));
    const reserved = Object.keys(account.settings ?? {}).filter((k) => RESERVED_SETTINGS.includes(k));
    if (reserved.length > 0) throw new Error(`account ${account.name}: ${reserved.join(', ')} is set by the sandbox, not by settings`);
    const credentials = Object.fromEntries((provider?.credentialKeys ?? []).map((key) => [key, { env: credentialVariable(account.provider, key) }]));
    return { provider: account.provider, endpoint: sandbox.endpoint(account.provider), credentials, ...account.settings };
  };

  const select = (vendor: string | undefined, keep: (r: RequestRecord) => boolean): RequestRecord[] =>
    structuredClone(sandbox.requests().filter((r) => (vendor === undefined || r.vendor === vendor) && keep(r)));

  return {
    url: sandbox.url,
    endpoint: (vendor) => sandbox.endpoint(servedVendor(vendor)),
    env,
    accountYaml: (account) => stringify({ [account.name]: accountEntry(account) }),
    configYaml: (accounts) => stringify({ accounts: Object.fromEntries(accounts.map((a) => [a.name, accountEntry(a)])) }),
    state: () => structuredClone(sandbox.state()),
    campaigns: (vendor) => structuredClone(sandbox.state()[servedVendor(vendor)]?.campaigns ?? []),
    setState: (state) => sandbox.setState(state),
    requests: (vendor) => select(vendor, () => true),
    writes: (vendor) => select(vendor, (r) => WRITE_METHODS.has(r.method)),
    clearRequests: () => sandbox.clearRequests(),
    stop: () => sandbox.stop(),
  };
}
