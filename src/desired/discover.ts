/** Finds campaign files: every *.yaml / *.yml below the given folders, recursively, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const YAML_FILE = /\.ya?ml$/i;

export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`${path}: no such file or folder`);
  }
}

/** A campaign file found. */
export interface CampaignFile {
  /** As shown in messages: relative to the working directory when inside it, else absolute. */
  readonly path: string;
  readonly absolute: string;
}

/**
 * Both paths of each file are built by appending names to its folder's (path.join and
 * path.relative normalize the whole path again, which for 10,000 files costs several times the
 * reading of the folders).
 */
async function walk(dir: string, shown: string, out: CampaignFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const absPrefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  // Shown paths use `/`, except absolute ones (outside the working directory), shown as the system writes them.
  const sep = path.isAbsolute(shown) ? path.sep : '/';
  const shownPrefix = shown === '' ? '' : shown.endsWith(sep) ? shown : shown + sep;
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.isDirectory()) await walk(absPrefix + e.name, shownPrefix + e.name, out);
    else if (e.isFile() && YAML_FILE.test(e.name)) out.push({ path: shownPrefix + e.name, absolute: absPrefix + e.name });
  }
}

/** Files as given; folders expanded. Paths come back as given (relative stays relative). */
export async function discoverCampaignFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  return (await findCampaignFiles(paths, cwd)).map((f) => f.path);
}

/** Files as given, folders expanded; each once, with its shown and its absolute path. */
export async function findCampaignFiles(paths: readonly string[], cwd: string): Promise<CampaignFile[]> {
  const out: CampaignFile[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new MissingPathError(p);
    }
    const shown = displayPath(abs, cwd);
    if (info.isDirectory()) await walk(abs, abs === path.resolve(cwd) ? '' : shown, out);
    else out.push({ path: shown, absolute: abs });
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/** Relative to the working directory when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}
