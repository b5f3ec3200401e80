/**
 * A plan people can read, for every provider of the registry that declares field roles: each
 * campaign by its name and status beside its address, dates in the zone campaignctl.yaml sets,
 * budgets in their unit with the change in percent, and an apply that changes, as read back, only
 * what the plan listed. Over real HTTP against a sandbox serving the provider's fake alone, through
 * the CLI; what each vendor's fields mean comes from its roles, never from this file.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import type { PlanAction, UpdateAction } from '../../src/engine/plan-model.js';
import { readRole } from '../../src/providers/role-values.js';
import { registry, type RegistryEntry } from '../../src/providers/registry.js';
import type { FieldRoles } from '../../src/providers/roles.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { contracted, exampleAccount } from './kit.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const withRoles = registry.filter((e) => e.provider.runtime && e.provider.roles).map((e) => [e.provider.name, e, e.provider.roles!] as const);

async function accountOnSandbox(entry: RegistryEntry): Promise<E2E> {
  const { fake } = await contracted(entry);
  const account = exampleAccount(entry.provider.name);
  return e2e({ vendor: entry.provider.name, account: account.name, accountOptions: account.options, files: {}, sandbox: { fakes: [fake] } });
}

interface Imported {
  readonly file: string;
  readonly spec: Record<string, unknown>;
}

/** Imports campaigns (one by id, or all), and gives each file with its spec. */
async function importCampaigns(t: E2E, name: string, id?: string): Promise<Imported[]> {
  const r = await t.run(['import', '--account', exampleAccount(name).name, ...(id !== undefined ? ['--id', id] : ['--all'])]);
  expect(r.status, r.stderr).toBe(0);
  return [...r.stdout.matchAll(/^(?:wrote|overwrote) (\S+) {2}\S+$/gm)].map((m) => {
    const file = m[1]!;
    const doc = parseAllDocuments(readFileSync(path.join(t.project.dir, file), 'utf8'))[0]!.toJS() as { spec: Record<string, unknown> };
    return { file, spec: doc.spec };
  });
}

/** Sets a spec path (`budget.amount`) in a campaign file. */
function setInFile(t: E2E, file: string, specPath: string, value: unknown): void {
  const full = path.join(t.project.dir, file);
  const doc = parseAllDocuments(readFileSync(full, 'utf8'))[0]!;
  doc.setIn(['spec', ...specPath.split('.')], value);
  writeFileSync(full, doc.toString());
}

const updates = (actions: readonly PlanAction[]) => actions.filter((a): a is UpdateAction => a.action === 'update');
/** The text plan's lines of one change. */
const changeLines = (text: string, specPath: string) => text.split('\n').filter((l) => l.startsWith(`    ~ ${specPath}:`) || l.startsWith(`    ~ ${specPath} `));

describe.each(withRoles)('%s: a plan people can read', (name, entry, roles: FieldRoles) => {
  it('shows the campaign by its name and status beside its address, in JSON, text and markdown', async () => {
    const { probes } = await contracted(entry);
    t = await accountOnSandbox(entry);
    const [imported] = await importCampaigns(t, name, probes.change.id);
    const named = roles.name ? readRole(imported!.spec, roles.name.path) : undefined;
    const liveName = typeof named === 'string' ? named : undefined;
    setInFile(t, imported!.file, probes.change.field, probes.change.value);

    const { plan } = await t.plan();
    const [update] = updates(plan.actions);
    expect(update, JSON.stringify(plan.actions)).toBeDefined();
    expect(update!.campaign?.status).toMatch(/^(running|scheduled|ended|paused)$/);
    if (roles.name) expect(update!.campaign?.name).toBe(liveName);
    const status = update!.campaign!.status!;
    const text = (await t.run(['plan'])).stdout;
    const markdown = (await t.run(['plan', '--format', 'markdown'])).stdout;
    const heading = text.split('\n').find((l) => l.startsWith(`~ ${update!.address} `))!;
    expect(heading).toContain(`${liveName !== undefined ? `${JSON.stringify(liveName)} ` : ''}(${status}) (${imported!.file}:`);
    expect(markdown).toContain(`<b>~ ${update!.address}</b> — ${liveName !== undefined ? `${JSON.stringify(liveName).replace(/&/g, '&amp;')} ` : ''}(${status}):`);
  });

  if (roles.end) it('shows dates in the zone campaignctl.yaml sets, each with its offset', async () => {
    t = await accountOnSandbox(entry);
    const endPath = roles.end!.path;
    let moved = 0;
    const DAY = 86_400_000;
    for (const { file, spec } of await importCampaigns(t, name)) {
      // A day earlier, where that stays more than a day after the start (an open end is left alone).
      const end = Date.parse(String(readRole(spec, endPath)));
      const start = roles.start ? Date.parse(String(readRole(spec, roles.start.path))) : Number.NaN;
      if (!(end - 2 * DAY > start)) continue;
      setInFile(t, file, endPath, new Date(end - DAY).toISOString());
      moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
    appendFileSync(path.join(t.project.dir, 'campaignctl.yaml'), 'timezone: Asia/Kolkata\n');

    const { plan } = await t.plan();
    expect(plan.timezone).toBe('Asia/Kolkata');
    expect(updates(plan.actions).some((a) => a.changes.some((c) => c.path === endPath))).toBe(true);
    const lines = changeLines((await t.run(['plan'])).stdout, endPath);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // The new end is written in UTC (`…Z`); shown, it is in the zone, with the zone's offset.
      expect(line).toMatch(/→ \d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)? \+05:30$/);
      expect(line).not.toMatch(/\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]00:00)/);
    }
  });

  if ((roles.spend ?? []).length > 0) it('shows a budget change in its unit, with the change in percent and spend so far where reported', async () => {
    t = await accountOnSandbox(entry);
    const role = roles.spend![0]!;
    for (const { file, spec } of await importCampaigns(t, name)) {
      const amount = readRole(spec, role.path);
      if (typeof amount === 'number' && amount > 0) setInFile(t, file, role.path, amount * 2);
    }
    const { plan } = await t.plan();
    const budgets = updates(plan.actions).flatMap((a) => a.changes.filter((c) => c.path === role.path));
    expect(budgets.length).toBeGreaterThan(0);
    for (const c of budgets) {
      expect(c.spend?.unit).toBe(role.unit);
      if (role.spentSoFar) expect(c.spend?.spent_so_far).toBeTypeOf('number');
    }
    const lines = changeLines((await t.run(['plan'])).stdout, role.path);
    expect(lines.length).toBe(budgets.length);
    for (const line of lines) {
      expect(line).toMatch(/\+100 %\)/);
      if (role.spentSoFar) expect(line).toContain('; spent so far: ');
    }
  });

  it('changes, as read back after apply, only the fields the plan listed', async () => {
    const { probes } = await contracted(entry);
    t = await accountOnSandbox(entry);
    const [imported] = await importCampaigns(t, name, probes.change.id);
    setInFile(t, imported!.file, probes.change.field, probes.change.value);
    const planned = await t.plan(['--out', 'plan.json']);
    const [update] = updates(planned.plan.actions);
    const listed = new Set(update!.changes.map((c) => c.path.split(/[.[]/)[0]!));
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);

    // The campaign imported afresh elsewhere: what differs from the first import is what the plan listed.
    const again = await t.run(['import', '--account', exampleAccount(name).name, '--id', probes.change.id, '--dir', 'after']);
    expect(again.status, again.stderr).toBe(0);
    const [after] = readdirSync(path.join(t.project.dir, 'after'), { recursive: true }).filter((f) => /\.ya?ml$/.test(String(f)));
    const spec = (parseAllDocuments(readFileSync(path.join(t.project.dir, 'after', String(after)), 'utf8'))[0]!.toJS() as { spec: Record<string, unknown> }).spec;
    const differing = Object.keys({ ...spec, ...imported!.spec }).filter((k) => stringify(spec[k]) !== stringify(imported!.spec[k]));
    expect(differing.filter((k) => !listed.has(k))).toEqual([]);
    expect(differing).toContain(probes.change.field.split('.')[0]);
  });
});

/** The providers that can create campaigns, with the new document their fakes' harnesses give. */
const creating = (
  await Promise.all(
    withRoles.map(async ([name, entry, roles]) => {
      const lifecycle = (await (await entry.fake()).harness?.())?.lifecycle;
      return lifecycle ? ([name, entry, roles, lifecycle.newSpec] as const) : undefined;
    }),
  )
).filter((x) => x !== undefined);

describe.each(creating)('%s: a campaign the plan creates', (name, entry, roles, newSpec) => {
  it('is shown by the name its document gives it, and as new', async () => {
    const { fake } = await contracted(entry);
    const account = exampleAccount(name);
    const file = 'campaigns/new-campaign.yaml';
    t = await e2e({
      vendor: name,
      account: account.name,
      accountOptions: account.options,
      files: { [file]: stringify({ provider: name, account: account.name, spec: newSpec }) },
      sandbox: { fakes: [fake] },
    });
    const { plan } = await t.plan();
    const [create] = plan.actions;
    const named = roles.name ? readRole(newSpec, roles.name.path) : undefined;
    expect(create).toMatchObject({ action: 'create', campaign: { status: 'new', ...(named !== undefined ? { name: named } : {}) } });
    const text = (await t.run(['plan'])).stdout;
    expect(text).toContain(`+ ${create!.address} ${named !== undefined ? `${JSON.stringify(named)} ` : ''}(new) (${file}:1) will be created`);
  });
});
