/**
 * Paths as GitHub names them (from the repository's root, `/`-separated), for files campaignctl
 * names from where it runs (the action's `working-directory`): the checkout's root is
 * GITHUB_WORKSPACE on a runner, else git's top level, else where campaignctl runs.
 */
import path from 'node:path';
import { Git } from './git.js';

export async function repositoryRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const workspace = env.GITHUB_WORKSPACE?.trim();
  if (workspace) return path.resolve(workspace);
  const top = await new Git(cwd, env).run(['rev-parse', '--show-toplevel']);
  return top.code === 0 && top.stdout.trim() !== '' ? top.stdout.trim() : cwd;
}

/** `file` (relative to `cwd`) from the repository's root; undefined when it lies outside. */
export function fromRoot(root: string, cwd: string, file: string): string | undefined {
  const rel = path.relative(root, path.resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
