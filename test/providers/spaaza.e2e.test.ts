/**
 * Spaaza plan/apply end to end: the CLI in-process against the Spaaza fake over real HTTP, with the
 * repository's example campaigns and the fake's seed (three deliberate differences), plus unit
 * tests of the normalisation, the write body and the auth headers.
 *
 * alter-campaign carries the campaign id in its body, so the request log (method, path, status)
 * cannot say which campaign a PUT went to. "One write per changed campaign" is proved instead by
 * stamping every campaign's `last_modified_date` with a marker before apply: the campaigns whose
 * stamp changed are the ones written, and their number equals the number of PUTs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PlanAction } from '../../src/engine/plan-model.js';
import { seed } from '../../src/sandbox/spaaza/seed.js';
import type { VendorObject, VendorState } from '../../src/sandbox/fake.js';
import { campaignDoc } from '../helpers/documents.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { expectEmptyPlan } from '../helpers/plans.js';
import { existingExampleFiles } from '../helpers/examples.js';

type Obj = Record<string, unknown>;

const examplesDir = fileURLToPath(new URL('../../campaigns/spaaza/', import.meta.url));

/** The example campaign files, path → YAML. */
function examples(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of existingExampleFiles(examplesDir)) {
    out[`campaigns/spaaza/${f}`] = readFileSync(`${examplesDir}${f}`, 'utf8');
  }
  return out;
}

/** An example's YAML with `key: value` spec lines replaced or added (`null` removes the line). */
function example(file: string, edits: Readonly<Record<string, string | null>> = {}): string {
  const text = readFileSync(`${examplesDir}${file}`, 'utf8');
  const lines = text.split('\n');
  for (const [key, value] of Object.entries(edits)) {
    const i = lines.findIndex((l) => l.startsWith(`  ${key}:`));
    if (value === null) {
      if (i >= 0) lines.splice(i, 1);
      // a block list continues on the following indented lines
      while (i >= 0 && lines[i]?.startsWith('    - ')) lines.splice(i, 1);
    } else if (i >= 0) {
      lines[i] = `  ${key}: ${value}`;
      while (lines[i + 1]?.startsWith('    - ')) lines.splice(i + 1, 1);
    } else {
      const end = lines.length && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
      lines.splice(end, 0, `  ${key}: ${value}`);
    }
  }
  return lines.join('\n');
}

/** A campaign document written from scratch. */
const doc = (id: number, spec: readonly string[]): string => campaignDoc({ provider: 'spaaza', account: 'rewards-nl', id }, spec);

const FILE = {
  birthday: 'birthday-voucher.yaml',
  loyalty: 'club-loyalty-programme.yaml',
  basket: 'koopavond-basket-discount.yaml',
  cashback: 'points-per-euro.yaml',
} as const;

let open: E2E | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function start(files: Record<string, string>, state?: VendorState, options: Record<string, string | number> = {}): Promise<E2E> {
  open = await e2e({
    vendor: 'spaaza',
    account: 'rewards-nl',
    accountOptions: { chain_id: 1, ...options },
    files,
    ...(state ? { state } : {}),
  });
  return open;
}

const campaigns = (t: E2E): VendorObject[] => structuredClone(t.sb.state().spaaza!.campaigns);
const stored = (t: E2E, id: number): VendorObject => campaigns(t).find((c) => c.id === id)!;
const action = (plan: Plan, id: string): PlanAction => plan.actions.find((a) => a.id === id)!;
const changesOf = (plan: Plan, id: string) => action(plan, id).changes ?? [];

const MARK = '2000-01-01T00:00:00+00:00';
/** Stamps every campaign so that apply's writes can be told apart afterwards. */
function markAll(t: E2E): void {
  const state = structuredClone(t.sb.state());
  for (const c of state.spaaza!.campaigns) c.last_modified_date = MARK;
  t.sb.setState(state);
  t.sb.clearRequests();
}
/** Ids of the campaigns an accepted write touched since markAll. */
const touched = (t: E2E): number[] =>
  campaigns(t)
    .filter((c) => c.last_modified_date !== MARK)
    .map((c) => c.id as number)
    .sort();
const puts = (t: E2E) => t.writes().filter((r) => r.method === 'PUT' && r.path === '/internal/alter-campaign');

/** Edits the sandbox's Spaaza campaigns in place (drift made "in the Console"). */
function drift(t: E2E, edit: (byId: (id: number) => VendorObject) => void): void {
  const state = structuredClone(t.sb.state());
  edit((id) => state.spaaza!.campaigns.find((c) => c.id === id)!);
  t.sb.setState(state);
}


/** Raw keys of the read object that a spec field stands for. */
const RAW_KEYS: Record<string, readonly string[]> = {
  active: ['active', 'is_active'],
  allows_end_user_to_claim_voucher: ['allows_user_to_claim_voucher'],
  currency_id: ['currency', 'currency_id'],
  currency_code: ['currency', 'currency_id'],
  assigned_business_ids: ['assigned_business_ids', 'assignment_count', 'assignment_count_by_type'],
  assigned_barcodes: ['assigned_barcodes', 'assignment_count', 'assignment_count_by_type'],
};
const STAMPS = ['last_modified_date', 'last_updated_date', 'last_updated_by'];

/** The campaign without the fields the YAML manages and the write stamps. */
function unmanaged(c: VendorObject, managed: readonly string[]): Obj {
  const out: Obj = { ...c };
  for (const f of [...managed, ...STAMPS]) for (const k of RAW_KEYS[f] ?? [f]) delete out[k];
  return out;
}

describe('spaaza: the example campaigns against the seed', () => {
  it('plans exactly the three seeded differences, applies one write each, then plans nothing', async () => {
    const t = await start(examples());
    const before = campaigns(t);

    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });
    expect(action(plan, '4101').action).toBe('no_change');
    expect(changesOf(plan, '4117')).toEqual([{ path: 'cashback_ratio', before: 1.5, after: 1 }]);
    expect(changesOf(plan, '4133')).toEqual([{ path: 'voucher_expiry_days', before: 60, after: 30 }]);
    // allows_unrecognised_items is write-only: sent once, as no apply has recorded it yet.
    expect(changesOf(plan, '4150')).toEqual([
      { path: 'active_time_until', before: '22:00:00', after: '21:00:00' },
      { path: 'allows_unrecognised_items', after: false, write_only: true, resend: true },
    ]);
    // One list call per account, always with exclude_inactive=false.
    const reads = t.sb.requests().filter((r) => r.method === 'GET');
    expect(reads).toEqual([expect.objectContaining({ path: '/get-campaigns', query: '?chain_id=1&exclude_inactive=false' })]);

    markAll(t);
    const applied = await t.apply();
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(puts(t)).toHaveLength(3);
    expect(puts(t).every((r) => r.status === 200)).toBe(true);
    expect(touched(t)).toEqual([4117, 4133, 4150]);

    expect(stored(t, 4117).cashback_ratio).toBe('1.0000');
    expect(stored(t, 4133).voucher_expiry_days).toBe(30);
    expect(stored(t, 4150).active_time_until).toBe('21:00');
    expect((t.sb.state().spaaza!.writeOnly as Record<string, Obj>)['4150']).toEqual({ allows_unrecognised_items: false });

    // Live fields the YAML does not manage are untouched, and so are the unmanaged campaigns.
    const after = campaigns(t);
    const specs = new Map(
      Object.values(examples()).map((y) => [Number(/^id: (\d+)$/m.exec(y)![1]), [...y.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!)]),
    );
    for (const c of before) {
      const now = after.find((x) => x.id === c.id)!;
      const managed = specs.get(c.id as number) ?? [];
      if (managed.length === 0) expect(unmanaged(now, ['last_modified_date'])).toEqual(unmanaged(c, ['last_modified_date']));
      else expect(unmanaged(now, managed), `campaign ${String(c.id)}`).toEqual(unmanaged(c, managed));
    }

    await expectEmptyPlan(t);
  });

  it('drift made in the Console shows exactly, applies, and converges', async () => {
    const t = await start(examples());
    expect((await t.apply()).status).toBe(0);

    drift(t, (c) => {
      c(4117).assigned_business_ids = [
        { id: 2797, name: 'Van Dalen Amsterdam Kalverstraat' },
        { id: 2801, name: 'Van Dalen Utrecht Hoog Catharijne' },
      ];
      c(4101).active_date_from = '2025-04-01T00:00:00+00:00';
      c(4101).subtitle = 'Nu met dubbele punten';
    });
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 2, error: 0, needs_approval: 0 });
    expect(changesOf(plan, '4117')).toEqual([
      { path: 'assigned_business_ids', before: [2797, 2801], after: [2797, 2801, 2815, 2822] },
    ]);
    expect(changesOf(plan, '4101')).toEqual([
      { path: 'subtitle', before: 'Nu met dubbele punten', after: 'Sparen bij elke aankoop' },
      { path: 'active_date_from', before: '2025-04-01T00:00:00Z', after: '2025-03-01T00:00:00Z' },
    ]);

    markAll(t);
    const applied = await t.apply();
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(puts(t)).toHaveLength(2);
    expect(touched(t)).toEqual([4101, 4117]);
    // The list is replaced whole: the full desired list was sent.
    expect((stored(t, 4117).assigned_business_ids as Obj[]).map((b) => b.id)).toEqual([2797, 2801, 2815, 2822]);
    expect(stored(t, 4101).active_date_from).toBe('2025-03-01T00:00:00+00:00');
    await expectEmptyPlan(t);
  });
});

describe('spaaza: plan-time rules become errors, and nothing is sent for those campaigns', () => {
  it('one active default loyalty campaign per chain, judged against live campaigns no YAML manages; window rules with a live side', async () => {
    const t = await start({
      // 4090 is the retired (inactive) default loyalty programme; 4101, the live default, is not in this project.
      'campaigns/spaaza/voordeelpas.yaml': doc(4090, ['type: loyalty', 'title: Van Dalen Voordeelpas', 'is_default: true', 'active: true']),
      // The end date is not managed here: live it is 2027-12-31T23:00Z.
      'campaigns/spaaza/birthday.yaml': example(FILE.birthday, { active_date_from: '"2028-01-01T00:00:00Z"', active_date_until: null }),
      // The window's end is not managed here: live it is 22:00.
      'campaigns/spaaza/basket.yaml': example(FILE.basket, { active_time_from: '"22:30:00"', active_time_until: null }),
      'campaigns/spaaza/cashback.yaml': example(FILE.cashback),
    });
    const before = campaigns(t);
    const { plan, status } = await t.plan();
    expect(status).toBe(1);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 0, error: 3, needs_approval: 0 });
    expect(action(plan, '4090').error).toMatchObject({ code: 'spaaza.single-default-loyalty', path: 'active' });
    expect(action(plan, '4090').error!.message).toMatch(/campaign 4101 \("Club Van Dalen"\) already is/);
    expect(action(plan, '4133').error).toMatchObject({ code: 'spaaza.date-window-order', path: 'active_date_from' });
    expect(action(plan, '4133').error!.message).toMatch(/live, not managed here/);
    expect(action(plan, '4150').error).toMatchObject({ code: 'spaaza.time-window-order', path: 'active_time_from' });
    expect(action(plan, '4117').action).toBe('update');

    markAll(t);
    const applied = await t.apply(['--format', 'json']);
    expect(applied.status).toBe(1);
    const result = JSON.parse(applied.stdout) as { tally: Record<string, number>; outcomes: { address: string; outcome: string }[] };
    expect(result.tally).toMatchObject({ applied: 1, not_applied: 3, failed: 0 });
    expect(puts(t)).toHaveLength(1);
    expect(touched(t)).toEqual([4117]);
    for (const id of [4090, 4133, 4150]) {
      expect(unmanaged(stored(t, id), [])).toEqual(unmanaged(before.find((c) => c.id === id)!, []));
    }
  });

  it('type-bound fields, campaign references and basket ranges with a live side', async () => {
    const t = await start({
      // No `type` in these files, so only the live type can tell.
      'campaigns/spaaza/birthday.yaml': doc(4133, ['title: Verjaardagscadeau', 'is_default: true']),
      'campaigns/spaaza/loyalty.yaml': doc(4101, ['title: Club Van Dalen', 'allows_unrecognised_items: true']),
      'campaigns/spaaza/wallet.yaml': doc(4102, ['title: Club Van Dalen punten', 'point_cost_method_wallet_campaign_id: 4999']),
      // minimum_basket_total_value_earn is 10, live.
      'campaigns/spaaza/cashback.yaml': doc(4117, ['title: 1 punt per euro', 'maximum_basket_total_value_earn: 5']),
      // A valid change to the inactive default loyalty campaign: it stays inactive, so no conflict.
      'campaigns/spaaza/voordeelpas.yaml': doc(4090, ['notes: Archived programme, kept for reporting.']),
    });
    const { plan } = await t.plan();
    expect(action(plan, '4133').error).toMatchObject({ code: 'spaaza.is-default-type', path: 'is_default' });
    expect(action(plan, '4101').error).toMatchObject({ code: 'spaaza.unrecognised-items-basket-only', path: 'allows_unrecognised_items' });
    expect(action(plan, '4102').error).toMatchObject({ code: 'spaaza.campaign-reference', path: 'point_cost_method_wallet_campaign_id' });
    expect(action(plan, '4117').error).toMatchObject({ code: 'spaaza.basket-total-range', path: 'maximum_basket_total_value_earn' });
    expect(changesOf(plan, '4090')).toEqual([{ path: 'notes', before: null, after: 'Archived programme, kept for reporting.' }]);

    markAll(t);
    const applied = await t.apply();
    expect(applied.status).toBe(1);
    expect(puts(t)).toHaveLength(1);
    expect(touched(t)).toEqual([4090]);
    expect(stored(t, 4090).notes).toBe('Archived programme, kept for reporting.');
  });
});

describe('spaaza: a write the vendor refuses', () => {
  it('fails alone: the others apply, exit 1, and the tally names it', async () => {
    const files = examples();
    // Store 9999 is not a store of chain 1: only Spaaza knows its stores.
    files[`campaigns/spaaza/${FILE.basket}`] = example(FILE.basket, { assigned_business_ids: '[2797, 9999]' });
    const t = await start(files);
    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });

    markAll(t);
    const applied = await t.apply(['--format', 'json']);
    expect(applied.status).toBe(1);
    const result = JSON.parse(applied.stdout) as { tally: Record<string, number>; outcomes: { address: string; outcome: string; message?: string }[] };
    expect(result.tally).toMatchObject({ applied: 2, failed: 1, unchanged: 1 });
    const failed = result.outcomes.find((o) => o.outcome === 'failed')!;
    expect(failed.address).toBe('spaaza/rewards-nl/4150');
    expect(failed.message).toMatch(/error 419 parameter_invalid: assigned_business_ids: business 9999 is not a store of chain 1/);
    expect(puts(t).map((r) => r.status).sort()).toEqual([200, 200, 400]);
    expect(touched(t)).toEqual([4117, 4133]);
    expect(stored(t, 4150).active_time_until).toBe('22:00');
  });
});

describe('spaaza: write-only fields', () => {
  it('allows_unrecognised_items is sent on the first apply, not planned again, and sent again when the YAML changes', async () => {
    const basket = (value: string) => ({
      [`campaigns/spaaza/${FILE.basket}`]: example(FILE.basket, { active_time_until: '"22:00:00"', allows_unrecognised_items: value }),
    });
    const t = await start(basket('true'));
    let { plan } = await t.plan();
    expect(changesOf(plan, '4150')).toEqual([{ path: 'allows_unrecognised_items', after: true, write_only: true, resend: true }]);
    markAll(t);
    expect((await t.apply()).status).toBe(0);
    expect(puts(t)).toHaveLength(1);
    expect((t.sb.state().spaaza!.writeOnly as Record<string, Obj>)['4150']).toEqual({ allows_unrecognised_items: true });
    await expectEmptyPlan(t);

    t.project.write(`campaigns/spaaza/${FILE.basket}`, basket('false')[`campaigns/spaaza/${FILE.basket}`]!);
    ({ plan } = await t.plan());
    expect(changesOf(plan, '4150')).toEqual([{ path: 'allows_unrecognised_items', after: false, write_only: true }]);
    markAll(t);
    expect((await t.apply()).status).toBe(0);
    expect(puts(t)).toHaveLength(1);
    expect((t.sb.state().spaaza!.writeOnly as Record<string, Obj>)['4150']).toEqual({ allows_unrecognised_items: false });
    await expectEmptyPlan(t);
  });
});

describe('spaaza: read quirks that would otherwise be perpetual diffs', () => {
  it('finds inactive campaigns (exclude_inactive=false) and reads their live values as the YAML states them', async () => {
    const t = await start({
      'campaigns/spaaza/voordeelpas.yaml': doc(4090, [
        'type: loyalty',
        'title: Van Dalen Voordeelpas',
        'active: false',
        'is_default: true',
        'active_date_from: "2022-01-01T01:00:00+01:00"', // the same instant as live 2022-01-01T00:00:00+00:00
        'active_date_until: "2025-02-28T23:00:00Z"',
        'currency_code: EUR',
        'recipient_reward_amount: 5',
        'voucher_expiry_days: 365',
      ]),
    });
    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    expect(action(plan, '4090').action).toBe('no_change');
  });

  it('decimal strings, HH:MM times, {id, name} stores, renamed and mirrored fields, currency objects: no diff', async () => {
    const files = examples();
    // Reordered ids and weekdays are the same sets.
    files[`campaigns/spaaza/${FILE.cashback}`] = example(FILE.cashback, { cashback_ratio: '1.5', assigned_business_ids: '[2822, 2815, 2801, 2797]' });
    files[`campaigns/spaaza/${FILE.birthday}`] = example(FILE.birthday, { voucher_expiry_days: '60' });
    files[`campaigns/spaaza/${FILE.basket}`] = example(FILE.basket, { active_time_until: '"22:00:00"', allows_unrecognised_items: null });
    const t = await start(files);
    const live = stored(t, 4117);
    expect(live.cashback_ratio).toBe('1.5000');
    expect(live.assigned_business_ids).toEqual(expect.arrayContaining([expect.objectContaining({ id: 2797, name: expect.any(String) })]));
    expect(stored(t, 4150).active_time_from).toBe('18:00');
    expect(stored(t, 4101).allows_user_to_claim_voucher).toBe(true);
    expect(stored(t, 4133).currency).toMatchObject({ currency_id: 2, currency_code: 'EUR' });
    const { plan, status } = await t.plan(['--detailed-exitcode']);
    expect(plan.actions.filter((a) => a.action !== 'no_change')).toEqual([]);
    expect(status).toBe(0);
  });

  it('reads a campaign again with get-campaign when the list leaves its assignments out (over 500)', async () => {
    const state = seed();
    state.campaigns.find((c) => c.id === 4150)!.assignment_count = 612;
    const files = { [`campaigns/spaaza/${FILE.basket}`]: example(FILE.basket, { active_time_until: '"22:00:00"', allows_unrecognised_items: null }) };
    const t = await start(files, state);
    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    expect(action(plan, '4150').action).toBe('no_change');
    expect(t.sb.requests().map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
      'GET /get-campaigns?chain_id=1&exclude_inactive=false',
      'GET /get-campaign?campaign_id=4150&chain_id=1',
    ]);
  });

  it('a daily time with seconds is compared to the minute, and a change of seconds alone is still sent (lossy field)', async () => {
    const path = `campaigns/spaaza/${FILE.basket}`;
    // Live reads 22:00 (seconds unknown): 22:00:30 is equal to the minute, and with nothing on
    // record about the seconds, there is nothing to send.
    const t = await start({ [path]: example(FILE.basket, { active_time_until: '"22:00:30"', allows_unrecognised_items: null, title: '"Koopavond"' }) });
    let { plan } = await t.plan();
    expect(changesOf(plan, '4150')).toEqual([{ path: 'title', before: 'Koopavond: 20% op winterlaarzen', after: 'Koopavond' }]);
    expect((await t.apply()).status).toBe(0);
    await expectEmptyPlan(t);

    // A new minute is a plain change; apply records the seconds it sent.
    t.project.write(path, example(FILE.basket, { active_time_until: '"21:59:30"', allows_unrecognised_items: null, title: '"Koopavond"' }));
    ({ plan } = await t.plan());
    expect(changesOf(plan, '4150')).toEqual([{ path: 'active_time_until', before: '22:00:00', after: '21:59:30' }]);
    expect((await t.apply()).status).toBe(0);
    await expectEmptyPlan(t);

    // Now a change of the seconds alone is judged against what was sent, and sent.
    t.project.write(path, example(FILE.basket, { active_time_until: '"21:59:45"', allows_unrecognised_items: null, title: '"Koopavond"' }));
    ({ plan } = await t.plan());
    expect(changesOf(plan, '4150')).toEqual([{ path: 'active_time_until', before: '21:59:00', after: '21:59:45', write_only: true }]);
    markAll(t);
    expect((await t.apply()).status).toBe(0);
    expect(puts(t)).toHaveLength(1);
    await expectEmptyPlan(t);
  });

  it('api_version and app_hostname options are accepted and reads still send exclude_inactive=false', async () => {
    const t = await start({ 'campaigns/spaaza/voordeelpas.yaml': doc(4090, ['active: false']) }, undefined, {
      api_version: '1.6.3',
      app_hostname: 'vandalen.spaaza.com',
    });
    const { plan, status } = await t.plan();
    expect(status).toBe(0);
    expect(action(plan, '4090').action).toBe('no_change');
  });
});
