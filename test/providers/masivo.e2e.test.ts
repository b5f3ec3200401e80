/**
 * Masivo plan/apply end to end: the CLI in-process, over real HTTP, against the sandbox's Masivo
 * fake (pinned clock 2026-11-23T12:00Z), with the repository's example campaigns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PlanAction, PlanChange } from '../../src/engine/plan-model.js';
import { campaignsOf, type MasivoCampaign, type MasivoState } from '../../src/sandbox/masivo/state.js';
import { campaignDoc } from '../helpers/documents.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { expectEmptyPlan } from '../helpers/plans.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';
import { existingExampleFiles } from '../helpers/examples.js';

const DIR = fileURLToPath(new URL('../../campaigns/masivo/', import.meta.url));
const EXAMPLES: Record<string, string> = Object.fromEntries(
  existingExampleFiles(DIR)
    .map((f) => [`campaigns/masivo/${f}`, readFileSync(DIR + f, 'utf8')]),
);

const ID = {
  coffee: '6ab8ebd7-08d5-40c3-9d7e-118d65906a5b',
  double: 'd03e623e-cc9b-4610-a661-1d2a5901ce82',
  refer: 'd5843e2a-ddbc-4577-92a0-22ff8fb19977',
  welcome: '370f67dc-b60e-4a2f-ac8d-0ca4dc15d7e3',
  summer: '9f1c2b7e-5d4a-4c1e-9b2f-3a6d8e7c1f20',
  buenfin: 'b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43',
} as const;
type Name = keyof typeof ID;

const FILE: Record<'coffee' | 'double' | 'refer' | 'welcome', string> = {
  coffee: 'campaigns/masivo/coffee-punch-card.yaml',
  double: 'campaigns/masivo/double-points-electronics-2027.yaml',
  refer: 'campaigns/masivo/refer-a-friend.yaml',
  welcome: 'campaigns/masivo/welcome-coupon-app.yaml',
};

const addr = (name: Name) => `masivo/loyalty-mx/${ID[name]}`;
const campaignPath = (name: Name) => `/campaigns/${ID[name]}`;

/** The example file with `from` replaced by `to` (the text must be there). */
function edit(name: keyof typeof FILE, from: string, to: string): string {
  const text = EXAMPLES[FILE[name]]!;
  if (!text.includes(from)) throw new Error(`${FILE[name]} has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** A minimal campaign document. */
const doc = (name: Name, ...specLines: string[]): string => campaignDoc({ provider: 'masivo', account: 'loyalty-mx', id: ID[name] }, specLines);

let open: E2E[] = [];
async function start(opts: { files?: Record<string, string>; sandbox?: Parameters<typeof e2e>[0]['sandbox'] } = {}): Promise<E2E> {
  const t = await e2e({ vendor: 'masivo', account: 'loyalty-mx', files: opts.files ?? EXAMPLES, ...(opts.sandbox ? { sandbox: opts.sandbox } : {}) });
  open.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

function masivo(t: E2E): MasivoState {
  return t.sb.state().masivo as MasivoState;
}
function live(t: E2E, name: Name): MasivoCampaign {
  const c = campaignsOf(masivo(t)).find((x) => x.id === ID[name]);
  if (!c) throw new Error(`no live campaign ${name}`);
  return structuredClone(c);
}
/** Changes the sandbox state the way a dashboard user would. */
function mutate(t: E2E, fn: (campaigns: Record<Name, MasivoCampaign>, state: MasivoState) => void): void {
  const all = structuredClone(t.sb.state());
  const state = all.masivo as MasivoState;
  const byName = Object.fromEntries(
    (Object.keys(ID) as Name[]).map((n) => [n, campaignsOf(state).find((c) => c.id === ID[n])!]),
  ) as Record<Name, MasivoCampaign>;
  fn(byName, state);
  t.sb.setState(all);
}

function action(plan: Plan, name: Name): PlanAction {
  const a = plan.actions.find((x) => x.address === addr(name));
  if (!a) throw new Error(`no action for ${name}: ${JSON.stringify(plan.actions.map((x) => x.address))}`);
  return a;
}
/** The readable fields that differ: neither write-only nor cleared by the full payload beside them. */
const readable = (a: PlanAction): PlanChange[] => (a.changes ?? []).filter((c) => !c.write_only && !c.clears);
/** The fields the full payload clears because the document does not manage them. */
const cleared = (a: PlanAction): string[] => (a.changes ?? []).filter((c) => c.clears).map((c) => c.path);
/** The budget, with its period from `divide_budget_in` (the roles say its unit is not stated). */
const monthly = { unit: 'unstated', period: 'monthly' } as const;
const writeOnly = (a: PlanAction): string[] => (a.changes ?? []).filter((c) => c.write_only).map((c) => c.path).sort();

/** Writes the vendor received, counted per request path. */
function writesPerPath(t: E2E): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of t.writes()) out[w.path] = (out[w.path] ?? 0) + 1;
  return out;
}

async function applyOk(t: E2E): Promise<void> {
  const r = await t.apply();
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
}

interface ApplyJson {
  tally: Record<string, number>;
  outcomes: { address: string; outcome: string; message?: string }[];
}
async function applyJson(t: E2E): Promise<{ status: number; result: ApplyJson }> {
  const r = await t.apply(['--format', 'json']);
  return { status: r.status, result: JSON.parse(r.stdout) as ApplyJson };
}

// ---------------------------------------------------------------------------------------------

describe('masivo: the seed and the example campaigns', () => {
  it('plans exactly the seed differences, applies one write per campaign, then plans nothing', async () => {
    const t = await start();
    const before = masivo(t);
    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 0, needs_approval: 0 });

    // The deliberate differences, and nothing else readable (no status/rules/date/metadata quirk).
    expect(readable(action(plan, 'coffee'))).toEqual([{ path: 'status', before: 'INACTIVE', after: 'ACTIVE' }]);
    expect(readable(action(plan, 'double'))).toEqual([{ path: 'budget', before: 1000000, after: 1200000, spend: monthly }]);
    expect(readable(action(plan, 'refer'))).toEqual([
      { path: 'name', before: 'Invita a un amigo y gana', after: 'Invita a un amigo' },
      { path: 'metadata.terms_version', before: '2026-04', after: '2026-10' },
    ]);
    expect(readable(action(plan, 'welcome'))).toEqual([]);

    // A first plan has no last-applied record: every write-only field the YAML manages is listed
    // (never with a `before`: Masivo does not return them), so that the first apply sends them.
    expect(writeOnly(action(plan, 'coffee'))).toEqual(['divide_budget_in', 'labels', 'platforms', 'withoutEndDate']);
    expect(writeOnly(action(plan, 'double'))).toEqual(['divide_budget_in', 'labels', 'platforms']);
    expect(writeOnly(action(plan, 'refer'))).toEqual(['divide_budget_in', 'referee_rules_json']);
    expect(writeOnly(action(plan, 'welcome'))).toEqual(['confirm_changes', 'divide_budget_in', 'platforms', 'quantity', 'useCustomCodes', 'withoutEndDate']);
    for (const a of plan.actions) for (const c of a.changes ?? []) if (c.write_only) expect(c).not.toHaveProperty('before');
    expect(action(plan, 'welcome').changes!.find((c) => c.path === 'quantity')!.after).toBe(50000);

    await applyOk(t);
    expect(writesPerPath(t)).toEqual({
      [campaignPath('coffee')]: 1,
      [campaignPath('double')]: 1,
      [campaignPath('refer')]: 1,
      [campaignPath('welcome')]: 1,
    });
    expect(t.writes().every((w) => w.method === 'PUT')).toBe(true);
    expect(t.writes().find((w) => w.path === campaignPath('welcome'))!.query).toBe('?type=COUPONS');

    // The writes landed, write-only fields included.
    const after = masivo(t);
    expect(live(t, 'coffee').status).toBe('RUNNING');
    expect(live(t, 'double').budget).toBe(1200000);
    expect(live(t, 'refer').name).toBe('Invita a un amigo');
    expect(JSON.parse(live(t, 'refer').metadata!)).toEqual({ program: 'member-get-member', terms_version: '2026-10' });
    expect(after.writeOnly![ID.welcome]).toMatchObject({ quantity: 50000, useCustomCodes: false, withoutEndDate: true, divide_budget_in: 'total' });
    expect(after.writeOnly![ID.double]!.labels).toEqual([
      { label: 'Electrónica', value: 'electronica' },
      { label: 'Cofinanciada', value: 'cofinanciada' },
    ]);

    // Live fields no YAML manages are as they were (the full-payload PUT carried them over).
    const specKeys = (name: keyof typeof FILE) =>
      new Set([...EXAMPLES[FILE[name]]!.matchAll(/^ {2}([A-Za-z_]+):/gm)].map((m) => m[1]!));
    for (const name of Object.keys(FILE) as (keyof typeof FILE)[]) {
      const was = before.campaigns.find((c) => c.id === ID[name])!;
      const now = after.campaigns.find((c) => c.id === ID[name])!;
      const unmanaged = Object.keys(was).filter((k) => !specKeys(name).has(k) && k !== 'status');
      expect(unmanaged.length).toBeGreaterThan(0);
      for (const k of unmanaged) expect(now[k as keyof MasivoCampaign], `${name}.${k}`).toEqual(was[k as keyof MasivoCampaign]);
      if (name !== 'double') expect(now.end_date).toBeNull();
    }
    // The campaigns no YAML names were not touched.
    for (const id of [ID.summer, ID.buenfin]) expect(after.campaigns.find((c) => c.id === id)).toEqual(before.campaigns.find((c) => c.id === id));

    t.sb.clearRequests();
    await expectEmptyPlan(t);
    expect(t.writes()).toEqual([]);
  });

  it('keeps unmanaged live fields and unmanaged keys of managed objects through the full payload', async () => {
    const files = {
      ...EXAMPLES,
      // attributes is managed key by key: privacy changes, `channel` (live only) is not the YAML's.
      [FILE.double]: edit('double', '    privacy: PUBLIC', '    privacy: PRIVATE'),
    };
    const t = await start({ files });
    mutate(t, (c) => {
      c.double.attributes = { ...c.double.attributes, channel: 'app' };
      c.coffee.metadata = JSON.stringify({ crm_segment: 'cafe-lovers' }); // coffee's YAML has no metadata
      c.refer.metadata = JSON.stringify({ program: 'member-get-member', terms_version: '2026-04', source: 'crm' });
      c.refer.end_date = '2027-05-31T06:00:00Z'; // refer's YAML manages neither end_date nor start_date
    });
    const before = masivo(t);
    const { plan } = await t.plan();
    expect(readable(action(plan, 'double'))).toEqual([
      { path: 'attributes.privacy', before: 'PUBLIC', after: 'PRIVATE' },
      { path: 'budget', before: 1000000, after: 1200000, spend: monthly },
    ]);
    expect(readable(action(plan, 'refer')).map((c) => c.path)).toEqual(['name', 'metadata.terms_version']);
    await applyOk(t);

    expect(live(t, 'double').attributes).toEqual({ trigger: 'PURCHASE', privacy: 'PRIVATE', channel: 'app' });
    expect(JSON.parse(live(t, 'coffee').metadata!)).toEqual({ crm_segment: 'cafe-lovers' });
    expect(JSON.parse(live(t, 'refer').metadata!)).toEqual({ program: 'member-get-member', terms_version: '2026-10', source: 'crm' });
    const wasRefer = before.campaigns.find((c) => c.id === ID.refer)!;
    expect(live(t, 'refer')).toMatchObject({ start_date: wasRefer.start_date, end_date: '2027-05-31T06:00:00Z', brand_id: null, budget: 400000 });
    expect(live(t, 'coffee')).toMatchObject({ funded_by: 'Café Aurora', end_date: null });
    await expectEmptyPlan(t);
  });
});

describe('masivo: drift', () => {
  it('shows a dashboard change exactly, applies it, and converges', async () => {
    const t = await start();
    await applyOk(t);
    mutate(t, (c) => {
      c.double.budget = 900000;
      c.coffee.status = 'PAUSED';
      c.refer.description = 'Texto cambiado en el dashboard';
      c.welcome.brand_id = '2cc67d9c-410c-44c8-aa8c-741fbdbc58af'; // not managed by its YAML
      c.coffee.metadata = JSON.stringify({ note: 'added in the dashboard' }); // not managed either
    });
    t.sb.clearRequests();
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });
    expect(action(plan, 'double').changes).toEqual([{ path: 'budget', before: 900000, after: 1200000, spend: monthly }]);
    expect(action(plan, 'coffee').changes).toEqual([{ path: 'status', before: 'INACTIVE', after: 'ACTIVE' }]);
    expect(action(plan, 'refer').changes).toEqual([
      {
        path: 'description',
        before: 'Texto cambiado en el dashboard',
        after: expect.stringContaining('Quien invita gana 300 puntos') as unknown,
      },
      // Its file leaves these to the dashboard: the full payload clears them, and the plan says so.
      { path: 'platforms', after: null, clears: true },
      { path: 'labels', after: null, clears: true },
    ]);
    expect(action(plan, 'welcome').action).toBe('no_change');

    await applyOk(t);
    expect(writesPerPath(t)).toEqual({ [campaignPath('double')]: 1, [campaignPath('coffee')]: 1, [campaignPath('refer')]: 1 });
    expect(live(t, 'welcome').brand_id).toBe('2cc67d9c-410c-44c8-aa8c-741fbdbc58af');
    expect(JSON.parse(live(t, 'coffee').metadata!)).toEqual({ note: 'added in the dashboard' });
    // The write-only fields were resent with the full payload, so the PUT did not clear them.
    expect(masivo(t).writeOnly![ID.coffee]).toMatchObject({ withoutEndDate: true, divide_budget_in: 'monthly', labels: [{ label: 'Cafetería', value: 'cafeteria' }] });
    await expectEmptyPlan(t);
  });

  it('reports an end date set in the dashboard on a `withoutEndDate: true` campaign, and removes it', async () => {
    const t = await start();
    await applyOk(t);
    mutate(t, (c) => {
      c.coffee.end_date = '2027-02-28T06:00:00Z';
    });
    t.sb.clearRequests();
    const { plan } = await t.plan();
    const changes = action(plan, 'coffee').changes!;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path: 'end_date', before: '2027-02-28T06:00:00Z' });
    expect(changes[0]!.after ?? null).toBeNull();
    await applyOk(t);
    expect(writesPerPath(t)).toEqual({ [campaignPath('coffee')]: 1 });
    expect(live(t, 'coffee').end_date).toBeNull();
    await expectEmptyPlan(t);
  });
});

describe('masivo: plan-time rules', () => {
  it('turns each rule breach into an error on that campaign and sends nothing for it (set 1)', async () => {
    const files = {
      // started in March: attributes are locked
      [FILE.coffee]: edit('coffee', '    privacy: PUBLIC', '    privacy: PRIVATE'),
      // started in June: an end date in the past is refused
      [FILE.refer]: edit('refer', '  status: INACTIVE', '  end_date: 2026-11-01T06:00:00Z\n  status: INACTIVE'),
      // scheduled for December: a new start must be today or later
      [FILE.welcome]: edit('welcome', '  start_date: 2026-12-01T06:00:00Z', '  start_date: 2026-11-20T06:00:00Z'),
      // ended in September: no update at all
      'campaigns/masivo/summer.yaml': doc('summer', 'type: BEHAVIOR', 'budget: 300000'),
      // a plain change that must still apply
      [FILE.double]: EXAMPLES[FILE.double]!,
    };
    const t = await start({ files });
    const { plan, status } = await t.plan();
    expect(status).toBe(1);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 0, error: 4, needs_approval: 0 });
    const err = (name: Name) => action(plan, name).error!;
    expect(err('coffee')).toMatchObject({ code: 'masivo.started-locked', path: 'attributes.privacy' });
    expect(err('coffee').message).toContain('cannot change once the campaign has started');
    expect(err('refer')).toMatchObject({ code: 'masivo.end-not-in-past', path: 'end_date' });
    expect(err('welcome')).toMatchObject({ code: 'masivo.start-not-in-past', path: 'start_date' });
    expect(err('summer')).toMatchObject({ code: 'masivo.campaign-ended', path: 'budget' });
    expect(action(plan, 'double').action).toBe('update');

    const { status: applyStatus, result } = await applyJson(t);
    expect(applyStatus).toBe(1);
    expect(result.tally).toMatchObject({ applied: 1, not_applied: 4 });
    expect(writesPerPath(t)).toEqual({ [campaignPath('double')]: 1 });
    expect(live(t, 'double').budget).toBe(1200000);
  });

  it('turns each rule breach into an error on that campaign and sends nothing for it (set 2)', async () => {
    const files = {
      // live start 2026-06-01: an end a year and more later is refused
      [FILE.refer]: edit('refer', '  status: INACTIVE', '  end_date: 2027-07-01T06:00:00Z\n  status: INACTIVE'),
      // start left to live (2027-01-01): an end before it is refused
      [FILE.double]: edit('double', '  start_date: 2027-01-01T06:00:00Z\n  end_date: 2028-01-01T05:59:59Z', '  end_date: 2026-12-15T06:00:00Z'),
      // quantity 20,000 → 50,000 without confirm_changes
      [FILE.welcome]: edit('welcome', '  confirm_changes: true\n', ''),
      // type cannot change (readOnly: the engine's check)
      'campaigns/masivo/buen-fin.yaml': doc('buenfin', 'type: BEHAVIOR', 'budget: 50000'),
      [FILE.coffee]: EXAMPLES[FILE.coffee]!,
    };
    const t = await start({ files });
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 0, error: 4, needs_approval: 0 });
    expect(action(plan, 'refer').error).toMatchObject({ code: 'masivo.end-within-year-of-start', path: 'end_date' });
    expect(action(plan, 'double').error).toMatchObject({ code: 'masivo.end-after-start', path: 'end_date' });
    expect(action(plan, 'welcome').error).toMatchObject({ code: 'masivo.confirm-changes-required', path: 'quantity' });
    expect(action(plan, 'welcome').error!.message).toContain('confirm_changes: true');
    expect(action(plan, 'buenfin').error).toMatchObject({ code: 'read_only', path: 'type' });

    const { status, result } = await applyJson(t);
    expect(status).toBe(1);
    expect(result.tally).toMatchObject({ applied: 1, not_applied: 4 });
    expect(writesPerPath(t)).toEqual({ [campaignPath('coffee')]: 1 });
    expect(masivo(t).writeOnly![ID.welcome]!.quantity).toBe(20000);
  });

  it('asks no confirmation when the coupon codes already match live (first plan, no record)', async () => {
    const files = {
      [FILE.welcome]: edit('welcome', '  quantity: 50000\n', '  quantity: 20000\n').replace('  confirm_changes: true\n', ''),
      // custom codes, started: the codes summary read must not leak back into `attributes`
      'campaigns/masivo/buen-fin.yaml': doc('buenfin', 'type: COUPONS', 'useCustomCodes: true', "customCodes: 'BUENFIN-AB12,BUENFIN-CD34, BUENFIN-EF56'", 'budget: 60000'),
    };
    const t = await start({ files });
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 0, error: 0, needs_approval: 0 });
    expect(writeOnly(action(plan, 'welcome'))).toContain('quantity');
    expect(readable(action(plan, 'buenfin'))).toEqual([{ path: 'budget', before: 50000, after: 60000, spend: { unit: 'unstated' } }]);
    expect(cleared(action(plan, 'buenfin'))).toEqual(['platforms', 'labels', 'divide_budget_in']);
    await applyOk(t);
    expect(writesPerPath(t)).toEqual({ [campaignPath('welcome')]: 1, [campaignPath('buenfin')]: 1 });
    expect(live(t, 'buenfin').attributes).toEqual({ privacy: 'PUBLIC' });
    expect(masivo(t).writeOnly![ID.buenfin]).toMatchObject({ useCustomCodes: true, customCodes: 'BUENFIN-AB12,BUENFIN-CD34, BUENFIN-EF56' });
    await expectEmptyPlan(t);

    // A changed code list needs the confirmation.
    t.project.write('campaigns/masivo/buen-fin.yaml', doc('buenfin', 'type: COUPONS', 'useCustomCodes: true', "customCodes: 'BUENFIN-AB12'", 'budget: 60000'));
    const again = await t.plan();
    expect(action(again.plan, 'buenfin').error).toMatchObject({ code: 'masivo.confirm-changes-required', path: 'customCodes' });
  });
});

describe('masivo: a campaign the vendor rejects', () => {
  it('fails alone: the others apply, exit 1, the tally names it', async () => {
    const t = await start();
    // Live dates Masivo accepted once but would refuse now (end more than a year after start);
    // the YAML manages neither, so plan has no reason to judge them, and the full PUT resends them.
    mutate(t, (c) => {
      c.refer.end_date = '2027-06-15T06:00:00Z';
    });
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 0, needs_approval: 0 });
    const { status, result } = await applyJson(t);
    expect(status).toBe(1);
    expect(result.tally).toMatchObject({ applied: 3, failed: 1 });
    const failed = result.outcomes.filter((o) => o.outcome === 'failed');
    expect(failed.map((o) => o.address)).toEqual([addr('refer')]);
    expect(failed[0]!.message).toContain('400');
    expect(failed[0]!.message).toContain('end_date must be less than one year after start_date');
    expect(writesPerPath(t)).toEqual({
      [campaignPath('coffee')]: 1,
      [campaignPath('double')]: 1,
      [campaignPath('refer')]: 1,
      [campaignPath('welcome')]: 1,
    });
    expect(live(t, 'refer').name).toBe('Invita a un amigo y gana');

    // The text tally names it too.
    const text = await t.apply();
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`✗ ${addr('refer')}: failed`);
    expect(text.stdout).toMatch(/Apply complete: 0 applied, 1 failed/);
  });
});

describe('masivo: write-only fields', () => {
  it('are sent on the first apply, not planned again, and sent again when the YAML changes them', async () => {
    const t = await start();
    await applyOk(t);
    await expectEmptyPlan(t);

    // labels change in git: plan shows it (and only it), apply sends it.
    t.project.write(
      FILE.double,
      edit('double', '    - { label: Cofinanciada, value: cofinanciada }', '    - { label: Cofinanciada, value: cofinanciada }\n    - { label: Premium, value: premium }'),
    );
    // quantity changes in git, confirmed.
    t.project.write(FILE.welcome, edit('welcome', '  quantity: 50000', '  quantity: 60000'));
    t.sb.clearRequests();
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 2, error: 0, needs_approval: 0 });
    expect(action(plan, 'double').changes).toEqual([
      {
        path: 'labels',
        after: [
          { label: 'Electrónica', value: 'electronica' },
          { label: 'Cofinanciada', value: 'cofinanciada' },
          { label: 'Premium', value: 'premium' },
        ],
        write_only: true,
      },
    ]);
    // The welcome file leaves `labels` to the dashboard: the full payload clears it, and the plan says so.
    expect(action(plan, 'welcome').changes).toEqual([
      { path: 'quantity', after: 60000, write_only: true },
      { path: 'labels', after: null, clears: true },
    ]);
    await applyOk(t);
    expect(writesPerPath(t)).toEqual({ [campaignPath('double')]: 1, [campaignPath('welcome')]: 1 });
    expect(masivo(t).writeOnly![ID.double]!.labels).toHaveLength(3);
    expect(masivo(t).writeOnly![ID.welcome]!.quantity).toBe(60000);
    // …and the other write-only fields survived the full payload.
    expect(masivo(t).writeOnly![ID.double]).toMatchObject({ divide_budget_in: 'monthly', platforms: [{ value: 'APP' }, { value: 'WEB' }, { value: 'POS' }] });
    await expectEmptyPlan(t);
  });
});

describe('masivo: normalisation quirks (each would be a perpetual diff without its handling)', () => {
  it('compares rules and metadata as values, whatever their JSON text, and ignores embedded rewards', async () => {
    const t = await start();
    await applyOk(t);
    mutate(t, (c) => {
      // Same rules with keys reordered, spacing, and the expanded reward objects older reads embed.
      const rules = JSON.parse(c.double.rules) as { conditions: unknown; effects: Record<string, unknown>[] }[];
      const rewritten = rules.map((r) => ({
        effects: r.effects.map((e) => ({ amount: e.amount, reward: { id: e.reward_id, name: 'Puntos', value: 1 }, ...e })),
        conditions: r.conditions,
      }));
      c.double.rules = JSON.stringify(rewritten, null, 2);
      c.refer.metadata = '{ "terms_version" : "2026-10",\n  "program": "member-get-member" }';
    });
    await expectEmptyPlan(t);
  });

  it('compares dates as instants at second precision, whatever the YAML offset or fraction', async () => {
    const files = {
      ...EXAMPLES,
      [FILE.double]: edit('double', '  start_date: 2027-01-01T06:00:00Z\n  end_date: 2028-01-01T05:59:59Z', '  start_date: 2027-01-01T00:00:00-06:00\n  end_date: 2028-01-01T05:59:59.400Z'),
    };
    const t = await start({ files });
    const { plan } = await t.plan();
    expect(readable(action(plan, 'double'))).toEqual([{ path: 'budget', before: 1000000, after: 1200000, spend: monthly }]);
    await applyOk(t);
    expect(live(t, 'double')).toMatchObject({ start_date: '2027-01-01T06:00:00Z', end_date: '2028-01-01T05:59:59Z' });
    await expectEmptyPlan(t);
  });

  it('maps the read status vocabulary: RUNNING, SCHEDULED → ACTIVE, PAUSED → INACTIVE, FINISHED matches any', async () => {
    const files = {
      ...EXAMPLES,
      // FINISHED says nothing about the written status: a paused-then-ended campaign is no diff.
      'campaigns/masivo/summer.yaml': doc('summer', 'type: BEHAVIOR', 'status: INACTIVE', 'budget: 250000'),
    };
    const t = await start({ files });
    await applyOk(t);
    const { plan, status } = await t.plan(['--detailed-exitcode']);
    expect(status).toBe(0);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: 5, error: 0, needs_approval: 0 });
    // What Masivo's reads said while the plan found no difference:
    const read = await readStatuses(t);
    expect(read).toEqual({ [ID.coffee]: 'RUNNING', [ID.double]: 'SCHEDULED', [ID.refer]: 'PAUSED', [ID.welcome]: 'SCHEDULED', [ID.summer]: 'FINISHED' });
  });
});

/** Statuses as GET /campaigns shows them (the vendor's read vocabulary). */
async function readStatuses(t: E2E): Promise<Record<string, string>> {
  const base = t.sb.endpoint('masivo');
  const token = ((await (await fetch(`${base}/auth/authorize`, { headers: { 'x-api-key': 'k' } })).json()) as { data: string }).data;
  const list = (await (await fetch(`${base}/campaigns?from=0&to=99`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    data: { id: string; status: string }[];
  };
  const wanted = new Set<string>([ID.coffee, ID.double, ID.refer, ID.welcome, ID.summer]);
  return Object.fromEntries(list.data.filter((c) => wanted.has(c.id)).map((c) => [c.id, c.status]));
}

describe('masivo: reading', () => {
  /** `n` unmanaged filler campaigns, placed before (or after) the seed's. */
  function withFiller(t: E2E, n: number, where: 'before' | 'after'): void {
    mutate(t, (_c, state) => {
      const template = state.campaigns.find((c) => c.id === ID.summer)!;
      const filler = Array.from({ length: n }, (_, i) => ({
        ...template,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `Filler ${i}`,
      }));
      state.campaigns = where === 'before' ? [...filler, ...state.campaigns] : [...state.campaigns, ...filler];
    });
  }
  const listReads = (t: E2E) => t.sb.requests().filter((r) => r.method === 'GET' && r.path === '/campaigns');
  const oneReads = (t: E2E) => t.sb.requests().filter((r) => r.method === 'GET' && r.path.startsWith('/campaigns/'));

  it('reads list pages of 100 and stops as soon as every campaign is found', async () => {
    const t = await start();
    withFiller(t, 330, 'after'); // the managed campaigns are on the first page
    t.sb.clearRequests();
    const { plan } = await t.plan();
    expect(plan.summary.error).toBe(0);
    expect(listReads(t).map((r) => r.query)).toEqual(['?from=0&to=99&includes=CODES_SUMMARY']);
    expect(oneReads(t)).toEqual([]);
  });

  it('pages through the account when the campaigns are spread over it', async () => {
    const t = await start();
    withFiller(t, 290, 'before');
    t.sb.clearRequests();
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 0, needs_approval: 0 });
    // the managed campaigns sit at 290–295 of 296: pages 0, 100 and 200, no more
    expect(listReads(t).map((r) => r.query).sort()).toEqual(
      [0, 100, 200].map((from) => `?from=${from}&to=${from + 99}&includes=CODES_SUMMARY`).sort(),
    );
    expect(oneReads(t)).toEqual([]);
    // one token for the whole command
    expect(t.sb.requests().filter((r) => r.path === '/auth/authorize')).toHaveLength(1);
  });

  it('reads a few campaigns of a big account one GET each after the first page', async () => {
    const t = await start();
    withFiller(t, 700, 'before'); // 706 campaigns: 7 pages left, 4 ids missing
    t.sb.clearRequests();
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 0, needs_approval: 0 });
    expect(listReads(t)).toHaveLength(1);
    expect(oneReads(t).map((r) => r.path).sort()).toEqual((['coffee', 'double', 'refer', 'welcome'] as const).map(campaignPath).sort());
  });

  it('reports a campaign Masivo does not have, and plans the others', async () => {
    const files = { ...EXAMPLES, 'campaigns/masivo/gone.yaml': doc('summer', 'type: BEHAVIOR').replace(ID.summer, '11111111-2222-4333-8444-555555555555') };
    const t = await start({ files });
    const { plan } = await t.plan();
    const gone = plan.actions.find((a) => a.id === '11111111-2222-4333-8444-555555555555')!;
    expect(gone.error).toMatchObject({ code: 'not_found' });
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 1, needs_approval: 0 });
  });
});

describe('masivo: auth', () => {
  it('exchanges the API key once, re-exchanges after the token expires (401), and never prints the key', async () => {
    // A sandbox clock that moves 10 minutes per clock reading: the hour-long token expires mid-command.
    let tick = 0;
    const t = await start({ sandbox: { now: () => new Date(SANDBOX_NOW.getTime() + tick++ * 10 * 60_000) } });
    const r = await t.plan();
    expect(r.status).toBe(0);
    const apply = await t.apply();
    expect(apply.status, apply.stdout + apply.stderr).toBe(0);
    const log = t.sb.requests();
    const authCalls = log.filter((x) => x.path === '/auth/authorize');
    // one exchange per command, plus one for each expiry met mid-command
    expect(authCalls.length).toBeGreaterThanOrEqual(3);
    const expired = log.filter((x) => x.status === 401);
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.length).toBeLessThan(authCalls.length);
    // every 401 was followed by a fresh token and the same request again, which succeeded
    for (const x of expired) {
      const i = log.indexOf(x);
      const retry = log.findIndex((y, j) => j > i && y.method === x.method && y.path === x.path);
      expect(log[retry]!.status).toBe(200);
      expect(log.slice(i + 1, retry).some((y) => y.path === '/auth/authorize')).toBe(true);
    }
    for (const out of [r.stdout, r.stderr, apply.stdout, apply.stderr]) {
      for (const secret of Object.values(t.env)) expect(out).not.toContain(secret);
    }
  });
});
