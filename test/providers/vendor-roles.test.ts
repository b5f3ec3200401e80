/**
 * Each vendor's field roles on live campaigns: the status at given `now` values (from the vendor's
 * own status word and its dates), the budgets with their unit, currency and period, and spend so
 * far; then every seeded campaign read over HTTP from the sandbox, whose status must agree with the
 * status word the fake itself derived at its clock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getProvider, registry } from '../../src/providers/registry.js';
import { spendValue } from '../../src/providers/role-values.js';
import type { CampaignStatus, FieldRoles } from '../../src/providers/roles.js';
import type { LiveCampaign } from '../../src/providers/runtime.js';
import { runtimeOnSandbox, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';
import { exampleAccount } from '../contract/kit.js';

function rolesOf(vendor: string): FieldRoles {
  const roles = getProvider(vendor)?.roles;
  if (!roles) throw new Error(`test bug: ${vendor} declares no roles`);
  return roles;
}

const live = (raw: Record<string, unknown>): LiveCampaign => ({ id: 'c1', raw });

/** The status of `raw` at each instant. */
function statusesAt(roles: FieldRoles, raw: Record<string, unknown>, ...instants: string[]): CampaignStatus[] {
  return instants.map((iso) => roles.status(live(raw), new Date(iso)));
}

describe('masivo', () => {
  const roles = rolesOf('masivo');
  const raw = (status: string, over: Record<string, unknown> = {}) => ({
    id: 'c1',
    type: 'BEHAVIOR',
    name: 'Doble puntos',
    status,
    start_date: '2026-12-01T06:00:00Z',
    end_date: '2026-12-31T05:59:59Z',
    budget: 250000,
    ...over,
  });

  it('takes Masivo status words, and the dates where they have moved on since the read', () => {
    expect(statusesAt(roles, raw('SCHEDULED'), '2026-11-23T12:00:00Z', '2026-12-01T06:00:00Z', '2026-12-31T05:59:59Z')).toEqual(['scheduled', 'running', 'ended']);
    expect(statusesAt(roles, raw('RUNNING'), '2026-12-15T00:00:00Z')).toEqual(['running']);
    expect(statusesAt(roles, raw('PAUSED'), '2026-12-15T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(['paused', 'ended']);
    // FINISHED is Masivo's own verdict, whatever the dates read
    expect(statusesAt(roles, raw('FINISHED', { end_date: null }), '2026-12-15T00:00:00Z')).toEqual(['ended']);
    // no end date: never ends by date
    expect(statusesAt(roles, raw('RUNNING', { end_date: null }), '2030-01-01T00:00:00Z')).toEqual(['running']);
    expect(statusesAt(roles, raw('ARCHIVED'), '2026-12-15T00:00:00Z')).toEqual(['unknown']);
  });

  it('names the campaign, and declares a budget of unstated unit whose period only the YAML tells', () => {
    expect(roles.name?.read(live(raw('RUNNING')))).toBe('Doble puntos');
    const [budget] = roles.spend ?? [];
    expect(budget).toBeDefined();
    expect(spendValue(budget!, { budget: 250000, divide_budget_in: 'monthly' }, { options: {} })).toEqual({
      path: 'budget',
      amount: 250000,
      unit: 'unstated',
      period: 'monthly',
    });
    // a read never returns divide_budget_in: the live side has no period, and no currency anywhere
    expect(spendValue(budget!, { budget: 250000 }, { options: { currency: 'MXN' } })).toEqual({ path: 'budget', amount: 250000, unit: 'unstated' });
    expect(budget!.spentSoFar).toBeUndefined();
  });
});

describe('topsort', () => {
  const roles = rolesOf('topsort');
  const raw = (over: Record<string, unknown> = {}) => ({
    campaignId: '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b',
    name: 'Winter Sale 2026',
    startDate: '2026-11-30T23:00:00.000000+00:00',
    endDate: '2027-01-15T22:59:59Z',
    isActive: true,
    budget: { amount: 25000, amountRemaining: 18000, amountCarryover: 0, amountUsed: 7000, type: 'daily' },
    ...over,
  });

  it('runs once active and started, until the end; inactive is paused until the end', () => {
    expect(statusesAt(roles, raw(), '2026-11-23T12:00:00Z', '2026-11-30T23:00:00Z', '2027-01-15T22:59:59Z')).toEqual(['scheduled', 'running', 'ended']);
    expect(statusesAt(roles, raw({ isActive: false }), '2026-11-23T12:00:00Z', '2026-12-10T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual(['paused', 'paused', 'ended']);
    // the review status of a banner does not decide whether the campaign runs
    expect(statusesAt(roles, raw({ status: 'rejected' }), '2026-12-10T00:00:00Z')).toEqual(['running']);
    expect(statusesAt(roles, { name: 'no id' }, '2026-12-10T00:00:00Z')).toEqual(['unknown']);
  });

  it('declares budget.amount in minor units, per budget.type, with spend so far and no currency', () => {
    const [budget] = roles.spend ?? [];
    const liveSpec = getProvider('topsort')!.runtime!.toSpec(raw());
    expect(spendValue(budget!, liveSpec, { options: {} })).toEqual({ path: 'budget.amount', amount: 25000, unit: 'minor', period: 'daily' });
    expect(budget!.currency).toBeUndefined();
    expect(budget!.spentSoFar?.(live(raw()))).toBe(7000);
    expect(budget!.spentSoFar?.(live(raw({ budget: { amount: 25000, type: 'daily', amountUsed: 'lots' } })))).toBeUndefined();
    expect(budget!.spentSoFar?.(live(raw({ budget: null })))).toBeUndefined();
  });
});

describe('voucherify', () => {
  const roles = rolesOf('voucherify');
  const raw = (over: Record<string, unknown> = {}) => ({
    id: 'camp_x',
    name: 'Winter Sale -20%',
    active: true,
    start_date: '2026-12-01T00:00:00.000Z',
    expiration_date: '2027-01-31T23:59:59.000Z',
    ...over,
  });

  it('follows active and the campaign-level dates; a campaign without dates is open', () => {
    expect(statusesAt(roles, raw(), '2026-11-30T23:59:59.999Z', '2026-12-01T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual(['scheduled', 'running', 'ended']);
    expect(statusesAt(roles, raw({ active: false }), '2026-12-15T00:00:00Z')).toEqual(['paused']);
    expect(statusesAt(roles, raw({ start_date: undefined, expiration_date: undefined }), '2040-01-01T00:00:00Z')).toEqual(['running']);
  });

  it('declares no budget: nothing in a Voucherify campaign caps its spend', () => {
    expect(roles.spend).toBeUndefined();
    expect(roles.name?.read(live(raw()))).toBe('Winter Sale -20%');
  });
});

describe('lula', () => {
  const roles = rolesOf('lula');
  const raw = (status: string, over: Record<string, unknown> = {}) => ({
    id: '1000214',
    name: 'Holiday Snack Deals',
    start_date: '2026-12-01',
    end_date: '2027-01-02',
    status,
    ...over,
  });

  it("takes Lula's word, corrected by the days where they settle it", () => {
    expect(statusesAt(roles, raw('expired'), '2026-12-10T00:00:00Z')).toEqual(['ended']);
    expect(statusesAt(roles, raw('inactive'), '2026-12-10T00:00:00Z', '2027-01-03T00:00:00Z')).toEqual(['paused', 'ended']);
    // an active campaign read before its start day reads "scheduled"; the day after its start has started
    expect(statusesAt(roles, raw('scheduled'), '2026-11-30T23:00:00Z', '2026-12-02T00:00:00Z')).toEqual(['scheduled', 'running']);
    expect(statusesAt(roles, raw('active'), '2026-11-20T00:00:00Z', '2026-12-10T00:00:00Z', '2027-01-03T00:00:00Z')).toEqual([
      'scheduled',
      'running',
      'ended',
    ]);
    expect(statusesAt(roles, raw('deleted'), '2026-12-10T00:00:00Z')).toEqual(['unknown']);
  });

  it('keeps Lula\'s word on the start and end days themselves, where the read has no time of day', () => {
    expect(statusesAt(roles, raw('scheduled'), '2026-12-01T23:00:00Z')).toEqual(['scheduled']);
    expect(statusesAt(roles, raw('active'), '2026-12-01T01:00:00Z', '2027-01-02T23:00:00Z')).toEqual(['running', 'running']);
  });

  it('counts active and scheduled as on, and declares no budget', () => {
    expect(roles.onOff?.on).toEqual(['active', 'scheduled']);
    expect(roles.spend).toBeUndefined();
  });
});

describe('spaaza', () => {
  const roles = rolesOf('spaaza');
  const raw = (over: Record<string, unknown> = {}) => ({
    id: 42,
    type: 'basket',
    title: 'Koopavond',
    is_active: true,
    active_date_from: '2026-11-05 00:00:00',
    active_date_until: '2027-02-26T23:00:00+00:00',
    ...over,
  });

  it('follows active (or its is_active mirror) and the UTC date window; null bounds are open', () => {
    expect(statusesAt(roles, raw(), '2026-11-04T23:59:59Z', '2026-11-05T00:00:00Z', '2027-02-26T23:00:00Z')).toEqual(['scheduled', 'running', 'ended']);
    expect(statusesAt(roles, raw({ is_active: false }), '2026-12-01T00:00:00Z')).toEqual(['paused']);
    expect(statusesAt(roles, raw({ active_date_from: null, active_date_until: null }), '2040-01-01T00:00:00Z')).toEqual(['running']);
    expect(statusesAt(roles, raw({ is_active: undefined }), '2026-12-01T00:00:00Z')).toEqual(['unknown']);
  });

  it('names the campaign by its title, and declares no budget', () => {
    expect(roles.name?.path).toBe('title');
    expect(roles.name?.read(live(raw()))).toBe('Koopavond');
    expect(roles.spend).toBeUndefined();
  });
});

/** The status word a vendor's fake derived for a seeded campaign, as roles name it (where it has one). */
const VENDOR_WORDS: Readonly<Record<string, { readonly field: string; readonly words: Readonly<Record<string, CampaignStatus>> }>> = {
  masivo: { field: 'status', words: { RUNNING: 'running', SCHEDULED: 'scheduled', FINISHED: 'ended', PAUSED: 'paused' } },
  lula: { field: 'status', words: { active: 'running', scheduled: 'scheduled', expired: 'ended', inactive: 'paused' } },
};

describe.each(registry.map((e) => [e.provider.name] as const))('%s, seeded campaigns read over HTTP', (vendor) => {
  const open: RuntimeOnSandbox[] = [];
  afterAll(async () => Promise.all(open.map((t) => t.close())));

  it('gives each a status, agreeing with the status word the fake derived at its clock', async () => {
    const t = await runtimeOnSandbox(vendor, exampleAccount(vendor).options);
    open.push(t);
    const campaigns = await t.runtime.readAll({ http: t.http, account: t.account });
    expect(campaigns.length).toBeGreaterThan(0);
    const roles = rolesOf(vendor);
    const statuses = campaigns.map((c) => roles.status(c, SANDBOX_NOW));
    expect(statuses).not.toContain('unknown');
    const vocabulary = VENDOR_WORDS[vendor];
    if (vocabulary) {
      const words = campaigns.map((c) => vocabulary.words[String(c.raw[vocabulary.field])]);
      expect(statuses).toEqual(words);
    }
    for (const c of campaigns) expect(roles.name?.read(c), `campaign ${c.id} has a name`).toEqual(expect.any(String));
  });
});

describe('topsort spend so far, over HTTP', () => {
  it('reads amountUsed as Topsort reports it, in the budget\'s minor units', async () => {
    const t = await runtimeOnSandbox('topsort', {});
    try {
      const found = await t.runtime.read(['0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30'], { http: t.http, account: t.account });
      const c = found.get('0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30')!;
      const [budget] = rolesOf('topsort').spend!;
      expect(budget!.spentSoFar?.(c)).toBe(61430);
      expect(spendValue(budget!, t.runtime.toSpec(c.raw), { options: {} })).toMatchObject({ amount: 120000, period: 'weekly' });
    } finally {
      await t.close();
    }
  });
});
