/** Finds campaign files: every *.yaml / *.yml below the given folders, recursively, in a stable order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const YAML_FILE = /\.ya?ml$/i;

export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`${path}: no such file or folder`);
  }
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && YAML_FILE.test(e.name)) out.push(full);
  }
}

/** Files as given; folders expanded. Paths come back as given (relative stays relative). */
export async function discoverCampaignFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new MissingPathError(p);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found);
      out.push(...found.map((f) => displayPath(f, cwd)));
    } else out.push(displayPath(abs, cwd));
  }
  return [...new Set(out)];
}

/** Relative to the working directory when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}
