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

export interface Project {
  readonly dir: string;
  write(file: string, text: string | Uint8Array): void;
  run(args: readonly string[], opts?: { env?: Record<string, string>; now?: Date; stdinIsTTY?: boolean; tty?: boolean }): Promise<CliRun>;
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
  opts: { cwd: string; env?: Record<string, string>; now?: Date; stdinIsTTY?: boolean; tty?: boolean },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    stdinIsTTY: opts.stdinIsTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd,
    now: () => opts.now ?? TEST_NOW,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}
