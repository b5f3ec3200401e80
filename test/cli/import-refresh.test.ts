/**
 * Adoption that never destroys work, with the repository's own example files against each vendor's
 * sandbox seed (which drifted from them in a few values): `import --all` leaves the managed
 * campaigns alone and adopts only the others; `--refresh` updates the example files in place, only
 * the values plan finds different, keeping every comment, the key order, the quoting, the local
 * time zones and the write-only fields only the files know; the next plan has nothing left to
 * change but write-only fields (judged against the last-applied record, which this project lacks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldKinds } from '../../src/engine/field-kinds.js';
import { registry } from '../../src/providers/registry.js';
import { exampleAccount } from '../contract/kit.js';
import { e2e, type E2E } from '../helpers/e2e.js';

const repo = path.resolve(import.meta.dirname, '../..');

function exampleFiles(vendor: string): Record<string, string> {
  const dir = path.join(repo, 'campaigns', vendor);
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [`campaigns/${vendor}/${f}`, readFileSync(path.join(dir, f), 'utf8')]));
}

let open: E2E[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

interface Doc {
  id: string | number;
  spec: Record<string, unknown>;
}

/** Comments as written: whole-line ones, and what follows ` #` on a line with a value. */
function comments(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const m = /(^\s*#.*$)|(\s#\s.*$)/.exec(line);
    return m ? [m[0].trim()] : [];
  });
}

/** `key:` at the start of each line, in order: the documents' key order. */
const keys = (text: string) => text.split('\n').flatMap((l) => /^\s*(?:- )?([A-Za-z_][\w-]*):/.exec(l)?.[1] ?? []);

describe.each(registry.map((e) => e.provider))('import and the example files: $name', (provider) => {
  it('--all leaves managed campaigns alone; --refresh updates only the values that drifted, in place', async () => {
    const account = exampleAccount(provider.name);
    const files = exampleFiles(provider.name);
    const t = await e2e({ vendor: provider.name, account: account.name, files, accountOptions: { ...account.options } });
    open.push(t);

    // What plan finds different, write-only fields aside: what a refresh must take from live state.
    const before = await t.plan();
    const drifted = new Map<string, string[]>();
    for (const a of before.plan.actions) {
      if (a.action !== 'update') continue; // a create's changes are its whole spec: nothing live to refresh from
      const paths = (a.changes ?? []).filter((c) => !c.write_only && !c.clears).map((c) => c.path);
      if (paths.length > 0) drifted.set(a.address, paths);
    }
    expect(drifted.size, 'the seed drifted from at least one example').toBeGreaterThan(0);

    const plain = await t.run(['import', '--account', account.name, '--all']);
    expect(plain.status, plain.stderr).toBe(0);
    // The examples that name their campaign; a new document (no id yet) manages none until apply creates it.
    const managedCount = Object.values(files).filter((text) => /^id: /m.test(text)).length;
    expect(plain.stderr).toContain(`Left ${managedCount} campaign${managedCount === 1 ? '' : 's'} alone`);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(t.project.dir, file), 'utf8'), file).toBe(text);
    const adopted = plain.stdout.split('\n').filter((l) => l.startsWith('wrote '));
    expect(adopted.length, 'the seed has campaigns no example manages').toBeGreaterThan(0);
    for (const line of adopted) expect(Object.keys(files).some((f) => line.includes(f))).toBe(false);

    const r = await t.run(['import', '--account', account.name, '--all', '--refresh']);
    expect(r.status, r.stderr).toBe(0);
    const writeOnly = fieldKinds(provider).writeOnly;
    for (const [file, old] of Object.entries(files)) {
      const now = readFileSync(path.join(t.project.dir, file), 'utf8');
      const oldDoc = parse(old) as Doc;
      const address = before.plan.actions.find((a) => 'file' in a && a.file === file)!.address;
      const paths = drifted.get(address);
      if (paths === undefined) {
        expect(now, `${file} matched live state`).toBe(old);
        continue;
      }
      expect(r.stdout).toContain(`refreshed ${file}  ${address}: ${paths.join(', ')}\n`);
      // The refreshed values are live state's; everything else is the file's own.
      expect(comments(now), file).toEqual(comments(old));
      expect(keys(now), file).toEqual(keys(old));
      const newDoc = parse(now) as Doc;
      for (const field of Object.keys(oldDoc.spec)) {
        if (writeOnly.has(field)) expect(newDoc.spec[field], `${file} ${field}`).toEqual(oldDoc.spec[field]);
      }
      const changedLines = now.split('\n').filter((l, i) => l !== old.split('\n')[i]);
      expect(changedLines.length, file).toBeGreaterThan(0);
      expect(changedLines.length, `${file}: only the drifted values' lines`).toBeLessThanOrEqual(paths.length);
      // Instants written in a local time zone that did not drift are as written.
      for (const line of old.split('\n').filter((l) => /T\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d/.test(l))) {
        if (!paths.some((p) => line.trimStart().startsWith(`${p.split('.').at(-1)!}:`))) expect(now).toContain(line);
      }
    }

    const after = await t.plan();
    // Only the new documents' creates are left: import refreshes managed campaigns, creates none.
    // Fields the file does not manage that a full-payload write clears stay in the plan: refresh edits managed values only.
    const left = after.plan.actions.filter((a) => a.action !== 'create' && (a.action === 'error' || (a.changes ?? []).some((c) => !c.write_only && !c.clears)));
    expect(left, JSON.stringify(left, null, 2)).toEqual([]);
    expect((await t.run(['validate'])).status).toBe(0);
    expect(t.writes()).toEqual([]);
  });

  it('--list shows exactly what --all would adopt, with name and status; after --all, nothing', async () => {
    const account = exampleAccount(provider.name);
    const t = await e2e({ vendor: provider.name, account: account.name, files: exampleFiles(provider.name), accountOptions: { ...account.options } });
    open.push(t);

    const listed = await t.run(['import', '--list', '--account', account.name, '--format', 'json', '--out', 'unmanaged.json']);
    expect(listed.status, listed.stderr).toBe(0);
    const listing = JSON.parse(listed.stdout) as { accounts: { account: string; live: number; unmanaged: { id: string; name?: string; status?: string; start?: string; end?: string }[] }[] };
    expect(JSON.parse(readFileSync(path.join(t.project.dir, 'unmanaged.json'), 'utf8'))).toEqual(listing);
    const [entry] = listing.accounts;
    expect(entry!.account).toBe(account.name);
    expect(entry!.unmanaged.length).toBeGreaterThan(0);
    for (const c of entry!.unmanaged) {
      expect(c.name, c.id).toBeTruthy();
      expect(c.status, c.id).toBeTruthy();
    }
    expect(entry!.unmanaged.some((c) => c.start !== undefined)).toBe(true);

    const text = await t.run(['import', '--list', '--account', account.name]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`${provider.name}/${account.name}: ${entry!.unmanaged.length} of ${entry!.live} live ${provider.title} campaigns managed by no document under campaigns:`);
    expect(text.stdout).toMatch(/ID +NAME +STATUS +START +END/);
    for (const c of entry!.unmanaged) expect(text.stdout).toContain(c.id);
    expect(text.stdout).toContain(`campaignctl import --account ${account.name} --all`);

    const adopted = await t.run(['import', '--account', account.name, '--all']);
    const written = [...adopted.stdout.matchAll(/^wrote \S+ {2}\S+\/(\S+)$/gm)].map((m) => m[1]);
    expect(written.sort()).toEqual(entry!.unmanaged.map((c) => c.id).sort());

    const none = await t.run(['import', '--list', '--account', account.name]);
    expect(none.stdout).toBe(`${provider.name}/${account.name}: all ${entry!.live} live campaigns are managed by documents under campaigns.\n`);
    expect(t.writes()).toEqual([]);
  });
});
