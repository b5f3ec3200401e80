/**
 * Running git for `github record-ids`: one command at a time in a repository, its output captured,
 * never through a shell. Credentials are git's own (what actions/checkout leaves for `origin`);
 * nothing here reads or passes a token.
 */
import { execFile } from 'node:child_process';

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class GitError extends Error {
  override readonly name = 'GitError';
}

/** The commit's author when the environment names none: the Actions bot, as the state branch's commits. */
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export class Git {
  constructor(
    readonly cwd: string,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  /** Runs `git ARGS`; resolves whatever the exit status (see `ok` for the usual case). */
  run(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<GitResult> {
    const author = {
      GIT_AUTHOR_NAME: this.env.GIT_AUTHOR_NAME ?? BOT.name,
      GIT_AUTHOR_EMAIL: this.env.GIT_AUTHOR_EMAIL ?? BOT.email,
      GIT_COMMITTER_NAME: this.env.GIT_COMMITTER_NAME ?? this.env.GIT_AUTHOR_NAME ?? BOT.name,
      GIT_COMMITTER_EMAIL: this.env.GIT_COMMITTER_EMAIL ?? this.env.GIT_AUTHOR_EMAIL ?? BOT.email,
    };
    return new Promise((resolve) => {
      execFile(
        'git',
        [...args],
        { cwd: this.cwd, env: { ...stringEnv(this.env), ...author, GIT_TERMINAL_PROMPT: '0', ...extraEnv }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
        (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr: stderr || (err && typeof err.code !== 'number' ? err.message : '') });
        },
      );
    });
  }

  /** Runs `git ARGS` and returns its output, trimmed; a failure is a GitError saying what was being done. */
  async ok(args: readonly string[], what: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<string> {
    const r = await this.run(args, extraEnv);
    if (r.code !== 0) throw new GitError(`git: could not ${what}: ${lastLines(r.stderr || r.stdout)}`);
    return r.stdout.trim();
  }
}

function stringEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The end of git's message, where it says what went wrong; a URL's user and password masked. */
export function lastLines(text: string, n = 6): string {
  return text
    .trim()
    .split('\n')
    .slice(-n)
    .join('\n  ')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
