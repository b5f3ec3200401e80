/** `plan --base REF`: what REF declared, read from git before any vendor is (engine/origin-base.ts). */
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { GitBaseError } from '../engine/git-base.js';
import { readOriginBase } from '../engine/origin-base.js';
import type { OriginBase } from '../engine/origins.js';
import { printable } from '../report/printable.js';
import type { CommonOptions } from './common.js';
import type { CliIO } from './io.js';

/** REF's campaigns, or exit status 1 when git cannot read them (said in one line). */
export async function readPlanBase(io: CliIO, ref: string, opts: CommonOptions): Promise<OriginBase | 1> {
  try {
    return await readOriginBase({
      ref,
      cwd: io.cwd,
      config: opts.config ?? DEFAULT_CONFIG_FILE,
      dir: opts.dir,
      env: io.env,
      now: io.now(),
      warn: (message) => io.stderr.write(`warning: --base: ${printable(message)}\n`),
    });
  } catch (err) {
    if (!(err instanceof GitBaseError)) throw err;
    io.stderr.write(`campaignctl: --base: ${printable(err.message)}; nothing was read from any vendor.\n`);
    return 1;
  }
}
