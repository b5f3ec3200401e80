import path from 'node:path';
import type { CliIO } from './io.js';

export interface SandboxCommandOptions {
  readonly port: number;
  readonly state?: string;
  readonly latency: number;
  readonly rateLimit?: number;
  readonly failRate: number;
  readonly seed: number;
  readonly tokenLifetime: number;
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
