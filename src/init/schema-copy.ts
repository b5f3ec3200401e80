/**
 * The repository's copy of campaignctl's schemas, and where editors find a schema from a file of
 * the repository.
 *
 * `$schema` lines must resolve from any clone of a team's repository, on any machine, offline too:
 * a path into node_modules resolves only where campaignctl is installed locally, and a URL only
 * once the version is published and with a network. So `campaignctl init` writes the package's
 * schemas into `schemas/` beside campaignctl.yaml (committed with the rest), campaignctl.yaml and
 * every file `import` writes name them by a relative path, and `validate` says when the copy no
 * longer matches the installed campaignctl (after an upgrade). In campaignctl's own repository the
 * copy is the package's own folder. A repository without a copy (never `init`ed) gets the URL that
 * serves this version's schemas, which resolves anywhere once it is published.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { CAMPAIGN_FILE_SCHEMA } from '../desired/campaign-file-text.js';
import { schemasDir } from '../desired/schema-registry.js';
import { VERSION } from '../cli/version.js';
import { publishedSchemaBase } from './published.js';

/** The copy's folder, relative to the folder of campaignctl.yaml. */
export const SCHEMA_COPY_DIR = 'schemas';

/** The schema files this package ships (file name → text), in name order. */
export function packageSchemas(): Map<string, string> {
  const names = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
  return new Map(names.map((name) => [name, readFileSync(path.join(schemasDir, name), 'utf8')]));
}

/** The copy's folder for the configuration file `configFile` (absolute). */
export function schemaCopyDir(configFile: string): string {
  return path.join(path.dirname(configFile), SCHEMA_COPY_DIR);
}

/**
 * Where files of the repository configured by `configFile` (absolute) find campaignctl's schemas:
 * the copy beside it when it holds the campaign-file schema (an absolute folder), else the URL
 * serving this version's (ending in `/`).
 */
export function schemaLocation(configFile: string): string {
  const copy = schemaCopyDir(configFile);
  return existsSync(path.join(copy, CAMPAIGN_FILE_SCHEMA)) ? copy : publishedSchemaBase();
}

function samePlace(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * The copy's files that differ from this package's schemas, or that it lacks while holding others
 * (names, sorted). Empty when there is no copy, or when the copy is the package's own folder.
 */
export function staleSchemaCopies(configFile: string): string[] {
  const copy = schemaCopyDir(configFile);
  if (!existsSync(path.join(copy, CAMPAIGN_FILE_SCHEMA)) || samePlace(copy, schemasDir)) return [];
  const stale: string[] = [];
  for (const [name, text] of packageSchemas()) {
    const file = path.join(copy, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(name);
  }
  return stale;
}

/**
 * What to tell a team whose copy no longer matches the installed campaignctl (paths shown relative
 * to `cwd`), or undefined.
 */
export function schemaCopyNote(configFile: string, cwd: string): string | undefined {
  const stale = staleSchemaCopies(configFile);
  if (stale.length === 0) return undefined;
  const copy = path.relative(cwd, schemaCopyDir(configFile)).split(path.sep).join('/') || '.';
  return (
    `${copy}/ (the schemas editors complete from) differs from campaignctl ${VERSION}'s in ${stale.join(', ')}: ` +
    `to refresh it, remove ${stale.length === 1 ? 'that file' : 'those files'} and run \`campaignctl init\` (it writes only what is missing)`
  );
}
