/**
 * The campaign files and the configuration as they were at a git revision (`plan --base REF`), read
 * from git's object store: no checkout, no temporary copy, so the working tree and its index are
 * never touched and a shallow clone works as long as REF's objects were fetched.
 *
 * The files are the ones `discover` would find in a checkout of REF (every *.yaml / *.yml below the
 * folder, hidden folders and node_modules skipped, in the same order) and carry the paths the
 * working tree's loader shows, so their diagnostics read the same. Their bytes are the blobs as
 * committed: no checkout filter runs (a filter can be any program; line endings, the one common
 * case, change no YAML value and no line number).
 *
 * Four git processes in all, whatever the number of files: the repository's root, the commit,
 * the listing (`ls-tree`), and every blob through one `cat-file --batch`.
 */
import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../desired/discover.js';
import { nearestRealpath } from '../desired/nearest-realpath.js';

export type GitBaseErrorKind = 'git-missing' | 'not-a-repository' | 'unknown-revision' | 'outside-repository' | 'missing-object' | 'git-failed';

export class GitBaseError extends Error {
  constructor(
    readonly kind: GitBaseErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** A file as it was at the revision; `path` is shown as the working tree's loader shows it. */
export interface BaseFile {
  readonly path: string;
  readonly text: Uint8Array;
}

export interface BaseTree {
  /** The full object name of the commit REF named. */
  readonly commit: string;
  /** Undefined when the revision has no such file (the configuration came later). */
  readonly config?: BaseFile;
  /** Empty when the revision has no such folder. */
  readonly files: BaseFile[];
}

export interface ReadBaseOptions {
  /** A commit as git names it: a full or short object name, a branch, a tag, `HEAD~1`. */
  readonly ref: string;
  /** The command's working directory: paths are resolved against it and shown relative to it. */
  readonly cwd: string;
  /** The configuration file, as given (`--config`), relative to cwd or absolute. */
  readonly config: string;
  /** The campaign folder, as given (`--dir`); a single file is read as it is. */
  readonly dir: string;
  /** The environment git runs in; the process's own by default. */
  readonly env?: NodeJS.ProcessEnv;
}

const YAML_FILE = /\.ya?ml$/i;

export async function readBaseTree(opts: ReadBaseOptions): Promise<BaseTree> {
  const git = gitRunner(opts.env ?? process.env);
  const top = await repositoryRoot(git, opts.cwd);
  const commit = await resolveCommit(git, top, opts.ref);

  const dirAbs = path.resolve(opts.cwd, opts.dir);
  const configAbs = path.resolve(opts.cwd, opts.config);
  const dirRel = await inRepository(top, dirAbs, opts.cwd, 'the campaign folder');
  const configRel = await inRepository(top, configAbs, opts.cwd, 'the configuration file');

  // The whole tree when the folder is the repository's root; else only the two paths.
  const pathspecs = dirRel === '' ? [] : [dirRel, configRel];
  const listing = await git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...pathspecs], top);
  if (listing.code !== 0) throw gitFailed('ls-tree', listing.stderr);

  let config: TreeEntry | undefined;
  const found: { entry: TreeEntry; segments: string[] }[] = [];
  const links: TreeEntry[] = [];
  const take = (entry: TreeEntry, at: string) => {
    if (at === dirRel) found.push({ entry, segments: [] });
    else if (dirRel === '' || at.startsWith(`${dirRel}/`)) {
      const segments = (dirRel === '' ? at : at.slice(dirRel.length + 1)).split('/');
      if (segments.some((s) => s.startsWith('.') || s === 'node_modules')) return;
      if (YAML_FILE.test(segments[segments.length - 1]!)) found.push({ entry, segments });
    }
  };
  for (const entry of parseTree(listing.stdout)) {
    if (entry.link) {
      links.push(entry);
      continue;
    }
    if (entry.path === configRel) config = entry;
    take(entry, entry.path);
  }
  // Links are followed as the working tree's loader follows them: only to what stays inside the
  // working directory (here: inside the repository and below cwd's place in it).
  if (links.length > 0) {
    const cwdRel = await inRepository(top, path.resolve(opts.cwd), opts.cwd, 'the working directory').catch(() => undefined);
    if (cwdRel !== undefined) {
      for (const { entry, at } of await followLinks(git, top, commit, links, cwdRel)) take(entry, at);
    }
  }
  found.sort((a, b) => compareSegments(a.segments, b.segments));

  const blobs = await readBlobs(git, top, [...(config ? [config] : []), ...found.map((f) => f.entry)], opts.ref);
  const shownDir = dirAbs === path.resolve(opts.cwd) ? '' : displayPath(dirAbs, opts.cwd);
  const sep = path.isAbsolute(shownDir) ? path.sep : '/';
  const prefix = shownDir === '' || shownDir.endsWith(sep) ? shownDir : shownDir + sep;
  return {
    commit,
    ...(config ? { config: { path: displayPath(configAbs, opts.cwd), text: blobs.get(config.oid)! } } : {}),
    files: found.map(({ entry, segments }) => ({
      path: segments.length === 0 ? displayPath(dirAbs, opts.cwd) : prefix + segments.join(sep),
      text: blobs.get(entry.oid)!,
    })),
  };
}

/** Names compared as discover sorts a folder's entries, folder by folder. */
function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

interface TreeEntry {
  readonly path: string;
  readonly oid: string;
  /** A symbolic link (mode 120000): its blob is the target's path. */
  readonly link?: true;
}

/**
 * `ls-tree -z` lines: `<mode> <type> <object>\t<path>`. Regular files and symbolic links (mode
 * 120000) count; a submodule is a commit.
 */
function* parseTree(out: Buffer): Generator<TreeEntry> {
  for (const line of out.toString('utf8').split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = line.slice(0, tab).split(' ');
    if (type !== 'blob' || !oid) continue;
    if (mode === '100644' || mode === '100755') yield { path: line.slice(tab + 1), oid };
    else if (mode === '120000') yield { path: line.slice(tab + 1), oid, link: true };
  }
}

/** How many links one path may pass through (a loop ends here, as the loader's ELOOP does). */
const MAX_LINK_HOPS = 8;

/**
 * The regular files the links lead to, each under the path the link gives it (`at`): a link to a
 * file, or every file below a linked folder. A link whose target leaves `rootRel` (the working
 * directory's place in the repository), does not exist at the revision, or loops is not followed.
 */
async function followLinks(git: GitRunner, top: string, commit: string, links: readonly TreeEntry[], rootRel: string): Promise<{ entry: TreeEntry; at: string }[]> {
  const whole = await git(['ls-tree', '-r', '-z', '--full-tree', commit], top);
  if (whole.code !== 0) throw gitFailed('ls-tree', whole.stderr);
  const files = new Map<string, TreeEntry>();
  const linkAt = new Map<string, TreeEntry>();
  for (const e of parseTree(whole.stdout)) (e.link ? linkAt : files).set(e.path, e);
  const targets = await readBlobs(git, top, [...linkAt.values()], commit);
  const insideRoot = (p: string) => rootRel === '' || p === rootRel || p.startsWith(`${rootRel}/`);
  /** A path with the links on its way resolved; undefined when it leaves the root or loops. */
  const resolve = (p: string, hops = 0): string | undefined => {
    const parts = p.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const head = parts.slice(0, i).join('/');
      const link = linkAt.get(head);
      if (!link) continue;
      if (hops >= MAX_LINK_HOPS) return undefined;
      const target = Buffer.from(targets.get(link.oid)!).toString('utf8');
      if (path.posix.isAbsolute(target)) return undefined;
      const joined = path.posix.normalize(path.posix.join(path.posix.dirname(head), target, ...parts.slice(i)));
      if (joined.startsWith('../') || joined === '..' || !insideRoot(joined)) return undefined;
      return resolve(joined, hops + 1);
    }
    return insideRoot(p) ? p : undefined;
  };
  const out: { entry: TreeEntry; at: string }[] = [];
  for (const link of links) {
    const target = resolve(link.path);
    if (target === undefined) continue;
    const file = files.get(target);
    if (file) {
      out.push({ entry: file, at: link.path });
      continue;
    }
    for (const [p, e] of files) {
      if (p.startsWith(`${target}/`)) out.push({ entry: e, at: `${link.path}${p.slice(target.length)}` });
    }
  }
  return out;
}

/** Every blob's bytes, by object name, through one `cat-file --batch`. */
async function readBlobs(git: GitRunner, top: string, entries: readonly TreeEntry[], ref: string): Promise<Map<string, Uint8Array>> {
  const oids = [...new Set(entries.map((e) => e.oid))];
  const blobs = new Map<string, Uint8Array>();
  if (oids.length === 0) return blobs;
  const out = await git(['cat-file', '--batch'], top, `${oids.join('\n')}\n`);
  if (out.code !== 0) throw gitFailed('cat-file', out.stderr);
  let pos = 0;
  for (const oid of oids) {
    const eol = out.stdout.indexOf(0x0a, pos);
    const header = out.stdout.toString('utf8', pos, eol < 0 ? undefined : eol);
    const [name, type, size] = header.split(' ');
    if (eol < 0 || type !== 'blob' || name !== oid) {
      const file = entries.find((e) => e.oid === oid)!.path;
      throw new GitBaseError(
        'missing-object',
        `git does not have ${file} as of ${ref} (a shallow or partial clone?); fetch the revision first, e.g. git fetch origin ${ref}`,
      );
    }
    const start = eol + 1;
    blobs.set(oid, out.stdout.subarray(start, start + Number(size)));
    pos = start + Number(size) + 1;
  }
  return blobs;
}

async function repositoryRoot(git: GitRunner, cwd: string): Promise<string> {
  const out = await git(['rev-parse', '--show-toplevel'], cwd);
  if (out.code === 0) return out.stdout.toString('utf8').trim();
  if (/not a git repository/i.test(out.stderr)) {
    throw new GitBaseError('not-a-repository', `${cwd} is not in a git repository; --base reads the campaign files from git`);
  }
  throw gitFailed('rev-parse', out.stderr);
}

async function resolveCommit(git: GitRunner, top: string, ref: string): Promise<string> {
  const out = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top);
  if (out.code === 0) return out.stdout.toString('utf8').trim();
  if (out.stderr.trim() === '') {
    throw new GitBaseError('unknown-revision', `git does not know ${ref}; fetch it first, e.g. git fetch origin ${ref}`);
  }
  throw gitFailed('rev-parse', out.stderr);
}

/** The path inside the repository, `/`-separated (`''` for its root); symbolic links on the way resolved as git's root is. */
async function inRepository(top: string, abs: string, cwd: string, what: string): Promise<string> {
  const rel = path.relative(await realpathOfTop(top), await nearestRealpath(abs));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new GitBaseError(
      'outside-repository',
      `${what} ${displayPath(abs, cwd)} is outside the git repository at ${top}: --base can only read files git tracks`,
    );
  }
  return rel.split(path.sep).join('/');
}

async function realpathOfTop(top: string): Promise<string> {
  return realpath(top).catch(() => top);
}


function gitFailed(command: string, stderr: string): GitBaseError {
  const first = stderr.trim().split('\n')[0] || 'no message';
  return new GitBaseError('git-failed', `git ${command} failed: ${first}`);
}

interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

type GitRunner = (args: readonly string[], cwd: string, input?: string) => Promise<GitResult>;

function gitRunner(env: NodeJS.ProcessEnv): GitRunner {
  // English messages, whatever the user's locale: repositoryRoot tells "not a repository" by them.
  const gitEnv = { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
  return (args, cwd, input) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd, env: gitEnv, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'ENOENT' ? new GitBaseError('git-missing', 'git is not installed or not on PATH; --base reads the campaign files with git') : e),
      );
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
      // git may exit before reading all of its input (a bad repository): that is its exit code's to tell.
      child.stdin.on('error', () => {});
      child.stdin.end(input ?? '');
    });
}
