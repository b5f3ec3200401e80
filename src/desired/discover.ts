/** Finds campaign files: every *.yaml / *.yml below the given folders, recursively, in a stable order. */
import { readdir, realpath, stat } from 'node:fs/promises';
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

/** Something below a campaign folder that is not read, and why (said to the user, never silent). */
export interface SkippedPath {
  readonly path: string;
  readonly reason: string;
}

interface Walk {
  /** Real path of the folder links must stay inside (the working directory, or the folder given). */
  readonly root: string;
  /** Real paths of the folders being walked, so that a link back up is not followed forever. */
  readonly open: Set<string>;
  readonly out: CampaignFile[];
  readonly skip: (skipped: SkippedPath) => void;
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Both paths of each file are built by appending names to its folder's (path.join and
 * path.relative normalize the whole path again, which for 10,000 files costs several times the
 * reading of the folders).
 *
 * A symbolic link is followed only when it resolves inside the walk's root (a campaign folder
 * shared within the repository); one that points outside it, is broken, or leads back into a
 * folder being walked is skipped and named. Anything that is neither a folder nor a regular file
 * (a FIFO would block the read forever) is skipped and named.
 */
async function walk(dir: string, shown: string, w: Walk): Promise<void> {
  const out = w.out;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const absPrefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  // Shown paths use `/`, except absolute ones (outside the working directory), shown as the system writes them.
  const sep = path.isAbsolute(shown) ? path.sep : '/';
  const shownPrefix = shown === '' ? '' : shown.endsWith(sep) ? shown : shown + sep;
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const abs = absPrefix + e.name;
    const shownPath = shownPrefix + e.name;
    if (e.isDirectory()) await walkFolder(abs, shownPath, w);
    else if (e.isFile()) {
      if (YAML_FILE.test(e.name)) out.push({ path: shownPath, absolute: abs });
    } else if (e.isSymbolicLink()) await followLink(abs, shownPath, e.name, w);
    else if (YAML_FILE.test(e.name)) w.skip({ path: shownPath, reason: 'not a regular file (a FIFO, socket or device); not read' });
  }
}

async function walkFolder(abs: string, shown: string, w: Walk): Promise<void> {
  const real = await realpath(abs);
  if (w.open.has(real)) {
    w.skip({ path: shown, reason: 'a link back into a folder already being read; not followed' });
    return;
  }
  w.open.add(real);
  try {
    await walk(abs, shown, w);
  } finally {
    w.open.delete(real);
  }
}

async function followLink(abs: string, shown: string, name: string, w: Walk): Promise<void> {
  let target: string;
  let info;
  try {
    target = await realpath(abs);
    info = await stat(target);
  } catch {
    if (YAML_FILE.test(name)) w.skip({ path: shown, reason: 'a symbolic link whose target does not exist; not read' });
    return;
  }
  const matters = info.isDirectory() || YAML_FILE.test(name);
  if (!inside(w.root, target)) {
    if (matters) w.skip({ path: shown, reason: `a symbolic link to ${target}, outside ${w.root}; links are followed only inside it` });
    return;
  }
  if (info.isDirectory()) await walkFolder(abs, shown, w);
  else if (info.isFile()) {
    if (YAML_FILE.test(name)) w.out.push({ path: shown, absolute: abs });
  } else if (matters) w.skip({ path: shown, reason: 'a link to something that is not a regular file; not read' });
}

/** Files as given; folders expanded. Paths come back as given (relative stays relative). */
export async function discoverCampaignFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  return (await findCampaignFiles(paths, cwd)).map((f) => f.path);
}

/** A path given that exists but is neither a folder nor a regular file (reading a FIFO would hang). */
export class NotAFileError extends Error {
  constructor(readonly path: string) {
    super(`${path}: not a regular file or folder`);
  }
}

/**
 * Files as given, folders expanded; each once, with its shown and its absolute path. Links below a
 * folder are followed only inside the working directory (or inside the folder given, when that is
 * outside it); what is skipped goes to `onSkip`.
 */
export async function findCampaignFiles(
  paths: readonly string[],
  cwd: string,
  onSkip: (skipped: SkippedPath) => void = () => {},
): Promise<CampaignFile[]> {
  const out: CampaignFile[] = [];
  const realCwd = await realpath(cwd).catch(() => path.resolve(cwd));
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new MissingPathError(p);
    }
    const shown = displayPath(abs, cwd);
    if (info.isDirectory()) {
      const real = await realpath(abs);
      const root = inside(realCwd, real) ? realCwd : real;
      await walkFolder(abs, abs === path.resolve(cwd) ? '' : shown, { root, open: new Set(), out, skip: onSkip });
    } else if (info.isFile()) out.push({ path: shown, absolute: abs });
    else throw new NotAFileError(p);
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/** Relative to the working directory when inside it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}
