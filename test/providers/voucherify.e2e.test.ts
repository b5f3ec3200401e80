/**
 * Voucherify plan/apply end to end, over real HTTP against the sandbox fake, through the CLI; plus
 * the runtime's normalisation, read strategy and update body tested directly on their edge cases.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { VoucherifySpec } from '../../src/generated/voucherify.js';
import type { PlanAction } from '../../src/engine/plan-model.js';
import type { VendorState } from '../../src/sandbox/fake.js';
import { seed } from '../../src/sandbox/voucherify/seed.js';
import { campaignDoc } from '../helpers/documents.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { existingExampleFiles } from '../helpers/examples.js';

type Obj = Record<string, unknown>;

const CAFE = 'camp_q34x1yc7Uta595IMRAIhUbEl';
const CYBER = 'camp_Eif0tCGW90zaNKhiKNeknUL3';
const GIFT = 'camp_4NekGKfkPSV1PPi6oy0mLyYJ';
const CLUB = 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ';
const REFER = 'camp_QAZYWgQlAvSMm6anycl7qo8s';
const WINTER = 'camp_apIfxtoyHzYuup3YcRDwAKDP';
const BLACK_FRIDAY = 'camp_Bf25kQ0xW7nLp3RtYc9Hs2Ud';
const STAFF = 'camp_St4ffD1sc0unt10PctXyZq7w';

const EXAMPLES_DIR = fileURLToPath(new URL('../../campaigns/voucherify/', import.meta.url));
/** The repository's example campaigns, path → YAML, as the project's files. */
const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  existingExampleFiles(EXAMPLES_DIR)
    .map((f) => [`campaigns/voucherify/${f}`, readFileSync(EXAMPLES_DIR + f, 'utf8')]),
);
const FILE_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EXAMPLES).map(([file, text]) => [(parse(text) as { id: string }).id, file]),
);
const specOf = (id: string): VoucherifySpec => (parse(EXAMPLES[FILE_OF[id]!]!) as { spec: VoucherifySpec }).spec;

/** One campaign document; `spec` lines are written unindented, `extra` lines before `spec:`. */
const doc = (id: string, spec: readonly string[], extra: readonly string[] = []): string =>
  campaignDoc({ provider: 'voucherify', account: 'shop-eu', id, extra }, spec);

/** The example files with some replaced (by campaign id) or added. */
function examplesWith(replace: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = { ...EXAMPLES };
  for (const [id, text] of Object.entries(replace)) out[FILE_OF[id] ?? `campaigns/voucherify/extra-${id}.yaml`] = text;
  return out;
}

const start = (opts: { files?: Readonly<Record<string, string>>; state?: VendorState } = {}): Promise<E2E> =>
  e2e({ vendor: 'voucherify', account: 'shop-eu', files: opts.files ?? EXAMPLES, ...(opts.state ? { state: opts.state } : {}) });

const campaigns = (t: E2E): Obj[] => t.sb.state().voucherify!.campaigns;
const live = (t: E2E, id: string): Obj => structuredClone(campaigns(t).find((c) => c.id === id)!);

/** The seed with some campaigns changed in place. */
function seedWith(change: (byId: (id: string) => Obj) => void): VendorState {
  const s = seed();
  change((id) => s.campaigns.find((c) => c.id === id)!);
  return s;
}

/** Replaces live campaigns through the sandbox, as a dashboard user would. */
function editLive(t: E2E, change: (byId: (id: string) => Obj) => void): void {
  const state = t.sb.state();
  const vendor = structuredClone(state.voucherify!);
  change((id) => vendor.campaigns.find((c) => c.id === id)!);
  t.sb.setState({ ...state, voucherify: vendor });
}

/** Write requests per campaign id, as `METHOD suffix`. */
function writesById(t: E2E): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const w of t.writes()) {
    const m = /^\/v1\/campaigns\/([^/]+)(\/.*)?$/.exec(w.path);
    if (!m) throw new Error(`unexpected write ${w.method} ${w.path}`);
    (out[decodeURIComponent(m[1]!)] ??= []).push(`${w.method}${m[2] ? ` ${m[2]}` : ''}`);
  }
  return out;
}

const byId = (actions: readonly PlanAction[]): Record<string, PlanAction> => Object.fromEntries(actions.map((a) => [a.id, a]));

/**
 * What the YAML does not manage of a live campaign: everything but its spec fields (the metadata keys
 * it names or unsets, `discount`/`gift` and the dates mirrored under `voucher`, the category trio, the
 * assignments `access_settings` changes) and `updated_at`.
 */
function unmanaged(raw: Obj, spec: VoucherifySpec): Obj {
  const out = structuredClone(raw);
  delete out.updated_at;
  for (const key of Object.keys(spec)) if (key !== 'metadata') delete out[key];
  if (spec.category !== undefined || spec.category_id !== undefined) {
    delete out.category;
    delete out.category_id;
    delete out.categories;
  }
  if (spec.access_settings) delete out.access_settings_assignments;
  const metadata = { ...(out.metadata as Obj) };
  for (const key of [...Object.keys(spec.metadata ?? {}), ...(spec.unset_metadata_fields ?? [])]) delete metadata[key];
  out.metadata = metadata;
  if (out.voucher && typeof out.voucher === 'object') {
    const voucher = out.voucher as Obj;
    for (const key of ['discount', 'gift', 'start_date', 'expiration_date', 'validity_timeframe', 'validity_day_of_week', 'validity_hours']) {
      if (key in spec) delete voucher[key];
    }
  }
  return out;
}

describe('voucherify: the example campaigns against the seed', () => {
  it('plans exactly the seed differences, writes once per changed campaign, then plans nothing; unmanaged fields are kept', async () => {
    const t = await start();
    try {
      const before = structuredClone(campaigns(t));
      const { plan, status } = await t.plan();
      expect(status).toBe(0);
      expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 2, error: 0, needs_approval: 0 });
      const actions = byId(plan.actions);
      expect(actions[REFER]!.changes).toEqual([{ path: 'active', before: false, after: true }]);
      expect(actions[CYBER]!.changes).toEqual([
        {
          path: 'description',
          before: 'Free gift wrapping on every order over Cyber Weekend.',
          after: 'Free gift wrapping added to the cart, in six-hour flash windows each evening of Cyber Weekend.',
        },
      ]);
      expect(actions[CLUB]!.changes).toEqual([{ path: 'metadata.terms_version', before: '2025-11', after: '2026-04' }]);
      // The cafe's write-only instructions: never read back, so first judged against an empty record.
      expect(actions[CAFE]!.changes).toEqual([
        {
          path: 'access_settings',
          after: {
            assign: { area_stores_ids: ['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5'] },
            unassign: { areas_ids: ['ar_0ea6cd7b781b8f857f'] },
          },
          write_only: true,
          resend: true,
        },
        { path: 'unset_metadata_fields', after: ['pilot_store'], write_only: true, resend: true },
      ]);
      expect(actions[WINTER]!.action).toBe('no_change');
      expect(actions[GIFT]!.action).toBe('no_change');

      t.sb.clearRequests();
      const applied = await t.apply();
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      // One write per changed campaign; `active` alone is only the enable call, no PUT.
      expect(writesById(t)).toEqual({
        [CAFE]: ['PUT'],
        [CYBER]: ['PUT'],
        [CLUB]: ['PUT'],
        [REFER]: ['POST /enable'],
      });

      const again = await t.plan(['--detailed-exitcode']);
      expect(again.status).toBe(0);
      expect(again.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: 6, error: 0, needs_approval: 0 });

      // What apply changed …
      expect(live(t, REFER).active).toBe(true);
      expect(live(t, CYBER).description).toBe(specOf(CYBER).description);
      expect(live(t, CLUB).metadata).toEqual({ program: 'nordhaus-club', terms_version: '2026-04' });
      expect(live(t, CAFE).metadata).toEqual({ channel: 'store' });
      const assignments = (live(t, CAFE).access_settings_assignments as { data: Obj[] }).data;
      expect(assignments.map((a) => a.area_store_id).sort()).toEqual(['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5']);
      // … and nothing it does not manage.
      for (const id of Object.keys(FILE_OF)) {
        const was = before.find((c) => c.id === id)!;
        expect(unmanaged(live(t, id), specOf(id)), id).toEqual(unmanaged(was, specOf(id)));
      }
      for (const id of [BLACK_FRIDAY, STAFF]) expect(live(t, id)).toEqual(before.find((c) => c.id === id));
    } finally {
      await t.close();
    }
  });

  it('reads the account with one list page (categories expanded), not a GET per campaign', async () => {
    const t = await start();
    try {
      await t.plan();
      expect(t.sb.requests().map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
        'GET /v1/campaigns?page=1&limit=100&order=created_at&expand=category',
      ]);
    } finally {
      await t.close();
    }
  });
});

describe('voucherify: drift', () => {
  it('shows exactly what changed in the dashboard, applies it back, then plans nothing', async () => {
    const t = await start();
    try {
      expect((await t.apply()).status).toBe(0);
      editLive(t, (c) => {
        const winter = c(WINTER);
        winter.description = 'Edited in the dashboard';
        winter.active = false;
        winter.expiration_date = '2027-02-28T22:59:59.000Z';
        (winter.metadata as Obj).season = 'spring-2027';
        (winter.metadata as Obj).added_in_dashboard = 'yes'; // not managed: no drift
        ((winter.voucher as Obj).discount as Obj).percent_off = 25;
        (c(CYBER).validity_timeframe as Obj).duration = 'PT4H';
      });
      t.sb.clearRequests();
      const { plan } = await t.plan();
      expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 4, error: 0, needs_approval: 0 });
      const actions = byId(plan.actions);
      expect(actions[WINTER]!.changes).toEqual([
        { path: 'active', before: false, after: true },
        { path: 'description', before: 'Edited in the dashboard', after: specOf(WINTER).description },
        { path: 'expiration_date', before: '2027-02-28T22:59:59.000Z', after: '2027-01-31T23:59:59+01:00' },
        { path: 'discount.percent_off', before: 25, after: 20 },
        { path: 'metadata.season', before: 'spring-2027', after: 'winter-2026' },
      ]);
      expect(actions[CYBER]!.changes).toEqual([{ path: 'validity_timeframe.duration', before: 'PT4H', after: 'PT6H' }]);

      expect((await t.apply()).status).toBe(0);
      expect(writesById(t)).toEqual({ [WINTER]: ['PUT', 'POST /enable'], [CYBER]: ['PUT'] });
      const winter = live(t, WINTER);
      expect(winter.active).toBe(true);
      expect(winter.expiration_date).toBe('2027-01-31T22:59:59.000Z');
      expect(winter.metadata).toEqual({ season: 'winter-2026', markets: ['DE', 'AT', 'NL'], budget_owner: 'crm-team', added_in_dashboard: 'yes' });
      expect((winter.voucher as Obj).discount).toEqual({ type: 'PERCENT', percent_off: 20, amount_limit: 5000, effect: 'APPLY_TO_ORDER' });

      const again = await t.plan(['--detailed-exitcode']);
      expect(again.status).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('disables before the PUT and enables after it, waiting out MODIFYING in between', async () => {
    const t = await start({
      files: examplesWith({
        [REFER]: EXAMPLES[FILE_OF[REFER]!]!.replace('The friend gets EUR 10 off', 'Your friend gets EUR 10 off'),
        [WINTER]: EXAMPLES[FILE_OF[WINTER]!]!.replace('active: true', 'active: false').replace('Unique 20% codes', 'Unique codes'),
      }),
    });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[REFER]!.changes!.map((c) => c.path)).toEqual(['active', 'description']);
      expect(byId(plan.actions)[WINTER]!.changes!.map((c) => c.path)).toEqual(['active', 'description']);
      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      const w = writesById(t);
      expect(w[REFER]).toEqual(['PUT', 'POST /enable']);
      expect(w[WINTER]).toEqual(['POST /disable', 'PUT']);
      // The PUT answers MODIFYING: the campaign is read again before it is enabled.
      const referLog = t.sb
        .requests()
        .filter((r) => r.path.startsWith(`/v1/campaigns/${REFER}`))
        .map((r) => `${r.method} ${r.path.replace(`/v1/campaigns/${REFER}`, '') || '/'}`);
      expect(referLog).toEqual(['PUT /', 'GET /', 'POST /enable']);
      expect(live(t, WINTER).active).toBe(false);
      expect((await t.plan(['--detailed-exitcode'])).status).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('voucherify: plan-time rules', () => {
  it('makes each rule an error on its campaign naming it, sends nothing for those, and applies the others', async () => {
    const state = seedWith((c) => {
      c(GIFT).creation_status = 'IN_PROGRESS';
      delete c(BLACK_FRIDAY).start_date;
      delete (c(BLACK_FRIDAY).voucher as Obj).start_date;
    });
    const files = examplesWith({
      // LOYALTY_PROGRAM (live): join_once is always true.
      [CLUB]: doc(CLUB, ['join_once: false']),
      // STANDALONE (live): its type is fixed.
      [STAFF]: doc(STAFF, ['type: AUTO_UPDATE']),
      // PROMOTION (live): the update has no auto_join.
      [CAFE]: doc(CAFE, ['auto_join: true']),
      // Expiration before the live start (2026-12-25T23:00Z).
      [WINTER]: doc(WINTER, ['expiration_date: "2026-12-01T00:00:00Z"']),
      // A timeframe with the spec's start_date ignored and no live one.
      [BLACK_FRIDAY]: doc(BLACK_FRIDAY, ['start_date: "2025-11-28T00:00:00+01:00"', 'validity_timeframe: { interval: P1D, duration: PT6H }'], ['ignore: [start_date]']),
      // Still generating its codes.
      [GIFT]: doc(GIFT, ['description: New text']),
    });
    const t = await start({ files, state });
    try {
      const { plan } = await t.plan();
      const actions = byId(plan.actions);
      const errors = Object.fromEntries(plan.actions.filter((a) => a.action === 'error').map((a) => [a.id, a.error.code]));
      expect(errors).toEqual({
        [CLUB]: 'voucherify.join-once-fixed',
        [STAFF]: 'voucherify.standalone-type-fixed',
        [CAFE]: 'voucherify.field-not-for-campaign-type',
        [WINTER]: 'voucherify.expiration-after-start',
        [BLACK_FRIDAY]: 'voucherify.validity-timeframe-needs-start',
        [GIFT]: 'voucherify.campaign-generating',
      });
      expect(actions[CAFE]!.error!.message).toContain('`auto_join` cannot be updated on this PROMOTION campaign');
      expect(actions[WINTER]!.error!.message).toContain("live `start_date` (2026-12-25T23:00:00Z)");
      expect(actions[STAFF]!.error!.path).toBe('type');
      expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 0, error: 6, needs_approval: 0 });

      t.sb.clearRequests();
      const applied = await t.apply();
      expect(applied.status).toBe(1); // campaigns in error are not applied
      expect(writesById(t)).toEqual({ [CYBER]: ['PUT'], [REFER]: ['POST /enable'] });
    } finally {
      await t.close();
    }
  });

  it('reports a read-only field that differs (the PUT would ignore it) and sends nothing for it', async () => {
    const t = await start({ files: examplesWith({ [GIFT]: EXAMPLES[FILE_OF[GIFT]!]!.replace('name: Holiday Gift Card EUR 50', 'name: Holiday Gift Card') }) });
    try {
      const { plan } = await t.plan();
      const gift = byId(plan.actions)[GIFT]!;
      expect(gift.action).toBe('error');
      expect(gift.error).toMatchObject({ code: 'read_only', path: 'name' });
      t.sb.clearRequests();
      await t.apply();
      expect(writesById(t)[GIFT]).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('voucherify: a campaign the vendor refuses', () => {
  it('fails alone: the others apply, exit 1, the tally names it', async () => {
    const files = examplesWith({
      // Plan cannot know the project's categories; the vendor answers 404.
      [GIFT]: EXAMPLES[FILE_OF[GIFT]!]!.replace('category: Gift cards', 'category: No such category'),
    });
    const t = await start({ files });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[GIFT]!.changes).toEqual([{ path: 'category', before: 'Gift cards', after: 'No such category' }]);
      t.sb.clearRequests();
      const applied = await t.apply(['--format', 'json']);
      expect(applied.status).toBe(1);
      const result = JSON.parse(applied.stdout) as { tally: Record<string, number>; outcomes: { address: string; outcome: string; message?: string }[] };
      expect(result.tally).toMatchObject({ applied: 4, failed: 1 });
      const failed = result.outcomes.filter((o) => o.outcome === 'failed');
      expect(failed.map((o) => o.address)).toEqual([`voucherify/shop-eu/${GIFT}`]);
      expect(failed[0]!.message).toContain('404');
      expect(writesById(t)).toEqual({
        [GIFT]: ['PUT'],
        [CAFE]: ['PUT'],
        [CYBER]: ['PUT'],
        [CLUB]: ['PUT'],
        [REFER]: ['POST /enable'],
      });
      expect(live(t, GIFT).category).toBe('Gift cards');
      const again = await t.plan();
      expect(again.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 5, error: 0, needs_approval: 0 });
    } finally {
      await t.close();
    }
  });
});

describe('voucherify: write-only fields', () => {
  it('are sent on the first apply, not planned again, and sent again when the YAML changes them', async () => {
    const t = await start();
    try {
      await t.apply();
      const { plan } = await t.plan();
      expect(byId(plan.actions)[CAFE]!.action).toBe('no_change');

      // Someone re-adds the key in the dashboard: metadata merges, the unset was a one-off instruction.
      editLive(t, (c) => ((c(CAFE).metadata as Obj).pilot_store = 'ars_0ec347e2016bed85f4'));
      expect(byId((await t.plan()).plan.actions)[CAFE]!.action).toBe('no_change');

      const file = FILE_OF[CAFE]!;
      t.project.write(file, EXAMPLES[file]!.replace('area_stores_ids: [ars_0ec347e2016bed85f4, ars_0ec347e2016bed85f5]', 'area_stores_ids: [ars_0ec347e2016bed85f4, ars_0ec347e2016bed85f5, ars_0ec347e2016bed85f6]'));
      const changed = await t.plan();
      expect(byId(changed.plan.actions)[CAFE]!.changes).toEqual([
        {
          path: 'access_settings',
          after: {
            assign: { area_stores_ids: ['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5', 'ars_0ec347e2016bed85f6'] },
            unassign: { areas_ids: ['ar_0ea6cd7b781b8f857f'] },
          },
          write_only: true,
        },
      ]);
      t.sb.clearRequests();
      expect((await t.apply()).status).toBe(0);
      expect(writesById(t)).toEqual({ [CAFE]: ['PUT'] });
      const stores = (live(t, CAFE).access_settings_assignments as { data: Obj[] }).data.map((a) => a.area_store_id).sort();
      expect(stores).toEqual(['ars_0ec347e2016bed85f4', 'ars_0ec347e2016bed85f5', 'ars_0ec347e2016bed85f6']);
      // Only the changed write-only field went out: the re-added metadata key was not unset again.
      expect((live(t, CAFE).metadata as Obj).pilot_store).toBe('ars_0ec347e2016bed85f4');
      expect((await t.plan(['--detailed-exitcode'])).status).toBe(0);
    } finally {
      await t.close();
    }
  });
});

describe('voucherify: quirks that would otherwise be perpetual diffs', () => {
  it('dates written with an offset and read in UTC with milliseconds are equal; a changed one converges', async () => {
    const file = FILE_OF[WINTER]!;
    const t = await start({ files: examplesWith({ [WINTER]: EXAMPLES[file]!.replace('"2026-12-26T00:00:00+01:00"', '"2026-12-27T09:30:00+01:00"') }) });
    try {
      expect(live(t, WINTER).start_date).toBe('2026-12-25T23:00:00.000Z');
      const { plan } = await t.plan();
      expect(byId(plan.actions)[WINTER]!.changes).toEqual([
        { path: 'start_date', before: '2026-12-25T23:00:00.000Z', after: '2026-12-27T09:30:00+01:00' },
      ]);
      await t.apply();
      expect(live(t, WINTER).start_date).toBe('2026-12-27T08:30:00.000Z');
      expect(byId((await t.plan()).plan.actions)[WINTER]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('discount and gift are read under `voucher`: unchanged ones show nothing, a changed one converges', async () => {
    const file = FILE_OF[GIFT]!;
    const t = await start({ files: examplesWith({ [GIFT]: EXAMPLES[file]!.replace('amount: 5000 ', 'amount: 7500 ').replace('balance: 5000', 'balance: 7500') }) });
    try {
      expect(live(t, GIFT).gift).toBeUndefined();
      const { plan } = await t.plan();
      expect(byId(plan.actions)[GIFT]!.changes).toEqual([
        { path: 'gift.amount', before: 5000, after: 7500 },
        { path: 'gift.balance', before: 5000, after: 7500 },
      ]);
      expect(byId(plan.actions)[WINTER]!.action).toBe('no_change'); // its discount too
      t.sb.clearRequests();
      await t.apply();
      expect(writesById(t)[GIFT]).toEqual(['PUT']);
      expect((live(t, GIFT).voucher as Obj).gift).toEqual({ amount: 7500, balance: 7500, effect: 'APPLY_TO_ORDER' });
      expect(byId((await t.plan()).plan.actions)[GIFT]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('metadata merges: live keys the YAML does not name are no drift', async () => {
    const state = seedWith((c) => ((c(WINTER).metadata as Obj).owner_note = 'kept'));
    const t = await start({ state });
    try {
      expect(byId((await t.plan()).plan.actions)[WINTER]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('a nested metadata value compares whole (the merge replaces it whole)', async () => {
    const state = seedWith((c) => ((c(WINTER).metadata as Obj).limits = { per_order: 5000, per_day: 1 }));
    const t = await start({ state, files: examplesWith({ [WINTER]: doc(WINTER, ['metadata: { limits: { per_order: 5000 } }']) }) });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[WINTER]!.action).toBe('update');
      await t.apply();
      expect((live(t, WINTER).metadata as Obj).limits).toEqual({ per_order: 5000 });
      expect((live(t, WINTER).metadata as Obj).season).toBe('winter-2026');
      expect(byId((await t.plan()).plan.actions)[WINTER]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('category by name still compares when the list item carries only `categories` (expanded)', async () => {
    const state = seedWith((c) => delete c(WINTER).category);
    const t = await start({ state });
    try {
      expect(byId((await t.plan()).plan.actions)[WINTER]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('days of the week are a set: another order is no drift', async () => {
    const state = seedWith((c) => {
      const daily = (c(CAFE).validity_hours as { daily: Obj[] }).daily;
      daily[0]!.days_of_week = [5, 4, 3, 2, 1];
    });
    const t = await start({ state });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[CAFE]!.changes!.map((c) => c.path)).toEqual(['access_settings', 'unset_metadata_fields']);
    } finally {
      await t.close();
    }
  });

  it('a campaign reading MODIFYING (codes being rewritten) is converging, not drift', async () => {
    const state = seedWith((c) => {
      c(WINTER).creation_status = 'MODIFYING';
      c(WINTER).vouchers_generation_status = 'MODIFYING';
    });
    const t = await start({ state });
    try {
      expect(byId((await t.plan()).plan.actions)[WINTER]!.action).toBe('no_change');
    } finally {
      await t.close();
    }
  });

  it('waits for a MODIFYING campaign to settle before writing it, and fails it alone when it does not', async () => {
    const state = seedWith((c) => (c(WINTER).vouchers_generation_status = 'MODIFYING'));
    const files = examplesWith({ [WINTER]: EXAMPLES[FILE_OF[WINTER]!]!.replace('Unique 20% codes', 'Unique codes') });
    const t = await start({ state, files });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[WINTER]!.action).toBe('update');
      t.sb.clearRequests();
      const applied = await t.apply(['--format', 'json']);
      expect(applied.status).toBe(1);
      const result = JSON.parse(applied.stdout) as { outcomes: { address: string; outcome: string; message?: string }[] };
      const failed = result.outcomes.filter((o) => o.outcome === 'failed');
      expect(failed.map((o) => o.address)).toEqual([`voucherify/shop-eu/${WINTER}`]);
      expect(failed[0]!.message).toMatch(/still reads MODIFYING/);
      expect(writesById(t)[WINTER]).toBeUndefined(); // polled (GET), never written
      expect(t.sb.requests().filter((r) => r.path === `/v1/campaigns/${WINTER}` && r.method === 'GET')).toHaveLength(5);
      expect(writesById(t)[CYBER]).toEqual(['PUT']);
    } finally {
      await t.close();
    }
  }, 20_000);
});

describe('voucherify: reading many campaigns', () => {
  /** `n` extra campaigns, oldest first, copies of the winter sale under new ids and names. */
  function manyCampaigns(n: number): { state: VendorState; ids: string[] } {
    const s = seed();
    const template = s.campaigns.find((c) => c.id === WINTER)!;
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `camp_Gen${String(i).padStart(21, '0')}`;
      ids.push(id);
      s.campaigns.push({ ...structuredClone(template), id, name: `Generated ${i}`, created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
    }
    return { state: s, ids };
  }
  const generated = (id: string, i: number) => doc(id, [`name: Generated ${i}`, 'description: Changed']);

  it('pages oldest first and stops once every managed campaign is found', async () => {
    const { state, ids } = manyCampaigns(250); // 258 campaigns: pages of 100; the seed's are older
    // Managed: one on page 1, two on page 2, one on page 3.
    const picks = [50, 120, 150, 230];
    const files = Object.fromEntries(picks.map((i) => [`campaigns/g${i}.yaml`, generated(ids[i]!, i)]));
    const t = await start({ state, files });
    try {
      const { plan } = await t.plan();
      expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 4, no_change: 0, error: 0, needs_approval: 0 });
      expect(t.sb.requests().map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
        'GET /v1/campaigns?page=1&limit=100&order=created_at&expand=category',
        'GET /v1/campaigns?page=2&limit=100&order=created_at&expand=category',
        'GET /v1/campaigns?page=3&limit=100&order=created_at&expand=category',
      ]);
    } finally {
      await t.close();
    }
  });

  it('reads a GET per campaign when fewer are missing than pages are left, and reports an unknown id as not found', async () => {
    const { state, ids } = manyCampaigns(250);
    const unknown = 'camp_NoSuchCampaign0000000000';
    const files = {
      'campaigns/a.yaml': generated(ids[249]!, 249),
      'campaigns/b.yaml': doc(unknown, ['description: x']),
    };
    const t = await start({ state, files });
    try {
      const { plan } = await t.plan();
      expect(byId(plan.actions)[ids[249]!]!.action).toBe('update');
      expect(byId(plan.actions)[unknown]!.error!.code).toBe('not_found');
      expect(t.sb.requests().map((r) => `${r.method} ${r.path} ${r.status}`).sort()).toEqual(
        [`GET /v1/campaigns 200`, `GET /v1/campaigns/${ids[249]} 200`, `GET /v1/campaigns/${unknown} 404`].sort(),
      );
    } finally {
      await t.close();
    }
  });
});
