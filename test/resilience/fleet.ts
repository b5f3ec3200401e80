/**
 * A fleet of Topsort campaigns for resilience tests: N clones of the sandbox's seed campaigns,
 * each with a fresh id, name and external id, and each drifted in exactly one managed field
 * (so N changes), plus the YAML that manages them. Also: the CLI as a child process, so that
 * tests can send it real signals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import type { RequestRecord } from '../../src/sandbox/server.js';
import { seed } from '../../src/sandbox/topsort/seed.js';

export const ACCOUNT = 'marketplace-eu';
export const CAMPAIGNS_PATH = '/public/v1/campaign-service/campaigns';

/** Seed campaigns the clones copy: a listing campaign and a banner one (which takes write-only productIds). */
const LISTING_TEMPLATE = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const BANNER_TEMPLATE = 'c41a9f07-2e6b-4d3c-8a15-f9b0e7d2c684';

export type Drift = 'budget' | 'isActive' | 'name';

export interface FleetCampaign {
  readonly id: string;
  readonly file: string;
  readonly drift: Drift;
  /** What the YAML says of the drifted field, as the read model holds it. */
  readonly want: unknown;
  /** Banner clones whose YAML also carries the write-only `productIds`. */
  readonly productIds?: readonly string[];
}

export interface Fleet {
  readonly campaigns: readonly FleetCampaign[];
  /** Topsort's sandbox state: the seed campaigns (unmanaged) and the drifted clones. */
  readonly state: VendorState;
  /** Campaign files, path → YAML. */
  readonly files: Record<string, string>;
}

export interface FleetOptions {
  readonly size: number;
  /** How many of the campaigns (the first ones) are banner clones carrying write-only `productIds`. */
  readonly withProductIds?: number;
}

/** A valid uuid v4, distinct per index. */
export const fleetId = (i: number) => `5e5e${(i >> 16).toString(16).padStart(4, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

const DRIFTS: readonly Drift[] = ['budget', 'isActive', 'name'];

export function buildFleet(opts: FleetOptions): Fleet {
  const base = seed(new Date());
  const template = (id: string) => base.campaigns.find((c) => c.campaignId === id)!;
  const clones: VendorObject[] = [];
  const campaigns: FleetCampaign[] = [];
  const files: Record<string, string> = {};
  const created = Date.parse('2026-11-21T00:00:00Z');
  for (let i = 0; i < opts.size; i++) {
    const banner = i < (opts.withProductIds ?? 0);
    const id = fleetId(i);
    const drift = DRIFTS[i % DRIFTS.length]!;
    const name = `Resilience ${String(i).padStart(3, '0')} – ${banner ? 'Banner' : 'Listings'}`;
    const externalCampaignId = `RES-${String(i).padStart(4, '0')}`;
    const amount = 20_000 + i;
    const live = structuredClone(template(banner ? BANNER_TEMPLATE : LISTING_TEMPLATE));
    Object.assign(live, {
      campaignId: id,
      name: drift === 'name' ? `${name} (renamed in the dashboard)` : name,
      externalCampaignId,
      createdAt: new Date(created + i * 1000).toISOString().replace('.000Z', 'Z'),
      isActive: drift !== 'isActive',
      budget: { ...(live.budget as Record<string, unknown>), amount: drift === 'budget' ? amount - 5_000 : amount },
    });
    clones.push(live);
    const productIds = banner ? [`SKU-${i}-A`, `SKU-${i}-B`] : undefined;
    const budget = live.budget as { type: string };
    const want = drift === 'budget' ? amount : drift === 'isActive' ? true : name;
    const file = `campaigns/topsort/res-${String(i).padStart(3, '0')}.yaml`;
    files[file] = [
      'provider: topsort',
      `account: ${ACCOUNT}`,
      `id: ${id}`,
      'spec:',
      `  name: ${JSON.stringify(name)}`,
      `  adFormat: ${String(live.adFormat)}`,
      `  vendorId: ${String(live.vendorId)}`,
      `  externalCampaignId: ${externalCampaignId}`,
      `  chargeType: ${String(live.chargeType)}`,
      '  budget:',
      `    amount: ${amount}`,
      `    type: ${budget.type}`,
      '  isActive: true',
      ...(productIds ? ['  productIds:', ...productIds.map((p) => `    - ${p}`)] : []),
      '',
    ].join('\n');
    campaigns.push({ id, file, drift, want, ...(productIds ? { productIds } : {}) });
  }
  return { campaigns, state: { ...base, campaigns: [...base.campaigns, ...clones] }, files };
}

/** The drifted field of a campaign as the sandbox holds it now. */
export function liveValue(state: VendorState, c: FleetCampaign): unknown {
  const live = state.campaigns.find((x) => x.campaignId === c.id);
  if (!live) return undefined;
  if (c.drift === 'budget') return (live.budget as { amount: number }).amount;
  return live[c.drift];
}

/** The campaign a PATCH path is for, or undefined for anything else. */
export function patchedId(r: RequestRecord): string | undefined {
  if (r.method !== 'PATCH' || !r.path.startsWith(`${CAMPAIGNS_PATH}/`)) return undefined;
  return r.path.slice(CAMPAIGNS_PATH.length + 1);
}

export const accepted = (r: RequestRecord) => r.status >= 200 && r.status < 300;
/** Answers that mean the vendor did not touch state and asked, or allows, the client to try again. */
export const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/**
 * Writes per campaign, in the order the sandbox answered them. Every campaign's writes must read
 * as "refused for a cause (429 or 5xx) any number of times, then accepted once, then nothing".
 */
export function writeHistories(log: readonly RequestRecord[]): Map<string, number[]> {
  const histories = new Map<string, number[]>();
  for (const r of log) {
    const id = patchedId(r);
    if (id === undefined) continue;
    histories.set(id, [...(histories.get(id) ?? []), r.status]);
  }
  return histories;
}

/** Histories that break "causes, then one success, then nothing", with the reason. */
export function unjustifiedWrites(histories: ReadonlyMap<string, readonly number[]>): string[] {
  const bad: string[] = [];
  for (const [id, statuses] of histories) {
    const ok = statuses.filter((s) => s >= 200 && s < 300).length;
    const last = statuses[statuses.length - 1]!;
    const causes = statuses.slice(0, -1);
    if (ok > 1) bad.push(`${id}: accepted ${ok} times (${statuses.join(' ')})`);
    else if (!causes.every((s) => RETRYABLE.has(s))) bad.push(`${id}: a write after one that needed no retry (${statuses.join(' ')})`);
    else if (!(last >= 200 && last < 300) && !RETRYABLE.has(last)) bad.push(`${id}: refused with ${last}`);
  }
  return bad;
}

/** tsx resolved from the repository, so a child started in a temp folder can load TypeScript. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const cliEntry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));

export interface ChildRun {
  readonly child: ChildProcess;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when it has exited: the exit code, or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `campaignctl ARGS` as a real process in `cwd`, with the test credentials in its environment. */
export function spawnCli(args: readonly string[], cwd: string, env: Readonly<Record<string, string>>): ChildRun {
  const child = spawn(process.execPath, ['--import', tsx, cliEntry, ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls until `ready()` holds (every 10 ms), or fails after `timeoutMs`. */
export async function until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
