/**
 * `endpoint: sandbox`: the fakes run inside the CLI process, keeping state in
 * `.campaignctl/sandbox.json` beside campaignctl.yaml (git-ignored). The first use seeds it with
 * the example data, so a fresh clone can plan and apply with no credentials.
 */
import path from 'node:path';
import { startSandbox, type Sandbox } from './server.js';

export const EMBEDDED_STATE_FILE = path.join('.campaignctl', 'sandbox.json');

/** Starts the embedded sandbox for the project whose configuration file is `configFile`. */
export function startEmbeddedSandbox(configFile: string): Promise<Sandbox> {
  return startSandbox({ stateFile: path.join(path.dirname(path.resolve(configFile)), EMBEDDED_STATE_FILE) });
}
