/**
 * What the contract suite needs for one registry entry, found without naming a vendor: its account
 * in the example campaignctl.yaml, its example files under campaigns/, its fake and the fake's
 * harness, and plain HTTP probes against a sandbox serving that fake alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse, parseAllDocuments } from 'yaml';
import type { AccountConfig } from '../../src/config/load.js';
import { createHttpClient } from '../../src/http/client.js';
import type { RegistryEntry } from '../../src/providers/registry.js';
import type { ContractProbes, ProbeRequest } from '../../src/sandbox/fake-harness.js';
import type { VendorFake } from '../../src/sandbox/fake.js';
import type { Sandbox } from '../../src/sandbox/server.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

export interface ExampleAccount {
  readonly name: string;
  /** The account's own settings (company_id, chain_id…), as campaignctl.yaml gives them. */
  readonly options: Readonly<Record<string, string | number>>;
}

/** The provider's account in the repository's example campaignctl.yaml. */
export function exampleAccount(provider: string): ExampleAccount {
  const config = parse(readFileSync(path.join(REPO, 'campaignctl.yaml'), 'utf8')) as { accounts: Record<string, Record<string, unknown>> };
  const found = Object.entries(config.accounts).find(([, a]) => a.provider === provider);
  if (!found) throw new Error(`campaignctl.yaml declares no ${provider} account`);
  const [name, { provider: _p, endpoint: _e, credentials: _c, ...options }] = found;
  return { name, options: options as Record<string, string | number> };
}

/** Files under campaigns/ holding at most documents of this provider, relative to the repository. */
export function exampleFiles(provider: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        const docs = parseAllDocuments(readFileSync(full, 'utf8')).map((d) => d.toJS() as { provider?: unknown } | null);
        if (docs.some((d) => d?.provider === provider)) out.push(path.relative(REPO, full));
      }
    }
  };
  walk(path.join(REPO, 'campaigns'));
  return out.sort();
}

export interface Contracted {
  readonly fake: VendorFake;
  readonly probes: ContractProbes;
  readonly isError: ValidateFunction;
}

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The entry's fake, its contract probes, and a validator of the vendor's error bodies. */
export async function contracted(entry: RegistryEntry): Promise<Contracted> {
  const fake = await entry.fake();
  const harness = await fake.harness?.();
  if (!harness) throw new Error(`the ${entry.provider.name} fake has no harness: add src/sandbox/${entry.provider.name}/harness.ts`);
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }));
  return { fake, probes: harness.contract, isError: ajv.compile(harness.contract.errorBody) };
}

export interface ProbeAnswer {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** One GET to the sandbox below the vendor's prefix, answered as it comes (no retries). */
export async function probe(sb: Sandbox, vendor: string, req: ProbeRequest, headers: Readonly<Record<string, string>> = {}): Promise<ProbeAnswer> {
  const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
  const res = await fetch(`${sb.endpoint(vendor)}${req.path}${qs}`, { headers });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the schema check will say so
  }
  return { status: res.status, headers: Object.fromEntries(res.headers), body };
}

/** The headers the provider's own auth sends for an account on this sandbox (a token fetched where it takes one). */
export async function goodHeaders(entry: RegistryEntry, sb: Sandbox, account: ExampleAccount): Promise<Readonly<Record<string, string>>> {
  const { provider } = entry;
  if (!provider.runtime) throw new Error(`${provider.name} has no runtime`);
  const endpoint = sb.endpoint(provider.name);
  const config: AccountConfig = {
    name: account.name,
    provider: provider.name as AccountConfig['provider'],
    endpoint,
    credentials: {},
    ignore: [],
    options: account.options,
    position: { file: 'campaignctl.yaml', line: 1, col: 1 },
  };
  const credentials = Object.fromEntries(provider.credentialKeys.map((k) => [k, `contract-${k}`]));
  const auth = provider.runtime.auth({ account: config, credentials });
  if (!auth) return {};
  const client = createHttpClient({ baseUrl: endpoint, name: account.name, secrets: Object.values(credentials) });
  try {
    return await auth.headers(client);
  } finally {
    await client.close();
  }
}
