/**
 * `plan --base REF` for every provider, over real HTTP against a sandbox serving its fake alone,
 * with a git repository of two commits: the base, where the campaign file matches the vendor, and
 * a branch that changes the campaign's budget (or, for a vendor without one, the field its fake's
 * harness says a user may change) and its end. Meanwhile someone edits the campaign in the
 * vendor's dashboard: switches it on or off, and moves its end too. Each change of the plan must
 * say where it comes from, the comment must hold both sections, and its calendar, read by mermaid,
 * must show the end the vendor has now and the one the branch sets.
 *
 * The dashboard is another project applying to the same sandbox: any writer outside git.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parsePath } from '../../src/desired/path.js';
import type { UpdateAction } from '../../src/engine/plan-model.js';
import { isOn, readRole } from '../../src/providers/role-values.js';
import type { FieldRoles } from '../../src/providers/roles.js';
import { registry, type RegistryEntry } from '../../src/providers/registry.js';
import { mermaidText } from '../../src/report/calendar.js';
import type { ContractProbes } from '../../src/sandbox/fake-harness.js';
import { tempProject } from '../helpers/cli.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { mermaidBlocks, readGantt } from '../helpers/mermaid.js';
import { exampleAccount } from './kit.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The branch's end and the dashboard's: after every seeded start, within a year of it, and after the tests' today (2026-11-23). */
const BRANCH_END = '2027-02-20T22:59:59Z';
const DASHBOARD_END = '2027-02-05T22:59:59Z';

const entries = await Promise.all(
  registry
    .filter((e) => e.provider.runtime && e.provider.roles?.end && e.provider.roles.onOff)
    .map(async (entry) => ({ entry, contract: (await (await entry.fake()).harness!()).contract })),
);

function git(dir: string, args: readonly string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Campaign Bot', '-c', 'user.email=bot@campaignctl.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** The document with spec values replaced, comments and layout kept. */
function edited(text: string, values: Readonly<Record<string, unknown>>): string {
  const doc = parseDocument(text);
  for (const [p, value] of Object.entries(values)) doc.setIn(['spec', ...parsePath(p)!], value);
  return doc.toString({ lineWidth: 0 });
}

/** What the branch changes besides the end: the first budget, raised by half, or the harness's change. */
function branchChange(roles: FieldRoles, contract: ContractProbes, spec: Readonly<Record<string, unknown>>): { path: string; value: unknown } {
  const budget = roles.spend?.[0];
  const amount = budget ? readRole(spec, budget.path) : undefined;
  if (budget && typeof amount === 'number') return { path: budget.path, value: Math.round(amount * 1.5) };
  return { path: contract.change.field, value: contract.change.value };
}

/** The switch flipped: off when on (a boolean switch), on when off. */
function flipped(roles: FieldRoles, spec: Readonly<Record<string, unknown>>): unknown {
  const role = roles.onOff!;
  const now = readRole(spec, role.path);
  if (isOn(role, now) !== true) return role.on[0];
  if (typeof now === 'boolean') return !now;
  throw new Error(`no off value known for ${role.path}`);
}

/** `YYYY-MM-DD HH:mm:ss` of an instant in UTC, as the chart draws it; a field kept to the day ends with the day. */
function wall(iso: string, precision: string): string {
  const d = new Date(iso);
  if (precision === 'day') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1)).toISOString().replace('T', ' ').slice(0, 19);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

describe.each(entries.map((e) => [e.entry.provider.name, e] as const))('%s: plan --base tells the branch\'s changes from drift', (name, { entry, contract }) => {
  it('marks each change change, drift or change_and_drift, splits the comment in two, and draws the moved end', async () => {
    const roles = entry.provider.roles!;
    const endRole = roles.end!;
    const account = exampleAccount(name);
    t = await e2e({ vendor: name, account: account.name, accountOptions: account.options, files: {} });
    const dir = t.project.dir;

    // The base: the campaign imported as it is live.
    const imported = await t.run(['import', '--account', account.name, '--id', contract.knownId]);
    expect(imported.status, imported.stderr).toBe(0);
    const file = /^wrote (\S+) {2}/m.exec(imported.stdout)![1]!;
    const baseText = readFileSync(path.join(dir, file), 'utf8');
    const spec = (parseDocument(baseText).toJS() as { spec: Record<string, unknown> }).spec;
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'the campaign as it runs']);
    const baseSha = git(dir, ['rev-parse', 'HEAD']);

    // The branch: the budget (or the harness's field) and the end.
    const change = branchChange(roles, contract, spec);
    t.project.write(file, edited(baseText, { [change.path]: change.value, [endRole.path]: BRANCH_END }));
    git(dir, ['commit', '-q', '-am', 'raise the budget, run longer']);

    // The dashboard: the switch flipped and the end moved, outside git.
    const onOff = roles.onOff!.path;
    const dashboard = tempProject({ [file]: edited(baseText, { [onOff]: flipped(roles, spec), [endRole.path]: DASHBOARD_END }) }, readFileSync(path.join(dir, 'campaignctl.yaml'), 'utf8'));
    try {
      const applied = await dashboard.run(['apply', '--auto-approve'], { env: t.env });
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    } finally {
      dashboard.remove();
    }

    // Without --base: no origin, no base, the JSON as it always was.
    const plain = await t.plan();
    expect(plain.plan).not.toHaveProperty('base');
    expect(JSON.stringify(plain.plan)).not.toContain('"origin"');

    const planned = await t.plan(['--base', 'HEAD~1']);
    expect(planned.status, planned.stderr).toBe(0);
    expect(planned.stderr).not.toContain('warning');
    expect(planned.plan.base).toEqual({ ref: 'HEAD~1', sha: baseSha });
    const [update] = planned.plan.actions as UpdateAction[];
    expect(update?.action).toBe('update');
    // What a full-payload write clears beyond the file takes the write's origin: the branch's here.
    for (const c of update!.changes.filter((ch) => ch.clears)) expect(c.origin, c.path).toBe('change');
    expect(Object.fromEntries(update!.changes.filter((ch) => !ch.clears).map((c) => [c.path, c.origin]))).toEqual({
      [change.path]: 'change',
      [endRole.path]: 'change_and_drift',
      [onOff]: 'drift',
    });

    const md = await t.run(['plan', '--base', 'HEAD~1', '--format', 'markdown']);
    expect(md.status, md.stderr).toBe(0);
    const [ownPart, driftPart] = md.stdout.split('#### Drift this merge would revert');
    expect(ownPart).toContain('#### Changes in this pull request');
    expect(ownPart).toContain(`\`${change.path}\``);
    expect(ownPart).toMatch(new RegExp(`Also changed at the vendor since \`HEAD~1\`: \`${endRole.path}\``));
    expect(ownPart).not.toContain(`| \`${onOff}\` |`);
    expect(driftPart).toContain(`| \`${onOff}\` |`);
    expect(driftPart).not.toContain(`| \`${change.path}\` |`);

    // The calendar, before the campaigns: the end the vendor has now, and the branch's.
    expect(md.stdout.indexOf('```mermaid')).toBeLessThan(md.stdout.indexOf('<details'));
    const [chart] = mermaidBlocks(md.stdout);
    const gantt = await readGantt(chart!);
    const label = mermaidText(String(readRole(spec, roles.name!.path)));
    const bars = gantt.tasks.filter((task) => task.section === mermaidText(entry.provider.title));
    expect(bars.map((b) => b.name)).toEqual([expect.stringMatching(new RegExp(`^${escape(label)} \\(before`)), expect.stringMatching(new RegExp(`^${escape(label)} \\(after`))]);
    expect(bars.map((b) => b.end)).toEqual([wall(DASHBOARD_END, endRole.precision), wall(BRANCH_END, endRole.precision)]);
    expect(bars[0]!.start).toBe(bars[1]!.start);
  }, 60_000);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the origins contract', () => {
  it('covers every provider that can be planned', () => {
    expect(entries.map((e) => e.entry.provider.name)).toEqual(registry.filter((e: RegistryEntry) => e.provider.runtime).map((e) => e.provider.name));
  });
});
