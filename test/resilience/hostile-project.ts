/**
 * A repository with five real-style accounts (the bad-input corpus's campaignctl.yaml, one per
 * vendor, credentials from the environment) and the example campaigns, pointed at a sandbox that
 * misbehaves on purpose for the vendors named in `faultVendors` and serves the others as usual.
 *
 *   const h = await hostileProject({ faultVendors: ['voucherify'], deepJson: { depth: 5000 } });
 *   const r = await h.run(['plan']);
 *   h.byAccount(r.plan)  // the plan's actions, account by account
 *   await h.close();
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { credentialEnvName } from '../../src/config/credential-env.js';
import type { Plan, PlanAction } from '../../src/engine/plan-model.js';
import { registry } from '../../src/providers/registry.js';
import type { Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { tempProject, type CliRun, type Project, type RunOptions } from '../helpers/cli.js';
import { startTestSandbox } from '../helpers/sandbox.js';
import { namesExistingCampaigns } from '../helpers/examples.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The corpus's accounts: account name → provider. */
export const ACCOUNTS: Readonly<Record<string, string>> = {
  'loyalty-mx': 'masivo',
  'shop-eu': 'voucherify',
  stores: 'lula',
  'rewards-nl': 'spaaza',
  'marketplace-eu': 'topsort',
};

/** Recognisable credential values, one variable per credential key a provider declares. */
export const CREDENTIALS: Readonly<Record<string, string>> = Object.fromEntries(
  registry.flatMap(({ provider }) => provider.credentialKeys.map((key) => [credentialEnvName(provider.name, key), `hostile-${provider.name}-${key}-5e1f09c2`])),
);

export interface HostileProject {
  readonly sb: Sandbox;
  readonly project: Project;
  run(args: readonly string[], opts?: RunOptions): Promise<CliRun>;
  /** `plan --format json` (plus `args`), parsed. */
  plan(args?: readonly string[]): Promise<CliRun & { plan: Plan }>;
  /** The plan's actions of one account. */
  actionsOf(plan: Plan, account: string): PlanAction[];
  close(): Promise<void>;
}

/** `extraConfig`: lines appended to an account's entry in campaignctl.yaml, by account name. */
export async function hostileProject(faults: SandboxOptions, extraConfig: Readonly<Record<string, readonly string[]>> = {}): Promise<HostileProject> {
  const sb = await startTestSandbox(faults);
  let config = readFileSync(path.join(root, 'test/corpus/base/campaignctl.yaml'), 'utf8').replaceAll('{{SANDBOX}}', sb.url);
  for (const [account, lines] of Object.entries(extraConfig)) {
    config = config.replace(`\n  ${account}:\n`, `\n  ${account}:\n${lines.map((l) => `    ${l}\n`).join('')}`);
  }
  const project = tempProject({}, config);
  // The campaigns the seed holds (a new one's create would add a listing of its account to every read here).
  const existing = (src: string) => !src.endsWith('.yaml') || namesExistingCampaigns(readFileSync(src, 'utf8'));
  cpSync(path.join(root, 'campaigns'), path.join(project.dir, 'campaigns'), { recursive: true, filter: existing });
  const run = (args: readonly string[], opts: RunOptions = {}) => project.run(args, { env: { ...CREDENTIALS }, ...opts });
  return {
    sb,
    project,
    run,
    async plan(args = []) {
      const r = await run(['plan', '--format', 'json', ...args]);
      let plan: Plan;
      try {
        plan = JSON.parse(r.stdout) as Plan;
      } catch {
        throw new Error(`plan printed no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      }
      return { ...r, plan };
    },
    actionsOf: (plan, account) => plan.actions.filter((a) => a.account === account),
    async close() {
      await sb.stop();
      project.remove();
    },
  };
}
