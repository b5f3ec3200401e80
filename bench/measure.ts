/**
 * Measuring: the sandbox child, the CLI run as a child process (wall time and peak RSS), and the
 * sandbox's request log counted per vendor.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './template.js';

export interface SandboxChild {
  readonly url: string;
  /** CPU seconds (user + system) the sandbox process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** CPU seconds (user + system) of a process, from /proc (0 where there is no /proc). */
export function processCpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Starts bench/sandbox-child.ts and waits for its "listening" line. */
export function startSandboxChild(stateFile: string, latencyMs: number, rateLimit: number): Promise<SandboxChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench', 'sandbox-child.ts'), stateFile, String(latencyMs), String(rateLimit)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /sandbox listening on (\S+)/.exec(out);
      if (!m) return;
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({
        url: m[1]!,
        cpuSeconds: () => processCpuSeconds(child.pid),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${out}`)));
  });
}

export interface RequestRecord {
  readonly vendor: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Epoch ms the request arrived (sandboxes that record it). */
  readonly receivedAt?: number;
}

/** Epoch ms of the first and last request in the log, when the sandbox records arrival times. */
export function requestSpan(log: readonly RequestRecord[]): { first: number; last: number } | undefined {
  const times = log.map((r) => r.receivedAt).filter((t): t is number => typeof t === 'number');
  if (times.length === 0) return undefined;
  return { first: Math.min(...times), last: Math.max(...times) };
}

export async function sandboxRequests(url: string): Promise<RequestRecord[]> {
  const res = await fetch(`${url}/_sandbox/requests`);
  return (await res.json()) as RequestRecord[];
}

export async function clearRequests(url: string): Promise<void> {
  await fetch(`${url}/_sandbox/requests`, { method: 'DELETE' });
}

export interface VendorCounts {
  /** GETs the vendor answered (token exchanges apart), 429s excluded. */
  reads: number;
  /** PUT/PATCH/POST/DELETE the vendor answered (token exchanges apart), 429s excluded. */
  writes: number;
  /** Token exchanges. */
  auth: number;
  /** Requests refused with 429: wasted round trips. */
  rejected: number;
  /** Answers ≥ 400 other than 429 (404s of reads included). */
  failed: number;
}

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);

export function countRequests(log: readonly RequestRecord[]): Map<string, VendorCounts> {
  const out = new Map<string, VendorCounts>();
  for (const r of log) {
    const c = out.get(r.vendor) ?? { reads: 0, writes: 0, auth: 0, rejected: 0, failed: 0 };
    out.set(r.vendor, c);
    if (r.status === 429) c.rejected++;
    else if (/\/auth\//.test(r.path)) c.auth++;
    else if (WRITE_METHODS.has(r.method)) c.writes++;
    else c.reads++;
    if (r.status >= 400 && r.status !== 429) c.failed++;
  }
  return out;
}

export interface CliRun {
  /** Epoch ms the process was started. */
  readonly startedAt: number;
  readonly status: number;
  readonly wallMs: number;
  /** Peak resident set size of the CLI process, in MB (10^6 bytes). */
  readonly peakRssMB: number;
  /** CPU seconds (user + system) of the CLI process; undefined without /usr/bin/time. */
  readonly cpuSeconds?: number;
  readonly stdoutFile: string;
  readonly stderr: string;
}

const TIME = '/usr/bin/time';

/**
 * Runs the built CLI (`node dist/cli/run.js ARGS`) in `cwd`, stdout to a file. Peak RSS comes from
 * /usr/bin/time when present, else from polling /proc/PID/status (VmHWM).
 */
export async function runCli(args: readonly string[], opts: { cwd: string; env: Record<string, string>; stdoutFile: string; entry: string }): Promise<CliRun> {
  const timeFile = `${opts.stdoutFile}.time`;
  const useTime = existsSync(TIME);
  const argv = useTime
    ? [TIME, '-f', '%M %U %S', '-o', timeFile, process.execPath, opts.entry, ...args]
    : [process.execPath, opts.entry, ...args];
  const fd = openSync(opts.stdoutFile, 'w');
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', fd, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  let hwmKiB = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwmKiB = Math.max(hwmKiB, Number(m[1]));
        } catch {
          // exited
        }
      }, 20);
  const status = await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  closeSync(fd);
  let cpuSeconds: number | undefined;
  if (useTime) {
    // The last line is ours ("Command exited with non-zero status N" may come before it).
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const [rss, user, sys] = lines[lines.length - 1]!.split(' ').map(Number);
    hwmKiB = rss ?? 0;
    cpuSeconds = (user ?? 0) + (sys ?? 0);
    rmSync(timeFile, { force: true });
  }
  return { startedAt, status, wallMs, peakRssMB: (hwmKiB * 1024) / 1e6, ...(cpuSeconds !== undefined ? { cpuSeconds } : {}), stdoutFile: opts.stdoutFile, stderr };
}
