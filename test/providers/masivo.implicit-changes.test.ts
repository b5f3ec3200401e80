/**
 * What Masivo's full-payload PUT changes beyond the managed fields (`implicitChanges`), and that
 * the write sends nothing else: on built campaigns, then over HTTP against the sandbox's fake with
 * the request log's bodies (issue 12: after `import --id b7e4a0d2-…` and a budget change, the PUT
 * also cleared `divide_budget_in`, a write-only field the file did not manage).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MasivoSpec } from '../../src/generated/masivo.js';
import { implicitChanges } from '../../src/providers/masivo/implicit-changes.js';
import { toSpec } from '../../src/providers/masivo/normalize.js';
import type { FieldChange, LiveCampaign, PlanInput } from '../../src/providers/runtime.js';
import type { MasivoState } from '../../src/sandbox/masivo/state.js';
import { runtimeOnSandbox, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';

const RULES = [{ conditions: [[{ type: 'Order Value', operator: 'greater than', primitive: 'number', value: 500 }]], effects: [{ reward_id: 'r1', amount: 1 }] }];

/** A campaign as GET returns it. */
function raw(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'c1',
    type: 'BEHAVIOR',
    brand_id: null,
    name: 'N',
    description: 'D',
    rules: JSON.stringify(RULES),
    attributes: { trigger: 'PURCHASE' },
    status: 'RUNNING',
    start_date: '2026-11-01T06:00:00Z',
    end_date: '2026-12-31T05:59:59Z',
    funded_by: null,
    budget: 100,
    metadata: '{"team":"crm"}',
    ...over,
  };
}

const budgetChange: FieldChange = { path: 'budget', before: 100, after: 150 };

function input(desired: Partial<MasivoSpec>, liveRaw: Record<string, unknown>, changes: readonly FieldChange[] = [budgetChange]): PlanInput<MasivoSpec> {
  const live: LiveCampaign = { id: 'c1', raw: liveRaw };
  return { id: 'c1', desired: desired as MasivoSpec, live, liveSpec: toSpec(liveRaw), changes, now: SANDBOX_NOW };
}

const paths = (changes: readonly FieldChange[]) => changes.map((c) => c.path);
const cleared = (path: string): FieldChange => ({ path, before: undefined, after: undefined, clears: true });

describe('implicitChanges', () => {
  it('lists the write-only fields the file does not manage, which the PUT clears, values unknown', () => {
    expect(implicitChanges(input({ type: 'BEHAVIOR', budget: 150 }, raw()))).toEqual([cleared('platforms'), cleared('labels'), cleared('divide_budget_in')]);
  });

  it('adds the referee rules on a REFERRALS campaign, even when the desired spec names no type (a retire)', () => {
    expect(paths(implicitChanges(input({ status: 'INACTIVE' }, raw({ type: 'REFERRALS' }), [{ path: 'status', before: 'ACTIVE', after: 'INACTIVE' }])))).toEqual([
      'platforms',
      'labels',
      'divide_budget_in',
      'referee_rules_json',
    ]);
  });

  it('leaves out what the file manages, the coupon codes Masivo keeps, and withoutEndDate, whose end the body carries', () => {
    const desired: Partial<MasivoSpec> = { type: 'COUPONS', budget: 150, platforms: null, labels: [], divide_budget_in: 'total' };
    expect(implicitChanges(input(desired, raw({ type: 'COUPONS', end_date: null })))).toEqual([]);
  });

  it('lists nothing when nothing is written', () => {
    expect(implicitChanges(input({ type: 'BEHAVIOR' }, raw(), []))).toEqual([]);
  });

  it('shows a readable field the body cannot carry over as cleared, with the value as read', () => {
    const changes = implicitChanges(input({ type: 'BEHAVIOR', budget: 150, platforms: [], labels: [], divide_budget_in: 'total' }, raw({ metadata: '{not json', description: 7 })));
    expect(changes).toEqual([
      { path: 'description', before: 7, after: undefined, clears: true },
      { path: 'metadata', before: '{not json', after: undefined, clears: true },
    ]);
  });

  it('finds no change in spellings alone: read status, embedded rewards, date offsets, a budget as text, the creation marker', () => {
    const embedded = [{ ...RULES[0], effects: [{ reward_id: 'r1', amount: 1, reward: { id: 'r1', name: 'x' } }] }];
    const live = raw({
      status: 'SCHEDULED',
      rules: embedded,
      start_date: '2026-11-01T00:00:00-06:00',
      budget: '100',
      metadata: JSON.stringify({ team: 'crm', campaignctl_creation_key: 'k1' }),
    });
    const desired: Partial<MasivoSpec> = { type: 'BEHAVIOR', name: 'M', platforms: [], labels: [], divide_budget_in: 'total' };
    expect(implicitChanges(input(desired, live, [{ path: 'name', before: 'N', after: 'M' }]))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Over HTTP: the seeded "Buen Fin" COUPONS campaign, written with `divide_budget_in: total`.

const BUENFIN = 'b7e4a0d2-3c58-4f6e-a1d9-5e2c7b8f0a43';

describe('the PUT after an import and a budget change, against the sandbox', () => {
  let t: RuntimeOnSandbox | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** The campaign as read now, the spec import writes for it, and a plan input changing its budget. */
  async function importedWithBudget(t: RuntimeOnSandbox, budget: number, extra: Partial<MasivoSpec> = {}) {
    const live = (await t.runtime.read([BUENFIN], { http: t.http, account: t.account })).get(BUENFIN)!;
    const imported = t.runtime.importSpec(live, { now: SANDBOX_NOW }).spec as Partial<MasivoSpec>;
    const desired = { ...imported, ...extra, budget } as MasivoSpec;
    const changes: FieldChange[] = [{ path: 'budget', before: imported.budget, after: budget }];
    const planInput: PlanInput<unknown> = { id: BUENFIN, desired, live, liveSpec: t.runtime.toSpec(live.raw), changes, now: SANDBOX_NOW };
    return { live, imported, desired, changes, planInput };
  }

  const writeOnlyStored = (t: RuntimeOnSandbox) => (t.sb.state().masivo as MasivoState).writeOnly![BUENFIN]!;
  const putBodies = (t: RuntimeOnSandbox) => t.requests('PUT').map((r) => r.body as Record<string, unknown>);

  it('shows that the PUT clears divide_budget_in, and the body differs from live only in the budget and those fields', async () => {
    t = await runtimeOnSandbox('masivo', {});
    expect(writeOnlyStored(t)).toMatchObject({ divide_budget_in: 'total' });
    const { live, imported, desired, changes, planInput } = await importedWithBudget(t, 60000);
    expect(imported).not.toHaveProperty('divide_budget_in');

    const implicit = t.runtime.implicitChanges!(planInput);
    expect(implicit).toEqual([cleared('platforms'), cleared('labels'), cleared('divide_budget_in')]);

    await t.runtime.write({ id: BUENFIN, desired, changes, live, http: t.http, account: t.account });
    const [put] = t.requests('PUT');
    const body = put!.body as Record<string, unknown>;
    // Readable fields: the request (the type travels in the query), read the way plan reads live,
    // differs from live in the budget alone.
    const sent = toSpec({ ...body, type: new URLSearchParams(put!.query).get('type') });
    const before = toSpec(live.raw);
    const differing = Object.keys({ ...sent, ...before }).filter((k) => JSON.stringify(sent[k]) !== JSON.stringify(before[k]));
    expect(differing).toEqual(['budget']);
    // Write-only fields: none in the body, so exactly the listed ones are cleared; the codes stay.
    for (const field of paths(implicit)) expect(body).not.toHaveProperty(field);
    expect(writeOnlyStored(t)).not.toHaveProperty('divide_budget_in');
    expect(writeOnlyStored(t)).toMatchObject({ useCustomCodes: true, customCodes: 'BUENFIN-AB12, BUENFIN-CD34, BUENFIN-EF56' });
  });

  it('shows nothing more once the file manages divide_budget_in, and the PUT keeps it', async () => {
    t = await runtimeOnSandbox('masivo', {});
    const { live, desired, changes, planInput } = await importedWithBudget(t, 60000, { divide_budget_in: 'total', platforms: null, labels: [] });
    expect(t.runtime.implicitChanges!(planInput)).toEqual([]);
    await t.runtime.write({ id: BUENFIN, desired, changes, live, http: t.http, account: t.account });
    expect(putBodies(t)[0]).toMatchObject({ budget: 60000, divide_budget_in: 'total' });
    expect(writeOnlyStored(t)).toMatchObject({ divide_budget_in: 'total' });
  });

  it('sends the same body when the implicit changes are handed back among the changes', async () => {
    t = await runtimeOnSandbox('masivo', {});
    const { live, desired, changes, planInput } = await importedWithBudget(t, 60000);
    const implicit = t.runtime.implicitChanges!(planInput);
    await t.runtime.write({ id: BUENFIN, desired, changes, live, http: t.http, account: t.account });
    await t.runtime.write({ id: BUENFIN, desired, changes: [...changes, ...implicit], live, http: t.http, account: t.account });
    const [first, second] = putBodies(t);
    expect(second).toEqual(first);
  });
});
