/**
 * import never writes outside --dir: a folder under it that is a symbolic link to elsewhere
 * refuses the import before any file is written; a link that stays inside --dir is written
 * through, and stays a link. For every provider that reads campaigns, over HTTP against its fake.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/providers/registry.js';
import { exampleAccount } from '../contract/kit.js';
import { e2e, type E2E } from '../helpers/e2e.js';

const providers = registry.filter((e) => e.provider.runtime).map((e) => e.provider.name);

let t: E2E | undefined;
let outside: string | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = undefined;
});

async function start(provider: string): Promise<E2E> {
  const account = exampleAccount(provider);
  return e2e({ vendor: provider, account: account.name, accountOptions: account.options, files: {} });
}

describe.each(providers)('import --all into a linked folder: %s', (provider) => {
  it('refuses, naming the link, when the provider folder under campaigns/ leads elsewhere; nothing is written there or anywhere', async () => {
    t = await start(provider);
    outside = mkdtempSync(path.join(tmpdir(), 'campaignctl-elsewhere-'));
    mkdirSync(path.join(t.project.dir, 'campaigns'), { recursive: true });
    symlinkSync(outside, path.join(t.project.dir, 'campaigns', provider));
    const r = await t.run(['import', '--account', exampleAccount(provider).name, '--all']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`campaigns/${provider}/`);
    expect(r.stderr).toMatch(/leads outside the import folder .* through a symbolic link/);
    expect(r.stderr).toMatch(/import writes only inside campaigns; nothing was written/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('writes through a link that stays inside campaigns/, and leaves the link a link', async () => {
    t = await start(provider);
    const shared = path.join(t.project.dir, 'campaigns', 'shared');
    mkdirSync(shared, { recursive: true });
    symlinkSync(shared, path.join(t.project.dir, 'campaigns', provider));
    const r = await t.run(['import', '--account', exampleAccount(provider).name, '--all']);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(path.join(t.project.dir, 'campaigns', provider)).isSymbolicLink()).toBe(true);
    expect(readdirSync(shared).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThan(0);
    expect(existsSync(path.join(t.project.dir, 'campaigns', provider, readdirSync(shared)[0]!))).toBe(true);
  });
});
