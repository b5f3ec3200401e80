/** Runs the CLI in-process against a throwaway project folder, capturing what it prints. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { TEST_CONFIG, TEST_NOW } from './validate.js';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly now?: Date;
  readonly stdinIsTTY?: boolean;
  readonly tty?: boolean;
  /** Abort it to play a SIGINT. */
  readonly interrupt?: AbortController;
  /**
   * Lines typed at the terminal, one per question asked (each question is printed to stderr, as on
   * a terminal); once they run out, input has ended. Absent: the CLI has nobody to ask.
   */
  readonly answers?: readonly string[];
}

export interface Project {
  readonly dir: string;
  write(file: string, text: string | Uint8Array): void;
  run(args: readonly string[], opts?: RunOptions): Promise<CliRun>;
  remove(): void;
}

/** A temporary folder with the example campaignctl.yaml (unless `config` says otherwise). */
export function tempProject(files: Record<string, string> = {}, config: string | null = TEST_CONFIG): Project {
  const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-test-'));
  const write = (file: string, text: string | Uint8Array) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  if (config !== null) write('campaignctl.yaml', config);
  for (const [f, t] of Object.entries(files)) write(f, t);
  return {
    dir,
    write,
    run: (args, opts = {}) => runCli(args, { cwd: dir, ...opts }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function runCli(
  args: readonly string[],
  opts: RunOptions & { cwd: string },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const answers = opts.answers ? [...opts.answers] : undefined;
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    stdinIsTTY: opts.stdinIsTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd,
    now: () => opts.now ?? TEST_NOW,
    interrupts: () => (opts.interrupt ?? new AbortController()).signal,
    ...(answers
      ? {
          ask: async (question: string) => {
            stderr += question;
            const answer = answers.shift();
            if (answer !== undefined) stderr += `${answer}\n`;
            return answer;
          },
        }
      : {}),
  };

  const status = await main(args, io);
  return { status, stdout, stderr };
}
