/**
 * A campaign's whole life in git, for every provider whose fake's harness says how to create one
 * (`harness.lifecycle`): a new document is created by apply and gets its id, a removed one is
 * forgotten, retired or deleted per its account's `prune`, and a create whose answer is lost (the
 * vendor acted, the client never heard, or the process was killed) is never made twice.
 *
 * Over real HTTP against a sandbox serving the provider's fake alone, through the CLI.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import type { CreateAction, PlanAction, RetireAction } from '../../src/engine/plan-model.js';
import { pruneModes, type PruneMode } from '../../src/providers/derive/envelope-schemas.js';
import { registry, type RegistryEntry } from '../../src/providers/registry.js';
import type { LifecycleProbes } from '../../src/sandbox/fake-harness.js';
import type { FakeResponse, VendorFake } from '../../src/sandbox/fake.js';
import type { SandboxOptions } from '../../src/sandbox/server.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { spawnCli, until } from '../resilience/fleet.js';
import { exampleAccount } from './kit.js';

const NEW_FILE = 'campaigns/new-campaign.yaml';
const RECORD = path.join('.campaignctl', 'last-applied.json');

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The providers that can create campaigns, with what their fakes' harnesses say about it. */
const entries = await Promise.all(
  registry.map(async (entry) => {
    const harness = await (await entry.fake()).harness?.();
    return { entry, lifecycle: harness?.lifecycle };
  }),
);
const withLifecycle = entries.filter((e): e is { entry: RegistryEntry; lifecycle: LifecycleProbes } => e.lifecycle !== undefined);

/** The new document as a person writes it: a comment, the envelope without `id`, the spec. */
function newDocument(provider: string, account: string, spec: Readonly<Record<string, unknown>>): string {
  return `# A campaign to launch: no id yet, apply creates it.\n${stringify({ provider, account, spec }, { lineWidth: 0 })}`;
}

function readRecord(project: E2E): LastAppliedRecord {
  return JSON.parse(readFileSync(path.join(project.project.dir, RECORD), 'utf8')) as LastAppliedRecord;
}

/** How many campaigns the vendor's state holds (a create adds one). */
function campaignCount(project: E2E, vendor: string): number {
  return project.sb.state()[vendor]!.campaigns.length;
}

/**
 * The fake, except that the answer to the request that made a campaign is held back until
 * `release`, so that a process can be killed after the vendor acted and before it answered.
 */
function holdingCreates(fake: VendorFake, acted: () => void, release: Promise<void>): VendorFake {
  let left = 1;
  return {
    ...fake,
    handle: async (req, ctx): Promise<FakeResponse> => {
      const before = ctx.state.campaigns.length;
      const answer = await fake.handle(req, ctx);
      if (left === 0 || ctx.state.campaigns.length <= before) return answer;
      left -= 1;
      acted();
      await release;
      return answer;
    },
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The vendor's create request (method and path), learnt from a clean apply of the new document. */
async function createRequestOf(entry: RegistryEntry, lifecycle: LifecycleProbes): Promise<{ method: string; path: string }> {
  const clean = await project(entry, lifecycle);
  try {
    const applied = await clean.apply();
    const id = /created as (\S+);/.exec(applied.stdout)?.[1];
    const create = clean.writes().find((w) => id === undefined || !names(id)(w));
    if (!create) throw new Error(`no create request seen for ${entry.provider.name}: ${applied.stdout}${applied.stderr}`);
    return { method: create.method, path: create.path };
  } finally {
    await clean.close();
  }
}

async function project(
  entry: RegistryEntry,
  lifecycle: LifecycleProbes,
  opts: { prune?: PruneMode; fake?: (f: VendorFake) => VendorFake; files?: Record<string, string>; dropAnswers?: SandboxOptions['dropAnswers'] } = {},
): Promise<E2E> {
  const name = entry.provider.name;
  const account = exampleAccount(name);
  const fake = await entry.fake();
  return e2e({
    vendor: name,
    account: account.name,
    accountOptions: { ...account.options, ...(opts.prune ? { prune: opts.prune } : {}) },
    files: opts.files ?? { [NEW_FILE]: newDocument(name, account.name, lifecycle.newSpec) },
    sandbox: { fakes: [opts.fake ? opts.fake(fake) : fake], ...(opts.dropAnswers ? { dropAnswers: opts.dropAnswers } : {}) },
  });
}

/** The document's `id` as the file now says, read as YAML. */
function idInFile(project: E2E, file = NEW_FILE): string | undefined {
  const doc = parseAllDocuments(readFileSync(path.join(project.project.dir, file), 'utf8'))[0]!.toJS() as { id?: string | number };
  return doc.id === undefined ? undefined : String(doc.id);
}

/** The file as written, with exactly one line added: `id: …`. */
function expectOnlyIdAdded(project: E2E, before: string, id: string): void {
  const after = readFileSync(path.join(project.project.dir, NEW_FILE), 'utf8').split('\n');
  const added = after.findIndex((l) => /^id: /.test(l));
  expect(added, after.join('\n')).toBeGreaterThan(0);
  expect(after[added - 1]).toMatch(/^account: /);
  expect([...after.slice(0, added), ...after.slice(added + 1)].join('\n')).toBe(before);
  expect(idInFile(project)).toBe(id);
}

/** Whether a write request is about this campaign (its id in the path or the body). */
const names = (id: string) => (w: { path: string; body?: unknown }) => w.path.includes(id) || JSON.stringify(w.body ?? null).includes(id);

describe.each(withLifecycle.map((e) => [e.entry.provider.name, e] as const))('%s: a campaign\'s life in git', (name, { entry, lifecycle }) => {
  it('a new document plans as create, apply creates it with one create call and writes its id into the file, and the next plan is empty', async () => {
    t = await project(entry, lifecycle);
    const before = readFileSync(path.join(t.project.dir, NEW_FILE), 'utf8');
    const planned = await t.plan(['--detailed-exitcode']);
    expect(planned.status, planned.stderr).toBe(2);
    expect(planned.plan.summary).toMatchObject({ create: 1, update: 0, error: 0 });
    const create = planned.plan.actions[0] as CreateAction;
    expect(create).toMatchObject({ action: 'create', file: NEW_FILE, address: `${name}/${exampleAccount(name).name}/new:${NEW_FILE}` });
    expect(create.id).toBeUndefined();
    expect(create.changes.length).toBeGreaterThan(0);
    for (const c of create.changes) expect(c).not.toHaveProperty('before');
    // Nothing was written while planning.
    expect(t.writes()).toEqual([]);

    const count = campaignCount(t, name);
    const applied = await t.apply();
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/Apply complete: 0 applied, 0 failed, 0 refused as stale, 0 unchanged, 1 created\./);
    expect(campaignCount(t, name)).toBe(count + 1);
    const id = /created as (\S+);/.exec(applied.stdout)?.[1];
    expect(id).toBeDefined();
    // One create call; a documented follow-up, if any, names the new campaign.
    const writes = t.writes();
    const creates = writes.filter((w) => !names(id!)(w));
    expect(creates.map((w) => w.method)).toEqual(['POST']);
    expect(writes.length).toBeLessThanOrEqual(2);
    expectOnlyIdAdded(t, before, id!);
    expect(readRecord(t).managed).toContain(`${name}/${exampleAccount(name).name}/${id}`);

    const again = await t.plan(['--detailed-exitcode']);
    expect(again.plan.actions.map((a) => a.action)).toEqual(['no_change']);
    expect(again.status).toBe(0);
  });

  it('a create whose answer is lost is never sent again: the re-run finds the campaign, adopts it and writes its id', async () => {
    // The sandbox's own fault: the vendor acts on the create, then the connection closes unanswered.
    const create = await createRequestOf(entry, lifecycle);
    t = await project(entry, lifecycle, { dropAnswers: [{ vendor: name, method: create.method, path: `^${escapeRegExp(create.path)}$`, times: 1 }] });
    const count = campaignCount(t, name);
    const first = await t.apply();
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/answer was lost; plan again: it will look for the campaign by .+ and adopt it instead of creating it twice/);
    expect(campaignCount(t, name)).toBe(count + 1);
    expect(idInFile(t)).toBeUndefined();
    expect(Object.values(readRecord(t).creates)).toEqual([expect.objectContaining({ state: 'sent' })]);

    t.sb.clearRequests();
    const planned = await t.plan();
    const [found] = planned.plan.actions;
    expect(found?.action === 'no_change' || found?.action === 'update', JSON.stringify(found)).toBe(true);
    const adopt = (found as Extract<PlanAction, { action: 'no_change' | 'update' }>).adopt;
    expect(adopt?.reason).toMatch(/^matches /);

    const second = await t.apply();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/, 1 adopted\./);
    // Still exactly one campaign more than before, and no create was sent again.
    expect(campaignCount(t, name)).toBe(count + 1);
    expect(t.writes().filter((w) => !names(adopt!.id)(w))).toEqual([]);
    expect(idInFile(t)).toBe(adopt!.id);
    const again = await t.plan(['--detailed-exitcode']);
    expect(again.plan.actions.map((a) => a.action)).toEqual(['no_change']);
  });

  it('an apply killed right after the vendor acted on its create: the re-run adopts the campaign, exactly one exists, and its id is in the file', async () => {
    let acted = false;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    t = await project(entry, lifecycle, { fake: (f) => holdingCreates(f, () => (acted = true), released) });
    const e = t;
    const count = campaignCount(e, name);
    const killed = spawnCli(['apply', '--auto-approve'], e.project.dir, e.env);
    try {
      await until(() => acted, 30_000, 'the create to reach the vendor');
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    } finally {
      release();
    }
    // The vendor finishes the request its client no longer waits for, and logs it.
    await until(() => e.writes().length > 0, 5_000, 'the killed create to be logged');
    expect(campaignCount(e, name)).toBe(count + 1);
    expect(idInFile(e)).toBeUndefined();
    // The record said "sent" before the request left.
    expect(Object.values(readRecord(e).creates)).toEqual([expect.objectContaining({ state: 'sent' })]);

    e.sb.clearRequests();
    const again = await e.apply();
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/, 1 adopted\./);
    expect(campaignCount(e, name)).toBe(count + 1);
    const id = idInFile(e);
    expect(id).toBeDefined();
    expect(e.writes().filter((w) => !names(id!)(w))).toEqual([]);
    const after = await e.plan(['--detailed-exitcode']);
    expect(after.plan.actions.map((a) => a.action)).toEqual(['no_change']);
  }, 60_000);

  /** A project managing the running campaign through an imported document, recorded by an apply; then the document is removed. */
  async function managedThenRemoved(prune: PruneMode): Promise<{ file: string; text: string; address: string }> {
    t = await project(entry, lifecycle, { prune, files: {} });
    const account = exampleAccount(name).name;
    const imported = await t.run(['import', '--account', account, '--id', lifecycle.runningId]);
    expect(imported.status, imported.stderr).toBe(0);
    const file = /^wrote (\S+) {2}/m.exec(imported.stdout)![1]!;
    const applied = await t.apply();
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const address = `${name}/${account}/${lifecycle.runningId}`;
    expect(readRecord(t).managed).toContain(address);
    const text = readFileSync(path.join(t.project.dir, file), 'utf8');
    rmSync(path.join(t.project.dir, file));
    t.sb.clearRequests();
    return { file, text, address };
  }

  it('removing the document under `prune: none` (the default) plans forget: nothing is sent, and it keeps running', async () => {
    const { address } = await managedThenRemoved('none');
    const planned = await t!.plan(['--detailed-exitcode']);
    expect(planned.plan.actions).toEqual([expect.objectContaining({ action: 'forget', address })]);
    expect(planned.status).toBe(2);
    const applied = await t!.apply();
    expect(applied.status, applied.stdout).toBe(0);
    expect(applied.stdout).toContain(`${address}: forgotten`);
    expect(t!.writes()).toEqual([]);
    expect(readRecord(t!).managed).not.toContain(address);
    const after = await t!.plan(['--detailed-exitcode']);
    expect(after.plan.actions).toEqual([]);
    expect(after.status).toBe(0);
  });

  const modes = pruneModes({ name, title: entry.provider.title, schemaFile: entry.provider.schemaFile, credentialKeys: [], lifecycle: lifecycleOf(entry) });

  // Only the modes the provider's accounts may take (the others are configuration errors: the bad-input corpus).
  if (modes.includes('deactivate')) {
    it('removing the document under `prune: deactivate` plans retire, and apply sends exactly that and stops managing it', async () => {
      const { file, text, address } = await managedThenRemoved('deactivate');
      const planned = await t!.plan();
      const [retire] = planned.plan.actions as RetireAction[];
      expect(retire).toMatchObject({ action: 'retire', address, id: lifecycle.runningId });
      expect(retire!.changes.length).toBeGreaterThan(0);
      const applied = await t!.apply();
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      expect(applied.stdout).toContain(`${address}: retired`);
      const writes = t!.writes();
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.filter((w) => !names(lifecycle.runningId)(w))).toEqual([]);
      expect(readRecord(t!).managed).not.toContain(address);
      expect((await t!.plan(['--detailed-exitcode'])).plan.actions).toEqual([]);
      // Put back, the document shows the campaign stopped exactly as the plan said.
      t!.project.write(file, text);
      const back = await t!.plan();
      const update = back.plan.actions[0]!;
      expect(update.action).toBe('update');
      // (What the retire's write cleared beyond the stopped values, the document does not manage either.)
      for (const c of retire!.changes.filter((x) => !x.clears)) expect(update.changes).toContainEqual(expect.objectContaining({ path: c.path, before: c.after }));
    });
  }

  if (modes.includes('delete')) {
    it('removing the document under `prune: delete` plans delete; apply sends it only with --allow-delete, as one DELETE', async () => {
      const { file, text, address } = await managedThenRemoved('delete');
      const planned = await t!.plan();
      expect(planned.plan.actions).toEqual([expect.objectContaining({ action: 'delete', address, id: lifecycle.runningId })]);
      const refused = await t!.apply();
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain(`${address}: not applied: refused: deletes need --allow-delete`);
      expect(t!.writes()).toEqual([]);
      expect(readRecord(t!).managed).toContain(address);

      const applied = await t!.apply(['--allow-delete']);
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      expect(applied.stdout).toContain(`${address}: deleted`);
      expect(t!.writes().map((w) => w.method)).toEqual(['DELETE']);
      expect(readRecord(t!).managed).not.toContain(address);
      expect((await t!.plan(['--detailed-exitcode'])).plan.actions).toEqual([]);
      // Put back, the document names a campaign the vendor no longer has.
      t!.project.write(file, text);
      expect((await t!.plan()).plan.actions).toEqual([expect.objectContaining({ action: 'error', error: expect.objectContaining({ code: 'not_found' }) })]);
    });
  }
});

function lifecycleOf(entry: RegistryEntry): { create: boolean; retire: boolean; remove: boolean } {
  const runtime = entry.provider.runtime;
  return { create: Boolean(runtime?.create), retire: Boolean(runtime?.retire), remove: Boolean(runtime?.remove) };
}

describe('the lifecycle contract', () => {
  it('covers every provider that can create campaigns', () => {
    expect(withLifecycle.map((e) => e.entry.provider.name).sort()).toEqual(registry.filter((e) => e.provider.runtime?.create).map((e) => e.provider.name).sort());
  });
});
