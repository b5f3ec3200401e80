/**
 * Generates a benchmark project: N campaigns spread evenly over the vendors, each a clone of
 * a converged example (template.ts) with a fresh id and unique names, the live objects for the
 * sandbox, the YAML files, and the last-applied record the clones would have after an apply.
 * D% of the campaigns drift: one managed string field edited at the vendor, so that plan must
 * show exactly those updates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { fingerprint } from '../src/engine/canonical-json.js';
import type { VendorObject, VendorState } from '../src/sandbox/fake.js';
import type { CampaignTemplate, VendorTemplates } from './template.js';
import { driftedValue, uniqueValue, type Profiles, type VendorProfile } from './vendors.js';

export interface GenerateOptions {
  readonly dir: string;
  readonly campaigns: number;
  /** Percentage of campaigns that drift, 0–100. */
  readonly driftPercent: number;
  /** Campaign documents per YAML file (1: one file per campaign). */
  readonly docsPerFile: number;
}

export interface VendorGenerated {
  readonly vendor: string;
  readonly account: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Campaigns the YAML manages. */
  readonly managed: number;
  /** Of those, how many drifted (plan must show this many updates). */
  readonly drifted: number;
  /** Campaigns in the vendor's account (managed + the examples' own, unmanaged here). */
  readonly accountSize: number;
  /** Which field drift edited, per template id. */
  readonly driftFields: readonly string[];
}

export interface Generated {
  readonly dir: string;
  readonly stateFile: string;
  readonly files: number;
  readonly vendors: readonly VendorGenerated[];
}

/** How many of `n` items fall to part `k` of `parts` when spread evenly. */
export function share(n: number, parts: number, k: number): number {
  return Math.floor(n / parts) + (k < n % parts ? 1 : 0);
}

/** Whether clone i of n is one of the drifted: spread evenly, exactly round-down(n × pct / 100) of them. */
export function drifts(i: number, pct: number): boolean {
  return Math.floor(((i + 1) * pct) / 100) > Math.floor((i * pct) / 100);
}

interface Clone {
  readonly live: VendorObject;
  readonly doc: Record<string, unknown>;
  readonly extras: Record<string, unknown>;
  readonly lastApplied: Record<string, string>;
  readonly driftField?: string;
}

function cloneCampaign(profile: VendorProfile, t: CampaignTemplate, i: number, drift: boolean, extrasOf: (id: string) => Record<string, unknown>): Clone {
  const id = profile.id(i);
  const live = structuredClone(t.live);
  live[profile.idKey] = profile.liveId(id);
  const doc = structuredClone(t.doc);
  doc.id = id;
  const spec = doc.spec as Record<string, unknown>;
  const extras = structuredClone(extrasOf(t.id));
  for (const unique of profile.unique) {
    const { field } = unique;
    const value = field in spec ? uniqueValue(unique, spec[field], i) : undefined;
    if (field in spec) spec[field] = value;
    if (field in live) live[field] = value !== undefined ? value : uniqueValue(unique, live[field], i);
    // Write-only values the fake keeps beside the object (an identifier never read back).
    for (const entry of Object.values(extras)) {
      if (isObject(entry) && field in entry) entry[field] = value !== undefined ? value : uniqueValue(unique, entry[field], i);
    }
  }
  for (const [field, value] of Object.entries(profile.fixed ?? {})) {
    if (field in spec) spec[field] = value;
    if (field in live) live[field] = value;
  }
  // What apply would have recorded: the fingerprint of each write-only (or lossy) value sent.
  const lastApplied: Record<string, string> = {};
  for (const field of Object.keys(t.lastApplied)) if (field in spec) lastApplied[field] = fingerprint(spec[field]);

  const driftField = drift ? t.driftField : undefined;
  if (drift) {
    if (!driftField) throw new Error(`${profile.vendor} template ${t.id} cannot drift`);
    live[driftField] = driftedValue(live[driftField] as string);
  }
  return { live, doc, extras, lastApplied, ...(driftField ? { driftField } : {}) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Per-campaign extras of a fake's state (write-only values, code counts…): keys of maps keyed by campaign id. */
function extrasIndex(state: VendorState): (id: string) => Record<string, unknown> {
  return (id) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(state)) {
      if (key === 'campaigns' || !isObject(value) || !(id in value)) continue;
      out[key] = value[id];
    }
    return out;
  };
}

const slug = (s: unknown) =>
  (typeof s === 'string' ? s : 'campaign')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40) || 'campaign';

export function generate(templates: ReadonlyMap<string, VendorTemplates>, profiles: Profiles, opts: GenerateOptions): Generated {
  const state: Record<string, VendorState> = {};
  const lastApplied: Record<string, Record<string, string>> = {};
  const vendors: VendorGenerated[] = [];
  let files = 0;
  mkdirSync(opts.dir, { recursive: true });

  [...profiles.values()].forEach((profile, k) => {
    const t = templates.get(profile.vendor);
    if (!t || t.templates.length === 0) throw new Error(`no converged example to clone for ${profile.vendor}`);
    const n = share(opts.campaigns, profiles.size, k);
    const driftable = t.templates.filter((x) => x.driftField !== undefined);
    if (driftable.length === 0 && opts.driftPercent > 0) throw new Error(`no example of ${profile.vendor} can drift`);
    let nextDrift = 0;
    const vendorState: VendorState = structuredClone(t.state);
    const extrasOf = extrasIndex(t.state);
    const folder = path.join(opts.dir, 'campaigns', profile.vendor);
    mkdirSync(folder, { recursive: true });
    let drifted = 0;
    const driftFields = new Set<string>();
    let batch: string[] = [];
    let batchName = '';
    const flush = () => {
      if (batch.length === 0) return;
      writeFileSync(path.join(folder, `${batchName}.yaml`), batch.join('---\n'));
      files++;
      batch = [];
    };
    for (let i = 0; i < n; i++) {
      const drift = drifts(i, opts.driftPercent);
      // Drifted clones cycle over the templates whose drift apply can carry out.
      const template = drift ? driftable[nextDrift++ % driftable.length]! : t.templates[i % t.templates.length]!;
      const c = cloneCampaign(profile, template, i, drift, extrasOf);
      vendorState.campaigns.push(c.live);
      const id = String(c.doc.id);
      for (const [key, value] of Object.entries(c.extras)) (vendorState[key] as Record<string, unknown>)[id] = value;
      const address = `${profile.vendor}/${t.account}/${id}`;
      if (Object.keys(c.lastApplied).length > 0) lastApplied[address] = c.lastApplied;
      if (c.driftField) {
        drifted++;
        driftFields.add(c.driftField);
      }
      if (batch.length === 0) {
        const spec = c.doc.spec as Record<string, unknown>;
        batchName = opts.docsPerFile === 1 ? `${slug(spec.name ?? spec.title)}-${id}` : `batch-${String(Math.floor(i / opts.docsPerFile)).padStart(5, '0')}`;
      }
      batch.push(stringify(c.doc, { lineWidth: 0 }));
      if (batch.length >= opts.docsPerFile) flush();
    }
    flush();
    state[profile.vendor] = vendorState;
    vendors.push({
      vendor: profile.vendor,
      account: t.account,
      options: t.options,
      managed: n,
      drifted,
      accountSize: vendorState.campaigns.length,
      driftFields: [...driftFields],
    });
  });

  const stateFile = path.join(opts.dir, 'sandbox-state.json');
  writeFileSync(stateFile, JSON.stringify(state));
  mkdirSync(path.join(opts.dir, '.campaignctl'), { recursive: true });
  writeFileSync(path.join(opts.dir, '.campaignctl', 'last-applied.json'), `${JSON.stringify({ format_version: 1, campaigns: lastApplied })}\n`);
  return { dir: opts.dir, stateFile, files, vendors };
}

/** campaignctl.yaml for the generated accounts, pointing at a sandbox. No `rate_limit`: the client learns the pace. */
export function writeConfig(generated: Generated, endpoint: (vendor: string) => string, credentials: (vendor: string) => string[]): void {
  const lines = ['# Generated by npm run bench. No rate_limit: campaignctl finds the pace from the answers.', 'accounts:'];
  for (const v of generated.vendors) {
    lines.push(`  ${v.account}:`, `    provider: ${v.vendor}`, `    endpoint: ${endpoint(v.vendor)}`, '    credentials:', ...credentials(v.vendor));
    for (const [k, value] of Object.entries(v.options)) lines.push(`    ${k}: ${JSON.stringify(value)}`);
  }
  writeFileSync(path.join(generated.dir, 'campaignctl.yaml'), `${lines.join('\n')}\n`);
}
