/**
 * schemastore/catalog.json: the SchemaStore catalog entries for campaignctl.yaml and campaign files,
 * ready to paste into SchemaStore's src/api/json/catalog.json (docs/editor-completion.md). With them
 * listed there, editors complete both kinds of file with no `$schema` line and no setup.
 *
 * Campaign files are matched by the folders `import` writes them to, `campaigns/<provider>/`, one
 * pattern per provider of the registry: specific enough for a public catalog (a bare
 * `campaigns/**` would claim every project's campaign folder). The URLs are the npm package's
 * schemas through jsDelivr: the latest release's, and this version's under `versions`.
 */
import { isJsonObject, type JsonObject } from '../json/guards.js';
import { VERSION } from '../cli/version.js';
import { latestSchemaBase, publishedSchemaBase } from './published.js';

export const SCHEMASTORE_DIR = 'schemastore';
export const SCHEMASTORE_CATALOG = 'catalog.json';

/** The folder, below any `campaigns/`, that import writes a provider's campaigns to. */
export function campaignFileMatch(providers: readonly { readonly name: string }[]): string[] {
  return providers.flatMap((p) => [`**/campaigns/${p.name}/*.yaml`, `**/campaigns/${p.name}/*.yml`]);
}

function entry(name: string, schema: JsonObject | undefined, file: string, fileMatch: readonly string[], version: string): JsonObject {
  const description = typeof schema?.description === 'string' ? schema.description.replace(/\.$/, '') : name;
  return {
    name,
    description,
    fileMatch: [...fileMatch],
    url: `${latestSchemaBase()}${file}`,
    versions: { [version]: `${publishedSchemaBase(version)}${file}` },
  };
}

/**
 * The catalog document: `schemas` holds the two entries. `schemas` are the config and campaign-file
 * schemas as parsed (for their descriptions).
 */
export function schemaStoreCatalog(
  providers: readonly { readonly name: string }[],
  schemas: { readonly config: JsonObject | undefined; readonly campaignFile: JsonObject | undefined },
  version: string = VERSION,
): JsonObject {
  return {
    $schema: 'https://json.schemastore.org/schema-catalog.json',
    version: 1,
    schemas: [
      entry('campaignctl', schemas.config, 'config.schema.json', ['campaignctl.yaml', 'campaignctl.yml'], version),
      entry('campaignctl campaign', schemas.campaignFile, 'campaign-file.schema.json', campaignFileMatch(providers), version),
    ],
  };
}

/** The entries of a parsed catalog (empty when it has none). */
export function catalogEntries(catalog: unknown): JsonObject[] {
  return isJsonObject(catalog) && Array.isArray(catalog.schemas) ? catalog.schemas.filter(isJsonObject) : [];
}
