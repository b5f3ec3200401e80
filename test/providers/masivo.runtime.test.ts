/** Masivo runtime pieces on their own: normalisation, the full payload, coupon codes, auth, rules. */
import { describe, expect, it } from 'vitest';
import type { MasivoSpec } from '../../src/generated/masivo.js';
import { masivoAuth, refreshTime, REFRESH_MARGIN_MS, tokenLifetimeMs } from '../../src/providers/masivo/auth.js';
import { codeChangeOf } from '../../src/providers/masivo/coupon-codes.js';
import { canonical, toSpec } from '../../src/providers/masivo/normalize.js';
import { planRules } from '../../src/providers/masivo/plan-rules.js';
import { buildPayload, payloadProblems } from '../../src/providers/masivo/write.js';
import type { FieldChange } from '../../src/providers/runtime.js';
import { judge } from '../helpers/plans.js';
import { scriptedHttp } from '../helpers/scripted-http.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const RULES = [{ conditions: [[{ type: 'Order Value', operator: 'greater than', primitive: 'number', value: 500 }]], effects: [{ reward_id: 'r1', amount: 1 }] }];

/** A campaign as GET returns it (newer generation). */
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
    end_date: null,
    funded_by: null,
    budget: 100,
    metadata: null,
    ...over,
  };
}
const spec = (s: Partial<MasivoSpec> = {}): MasivoSpec => ({ type: 'BEHAVIOR', ...s });
const change = (path: string, writeOnly = false): FieldChange => ({ path, before: undefined, after: undefined, ...(writeOnly ? { writeOnly } : {}) });

describe('toSpec', () => {
  it('maps the read status vocabulary to the write one', () => {
    expect(toSpec(raw({ status: 'RUNNING' })).status).toBe('ACTIVE');
    expect(toSpec(raw({ status: 'SCHEDULED' })).status).toBe('ACTIVE');
    expect(toSpec(raw({ status: 'FINISHED' })).status).toBe('ACTIVE');
    expect(toSpec(raw({ status: 'PAUSED' })).status).toBe('INACTIVE');
    // an unknown status is shown as it is (a diff the user can see), not guessed
    expect(toSpec(raw({ status: 'ARCHIVED' })).status).toBe('ARCHIVED');
    expect(toSpec(raw({ status: 7 }))).not.toHaveProperty('status');
  });

  it('parses rules and drops the reward objects reads embed; takes an older-generation array as is', () => {
    const embedded = [{ ...RULES[0], effects: [{ reward_id: 'r1', amount: 1, reward: { id: 'r1', name: 'x' } }] }];
    expect(toSpec(raw({ rules: JSON.stringify(embedded) })).rules).toEqual(RULES);
    expect(toSpec(raw({ rules: embedded })).rules).toEqual(RULES);
    expect(toSpec(raw({ rules: '{not json' }))).not.toHaveProperty('rules');
    expect(toSpec(raw({ rules: '{"a":1}' }))).not.toHaveProperty('rules');
  });

  it('parses metadata; null, non-objects and broken JSON are no metadata', () => {
    expect(toSpec(raw({ metadata: '{"b":1,"a":{"c":[1,2]}}' })).metadata).toEqual({ a: { c: [1, 2] }, b: 1 });
    expect(toSpec(raw({ metadata: null }))).not.toHaveProperty('metadata');
    expect(toSpec(raw({ metadata: '[1]' }))).not.toHaveProperty('metadata');
    expect(toSpec(raw({ metadata: '{' }))).not.toHaveProperty('metadata');
  });

  it('gives dates as UTC instants to the second; null stays null, garbage is dropped', () => {
    expect(toSpec(raw({ start_date: '2026-11-01T00:00:00.999-06:00' })).start_date).toBe('2026-11-01T06:00:00Z');
    expect(toSpec(raw({ end_date: null })).end_date).toBeNull();
    expect(toSpec(raw({ end_date: 'soon' }))).not.toHaveProperty('end_date');
  });

  it('drops the codes summary from attributes, reads numeric strings as numbers, ignores unknown fields', () => {
    const s = toSpec(raw({ attributes: { privacy: 'PUBLIC', codes_summary: { total: 3 } }, budget: '250', account_id: 'a', created_at: 'x', order: 3, new_field: 1 }));
    expect(s.attributes).toEqual({ privacy: 'PUBLIC' });
    expect(s.budget).toBe(250);
    expect(Object.keys(s).sort()).toEqual(['attributes', 'brand_id', 'budget', 'description', 'end_date', 'funded_by', 'name', 'rules', 'start_date', 'status', 'type']);
  });
});

describe('canonical', () => {
  it('normalises dates and rules like toSpec, and keeps every field (write-only ones included)', () => {
    const c = canonical(
      spec({
        start_date: '2027-01-01T00:00:00-06:00',
        end_date: '2027-06-01T06:00:00.250Z',
        rules: [{ effects: [{ reward_id: 'r1', reward: { id: 'r1' } }] }],
        labels: [{ label: 'A', value: 'a' }],
        quantity: 5,
      }),
    );
    expect(c).toEqual({
      type: 'BEHAVIOR',
      start_date: '2027-01-01T06:00:00Z',
      end_date: '2027-06-01T06:00:00Z',
      rules: [{ effects: [{ reward_id: 'r1' }] }],
      labels: [{ label: 'A', value: 'a' }],
      quantity: 5,
    });
  });

  it('reads `withoutEndDate: true` as "end_date is null" unless the spec names end_date itself', () => {
    expect(canonical(spec({ withoutEndDate: true })).end_date).toBeNull();
    expect(canonical(spec({ withoutEndDate: false }))).not.toHaveProperty('end_date');
    expect(canonical(spec({ withoutEndDate: true, end_date: null })).end_date).toBeNull();
  });

  it('agrees with toSpec on the same campaign', () => {
    const live = raw({ metadata: '{"k":"v"}', status: 'PAUSED', end_date: '2027-01-01T00:00:00Z' });
    const desired = spec({
      name: 'N',
      description: 'D',
      rules: RULES as MasivoSpec['rules'],
      attributes: { trigger: 'PURCHASE' },
      status: 'INACTIVE',
      start_date: '2026-11-01T00:00:00-06:00',
      end_date: '2026-12-31T18:00:00-06:00',
      budget: 100,
      metadata: { k: 'v' },
      brand_id: null,
      funded_by: null,
    });
    expect(canonical(desired)).toEqual(toSpec(live));
  });
});

describe('the full payload', () => {
  it('is the live campaign in the write vocabulary, with nothing read-only', () => {
    const body = buildPayload(
      spec(),
      [],
      raw({ status: 'SCHEDULED', attributes: { privacy: 'PUBLIC', codes_summary: { total: 1 } }, account_id: 'acc', created_at: 'x', order: 2, metadata: '{"a":1}', description: null }),
    );
    expect(body).toEqual({
      brand_id: null,
      name: 'N',
      rules: JSON.stringify(RULES),
      attributes: { privacy: 'PUBLIC' },
      status: 'ACTIVE',
      start_date: '2026-11-01T06:00:00Z',
      end_date: null,
      funded_by: null,
      budget: 100,
      metadata: '{"a":1}',
    });
    expect(buildPayload(spec(), [], raw({ status: 'PAUSED' })).status).toBe('INACTIVE');
    expect(payloadProblems(body)).toEqual([]);
  });

  it('replaces changed managed fields, merges objects key by key, and keeps unchanged ones as read', () => {
    const desired = spec({
      name: 'New',
      budget: 100,
      start_date: '2026-11-01T00:00:00-06:00',
      attributes: { privacy: 'PRIVATE' },
      metadata: { a: 2 },
      rules: RULES as MasivoSpec['rules'],
    });
    const body = buildPayload(
      desired,
      [change('name'), change('attributes.privacy'), change('metadata.a')],
      raw({ attributes: { trigger: 'PURCHASE', privacy: 'PUBLIC' }, metadata: '{"a":1,"keep":true}', rules: JSON.stringify(RULES, null, 2) }),
    );
    expect(body.name).toBe('New');
    expect(body.attributes).toEqual({ trigger: 'PURCHASE', privacy: 'PRIVATE' });
    expect(JSON.parse(body.metadata as string)).toEqual({ a: 2, keep: true });
    // unchanged managed fields go back exactly as read (a started campaign's locked fields must)
    expect(body.start_date).toBe('2026-11-01T06:00:00Z');
    expect(body.rules).toBe(JSON.stringify(RULES, null, 2));
  });

  it('carries every managed write-only field; withoutEndDate leaves end_date out', () => {
    const desired = spec({
      type: 'REFERRALS',
      withoutEndDate: true,
      platforms: [{ label: 'App', value: 'APP' }],
      labels: [],
      divide_budget_in: 'daily',
      referee_rules_json: [{ effects: [{ reward_id: 'r2' }] }],
    });
    const body = buildPayload(desired, [], raw({ end_date: '2027-01-01T00:00:00Z' }));
    expect(body).not.toHaveProperty('end_date');
    expect(body).toMatchObject({ withoutEndDate: true, platforms: [{ label: 'App', value: 'APP' }], labels: [], divide_budget_in: 'daily' });
    expect(JSON.parse(body.referee_rules_json as string)).toEqual([{ effects: [{ reward_id: 'r2' }] }]);
  });

  it('sends coupon code settings only when they change, and confirm_changes only beside them when the YAML says so', () => {
    const desired = spec({ type: 'COUPONS', quantity: 10, useCustomCodes: false, confirm_changes: true });
    const quiet = buildPayload(desired, [change('budget')], raw({ type: 'COUPONS' }));
    expect(quiet).not.toHaveProperty('quantity');
    expect(quiet).not.toHaveProperty('useCustomCodes');
    expect(quiet).not.toHaveProperty('confirm_changes');
    const loud = buildPayload(desired, [change('quantity', true)], raw({ type: 'COUPONS' }));
    expect(loud).toMatchObject({ quantity: 10, confirm_changes: true });
    expect(loud).not.toHaveProperty('useCustomCodes');
    const unconfirmed = buildPayload({ ...desired, confirm_changes: false }, [change('quantity', true)], raw({ type: 'COUPONS' }));
    expect(unconfirmed).not.toHaveProperty('confirm_changes');
  });

  it('is refused before sending when live cannot make a valid one', () => {
    const body = buildPayload(spec(), [], raw({ start_date: null, status: 'ARCHIVED', rules: 'x' }));
    expect(payloadProblems(body)).toEqual([
      '`status` is not readable as ACTIVE or INACTIVE',
      '`start_date` is missing',
      '`rules` is missing or not a JSON array of rules',
    ]);
  });
});

describe('coupon code changes', () => {
  const summary = (total: number, codes: string[] = []) => raw({ type: 'COUPONS', attributes: { codes_summary: { used: 0, total, left: total, codes, codes_usage: 0 } } });
  it('compares with the codes summary, and assumes a change when it cannot tell', () => {
    const q = [change('quantity', true)];
    expect(codeChangeOf(spec({ type: 'COUPONS', quantity: 20 }), summary(20), q)).toBeUndefined();
    expect(codeChangeOf(spec({ type: 'COUPONS', quantity: 30 }), summary(20), q)).toEqual({ field: 'quantity', what: 'quantity' });
    expect(codeChangeOf(spec({ type: 'COUPONS', quantity: 20 }), raw({ type: 'COUPONS' }), q)).toEqual({ field: 'quantity', what: 'quantity' });
    // a quantity beside custom codes: the summary counts the custom codes, not the quantity
    expect(codeChangeOf(spec({ type: 'COUPONS', quantity: 2, useCustomCodes: true }), summary(2, ['A', 'B']), q)).toEqual({ field: 'quantity', what: 'quantity' });
    expect(codeChangeOf(spec({ type: 'COUPONS', quantity: 30 }), summary(20), [change('budget')])).toBeUndefined();
  });

  it('judges the code format: generated vs custom, and the custom list', () => {
    const f = [change('useCustomCodes', true), change('customCodes', true)];
    expect(codeChangeOf(spec({ type: 'COUPONS', useCustomCodes: true, customCodes: ' A, B ,' }), summary(2, ['A', 'B']), f)).toBeUndefined();
    expect(codeChangeOf(spec({ type: 'COUPONS', useCustomCodes: true, customCodes: 'A' }), summary(2, ['A', 'B']), f)).toEqual({ field: 'useCustomCodes', what: 'code format' });
    expect(codeChangeOf(spec({ type: 'COUPONS', useCustomCodes: false }), summary(2, ['A', 'B']), f)).toEqual({ field: 'useCustomCodes', what: 'code format' });
    expect(codeChangeOf(spec({ type: 'COUPONS', useCustomCodes: false }), summary(100), f)).toBeUndefined();
  });
});

describe('plan rules (direct)', () => {
  const input = (desired: MasivoSpec, live: Record<string, unknown>, changes: FieldChange[]) => ({
    id: 'c1',
    desired,
    live: { id: 'c1', raw: live },
    liveSpec: toSpec(live),
    changes,
    now: NOW,
  });
  it('judges nothing when nothing is sent', () => {
    expect(judge(planRules, input(spec({ budget: 5 }), raw({ status: 'FINISHED', end_date: '2026-01-01T00:00:00Z' }), []))).toEqual([]);
  });
  it('lets a started campaign change what is not locked, and end_date be removed', () => {
    expect(judge(planRules, input(spec({ budget: 5, end_date: null }), raw(), [change('budget'), change('end_date')]))).toEqual([]);
  });
  it('lets a scheduled campaign move its start to later today', () => {
    const scheduled = raw({ status: 'SCHEDULED', start_date: '2026-12-01T06:00:00Z' });
    expect(judge(planRules, input(spec({ start_date: '2026-11-23T01:00:00Z' }), scheduled, [change('start_date')]))).toEqual([]);
    expect(judge(planRules, input(spec({ start_date: '2026-11-22T23:59:59Z' }), scheduled, [change('start_date')]))[0]!.rule).toBe('masivo.start-not-in-past');
  });
  it('reports live rules or metadata too deep to read on the campaign, once the YAML manages them, and reads the rest', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const live = raw({ status: 'SCHEDULED', start_date: '2026-12-01T06:00:00Z', rules: deep, metadata: `{"a":${deep}}` });
    expect(toSpec(live)).toMatchObject({ name: 'N', status: 'ACTIVE' });
    expect(toSpec(live)).not.toHaveProperty('rules');
    const v = judge(planRules, input(spec({ rules: RULES as MasivoSpec['rules'], metadata: { a: 1 } }), live, [change('rules'), change('metadata.a')]));
    expect(v.map((x) => [x.rule, x.path, x.message])).toEqual([
      ['masivo.live-json-unreadable', ['rules'], 'the live `rules` of campaign c1 cannot be read: it nests more than 64 levels deep, so campaignctl cannot compare it with the YAML'],
      ['masivo.live-json-unreadable', ['metadata'], 'the live `metadata` of campaign c1 cannot be read: it nests more than 64 levels deep, so campaignctl cannot compare it with the YAML'],
    ]);
    // Not managed here: resent as read by the full-payload write, never parsed.
    expect(judge(planRules, input(spec({ budget: 5 }), live, [change('budget')]))).toEqual([]);
  });

  it('reports every locked field a started campaign would change', () => {
    const v = judge(planRules, input(spec({ brand_id: 'b', rules: RULES as MasivoSpec['rules'] }), raw(), [change('brand_id'), change('rules'), change('budget')]));
    expect(v.map((x) => [x.rule, x.path])).toEqual([
      ['masivo.started-locked', ['rules']],
      ['masivo.started-locked', ['brand_id']],
    ]);
  });
});

describe('auth', () => {
  function jwt(payload: Record<string, unknown>): string {
    const b = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b({ alg: 'HS256' })}.${b(payload)}.sig`;
  }
  /** Masivo's token exchange answering these tokens in turn, each a moment later (so concurrent callers overlap). */
  const tokenExchange = (tokens: string[]) =>
    scriptedHttp(tokens.map((data) => ({ method: 'GET' as const, path: '/auth/authorize', reply: { body: { data }, delayMs: 1 } })));

  it('reads the lifetime from exp − iat, whatever the local clock says', () => {
    expect(tokenLifetimeMs(jwt({ iat: 100, exp: 3700 }), 9e12)).toBe(3_600_000);
    expect(tokenLifetimeMs(jwt({ exp: 3700 }), 100_000)).toBe(3_600_000);
    expect(tokenLifetimeMs('not-a-jwt', 0)).toBeUndefined();
    expect(refreshTime(jwt({ iat: 0, exp: 3600 }), 1000)).toBe(1000 + 3_600_000 - REFRESH_MARGIN_MS);
    expect(refreshTime(jwt({ iat: 0, exp: 60 }), 0)).toBe(30_000);
  });

  it('exchanges once for concurrent requests, reuses the token, refreshes 5 minutes early and after invalidate', async () => {
    let now = 1_000_000;
    const client = tokenExchange([jwt({ iat: 1, exp: 3601 }), jwt({ iat: 2, exp: 3602 }), jwt({ iat: 3, exp: 3603 })]);
    const auth = masivoAuth('the-key', () => now);
    const [a, b] = await Promise.all([auth.headers(client), auth.headers(client)]);
    expect(a).toEqual(b);
    expect(client.sent).toHaveLength(1);
    expect(client.sent[0]).toMatchObject({ method: 'GET', path: '/auth/authorize', headers: { 'x-api-key': 'the-key' }, skipAuth: true });
    expect(a.authorization).toMatch(/^Bearer /);

    now += 3_600_000 - REFRESH_MARGIN_MS - 1;
    await auth.headers(client);
    expect(client.sent).toHaveLength(1);
    now += 1;
    const c = await auth.headers(client);
    expect(client.sent).toHaveLength(2);
    expect(c).not.toEqual(a);

    expect(auth.invalidate!()).toBe(true);
    await auth.headers(client);
    expect(client.sent).toHaveLength(3);
  });

  it('fails clearly (without the key) when the exchange answers no token', async () => {
    const client = tokenExchange(['']);
    await expect(masivoAuth('super-secret-key').headers(client)).rejects.toThrow(/without an access token/);
    await expect(masivoAuth('super-secret-key').headers(tokenExchange(['']))).rejects.not.toThrow(/super-secret-key/);
  });
});
