/**
 * Templates for generated campaigns: the example set converged. The embedded sandbox's seed is
 * started in this process, the repository's campaigns/ are applied to it through the CLI, and
 * every campaign that a second plan then finds unchanged yields a pair that agrees by
 * construction: its live object (as the vendor returns it) and its YAML document, plus its
 * last-applied fingerprints (write-only fields) and the fake's per-campaign extras.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setMaxListeners } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import type { Plan } from '../src/engine/plan-model.js';
import { getProvider } from '../src/providers/registry.js';
import { startSandbox } from '../src/sandbox/server.js';
import type { VendorObject, VendorState } from '../src/sandbox/fake.js';
import { driftedValue, liveIdOf, profileOf, type Profiles } from './vendors.js';

export interface CampaignTemplate {
  readonly id: string;
  /** The object the vendor's fake holds. */
  readonly live: VendorObject;
  /** The YAML document (provider, account, id, spec, ignore…) as plain data. */
  readonly doc: Record<string, unknown>;
  /** field → fingerprint, from the last-applied record after the examples were applied. */
  readonly lastApplied: Readonly<Record<string, string>>;
  /**
   * The managed string field drift edits (the profile's first candidate the spec holds as the
   * live value), when editing it at the vendor makes a plan that apply carries out; undefined
   * when it does not (a Lula campaign that has ended accepts no update).
   */
  readonly driftField?: string;
}

export interface VendorTemplates {
  readonly vendor: string;
  readonly account: string;
  /** Account options from the example campaignctl.yaml (company_id, chain_id…). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly templates: readonly CampaignTemplate[];
  /** The converged state of this vendor's fake (for extras keyed by campaign id). */
  readonly state: VendorState;
}

export const REPO = path.resolve(import.meta.dirname, '..');

/** Credentials for a sandbox account: environment variable names and values. */
export function sandboxCredentials(vendor: string): { yaml: string[]; env: Record<string, string> } {
  const provider = getProvider(vendor);
  if (!provider) throw new Error(`unknown vendor ${vendor}`);
  const env: Record<string, string> = {};
  const yaml = provider.credentialKeys.map((k) => {
    const variable = `BENCH_${vendor.toUpperCase()}_${k.toUpperCase()}`;
    env[variable] = `bench-${vendor}-${k}`;
    return `      ${k}: { env: ${variable} }`;
  });
  return { yaml, env };
}

async function runInProcess(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const signal = new AbortController().signal;
  setMaxListeners(0, signal);
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdinIsTTY: false,
    env,
    cwd,
    now: () => new Date(),
    interrupts: () => signal,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

export async function convergedTemplates(profiles: Profiles): Promise<Map<string, VendorTemplates>> {
  const sandbox = await startSandbox({});
  const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-bench-template-'));
  try {
    cpSync(path.join(REPO, 'campaigns'), path.join(dir, 'campaigns'), { recursive: true });
    const example = parseYaml(readFileSync(path.join(REPO, 'campaignctl.yaml'), 'utf8')) as {
      accounts: Record<string, Record<string, unknown>>;
    };
    const env: Record<string, string> = {};
    const lines = ['accounts:'];
    const accounts = new Map<string, { account: string; options: Record<string, unknown> }>();
    for (const [name, acc] of Object.entries(example.accounts)) {
      const vendor = acc.provider as string;
      const { provider: _p, endpoint: _e, credentials: _c, ...options } = acc;
      accounts.set(vendor, { account: name, options });
      const creds = sandboxCredentials(vendor);
      Object.assign(env, creds.env);
      lines.push(`  ${name}:`, `    provider: ${vendor}`, `    endpoint: ${sandbox.endpoint(vendor)}`, '    credentials:', ...creds.yaml);
      for (const [k, v] of Object.entries(options)) lines.push(`    ${k}: ${JSON.stringify(v)}`);
    }
    writeFileSync(path.join(dir, 'campaignctl.yaml'), `${lines.join('\n')}\n`);

    const examples = await runInProcess(['apply', '--auto-approve', '--format', 'json'], dir, env);
    if (examples.status !== 0) throw new Error(`applying the examples failed (exit ${examples.status}):\n${examples.stderr}\n${examples.stdout}`);
    const planned = await runInProcess(['plan', '--format', 'json'], dir, env);
    const plan = JSON.parse(planned.stdout) as Plan;
    const lastApplied = JSON.parse(readFileSync(path.join(dir, '.campaignctl', 'last-applied.json'), 'utf8')) as {
      campaigns: Record<string, Record<string, string>>;
    };
    const state = structuredClone(sandbox.state());
    const converged: (CampaignTemplate & { vendor: string; address: string })[] = [];
    for (const a of plan.actions) {
      if (a.action !== 'no_change') continue;
      const text = readFileSync(path.join(dir, a.file), 'utf8');
      const doc = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>).find((d) => String(d.id) === a.id);
      const live = state[a.provider]?.campaigns.find((c) => idOfLive(profiles, a.provider, c) === a.id);
      if (!doc || !live) continue;
      converged.push({ vendor: a.provider, address: a.address, id: a.id, live: structuredClone(live), doc, lastApplied: lastApplied.campaigns[a.address] ?? {} });
    }

    // Which templates can drift: edit the drift field of each at the vendor, apply, and keep
    // those whose update was carried out.
    const driftFields = new Map<string, string>();
    for (const c of converged) {
      const profile = profileOf(profiles, c.vendor);
      const spec = c.doc.spec as Record<string, unknown>;
      const field = profile.driftFields.find((f) => typeof spec[f] === 'string' && c.live[f] === spec[f]);
      const live = sandbox.state()[c.vendor]?.campaigns.find((x) => idOfLive(profiles, c.vendor, x) === c.id);
      if (!field || !live) continue;
      live[field] = driftedValue(live[field] as string);
      driftFields.set(c.address, field);
    }
    const drifted = await runInProcess(['apply', '--auto-approve', '--format', 'json'], dir, env);
    const outcomes = (JSON.parse(drifted.stdout) as { outcomes: { address: string; outcome: string }[] }).outcomes;
    const applied = new Set(outcomes.filter((o) => o.outcome === 'applied').map((o) => o.address));

    const out = new Map<string, VendorTemplates>();
    for (const [vendor, { account, options }] of accounts) {
      const templates = converged
        .filter((c) => c.vendor === vendor)
        .map(({ vendor: _v, address, ...t }): CampaignTemplate => {
          const field = driftFields.get(address);
          return { ...t, ...(field && applied.has(address) ? { driftField: field } : {}) };
        });
      out.set(vendor, { vendor, account, options, templates, state: structuredClone(state[vendor]!) });
    }
    return out;
  } finally {
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function idOfLive(profiles: Profiles, vendor: string, c: VendorObject): string {
  return liveIdOf(profileOf(profiles, vendor), c);
}
