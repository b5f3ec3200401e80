/**
 * A Ctrl-C that comes after the last request (while the plan or the result is being shown or
 * saved) still counts: plan exits 130 and saves no plan file; apply exits 130 with its record
 * saved. The CLI runs in-process, and the interrupt is played the moment it prints its document.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { TEST_NOW } from '../helpers/validate.js';
import { ACCOUNT, buildFleet } from '../resilience/fleet.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Runs the CLI in `e`'s project; the interrupt comes as soon as stdout receives text matching `when`. */
async function runInterrupted(e: E2E, args: readonly string[], when: RegExp): Promise<{ status: number; stdout: string; stderr: string }> {
  const interrupt = new AbortController();
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        if (when.test(s)) interrupt.abort('SIGINT');
        return true;
      },
    },
    stderr: { write: (s: string) => (stderr += s) },
    stdinIsTTY: false,
    env: e.env,
    cwd: e.project.dir,
    now: () => TEST_NOW,
    interrupts: () => interrupt.signal,
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

describe('a Ctrl-C after the last read', () => {
  it('plan: exits 130 and saves no plan file (an older one stays as it was)', async () => {
    const fleet = buildFleet({ size: 6 });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state });
    t.project.write('plan.json', 'an older plan\n');
    const r = await runInterrupted(t, ['plan', '--out', 'plan.json'], /Plan:/);
    expect(r.status).toBe(130);
    expect(r.stderr).toContain('campaignctl: interrupted; the plan was not saved.');
    expect(r.stderr).not.toContain('Saved the plan');
    expect(readFileSync(path.join(t.project.dir, 'plan.json'), 'utf8')).toBe('an older plan\n');
    expect(existsSync(path.join(t.project.dir, 'fresh.json'))).toBe(false);
    const fresh = await runInterrupted(t, ['plan', '--out', 'fresh.json'], /Plan:/);
    expect(fresh.status).toBe(130);
    expect(existsSync(path.join(t.project.dir, 'fresh.json'))).toBe(false);
    const plain = await runInterrupted(t, ['plan'], /Plan:/);
    expect(plain.status).toBe(130);
  });

  it('apply: exits 130, saying it was interrupted once done, with everything it applied recorded', async () => {
    const fleet = buildFleet({ size: 6, withProductIds: 6 });
    t = await e2e({ vendor: 'topsort', account: ACCOUNT, files: fleet.files, state: fleet.state });
    const r = await runInterrupted(t, ['apply', '--auto-approve'], /^Apply /m);
    expect(r.status).toBe(130);
    expect(r.stdout).toContain('Apply complete: 6 applied, 0 failed, 0 refused as stale, 0 unchanged.');
    expect(r.stderr).toContain('campaignctl: interrupted after the apply finished; what is shown above was done and recorded.');
    const record = JSON.parse(readFileSync(path.join(t.project.dir, '.campaignctl', 'last-applied.json'), 'utf8')) as LastAppliedRecord;
    expect(Object.keys(record.campaigns)).toHaveLength(6);
    expect(existsSync(path.join(t.project.dir, '.campaignctl', 'last-applied.json.lock'))).toBe(false);
  });
});
