/**
 * The sandbox as a test harness (src/sandbox/harness.ts, exported as `campaignctl/sandbox`): what a
 * team's own test does with it, from start to stop. harness-export.test.ts checks the same module
 * is reachable by its package name.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfigText } from '../../src/config/load.js';
import type { Plan } from '../../src/engine/plan-model.js';
import { registry } from '../../src/providers/registry.js';
import { startTestSandbox, type SandboxAccount, type TestSandbox } from '../../src/sandbox/harness.js';
import { runCli } from '../helpers/cli.js';

const repo = path.resolve(import.meta.dirname, '../..');
const VENDORS = registry.map((e) => e.provider.name);

/** The example campaignctl.yaml's accounts (one per registered vendor), as harness accounts. */
const EXAMPLE_ACCOUNTS: SandboxAccount[] = Object.entries(
  (parse(readFileSync(path.join(repo, 'campaignctl.yaml'), 'utf8')) as { accounts: Record<string, Record<string, unknown>> }).accounts,
).map(([name, { provider, endpoint: _, ...settings }]) => ({ name, provider: String(provider), settings }));

let sandbox: TestSandbox | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('startTestSandbox', () => {
  it('starts every registered vendor from the seed data on a free loopback port, and hands out copies', async () => {
    sandbox = await startTestSandbox();
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.keys(sandbox.state()).sort()).toEqual([...VENDORS].sort());
    for (const vendor of VENDORS) {
      expect(sandbox.endpoint(vendor)).toBe(`${sandbox.url}/${vendor}`);
      expect(sandbox.campaigns(vendor).length, vendor).toBeGreaterThan(0);
    }
    const [first] = VENDORS;
    sandbox.campaigns(first!).length = 0;
    sandbox.state()[first!]!.campaigns.length = 0;
    expect(sandbox.campaigns(first!).length).toBeGreaterThan(0);
  });

  it('serves only the vendors asked for, from the state given', async () => {
    const [one, other] = VENDORS as [string, string];
    sandbox = await startTestSandbox({ vendors: [one], state: { [one]: { campaigns: [{ id: 'mine' }] } } });
    expect(sandbox.state()).toEqual({ [one]: { campaigns: [{ id: 'mine' }] } });
    expect(() => sandbox!.endpoint(other)).toThrow(`this sandbox does not serve ${other}`);
    expect(() => sandbox!.accountYaml({ name: 'x', provider: other })).toThrow(`this sandbox does not serve ${other}`);
    sandbox.setState({ [one]: { campaigns: [] } });
    expect(sandbox.campaigns(one)).toEqual([]);
  });

  it('refuses to start for a vendor campaignctl does not know', async () => {
    await expect(startTestSandbox({ vendors: ['nobody'] })).rejects.toThrow('no sandbox fake for nobody');
  });

  it('writes account snippets campaignctl accepts, pointing at the sandbox, credentials by variable name only', async () => {
    sandbox = await startTestSandbox();
    const config = parseConfigText(sandbox.configYaml(EXAMPLE_ACCOUNTS), 'campaignctl.yaml');
    expect(config.diagnostics).toEqual([]);
    for (const account of EXAMPLE_ACCOUNTS) {
      const loaded = config.config!.accounts.get(account.name)!;
      expect(loaded.endpoint).toBe(sandbox.endpoint(account.provider));
      for (const variable of Object.values(loaded.credentials)) expect(sandbox.env[variable]).toMatch(/^sandbox-/);
    }
    const snippet = sandbox.accountYaml(EXAMPLE_ACCOUNTS[0]!);
    expect(parseConfigText(`accounts:\n${snippet.replace(/^/gm, '  ')}`, 'c.yaml').diagnostics).toEqual([]);
    for (const value of Object.values(sandbox.env)) expect(sandbox.configYaml(EXAMPLE_ACCOUNTS)).not.toContain(value);
    expect(() => sandbox!.accountYaml({ ...EXAMPLE_ACCOUNTS[0]!, settings: { endpoint: 'sandbox' } })).toThrow('endpoint is set by the sandbox');
  });

  it('rehearses a change: plan sends no write, apply sends the changes (bodies logged), the next plan is empty', async () => {
    sandbox = await startTestSandbox();
    dir = mkdtempSync(path.join(tmpdir(), 'harness-'));
    cpSync(path.join(repo, 'campaigns'), path.join(dir, 'campaigns'), { recursive: true });
    writeFileSync(path.join(dir, 'campaignctl.yaml'), sandbox.configYaml(EXAMPLE_ACCOUNTS));
    const run = (args: string[]) => runCli(args, { cwd: dir!, env: { ...sandbox!.env }, now: new Date() });

    const first = await run(['plan', '--format', 'json']);
    expect(first.status, first.stderr).toBe(0);
    const plan = JSON.parse(first.stdout) as Plan;
    expect(plan.summary.update).toBeGreaterThan(0);
    for (const vendor of VENDORS) expect(sandbox.requests(vendor).length, vendor).toBeGreaterThan(0);
    expect(sandbox.writes()).toEqual([]);

    sandbox.clearRequests();
    const applied = await run(['apply', '--auto-approve']);
    expect(applied.status, applied.stderr).toBe(0);
    const writes = sandbox.writes();
    expect(new Set(writes.map((w) => w.vendor))).toEqual(new Set(plan.actions.filter((a) => a.action === 'update').map((a) => a.provider)));
    const updates = writes.filter((w) => w.method === 'PUT' || w.method === 'PATCH');
    expect(updates.length).toBeGreaterThan(0);
    for (const w of updates) expect(w.body, `${w.method} ${w.path}`).toEqual(expect.any(Object));
    const logged = JSON.stringify(sandbox.requests());
    for (const value of Object.values(sandbox.env)) expect(logged).not.toContain(value);

    const second = await run(['plan', '--detailed-exitcode']);
    expect(second.stdout).toBe(`No changes: all ${plan.actions.length} campaigns match the YAML.\n`);
    expect(second.status).toBe(0);
  });
});
