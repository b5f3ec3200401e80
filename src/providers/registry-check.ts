/**
 * Finds the providers of a registry that are half-added: a schema file missing or without its id
 * rule, a fake that does not load or serves another prefix or keeps no harness, no example
 * campaign, or derived files (envelope and config schemas, docs/vendors.md, workflows) that do not
 * list it yet. test/registry/ runs it on the real registry, and on one with a test-only sixth
 * provider to show that each missing piece is named until it is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isJsonObject } from '../json/guards.js';
import { credentialDescription, vendorDef } from './derive/envelope-schemas.js';
import { CAMPAIGN_FILE_SCHEMA, CONFIG_SCHEMA, derivedVendors, readSchema, staleFiles, type ProjectRoots } from './derive/project-files.js';
import type { RegistryEntry } from './registry.js';

export interface RegistryProblem {
  /** The provider it is about; undefined for a problem of the registry as a whole. */
  readonly provider?: string;
  /** What is missing or wrong, and what to do about it. */
  readonly message: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function message(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

async function fakeProblems(entry: RegistryEntry): Promise<string[]> {
  const { name } = entry.provider;
  let fake;
  try {
    fake = await entry.fake();
  } catch (err) {
    return [`its sandbox fake does not load (${message(err)}): add src/sandbox/${name}/ and point the registry line at it`];
  }
  if (!fake || typeof fake.handle !== 'function') return ['its sandbox fake loads, but is not a VendorFake'];
  const out: string[] = [];
  if (fake.name !== name) out.push(`its sandbox fake serves /${fake.name}, not /${name}`);
  if (!fake.harness) {
    out.push(`its sandbox fake keeps no harness (contract probes and bench profile): add src/sandbox/${name}/harness.ts`);
  } else {
    try {
      await fake.harness();
    } catch (err) {
      out.push(`its fake's harness does not load (${message(err)})`);
    }
  }
  return out;
}

/** Providers named by some campaign document under `dir`, searched recursively. */
function providersWithExamples(dir: string): Set<string> {
  const found = new Set<string>();
  if (!existsSync(dir)) return found;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        for (const doc of parseAllDocuments(readFileSync(full, 'utf8'))) {
          const value: unknown = doc.toJS();
          if (isJsonObject(value) && typeof value.provider === 'string') found.add(value.provider);
        }
      }
    }
  };
  walk(dir);
  return found;
}

/** Whether the committed schema's provider enum at `at` names the provider. */
function enumNames(file: string, at: readonly string[], name: string): boolean {
  let node: unknown = readSchema(file);
  for (const key of at) node = isJsonObject(node) ? node[key] : undefined;
  return Array.isArray(node) && node.includes(name);
}

export async function checkRegistry(entries: readonly RegistryEntry[], roots: ProjectRoots): Promise<RegistryProblem[]> {
  const problems: RegistryProblem[] = [];
  const providers = entries.map((e) => e.provider);
  const vendors = derivedVendors(providers, roots);
  const examples = providersWithExamples(roots.campaigns);
  const seen = new Set<string>();
  const rel = (file: string) => path.relative(path.dirname(roots.schemas), file) || file;

  for (const [i, entry] of entries.entries()) {
    const { name, schemaFile, credentialKeys } = entry.provider;
    const vendor = vendors[i]!;
    const add = (m: string) => problems.push({ provider: name, message: m });
    if (!NAME.test(name)) add(`its name must be lower-case letters and digits (words joined by -): it is the \`provider:\` value and the sandbox prefix`);
    if (seen.has(name)) add('it is registered twice');
    seen.add(name);

    const schemaPath = path.join(roots.schemas, schemaFile);
    if (!existsSync(schemaPath)) add(`its schema ${rel(schemaPath)} is missing`);
    else if (!vendor.schema) add(`its schema ${rel(schemaPath)} is not a JSON object`);
    else {
      if (!vendorDef(vendor, 'id')) add(`its schema ${rel(schemaPath)} has no $defs.id (the rule a campaign id must follow)`);
      const described = vendorDef(vendor, 'account')?.properties;
      const credentials = isJsonObject(described) && isJsonObject(described.credentials) ? described.credentials.properties : undefined;
      for (const key of isJsonObject(credentials) ? Object.keys(credentials) : []) {
        if (!credentialKeys.includes(key)) add(`its schema describes credential \`${key}\`, which its credentialKeys lack`);
      }
      for (const key of credentialKeys) {
        if (!credentialDescription(vendor, key)) add(`its schema does not say what credential \`${key}\` is ($defs.account.properties.credentials.properties.${key}.description)`);
      }
    }

    for (const m of await fakeProblems(entry)) add(m);
    if (!examples.has(name)) add(`no example campaign under ${rel(roots.campaigns)}/ (a document with \`provider: ${name}\`)`);

    const envelope = path.join(roots.schemas, CAMPAIGN_FILE_SCHEMA);
    const config = path.join(roots.schemas, CONFIG_SCHEMA);
    if (!enumNames(envelope, ['properties', 'provider', 'enum'], name)) add(`${rel(envelope)} does not list it yet: run npm run generate`);
    if (!enumNames(config, ['$defs', 'account', 'properties', 'provider', 'enum'], name)) add(`${rel(config)} does not list it yet: run npm run generate`);
  }

  let stale: string[];
  try {
    stale = staleFiles(providers, roots).map((f) => rel(f.file));
  } catch (err) {
    stale = [];
    problems.push({ message: `the derived files cannot be made: ${message(err)}` });
  }
  for (const file of stale) problems.push({ message: `${file} is stale: run npm run generate and commit it` });
  return problems;
}

/** One line per problem, the provider first. */
export function formatProblems(problems: readonly RegistryProblem[]): string {
  return problems.map((p) => (p.provider ? `${p.provider}: ${p.message}` : p.message)).join('\n');
}
