/**
 * Voucherify's create on its own: what a new document must hold (`$defs.create` and the create
 * rules), how plan recognises the campaign it stands for (its name), what the plan shows and what
 * the create call's body is. voucherify.lifecycle.test.ts sends them to the fake over HTTP.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import { SCHEMA_BASE, loadSchemas } from '../../src/desired/schema-registry.js';
import { schemaDiagnostics } from '../../src/desired/schema-errors.js';
import { loadYaml } from '../../src/desired/yaml-source.js';
import type { VoucherifySpec } from '../../src/generated/voucherify.js';
import type { CreateContext, LiveCampaign } from '../../src/providers/runtime.js';
import { createRules, enoughCodes } from '../../src/providers/voucherify/create-rules.js';
import { createBody, createFields, identity, identityOf } from '../../src/providers/voucherify/create.js';
import { provider } from '../../src/providers/voucherify/index.js';
import { runtime } from '../../src/providers/voucherify/runtime.js';
import { putBody } from '../../src/providers/voucherify/write.js';
import { harness } from '../../src/sandbox/voucherify/harness.js';
import { expectOneDiagnostic } from '../helpers/diagnostics.js';
import { at } from '../helpers/documents.js';

const FIXTURE = new URL('../../campaigns/voucherify/spring-sale-2027.yaml', import.meta.url);
const CTX: CreateContext = { creationKey: 'k-0123', now: new Date('2026-11-23T12:00:00Z') };
const live = (raw: Record<string, unknown>): LiveCampaign => ({ id: typeof raw.id === 'string' ? raw.id : 'camp_x', raw });

/** A new document (no `id`) whose spec holds `specLines`, written unindented, from line 4 on. */
const newDoc = (specLines: readonly string[]): string =>
  ['provider: voucherify', 'account: shop-eu', 'spec:', ...specLines.map((l) => `  ${l}`), ''].join('\n');

/** What `$defs.create` says about a new document's spec, at file:line:col as validate reports it. */
function createDiagnostics(text: string): Diagnostic[] {
  const [doc] = loadYaml('campaigns/new.yaml', text).documents;
  const validate = loadSchemas().ajv.getSchema(`${SCHEMA_BASE}voucherify.schema.json#/$defs/create`);
  if (!doc || !validate) throw new Error('test bug: no document or no $defs.create');
  const spec = (doc.value as { spec: unknown }).spec;
  return validate(spec) ? [] : schemaDiagnostics(validate.errors, { file: doc.file, locator: doc.locator, base: ['spec'] });
}

/** The vendor schema itself (what every document's spec satisfies). */
function specErrors(spec: unknown): unknown[] {
  const validate = loadSchemas().validator('voucherify.schema.json');
  return validate(spec) ? [] : [...(validate.errors ?? [])];
}

const COUPON = [
  'name: Spring Sale 2027 - 15% off',
  'campaign_type: DISCOUNT_COUPONS',
  'discount: { type: PERCENT, percent_off: 15 }',
];

describe('voucherify: what a new campaign document must hold ($defs.create)', () => {
  it('takes a new coupon campaign with its discount', () => {
    expect(createDiagnostics(newDoc(COUPON))).toEqual([]);
  });

  it('needs a name and a campaign type, and says why', () => {
    const text = newDoc(['description: No name yet']);
    const d = expectOneDiagnostic(createDiagnostics(text), { line: 3, code: 'schema', mentions: ['name', 'campaign_type'] });
    expect(d.message).toContain('finds it again by its name');
  });

  it.each([
    ['DISCOUNT_COUPONS', 'discount'],
    ['REFERRAL_PROGRAM', 'discount'],
    ['GIFT_VOUCHERS', 'gift'],
  ])('a new %s campaign needs `%s`', (type, field) => {
    const text = newDoc(['name: N', `campaign_type: ${type}`]);
    // Reported at the field the requirement follows from.
    expectOneDiagnostic(createDiagnostics(text), { ...at(text, 'campaign_type'), code: 'schema', mentions: [field, type] });
  });

  it('a new loyalty programme needs its card', () => {
    const text = newDoc(['name: Club', 'campaign_type: LOYALTY_PROGRAM']);
    expectOneDiagnostic(createDiagnostics(text), { ...at(text, 'campaign_type'), code: 'schema', mentions: ['voucher.loyalty_card'] });
    const emptyVoucher = newDoc(['name: Club', 'campaign_type: LOYALTY_PROGRAM', 'voucher:', '  redemption: { quantity: 1 }']);
    expectOneDiagnostic(createDiagnostics(emptyVoucher), { line: 6, code: 'schema', mentions: ['loyalty_card', 'points'] });
    const withCard = newDoc(['name: Club', 'campaign_type: LOYALTY_PROGRAM', 'voucher:', '  loyalty_card: { points: 0 }']);
    expect(createDiagnostics(withCard)).toEqual([]);
  });

  it('a gift card campaign gives its amount, never the balance Voucherify computes', () => {
    const text = newDoc(['name: Gift card', 'campaign_type: GIFT_VOUCHERS', 'gift:', '  amount: 5000', '  balance: 5000']);
    expectOneDiagnostic(createDiagnostics(text), { ...at(text, 'balance: 5000', 'balance'), code: 'schema', mentions: ['gift.balance', 'computes'] });
    const ok = newDoc(['name: Gift card', 'campaign_type: GIFT_VOUCHERS', 'gift: { amount: 5000, effect: APPLY_TO_ORDER }']);
    expect(createDiagnostics(ok)).toEqual([]);
    // The same spec, once the campaign exists, passes the vendor schema too: no balance needed there either.
    expect(specErrors({ name: 'Gift card', campaign_type: 'GIFT_VOUCHERS', gift: { amount: 5000, effect: 'APPLY_TO_ORDER' } })).toEqual([]);
  });

  it.each([
    ['unset_metadata_fields: [pilot]', 'unset_metadata_fields', 'a new campaign has none'],
    ['options: { recalculate_tiers: true }', 'options', 'create call does not take'],
    ['loyalty_tiers_expiration: { qualification_type: BALANCE }', 'loyalty_tiers_expiration', 'only an update takes it'],
  ])('refuses what only an update takes: %s', (line, field, why) => {
    const text = newDoc([...COUPON, line]);
    const found = createDiagnostics(text);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]).toMatchObject(at(text, field));
    expect(found[0]!.message).toContain(why);
  });
});

describe('voucherify: the create-only fields in the vendor schema', () => {
  it('a code pattern needs a #, and leaves `length` out', () => {
    expect(specErrors({ voucher: { code_config: { pattern: 'SPRING27' } } })).not.toEqual([]);
    expect(specErrors({ voucher: { code_config: { pattern: 'SPRING-####', length: 8 } } })).not.toEqual([]);
    expect(specErrors({ voucher: { code_config: { pattern: 'SPRING-####', charset: '0123456789' } } })).toEqual([]);
  });

  it('a promotion has no codes; a coupon campaign no loyalty card', () => {
    expect(specErrors({ campaign_type: 'PROMOTION', vouchers_count: 10 })).not.toEqual([]);
    expect(specErrors({ campaign_type: 'PROMOTION', voucher: { redemption: { quantity: 1 } } })).not.toEqual([]);
    expect(specErrors({ campaign_type: 'DISCOUNT_COUPONS', voucher: { loyalty_card: { points: 0 } } })).not.toEqual([]);
  });

  it('loyalty points expire as their period type says', () => {
    const card = (expiration_rules: object) => ({ campaign_type: 'LOYALTY_PROGRAM', voucher: { loyalty_card: { points: 0, expiration_rules } } });
    expect(specErrors(card({ period_type: 'MONTH' }))).not.toEqual([]);
    expect(specErrors(card({ period_type: 'FIXED_DAY_OF_YEAR', fixed_month: 12 }))).not.toEqual([]);
    expect(specErrors(card({ period_type: 'MONTH', period_value: 3, rounding_type: 'PARTICULAR_MONTH' }))).not.toEqual([]);
    expect(specErrors(card({ period_type: 'FIXED_DAY_OF_YEAR', fixed_month: 12, fixed_day: 31 }))).toEqual([]);
  });

  it('marks the create-only fields, and `vouchers_count` write-only (the count grows as codes are published)', () => {
    const props = (loadSchemas().schemas.get('voucherify.schema.json')!.properties ?? {}) as Record<string, Record<string, unknown>>;
    expect(props.voucher).toMatchObject({ 'x-create-only': true });
    expect(props.voucher!.writeOnly).toBeUndefined();
    expect(props.vouchers_count).toMatchObject({ 'x-create-only': true, writeOnly: true });
  });
});

describe('voucherify: create rules', () => {
  const spec = (s: VoucherifySpec) => s;

  it('a code shape that spells fewer codes than vouchers_count asks for is an error at vouchers_count', () => {
    const [v, ...rest] = enoughCodes(spec({ vouchers_count: 500, voucher: { code_config: { pattern: 'XMAS-##', charset: '0123456789' } } }), {
      now: CTX.now,
      id: '',
    });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      rule: 'voucherify.enough-codes',
      path: ['vouchers_count'],
      otherPaths: [['voucher', 'code_config', 'pattern']],
    });
    expect(v!.message).toContain('makes only 100 different ones');
  });

  it('counts a length and the default alphanumeric characters; says nothing without a code shape', () => {
    const judge = (s: VoucherifySpec) => enoughCodes(s, { now: CTX.now, id: '' });
    expect(judge({ vouchers_count: 100, voucher: { code_config: { length: 1, charset: 'AB' } } })[0]!.otherPaths).toEqual([['voucher', 'code_config', 'length']]);
    expect(judge({ vouchers_count: 3844, voucher: { code_config: { length: 2 } } })).toEqual([]);
    expect(judge({ vouchers_count: 3845, voucher: { code_config: { length: 2 } } })).toHaveLength(1);
    expect(judge({ vouchers_count: 1_000_000 })).toEqual([]);
  });

  it('are the provider’s createRules', () => {
    expect(provider.createRules).toBe(createRules);
  });
});

describe('voucherify: identity, plan fields and the create body', () => {
  it('recognises a campaign by its exact name', () => {
    expect(identity({ name: 'Spring Sale' })).toEqual({ kind: 'unique', label: 'name "Spring Sale"', key: 'Spring Sale' });
    expect(runtime.create!.identity({ name: 'Spring Sale' }, CTX)?.key).toBe(identityOf(live({ name: 'Spring Sale' })));
    // Case and spaces are not folded: a near match is not adopted (the create would be refused with 409, never doubled).
    expect(identityOf(live({ name: 'spring sale' }))).not.toBe('Spring Sale');
    expect(identityOf(live({ name: 'Spring Sale ' }))).not.toBe('Spring Sale');
    expect(identity({ campaign_type: 'PROMOTION' })).toBeUndefined();
    expect(identityOf(live({ id: 'camp_x' }))).toBeUndefined();
  });

  it('shows every field the create call sends, as written, and nothing else', () => {
    const desired: VoucherifySpec = {
      name: 'Spring',
      campaign_type: 'DISCOUNT_COUPONS',
      start_date: '2027-03-20T00:00:00+01:00',
      discount: { type: 'PERCENT', percent_off: 15 },
      voucher: { code_config: { pattern: 'SPRING-####' } },
      vouchers_count: 100,
      active: false,
    };
    expect(createFields(desired)).toEqual(desired);
    expect(runtime.create!.fields(desired, CTX)).toEqual(desired);
  });

  it('puts the discount and the code shape in the body’s voucher, dates as UTC instants', () => {
    expect(
      createBody({
        name: 'Spring',
        campaign_type: 'DISCOUNT_COUPONS',
        type: 'AUTO_UPDATE',
        start_date: '2027-03-20T00:00:00+01:00',
        discount: { type: 'PERCENT', percent_off: 15 },
        voucher: { code_config: { pattern: 'SPRING-####' }, redemption: { quantity: 1 } },
        vouchers_count: 100,
        metadata: { season: 'spring' },
        active: true,
      }),
    ).toEqual({
      name: 'Spring',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'AUTO_UPDATE',
      start_date: '2027-03-19T23:00:00.000Z',
      vouchers_count: 100,
      voucher: {
        type: 'DISCOUNT_VOUCHER',
        discount: { type: 'PERCENT', percent_off: 15 },
        redemption: { quantity: 1 },
        code_config: { pattern: 'SPRING-####' },
      },
      metadata: { season: 'spring' },
      active: true,
    });
  });

  it('per campaign type: the referral flag, the gift, the loyalty card; a promotion has no voucher', () => {
    expect(createBody({ name: 'R', campaign_type: 'REFERRAL_PROGRAM', discount: { type: 'AMOUNT', amount_off: 1000 } }).voucher).toEqual({
      type: 'DISCOUNT_VOUCHER',
      discount: { type: 'AMOUNT', amount_off: 1000 },
      is_referral_code: true,
    });
    expect(createBody({ name: 'G', campaign_type: 'GIFT_VOUCHERS', gift: { amount: 5000 } }).voucher).toEqual({ type: 'GIFT_VOUCHER', gift: { amount: 5000 } });
    expect(createBody({ name: 'L', campaign_type: 'LOYALTY_PROGRAM', voucher: { loyalty_card: { points: 10 } } }).voucher).toEqual({
      type: 'LOYALTY_CARD',
      loyalty_card: { points: 10 },
    });
    expect(createBody({ name: 'P', campaign_type: 'PROMOTION', description: 'd' })).toEqual({ name: 'P', description: 'd', campaign_type: 'PROMOTION' });
  });

  it('refuses to send what the create call does not take', () => {
    expect(() => createBody({ name: 'N', campaign_type: 'PROMOTION', unset_metadata_fields: ['a'] })).toThrow(/`unset_metadata_fields` cannot be sent/);
    expect(() => createBody({ name: 'N', campaign_type: 'PROMOTION', vouchers_count: 3 })).toThrow(/has no codes/);
    expect(() => createBody({ campaign_type: 'PROMOTION' })).toThrow(/needs `name`/);
  });

  it('a later change to a create-only field is refused at plan time, never sent', () => {
    const raw = { id: 'camp_x', campaign_type: 'DISCOUNT_COUPONS', voucher: { code_config: { pattern: 'A-####' } } };
    const desired: VoucherifySpec = { voucher: { code_config: { pattern: 'B-####' } }, description: 'new' };
    const input = {
      id: 'camp_x',
      desired,
      live: live(raw),
      liveSpec: runtime.toSpec(raw),
      changes: [
        { path: 'voucher.code_config.pattern', before: 'A-####', after: 'B-####' },
        { path: 'description', before: undefined, after: 'new' },
      ],
      now: CTX.now,
    };
    const found = runtime.planRules.flatMap((rule) => rule(input));
    expect(found.map((v) => [v.rule, v.path])).toEqual([['voucherify.create-only', ['voucher']]]);
    expect(() => putBody(desired, new Set(['voucher']), raw)).toThrow(/set when the campaign is created/);
  });

  it('retires by switching the campaign off', () => {
    expect(runtime.retire!.stopped(live({ active: true }))).toEqual({ active: false });
  });
});

describe('voucherify: the example new campaign', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const doc = parse(text) as { id?: unknown; spec: VoucherifySpec };

  it('has no id, passes the vendor schema, $defs.create, the spec rules and the create rules', () => {
    expect(doc.id).toBeUndefined();
    expect(specErrors(doc.spec)).toEqual([]);
    expect(createDiagnostics(text)).toEqual([]);
    const ctx = { now: CTX.now, id: '' };
    expect([...provider.specRules, ...(provider.createRules ?? [])].flatMap((rule) => rule(doc.spec, ctx))).toEqual([]);
  });

  it('is the spec the contract suite creates', () => {
    expect(harness.lifecycle?.newSpec).toEqual(doc.spec);
  });
});
