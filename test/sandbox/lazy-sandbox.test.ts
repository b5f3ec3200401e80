/**
 * The sandbox is loaded only when an account has `endpoint: sandbox`: the CLI and a command against
 * real vendors never evaluate a file under src/sandbox/. Checked in a child process whose module
 * loads are recorded by a loader hook, so nothing this test file imported can hide a load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { getProvider, registry } from '../../src/providers/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const sandboxDir = pathToFileURL(path.join(root, 'src', 'sandbox')).href;

interface Account {
  provider: string;
  endpoint: string;
  credentials?: Record<string, { env: string }>;
  [option: string]: unknown;
}

/** The example campaignctl.yaml: every registered vendor, every account on `endpoint: sandbox`. */
const example = parse(readFileSync(path.join(root, 'campaignctl.yaml'), 'utf8')) as { accounts: Record<string, Account> };

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Files under src/sandbox/ that opening sessions for every account of `config` loaded. */
function sandboxFilesLoaded(config: unknown, env: Record<string, string> = {}): string[] {
  dir = mkdtempSync(path.join(tmpdir(), 'lazy-sandbox-'));
  const configFile = path.join(dir, 'campaignctl.yaml');
  const loads = path.join(dir, 'loads.txt');
  writeFileSync(configFile, stringify(config));
  writeFileSync(loads, '');
  const r = spawnSync(process.execPath, ['--import', tsx, '--import', pathToFileURL(fixture('record-loads.js')).href, fixture('open-sessions.ts'), configFile], {
    env: { ...process.env, ...env, RECORD_LOADS_FILE: loads },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const urls = readFileSync(loads, 'utf8').split('\n');
  return [...new Set(urls.filter((u) => u.startsWith(`${sandboxDir}/`)).map((u) => u.slice(sandboxDir.length + 1)))].sort();
}

describe('loading the sandbox', () => {
  it('a command whose accounts all have real endpoints never loads a file of src/sandbox/', () => {
    const env: Record<string, string> = {};
    const accounts = Object.fromEntries(
      Object.entries(example.accounts).map(([name, account]) => {
        const credentials = Object.fromEntries(
          (getProvider(account.provider)?.credentialKeys ?? []).map((key) => {
            const variable = `LAZY_${name}_${key}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
            env[variable] = `secret-${key}`;
            return [key, { env: variable }];
          }),
        );
        return [name, { ...account, endpoint: `https://${name}.vendor.example`, credentials }];
      }),
    );
    expect(sandboxFilesLoaded({ accounts }, env)).toEqual([]);
  });

  it('an `endpoint: sandbox` account loads the embedded sandbox and every registered fake', () => {
    const loaded = sandboxFilesLoaded(example);
    expect(loaded).toContain('embedded.ts');
    for (const { provider } of registry) expect(loaded).toContain(`${provider.name}/index.ts`);
  });
});
