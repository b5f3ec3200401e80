/**
 * `campaignctl/sandbox` as a team's test imports it: by package name, through package.json's
 * `exports`, from the compiled JavaScript and its declarations.
 *
 * The package is built (tsc -p tsconfig.build.json, the `build` script's command) into a temporary
 * copy of it: package.json as it is, bin/, the built dist/, schemas/ and node_modules/ linked. A
 * file inside that copy imports the package by its own name (Node's self-reference, which follows
 * `exports` exactly as a dependent's import would). Building a copy, rather than mapping the name
 * to src/ or using the working tree's dist/, tests the real `exports` map and the real output
 * without depending on an earlier `npm run build` or racing a build in progress.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registry } from '../../src/providers/registry.js';

const repo = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const BUILD_TIMEOUT = 180_000;

let pkg: string;

beforeAll(() => {
  pkg = mkdtempSync(path.join(tmpdir(), 'campaignctl-package-'));
  cpSync(path.join(repo, 'package.json'), path.join(pkg, 'package.json'));
  cpSync(path.join(repo, 'bin'), path.join(pkg, 'bin'), { recursive: true });
  symlinkSync(path.join(repo, 'schemas'), path.join(pkg, 'schemas'), 'dir');
  symlinkSync(path.join(repo, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  execFileSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.build.json'), '--outDir', path.join(pkg, 'dist')], { stdio: 'pipe' });
}, BUILD_TIMEOUT);

afterAll(() => {
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

/** The example campaignctl.yaml's accounts, as `configYaml` takes them. */
function exampleAccounts(): { name: string; provider: string; settings: Record<string, unknown> }[] {
  const { accounts } = parse(readFileSync(path.join(repo, 'campaignctl.yaml'), 'utf8')) as { accounts: Record<string, Record<string, unknown>> };
  return Object.entries(accounts).map(([name, { provider, endpoint: _, ...settings }]) => ({ name, provider: String(provider), settings }));
}

const CONSUMER = `
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestSandbox } from 'campaignctl/sandbox';

const [project, accounts] = [process.argv[2], JSON.parse(process.argv[3])];
const sandbox = await startTestSandbox();
try {
  writeFileSync(path.join(project, 'campaignctl.yaml'), sandbox.configYaml(accounts));
  const bin = path.join(import.meta.dirname, 'bin', 'campaignctl.js');
  // Asynchronously: the sandbox answers from this process while the CLI runs.
  const plan = await promisify(execFile)(process.execPath, [bin, 'plan', '--format', 'json'], { cwd: project, env: { ...process.env, ...sandbox.env } });
  console.log(JSON.stringify({
    stderr: plan.stderr,
    summary: JSON.parse(plan.stdout).summary,
    vendorsRead: [...new Set(sandbox.requests().map((r) => r.vendor))].sort(),
    writes: sandbox.writes().length,
  }));
} finally {
  await sandbox.stop();
}
`;

describe('campaignctl/sandbox, imported by package name', () => {
  it('starts a sandbox the built CLI plans against, and reads what it was sent', () => {
    const project = path.join(pkg, 'project');
    mkdirSync(project);
    cpSync(path.join(repo, 'campaigns'), path.join(project, 'campaigns'), { recursive: true });
    writeFileSync(path.join(pkg, 'consumer.mjs'), CONSUMER);
    const r = spawnSync(process.execPath, [path.join(pkg, 'consumer.mjs'), project, JSON.stringify(exampleAccounts())], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { stderr: string; summary: { error: number; update: number }; vendorsRead: string[]; writes: number };
    expect(out.summary.error, out.stderr).toBe(0);
    expect(out.summary.update).toBeGreaterThan(0);
    expect(out.vendorsRead).toEqual(registry.map((e) => e.provider.name).sort());
    expect(out.writes).toBe(0);
  }, BUILD_TIMEOUT);

  it('carries its types: a TypeScript consumer type-checks against the declarations, and misuse does not', () => {
    writeFileSync(
      path.join(pkg, 'consumer-types.ts'),
      [
        "import { startTestSandbox, type RequestRecord, type SandboxAccount, type TestSandbox } from 'campaignctl/sandbox';",
        "const sandbox: TestSandbox = await startTestSandbox({ now: new Date(), vendors: ['x'], state: { x: { campaigns: [{ id: '1' }] } } });",
        "const account: SandboxAccount = { name: 'shop', provider: 'x', settings: { chain_id: 1 } };",
        'const yaml: string = sandbox.configYaml([account]);',
        'const sent: readonly RequestRecord[] = sandbox.writes();',
        'const first: unknown = sent[0]?.body;',
        '// @ts-expect-error: not an option',
        "await startTestSandbox({ colour: 'red' });",
        'export { yaml, first };',
      ].join('\n'),
    );
    writeFileSync(
      path.join(pkg, 'tsconfig.consumer.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'], skipLibCheck: true },
        files: ['consumer-types.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(pkg, 'tsconfig.consumer.json')], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, BUILD_TIMEOUT);
});
