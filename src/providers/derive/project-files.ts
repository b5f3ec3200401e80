/**
 * Every file of the project that lists vendors and is derived from the registry: the envelope and
 * config schemas, docs/vendors.md, the credentials regions of the workflows, and the SchemaStore
 * catalog entries (which match campaign files by provider folder). `npm run generate`
 * writes them; the registry check and test/generated.test.ts fail when a committed one is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { conventionalSources, credentialVariables, withSecretEnv } from '../../config/credential-env.js';
import { isJsonObject, type JsonObject } from '../../json/guards.js';
import type { ProviderDefinition } from '../types.js';
import { deriveCampaignFileSchema, deriveConfigSchema, schemaText, type DerivedVendor } from './envelope-schemas.js';
import { renderVendorsDoc } from './vendors-doc.js';
import { SCHEMASTORE_CATALOG, SCHEMASTORE_DIR, schemaStoreCatalog } from '../../init/schemastore.js';

/** Where a project keeps what the registry check looks at. */
export interface ProjectRoots {
  readonly schemas: string;
  readonly campaigns: string;
  readonly docs: string;
  readonly workflows: string;
  readonly schemastore: string;
}

export function projectRoots(root: string): ProjectRoots {
  return {
    schemas: path.join(root, 'schemas'),
    campaigns: path.join(root, 'campaigns'),
    docs: path.join(root, 'docs'),
    workflows: path.join(root, '.github', 'workflows'),
    schemastore: path.join(root, SCHEMASTORE_DIR),
  };
}

export const CAMPAIGN_FILE_SCHEMA = 'campaign-file.schema.json';
export const CONFIG_SCHEMA = 'config.schema.json';
export const VENDORS_DOC = 'vendors.md';

export interface DerivedFile {
  /** Absolute. */
  readonly file: string;
  /** What it should hold. */
  readonly text: string;
  /** What it holds now; undefined when it does not exist. */
  readonly current?: string;
}

function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A schema file parsed; undefined when it is missing or not a JSON object. */
export function readSchema(file: string): JsonObject | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function derivedVendors(providers: readonly ProviderDefinition[], roots: ProjectRoots): DerivedVendor[] {
  return providers.map((p) => {
    const schema = readSchema(path.join(roots.schemas, p.schemaFile));
    const lifecycle = { create: Boolean(p.runtime?.create), retire: Boolean(p.runtime?.retire), remove: Boolean(p.runtime?.remove) };
    return { name: p.name, title: p.title, schemaFile: p.schemaFile, credentialKeys: p.credentialKeys, lifecycle, ...(schema ? { schema } : {}) };
  });
}

/** The derived files as they should be, beside what they hold now. */
export function derivedFiles(providers: readonly ProviderDefinition[], roots: ProjectRoots): DerivedFile[] {
  const vendors = derivedVendors(providers, roots);
  const out: DerivedFile[] = [];
  const add = (file: string, make: (current: string | undefined) => string | undefined) => {
    const current = readText(file);
    const text = make(current);
    if (text !== undefined) out.push({ file, text, ...(current !== undefined ? { current } : {}) });
  };
  for (const [name, derive] of [
    [CAMPAIGN_FILE_SCHEMA, deriveCampaignFileSchema],
    [CONFIG_SCHEMA, deriveConfigSchema],
  ] as const) {
    const file = path.join(roots.schemas, name);
    const base = readSchema(file);
    if (!base) throw new Error(`${file} is missing or not JSON: the derived parts need the hand-written rest`);
    add(file, () => schemaText(derive(base, vendors)));
  }
  add(path.join(roots.docs, VENDORS_DOC), () => renderVendorsDoc(vendors));
  add(path.join(roots.schemastore, SCHEMASTORE_CATALOG), () => {
    const schemas = { config: readSchema(path.join(roots.schemas, CONFIG_SCHEMA)), campaignFile: readSchema(path.join(roots.schemas, CAMPAIGN_FILE_SCHEMA)) };
    return `${JSON.stringify(schemaStoreCatalog(providers, schemas), null, 2)}\n`;
  });
  const variables = credentialVariables(conventionalSources(providers));
  if (existsSync(roots.workflows)) {
    for (const name of readdirSync(roots.workflows).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      add(path.join(roots.workflows, name), (current) => (current === undefined ? undefined : withSecretEnv(current, variables)));
    }
  }
  return out;
}

/** The derived files whose content is not what the registry makes. */
export function staleFiles(providers: readonly ProviderDefinition[], roots: ProjectRoots): DerivedFile[] {
  return derivedFiles(providers, roots).filter((f) => f.current !== f.text);
}

/** Writes the stale derived files; returns them. */
export function writeDerivedFiles(providers: readonly ProviderDefinition[], roots: ProjectRoots): DerivedFile[] {
  const stale = staleFiles(providers, roots);
  for (const f of stale) {
    mkdirSync(path.dirname(f.file), { recursive: true });
    writeFileSync(f.file, f.text);
  }
  return stale;
}
