/**
 * The sandbox for the benchmark, in its own process so that its CPU and memory are not the CLI's:
 * `tsx bench/sandbox-child.ts STATE_FILE LATENCY_MS RATE_LIMIT` (0: none). The state is read once
 * and kept in memory only: the CLI's `sandbox --state` writes the whole file after every accepted
 * write, which at 10,000 campaigns would tax the two cores the CLI is measured on. Prints
 * `sandbox listening on URL`, stops on SIGTERM or SIGINT.
 */
import { readFileSync } from 'node:fs';
import { startSandbox } from '../src/sandbox/server.js';
import type { SandboxState } from '../src/sandbox/state-file.js';

const [stateFile, latency = '0', rate = '0'] = process.argv.slice(2);
if (!stateFile) throw new Error('usage: sandbox-child.ts STATE_FILE LATENCY_MS RATE_LIMIT');
const initialState = JSON.parse(readFileSync(stateFile, 'utf8')) as SandboxState;
const sandbox = await startSandbox({
  initialState,
  latencyMs: Number(latency),
  ...(Number(rate) > 0 ? { rateLimit: Number(rate) } : {}),
});
process.stdout.write(`sandbox listening on ${sandbox.url}\n`);
const stop = () => {
  void sandbox.stop().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
