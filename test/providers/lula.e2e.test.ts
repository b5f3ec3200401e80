/**
 * Lula plan/apply end to end: the CLI in-process against the sandbox over real HTTP, plus unit
 * tests of the normalisation, the plan rules and the update body.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fingerprint } from '../../src/engine/canonical-json.js';
import type { Plan, PlanAction } from '../../src/engine/plan-model.js';
import type { FakeRequest, VendorFake, VendorObject, VendorState } from '../../src/sandbox/fake.js';
import { registry } from '../../src/providers/registry.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { expectEmptyPlan } from '../helpers/plans.js';
import { existingExampleFiles } from '../helpers/examples.js';

const ACCOUNT = 'stores';
const COMPANY = '1042';
const examplesDir = fileURLToPath(new URL('../../campaigns/lula/', import.meta.url));
const EXAMPLES: Readonly<Record<string, string>> = Object.fromEntries(
  existingExampleFiles(examplesDir)
    .map((f) => [`campaigns/lula/${f}`, readFileSync(`${examplesDir}${f}`, 'utf8')]),
);
const FILE = {
  halloween: 'campaigns/lula/halloween-candy-2026.yaml',
  holiday: 'campaigns/lula/holiday-snack-deals.yaml',
  bigGame: 'campaigns/lula/big-game-weekend.yaml',
  coffee: 'campaigns/lula/hot-coffee-mornings.yaml',
} as const;
const ID = { halloween: '1000187', fuel: '1000198', holiday: '1000214', bigGame: '1000231', coffee: '1000246', cocoa: '1000252' } as const;

const address = (id: string) => `lula/${ACCOUNT}/${id}`;
const updatePath = (id: string) => `/stores/company/${COMPANY}/campaigns/${id}/stores`;

/** The last-applied record an earlier apply of these files would have left (write-only and lossy fields). */
function recordFor(files: Readonly<Record<string, string>>): string {
  const campaigns: Record<string, Record<string, string>> = {};
  for (const text of Object.values(files)) {
    const doc = parseYaml(text) as { id: string; spec: Record<string, unknown> };
    const entry: Record<string, string> = {};
    for (const field of ['campaign_identifier', 'starts_at', 'ends_at']) {
      if (doc.spec[field] !== undefined) entry[field] = fingerprint(doc.spec[field]);
    }
    if (Object.keys(entry).length) campaigns[address(String(doc.id))] = entry;
  }
  return JSON.stringify({ format_version: 1, campaigns });
}

/** The examples, optionally edited, with (by default) the record of their earlier apply. */
function project(edits: Readonly<Record<string, (text: string) => string>> = {}, withRecord = true): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, text] of Object.entries(EXAMPLES)) files[file] = edits[file]?.(text) ?? text;
  // The record reflects what was applied before the edits: the examples as they are.
  if (withRecord) files['.campaignctl/last-applied.json'] = recordFor(EXAMPLES);
  return files;
}

/** Replaces one `key: value` line of a spec. */
const setLine = (key: string, value: string) => (text: string) => {
  const re = new RegExp(`^  ${key}:.*$`, 'm');
  if (!re.test(text)) throw new Error(`test bug: no ${key} line`);
  return text.replace(re, `  ${key}: ${value}`);
};
const addLine = (line: string) => (text: string) => `${text.trimEnd()}\n  ${line}\n`;

/** Bodies of the PUTs the Lula fake received, by campaign id. */
interface Recorder {
  readonly fakes: readonly VendorFake[];
  readonly bodies: Map<string, unknown[]>;
}
/** Every vendor's fake, as the sandbox serves them. */
const FAKES: readonly VendorFake[] = await Promise.all(registry.map((entry) => entry.fake()));

function recorder(): Recorder {
  const bodies = new Map<string, unknown[]>();
  const fakes = FAKES.map((f): VendorFake => {
    if (f.name !== 'lula') return f;
    return {
      ...f,
      handle: (req: FakeRequest, ctx) => {
        const m = /\/campaigns\/([^/]+)\/stores$/.exec(req.path);
        if (req.method === 'PUT' && m) bodies.set(m[1]!, [...(bodies.get(m[1]!) ?? []), structuredClone(req.body)]);
        return f.handle(req, ctx);
      },
    };
  });
  return { fakes, bodies };
}

let open: E2E | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function start(files: Record<string, string>, rec = recorder(), state?: VendorState): Promise<E2E> {
  open = await e2e({
    vendor: 'lula',
    account: ACCOUNT,
    accountOptions: { company_id: COMPANY },
    files,
    sandbox: { fakes: rec.fakes },
    ...(state ? { state } : {}),
  });
  return open;
}

function lulaState(t: E2E): VendorState {
  return structuredClone(t.sb.state()['lula']!);
}
function campaignOf(state: VendorState, id: string): VendorObject {
  const c = state.campaigns.find((x) => x['id'] === id);
  if (!c) throw new Error(`test bug: no campaign ${id}`);
  return c;
}
function writeOnlyOf(state: VendorState): Record<string, Record<string, string>> {
  return (state['writeOnly'] ?? {}) as Record<string, Record<string, string>>;
}
/** Edits live state as someone in the Lula dashboard would. */
function editLive(t: E2E, id: string, patch: Record<string, unknown>, writeOnly?: Record<string, string | undefined>): void {
  const all = structuredClone(t.sb.state());
  const lula = all['lula']!;
  Object.assign(campaignOf(lula, id), patch);
  if (writeOnly) {
    const map = writeOnlyOf(lula);
    const entry = { ...map[id] };
    for (const [k, v] of Object.entries(writeOnly)) {
      if (v === undefined) delete entry[k];
      else entry[k] = v;
    }
    map[id] = entry;
    lula['writeOnly'] = map;
  }
  t.sb.setState(all);
}

function action(plan: Plan, id: string): PlanAction {
  const a = plan.actions.find((x) => x.id === id);
  if (!a) throw new Error(`no action for ${id}`);
  return a;
}
/** path → {before, after, write_only?} of one campaign's changes. */
function changesOf(plan: Plan, id: string): Record<string, unknown> {
  return Object.fromEntries((action(plan, id).changes ?? []).map(({ path, ...rest }) => [path, rest]));
}
function writesPerPath(t: E2E): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of t.writes()) out[`${w.method} ${w.path}`] = (out[`${w.method} ${w.path}`] ?? 0) + 1;
  return out;
}
interface ApplyJson {
  tally: Record<string, number>;
  outcomes: { address: string; outcome: string; message?: string }[];
}
async function applyJson(t: E2E): Promise<{ status: number; result: ApplyJson }> {
  const r = await t.apply(['--format', 'json']);
  try {
    return { status: r.status, result: JSON.parse(r.stdout) as ApplyJson };
  } catch {
    throw new Error(`apply printed no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

const HOLIDAY_OLD_DESCRIPTION =
  "Mix-and-match savings on party snacks, sodas and energy drinks at every participating store\nthrough New Year's Eve. 2 for $6 on 20 oz sodas, $1 off family-size chips.";
const HOLIDAY_DESCRIPTION =
  "Mix-and-match savings on party snacks, sodas and energy drinks at every participating store\nthrough New Year's Eve. 2 for $5 on 20 oz sodas, $1 off family-size chips.";

describe('lula e2e: the examples against the seed', () => {
  it('plans exactly the seed drift, applies one partial PUT per changed campaign, converges, and leaves unmanaged fields alone', async () => {
    const rec = recorder();
    const t = await start(project(), rec);
    const before = lulaState(t);
    // The quirks the seed carries (each would be a perpetual diff if mishandled):
    expect(campaignOf(before, ID.holiday)['status']).toBe('scheduled'); // computed: active, start ahead
    expect(campaignOf(before, ID.holiday)['end_date']).toBe('2027-01-01'); // UTC day of 2026-12-31T23:59:59-05:00
    expect(campaignOf(before, ID.halloween)['status']).toBe('expired');

    const { plan, status } = await t.plan(['--detailed-exitcode']);
    expect(status).toBe(2);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 3, no_change: 1, error: 0, needs_approval: 0 });
    expect(action(plan, ID.halloween).action).toBe('no_change');
    expect(changesOf(plan, ID.holiday)).toEqual({ description: { before: HOLIDAY_OLD_DESCRIPTION, after: HOLIDAY_DESCRIPTION } });
    expect(changesOf(plan, ID.bigGame)).toEqual({ name: { before: 'Big Game Weekend Deals', after: 'Big Game Weekend Bundles' } });
    expect(changesOf(plan, ID.coffee)).toEqual({ status: { before: 'inactive', after: 'active' } });

    t.sb.clearRequests();
    const { status: applied, result } = await applyJson(t);
    expect(applied, JSON.stringify(result)).toBe(0);
    expect(result.tally).toMatchObject({ applied: 3, failed: 0, unchanged: 1 });
    expect(writesPerPath(t)).toEqual({
      [`PUT ${updatePath(ID.holiday)}`]: 1,
      [`PUT ${updatePath(ID.bigGame)}`]: 1,
      [`PUT ${updatePath(ID.coffee)}`]: 1,
    });
    // Partial: only the changed fields travel.
    expect(rec.bodies.get(ID.holiday)).toEqual([{ description: HOLIDAY_DESCRIPTION }]);
    expect(rec.bodies.get(ID.bigGame)).toEqual([{ name: 'Big Game Weekend Bundles' }]);
    expect(rec.bodies.get(ID.coffee)).toEqual([{ status: 'active' }]);
    // Reads: one GET per campaign (the list has summaries only, no description).
    const gets = t.sb.requests().filter((r) => r.method === 'GET' && /\/campaigns\/\d+$/.test(r.path));
    expect(new Set(gets.map((g) => g.path))).toEqual(
      new Set([ID.halloween, ID.holiday, ID.bigGame, ID.coffee].map((id) => `/stores/company/${COMPANY}/campaigns/${id}`)),
    );

    await expectEmptyPlan(t);

    // Everything the YAML does not manage is as it was (updated_at/updated_by are Lula's own
    // bookkeeping of the write); the write-only side table was not touched.
    const after = lulaState(t);
    const managed: Record<string, readonly string[]> = {
      [ID.holiday]: ['name', 'description', 'start_date', 'end_date', 'status'],
      [ID.bigGame]: ['name', 'description', 'start_date', 'end_date', 'status'],
      [ID.coffee]: ['name', 'description', 'status'],
    };
    for (const c of before.campaigns) {
      const id = String(c['id']);
      const skip = new Set([...(managed[id] ?? []), ...(managed[id] ? ['updated_at', 'updated_by'] : [])]);
      const strip = (o: VendorObject) => Object.fromEntries(Object.entries(o).filter(([k]) => !skip.has(k)));
      expect(strip(campaignOf(after, id)), id).toEqual(strip(c));
    }
    expect(campaignOf(after, ID.coffee)['start_date']).toBe('2025-03-01');
    expect(campaignOf(after, ID.coffee)['end_date']).toBe('2999-12-31');
    expect(writeOnlyOf(after)).toEqual(writeOnlyOf(before));
    expect(campaignOf(after, ID.coffee)['status']).toBe('active');
    expect(campaignOf(after, ID.bigGame)['name']).toBe('Big Game Weekend Bundles');
  });
});

describe('lula e2e: drift', () => {
  it('shows dashboard edits to managed fields (not to unmanaged ones), puts them back, and converges', async () => {
    const rec = recorder();
    const t = await start(project(), rec);
    expect((await t.apply()).status).toBe(0);
    await expectEmptyPlan(t);

    editLive(t, ID.holiday, { name: 'Holiday Snacks', start_date: '2026-12-02' }, { starts_at: undefined });
    // Switched on in the dashboard: active with its start ahead, so Lula reads it `scheduled`.
    editLive(t, ID.bigGame, { status: 'active' });
    // Unmanaged here (the coffee file leaves the dates to the dashboard): no drift.
    editLive(t, ID.coffee, { end_date: '2999-06-30', image: 'https://example.invalid/other.webp' });

    const { plan } = await t.plan();
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 2, error: 0, needs_approval: 0 });
    expect(changesOf(plan, ID.holiday)).toEqual({
      name: { before: 'Holiday Snacks', after: 'Holiday Snack & Beverage Deals' },
      starts_at: { before: '2026-12-02', after: '2026-12-01T06:00:00-05:00' },
    });
    expect(changesOf(plan, ID.bigGame)).toEqual({ status: { before: 'scheduled', after: 'inactive' } });
    expect(action(plan, ID.coffee).action).toBe('no_change');

    t.sb.clearRequests();
    rec.bodies.clear();
    expect((await t.apply()).status).toBe(0);
    expect(writesPerPath(t)).toEqual({ [`PUT ${updatePath(ID.holiday)}`]: 1, [`PUT ${updatePath(ID.bigGame)}`]: 1 });
    expect(rec.bodies.get(ID.holiday)).toEqual([{ name: 'Holiday Snack & Beverage Deals', starts_at: '2026-12-01T06:00:00-05:00' }]);
    expect(rec.bodies.get(ID.bigGame)).toEqual([{ status: 'inactive' }]);
    await expectEmptyPlan(t);
    expect(campaignOf(lulaState(t), ID.coffee)['end_date']).toBe('2999-06-30');
  });
});

describe('lula e2e: plan-time rules', () => {
  it('turns each rule that needs live state into an error on its campaign, sends nothing for it, and applies the rest', async () => {
    const rec = recorder();
    const t = await start(
      project({
        // Expired: any change is refused by Lula (CAMPAIGN_NOT_MODIFIABLE).
        [FILE.halloween]: setLine('name', 'Halloween Candy Bowl 2026 (final)'),
        // Dates unmanaged here: Lula's start (2025-03-01) has passed, so `scheduled` cannot be written.
        [FILE.coffee]: setLine('status', 'scheduled'),
        // The name of a campaign no YAML manages (compared ignoring case and spaces).
        [FILE.bigGame]: setLine('name', '"fuel rewards fridays "'),
        // Another company's name is no clash: this one applies.
        [FILE.holiday]: setLine('name', 'Winter Warm-Up Cocoa'),
      }),
      rec,
    );
    const { plan, status } = await t.plan();
    expect(status).toBe(1);
    expect(plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 0, error: 3, needs_approval: 0 });
    expect(action(plan, ID.halloween).error).toMatchObject({ code: 'lula.campaign-not-modifiable', path: 'name' });
    expect(action(plan, ID.halloween).error?.message).toContain('CAMPAIGN_NOT_MODIFIABLE');
    expect(action(plan, ID.coffee).error).toMatchObject({ code: 'lula.status-matches-dates', path: 'status' });
    expect(action(plan, ID.coffee).error?.message).toContain('2025-03-01');
    expect(action(plan, ID.bigGame).error).toMatchObject({ code: 'lula.unique-name', path: 'name' });
    expect(action(plan, ID.bigGame).error?.message).toContain(ID.fuel);
    expect(changesOf(plan, ID.holiday)).toEqual({
      name: { before: 'Holiday Snack & Beverage Deals', after: 'Winter Warm-Up Cocoa' },
      description: { before: HOLIDAY_OLD_DESCRIPTION, after: HOLIDAY_DESCRIPTION },
    });

    t.sb.clearRequests();
    const { status: applied, result } = await applyJson(t);
    expect(applied).toBe(1);
    expect(result.tally).toMatchObject({ applied: 1, not_applied: 3, failed: 0 });
    expect(writesPerPath(t)).toEqual({ [`PUT ${updatePath(ID.holiday)}`]: 1 });
    expect(campaignOf(lulaState(t), ID.holiday)['name']).toBe('Winter Warm-Up Cocoa');
  });

  it.each([
    ['a start after Lula\'s end date', addLine('starts_at: "3000-01-01T00:00:00Z"'), 'starts_at', '2999-12-31'],
    ['an end before Lula\'s start date', addLine('ends_at: "2025-02-28T23:59:59Z"'), 'ends_at', '2025-03-01'],
  ])('end after start with one side from Lula (INVALID_DATE_RANGE): %s', async (_name, edit, path, liveDay) => {
    const t = await start(project({ [FILE.coffee]: edit }));
    const { plan } = await t.plan();
    expect(action(plan, ID.coffee).error).toMatchObject({ code: 'lula.end-after-start', path });
    expect(action(plan, ID.coffee).error?.message).toContain(liveDay);
    expect(action(plan, ID.coffee).error?.message).toContain('INVALID_DATE_RANGE');
    t.sb.clearRequests();
    expect((await t.apply()).status).toBe(1);
    expect(writesPerPath(t)).toEqual({ [`PUT ${updatePath(ID.bigGame)}`]: 1, [`PUT ${updatePath(ID.holiday)}`]: 1 });
  });

  it('`expired` against an end Lula still has ahead is an error', async () => {
    const t = await start(project({ [FILE.coffee]: setLine('status', 'expired') }));
    const { plan } = await t.plan();
    expect(action(plan, ID.coffee).error).toMatchObject({ code: 'lula.status-matches-dates', path: 'status' });
    expect(action(plan, ID.coffee).error?.message).toContain('2999-12-31');
  });
});

describe('lula e2e: a campaign Lula refuses', () => {
  it('fails alone: the others apply, exit 1, the tally names it, and its write-only value is not recorded', async () => {
    // campaign_identifier must be unique across ALL campaigns, and no read returns it: company
    // 2077's campaign uses this one, which plan cannot know.
    const t = await start(project({ [FILE.holiday]: setLine('campaign_identifier', 'WINTER_COCOA_2026') }));
    const { plan } = await t.plan();
    expect(changesOf(plan, ID.holiday)).toEqual({
      description: { before: HOLIDAY_OLD_DESCRIPTION, after: HOLIDAY_DESCRIPTION },
      campaign_identifier: { after: 'WINTER_COCOA_2026', write_only: true },
    });
    const { status, result } = await applyJson(t);
    expect(status).toBe(1);
    expect(result.tally).toMatchObject({ applied: 2, failed: 1 });
    const failed = result.outcomes.find((o) => o.outcome === 'failed');
    expect(failed?.address).toBe(address(ID.holiday));
    expect(failed?.message).toContain('VALIDATION_ERROR');
    expect(failed?.message).toContain('campaign_identifier');
    const text = await t.apply();
    expect(text.stdout).toContain(`${address(ID.holiday)}: failed`);
    expect(text.stdout).toMatch(/1 failed/);
    // Nothing of it was applied; the others converged; it is still pending.
    const state = lulaState(t);
    expect(campaignOf(state, ID.holiday)['description']).toBe(HOLIDAY_OLD_DESCRIPTION);
    expect(writeOnlyOf(state)[ID.holiday]?.campaign_identifier).toBe('HOLIDAY_SNACKS_2026');
    const again = await t.plan();
    expect(again.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 3, error: 0, needs_approval: 0 });
    expect(changesOf(again.plan, ID.holiday)).toHaveProperty('campaign_identifier');
  });
});

describe('lula e2e: write-only and lossy fields', () => {
  it('sends campaign_identifier on the first apply, not again, and again when the YAML changes it', async () => {
    const rec = recorder();
    const t = await start(project({}, false), rec);
    const { plan } = await t.plan();
    for (const [id, value] of [[ID.holiday, 'HOLIDAY_SNACKS_2026'], [ID.bigGame, 'BIG_GAME_2027'], [ID.coffee, 'COFFEE_AM_EVERGREEN']] as const) {
      // Sent only because the record has no value for it yet: shown apart from the changes the files make.
      expect(changesOf(plan, id)['campaign_identifier'], id).toEqual({ after: value, write_only: true, resend: true });
    }
    // No record yet, and the days match: the dates are no change.
    for (const id of [ID.holiday, ID.bigGame, ID.halloween]) {
      expect(Object.keys(changesOf(plan, id)), id).not.toContain('starts_at');
      expect(Object.keys(changesOf(plan, id)), id).not.toContain('ends_at');
    }
    expect(action(plan, ID.halloween).action).toBe('no_change');
    t.sb.clearRequests();
    expect((await t.apply()).status).toBe(0);
    expect(t.writes()).toHaveLength(3);
    expect(rec.bodies.get(ID.bigGame)).toEqual([{ name: 'Big Game Weekend Bundles', campaign_identifier: 'BIG_GAME_2027' }]);
    expect(rec.bodies.get(ID.coffee)).toEqual([{ campaign_identifier: 'COFFEE_AM_EVERGREEN', status: 'active' }]);
    await expectEmptyPlan(t);

    t.project.write(FILE.bigGame, setLine('campaign_identifier', 'BIG_GAME_2027_B')(EXAMPLES[FILE.bigGame]!));
    const changed = await t.plan();
    expect(changed.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 3, error: 0, needs_approval: 0 });
    expect(changesOf(changed.plan, ID.bigGame)).toEqual({ campaign_identifier: { after: 'BIG_GAME_2027_B', write_only: true } });
    t.sb.clearRequests();
    rec.bodies.clear();
    expect((await t.apply()).status).toBe(0);
    expect(writesPerPath(t)).toEqual({ [`PUT ${updatePath(ID.bigGame)}`]: 1 });
    expect(rec.bodies.get(ID.bigGame)).toEqual([{ campaign_identifier: 'BIG_GAME_2027_B' }]);
    expect(writeOnlyOf(lulaState(t))[ID.bigGame]?.campaign_identifier).toBe('BIG_GAME_2027_B');
    await expectEmptyPlan(t);
  });

  it('a new time of day on the same day is sent (judged against the last apply), then converges', async () => {
    const rec = recorder();
    const t = await start(project({ [FILE.holiday]: setLine('starts_at', '2026-12-01T08:30:00-05:00') }), rec);
    const { plan } = await t.plan();
    expect(changesOf(plan, ID.holiday)).toEqual({
      description: { before: HOLIDAY_OLD_DESCRIPTION, after: HOLIDAY_DESCRIPTION },
      starts_at: { before: '2026-12-01', after: '2026-12-01T08:30:00-05:00', write_only: true },
    });
    expect((await t.apply()).status).toBe(0);
    expect(rec.bodies.get(ID.holiday)).toEqual([{ description: HOLIDAY_DESCRIPTION, starts_at: '2026-12-01T08:30:00-05:00' }]);
    expect(writeOnlyOf(lulaState(t))[ID.holiday]?.starts_at).toBe('2026-12-01T08:30:00-05:00');
    await expectEmptyPlan(t);
  });
});

describe('lula e2e: quirks that would otherwise be perpetual diffs', () => {
  it('an end written at 23:59:59-05:00 reads back as the next UTC day, and is no change', async () => {
    const t = await start(project());
    const { plan } = await t.plan();
    expect(campaignOf(lulaState(t), ID.holiday)['end_date']).toBe('2027-01-01');
    expect(Object.keys(changesOf(plan, ID.holiday))).toEqual(['description']);
  });

  it('an active campaign whose start is ahead reads `scheduled` and is no change; switched off it is one', async () => {
    const t = await start(project());
    editLive(t, ID.holiday, { description: HOLIDAY_DESCRIPTION });
    const { plan } = await t.plan();
    expect(campaignOf(lulaState(t), ID.holiday)['status']).toBe('scheduled');
    expect(action(plan, ID.holiday).action).toBe('no_change');
    t.project.write(FILE.holiday, setLine('status', 'inactive')(EXAMPLES[FILE.holiday]!));
    const off = await t.plan();
    expect(changesOf(off.plan, ID.holiday)).toEqual({ status: { before: 'scheduled', after: 'inactive' } });
  });

  it('a campaign that ran out reads `expired`: a YAML still saying `active` or `inactive` is no change, not an error', async () => {
    for (const status of ['active', 'inactive']) {
      const t = await start(project({ [FILE.halloween]: setLine('status', status) }));
      const { plan } = await t.plan();
      expect(action(plan, ID.halloween).action, status).toBe('no_change');
      await t.close();
      open = undefined;
    }
  });

  it('a campaign deleted at Lula (soft delete) is reported not found', async () => {
    const t = await start(project());
    editLive(t, ID.bigGame, { deletedAt: '2026-11-22T10:00:00.000Z' });
    const { plan } = await t.plan();
    expect(action(plan, ID.bigGame).error?.code).toBe('not_found');
  });
});
