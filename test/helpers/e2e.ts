/**
 * End to end over real HTTP: a sandbox on a free port, a throwaway project whose account points
 * at it, and the CLI run in-process against that project.
 *
 *   const t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files: { 'campaigns/a.yaml': yaml } });
 *   const { plan } = await t.plan();          // parsed plan JSON
 *   await t.apply();                          // apply --auto-approve
 *   t.writes();                               // PUT/PATCH/POST/DELETE the vendor received, bodies included
 *   await t.close();
 */
import type { Plan } from '../../src/engine/plan-model.js';
import type { VendorState } from '../../src/sandbox/fake.js';
import type { RequestRecord, Sandbox, SandboxOptions } from '../../src/sandbox/server.js';
import { getProvider } from '../../src/providers/registry.js';
import { tempProject, type CliRun, type Project } from './cli.js';
import { startTestSandbox } from './sandbox.js';

export interface E2EOptions {
  readonly vendor: string;
  /** Account name in campaignctl.yaml. */
  readonly account: string;
  /** Extra account settings (company_id, chain_id, ignore, rate_limit…), as YAML lines' values. */
  readonly accountOptions?: Readonly<Record<string, string | number>>;
  /** Campaign files, path → YAML. */
  readonly files: Readonly<Record<string, string>>;
  /** The vendor's initial sandbox state; the fake's seed when absent. */
  readonly state?: VendorState;
  readonly sandbox?: SandboxOptions;
  readonly now?: Date;
}

export interface E2E {
  readonly sb: Sandbox;
  readonly project: Project;
  /** Credential values the CLI reads from the environment (recognisable, for leak checks). */
  readonly env: Readonly<Record<string, string>>;
  plan(args?: readonly string[]): Promise<CliRun & { plan: Plan }>;
  apply(args?: readonly string[]): Promise<CliRun>;
  run(args: readonly string[]): Promise<CliRun>;
  /** Write requests (PUT, PATCH, POST, DELETE) the vendor received, with their bodies; token exchanges excluded. */
  writes(): RequestRecord[];
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);

export async function e2e(opts: E2EOptions): Promise<E2E> {
  const provider = getProvider(opts.vendor);
  if (!provider) throw new Error(`unknown vendor ${opts.vendor}`);
  const sb = await startTestSandbox({
    ...(opts.state ? { initialState: { [opts.vendor]: opts.state } } : {}),
    ...(opts.now ? { now: () => opts.now! } : {}),
    ...opts.sandbox,
  });
  const env: Record<string, string> = {};
  const creds = provider.credentialKeys.map((k) => {
    const variable = `TEST_${opts.vendor.toUpperCase()}_${k.toUpperCase()}`;
    env[variable] = `secret-${opts.vendor}-${k}-d41d8cd98f00`;
    return `      ${k}: { env: ${variable} }`;
  });
  const options = Object.entries(opts.accountOptions ?? {}).map(([k, v]) => `    ${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`);
  const config = [
    'accounts:',
    `  ${opts.account}:`,
    `    provider: ${opts.vendor}`,
    `    endpoint: ${sb.endpoint(opts.vendor)}`,
    '    credentials:',
    ...creds,
    ...options,
    '',
  ].join('\n');
  const project = tempProject({ ...opts.files }, config);
  const run = (args: readonly string[]) => project.run(args, { env, ...(opts.now ? { now: opts.now } : {}) });
  return {
    sb,
    project,
    env,
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
    apply: (args = []) => run(['apply', '--auto-approve', ...args]),
    writes: () =>
      sb.requests().filter((r) => WRITE_METHODS.has(r.method) && !/\/auth\//.test(r.path)),
    async close() {
      await sb.stop();
      project.remove();
    },
  };
}
