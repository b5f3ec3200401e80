import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
// Types only: commands that never serve the sandbox load nothing of src/sandbox.
import type { DropAnswer, EchoEncoding, EndlessList, HostileFaults } from '../sandbox/faults.js';
import type { CliIO } from './io.js';

export interface SandboxCommandOptions {
  readonly port: number;
  readonly state?: string;
  readonly latency: number;
  readonly rateLimit?: number;
  readonly failRate: number;
  readonly seed: number;
  readonly tokenLifetime: number;
  readonly faultVendor?: readonly string[];
  readonly deepJson?: number;
  readonly deepJsonField?: string;
  readonly deepJsonAsText?: boolean;
  readonly retryAfter?: string;
  readonly endlessList?: EndlessList;
  readonly echoCredentials?: EchoEncoding;
  readonly controlChars?: boolean;
  readonly drip?: number;
  readonly dropAnswer?: readonly DropAnswer[];
}

/** The flags' choices, every one of the sandbox's kinds (a kind left out does not compile). */
const ECHO_CHOICES: { readonly [E in EchoEncoding]: true } = {
  'json-slash': true,
  unicode: true,
  html: true,
  url: true,
  lower: true,
  upper: true,
  base64: true,
  base64url: true,
  cut: true,
};
const ENDLESS_CHOICES: { readonly [E in EndlessList]: true } = { new: true, repeat: true };

function wholeNumber(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`--${name} takes a whole number from ${min} to ${max} (got "${value}")`);
    return n;
  };
}

/**
 * `METHOD:PATH-REGEXP[#N]`: the answers to the first N (1) requests of that method whose path below
 * the vendor's prefix matches, dropped after the vendor acted. `POST:^/campaigns$`, `POST#2`.
 */
export function dropAnswerRule(value: string, previous: DropAnswer[] = []): DropAnswer[] {
  const m = /^([A-Za-z]+)(?::(.*?))?(?:#(\d+))?$/.exec(value.trim());
  const bad = (why: string) => new InvalidArgumentError(`--drop-answer takes METHOD[:PATH-REGEXP][#N], e.g. "POST:^/campaigns$" (${why}; got "${value}")`);
  if (!m) throw bad('no method');
  const [, method, path, times] = m;
  if (path !== undefined && path !== '') {
    try {
      new RegExp(path);
    } catch {
      throw bad('the path is not a regular expression');
    }
  }
  if (times !== undefined && (Number(times) < 1 || Number(times) > 1_000_000)) throw bad('N is from 1 to 1000000');
  return [...previous, { method: method!.toUpperCase(), ...(path ? { path } : {}), ...(times !== undefined ? { times: Number(times) } : {}) }];
}

/** The hostile faults as flags (docs/sandbox.md): each makes the vendors answer in a way meant to break a client. */
export function sandboxFaultOptions(cmd: Command): Command {
  return cmd
    .option('--fault-vendor <name>', 'apply the faults to this vendor only (repeat for several; all by default)', (v: string, all: string[] = []) => [...all, v])
    .option('--deep-json <n>', 'JSON answers carry objects nested <n> levels deep', wholeNumber('deep-json', 1, 1_000_000))
    .option('--deep-json-field <name>', 'put the deep value in place of every value of this field (e.g. metadata)')
    .option('--deep-json-as-text', 'send the deep value as a JSON string')
    .option('--retry-after <value>', 'answer every request 429 with this Retry-After and no other rate-limit header')
    .addOption(new Option('--endless-list <mode>', 'campaign lists never end: new campaigns without end, or the first page again').choices(Object.keys(ENDLESS_CHOICES)))
    .addOption(new Option('--echo-credentials <encoding>', 'answer every request 400, echoing its credentials in this encoding').choices(Object.keys(ECHO_CHOICES)))
    .option('--control-chars', 'answer every request 500 with terminal control sequences in a plain-text body')
    .option('--drip <ms>', 'send every answer body one byte every <ms> milliseconds (0: at once)', wholeNumber('drip', 0, 60_000))
    .option(
      '--drop-answer <rule>',
      'act on requests METHOD[:PATH-REGEXP][#N] (path below the vendor\'s prefix; the first N, default 1), then close the connection with no answer (repeatable)',
      dropAnswerRule,
    );
}

function hostileFaults(opts: SandboxCommandOptions): HostileFaults & { readonly faultVendors?: readonly string[] } {
  return {
    ...(opts.faultVendor ? { faultVendors: opts.faultVendor } : {}),
    ...(opts.deepJson
      ? { deepJson: { depth: opts.deepJson, ...(opts.deepJsonField ? { field: opts.deepJsonField } : {}), ...(opts.deepJsonAsText ? { asText: true } : {}) } }
      : {}),
    ...(opts.retryAfter !== undefined ? { retryAfter: opts.retryAfter } : {}),
    ...(opts.endlessList ? { endlessList: opts.endlessList } : {}),
    ...(opts.echoCredentials ? { echoCredentials: opts.echoCredentials } : {}),
    ...(opts.controlChars ? { controlChars: true } : {}),
    ...(opts.drip ? { dripMs: opts.drip } : {}),
  };
}

function droppedAnswers(opts: SandboxCommandOptions): { readonly dropAnswers?: readonly DropAnswer[] } {
  return opts.dropAnswer ? { dropAnswers: opts.dropAnswer } : {};
}

/** Serves every registered vendor's fake until SIGINT/SIGTERM; the state file is flushed before exiting 130. */
export async function runSandbox(io: CliIO, opts: SandboxCommandOptions): Promise<number> {
  const signal = io.interrupts();
  // Loaded here, not at CLI start: no other command needs the server or the fakes.
  const { startSandbox } = await import('../sandbox/server.js');
  const sandbox = await startSandbox({
    port: opts.port,
    ...(opts.state ? { stateFile: path.resolve(io.cwd, opts.state) } : {}),
    latencyMs: opts.latency,
    ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
    failRate: opts.failRate,
    seed: opts.seed,
    tokenLifetimeSeconds: opts.tokenLifetime,
    ...hostileFaults(opts),
    ...droppedAnswers(opts),
  });
  io.stdout.write(`sandbox listening on ${sandbox.url}\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await sandbox.stop();
  io.stderr.write('sandbox stopped\n');
  return 130;
}
