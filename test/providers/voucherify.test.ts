import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_NOW, validateFiles, validateYaml } from '../helpers/validate.js';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import type { VoucherifySpec } from '../../src/generated/voucherify.js';
import type { AccountCampaign, SpecRuleContext } from '../../src/providers/types.js';
import { accessNotAssignedAndUnassigned } from '../../src/providers/voucherify/access-settings.js';
import { expirationAfterStart } from '../../src/providers/voucherify/dates.js';
import { metadataNotUnsetAndSet } from '../../src/providers/voucherify/metadata.js';
import { uniqueName } from '../../src/providers/voucherify/unique-name.js';
import { periodEndsAfterStart, periodsDoNotOverlap } from '../../src/providers/voucherify/validity-hours.js';
import { expectOneDiagnostic } from '../helpers/diagnostics.js';
import { at, campaignDoc } from '../helpers/documents.js';

const examplesDir = fileURLToPath(new URL('../../campaigns/voucherify/', import.meta.url));
const ID = 'camp_apIfxtoyHzYuup3YcRDwAKDP';
const OTHER_ID = 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ';

/** A Voucherify campaign document whose spec holds `specLines` (written unindented), from line 5 on. */
const doc = (specLines: readonly string[], id = ID, account = 'shop-eu'): string =>
  campaignDoc({ provider: 'voucherify', account, id }, specLines);


interface Case {
  readonly name: string;
  readonly spec: readonly string[];
  /** Text on the offending line ... */
  readonly line: string;
  /** ... and the text the diagnostic's column points at (defaults to `line`, trimmed). */
  readonly col?: string;
  readonly code?: string;
  readonly rule?: string;
  /** Every word must occur in the message or the hint (case-insensitive). */
  readonly mentions: readonly string[];
}

function expectOne(diags: readonly Diagnostic[], text: string, c: Case): Diagnostic {
  return expectOneDiagnostic(diags, { ...at(text, c.line, c.col), code: c.code ?? 'schema', rule: c.rule, mentions: c.mentions });
}

function runCases(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = doc(c.spec);
    expectOne(validateYaml(text), text, c);
  });
}

describe('voucherify example campaigns', () => {
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const sources = files.map((f) => ({
    path: `campaigns/voucherify/${f}`,
    text: readFileSync(examplesDir + f, 'utf8'),
  }));

  it('has at least three campaigns of different campaign types', () => {
    const types = new Set(sources.map((s) => /^ {2}campaign_type: (\w+)$/m.exec(s.text)?.[1]));
    types.delete(undefined);
    expect(types.size).toBeGreaterThanOrEqual(3);
  });

  it.each(sources.map((s) => [s.path, s] as const))('%s validates with no diagnostics', (_path, source) => {
    expect(source.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/campaign-file.schema.json');
    expect(validateFiles([source])).toEqual([]);
  });

  it('validate together (names unique in the account), also a year from now', () => {
    expect(validateFiles(sources)).toEqual([]);
    expect(validateFiles(sources, { now: new Date('2027-11-23T12:00:00Z') })).toEqual([]);
  });
});

describe('voucherify schema: top-level fields', () => {
  runCases([
    {
      name: 'unknown field gets a did-you-mean',
      spec: ['descripton: Winter sale'],
      line: 'descripton',
      code: 'unknown-field',
      mentions: ['descripton', 'did you mean', 'description'],
    },
    { name: 'name must not be empty', spec: ['name: ""'], line: 'name:', col: '""', mentions: ['name', 'empty'] },
    {
      name: 'campaign_type is one of the five kinds',
      spec: ['campaign_type: COUPONS'],
      line: 'campaign_type',
      col: 'COUPONS',
      mentions: [
        'campaign_type',
        'DISCOUNT_COUPONS',
        'LOYALTY_PROGRAM',
        'PROMOTION',
        'GIFT_VOUCHERS',
        'REFERRAL_PROGRAM',
      ],
    },
    {
      name: 'active is a boolean',
      spec: ['active: "yes"'],
      line: 'active',
      col: '"yes"',
      mentions: ['active', 'boolean'],
    },
    {
      name: 'type cannot be STANDALONE on update',
      spec: ['type: STANDALONE'],
      line: 'type:',
      col: 'STANDALONE',
      mentions: ['type', 'AUTO_UPDATE', 'STATIC', 'STANDALONE'],
    },
    {
      name: 'description is text',
      spec: ['description: 42'],
      line: 'description',
      col: '42',
      mentions: ['description', 'string'],
    },
    {
      name: 'category_id has the cat_ form',
      spec: ['category_id: seasonal'],
      line: 'category_id',
      col: 'seasonal',
      mentions: ['category_id'],
    },
    {
      name: 'category and category_id are not both given',
      spec: ['category: Seasonal sales', 'category_id: cat_0b688929a2476386a7'],
      line: 'category_id',
      col: 'category_id',
      mentions: ['category', 'category_id', 'not both'],
    },
    {
      name: 'category and category_id: reported on the later one',
      spec: ['category_id: cat_0b688929a2476386a7', 'category: Seasonal sales'],
      line: '  category: Seasonal',
      col: 'category',
      mentions: ['category', 'category_id'],
    },
    {
      name: 'start_date is a date-time, not a date',
      spec: ['start_date: 2026-12-01'],
      line: 'start_date',
      col: '2026-12-01',
      mentions: ['start_date', 'date-time'],
    },
    {
      name: 'expiration_date needs a time zone',
      spec: ['expiration_date: "2027-01-31T23:59:59"'],
      line: 'expiration_date',
      col: '"2027',
      mentions: ['expiration_date', 'time zone'],
    },
    {
      name: 'expiration_date is not nullable',
      spec: ['expiration_date: null'],
      line: 'expiration_date',
      col: 'null',
      mentions: ['expiration_date', 'string', 'null'],
    },
    {
      name: 'activity_duration_after_publishing is an ISO 8601 duration',
      spec: ['activity_duration_after_publishing: 24 days'],
      line: 'activity_duration_after_publishing',
      col: '24 days',
      mentions: ['activity_duration_after_publishing', 'ISO 8601 duration', 'P30D'],
    },
    {
      name: 'join_once is a boolean',
      spec: ['join_once: 1'],
      line: 'join_once',
      col: '1',
      mentions: ['join_once', 'boolean'],
    },
    {
      name: 'auto_join is a boolean',
      spec: ['auto_join: "no"'],
      line: 'auto_join',
      col: '"no"',
      mentions: ['auto_join', 'boolean'],
    },
    {
      name: 'metadata is a mapping',
      spec: ['metadata: winter'],
      line: 'metadata',
      col: 'winter',
      mentions: ['metadata', 'mapping'],
    },
    {
      name: 'unset_metadata_fields lists keys as text',
      spec: ['unset_metadata_fields: [region, 7]'],
      line: 'unset_metadata_fields',
      col: '7',
      mentions: ['unset_metadata_fields', 'string'],
    },
    {
      name: 'unset_metadata_fields lists a key once',
      spec: ['unset_metadata_fields: [region, region]'],
      line: 'unset_metadata_fields',
      col: 'region]',
      mentions: ['unset_metadata_fields', 'twice'],
    },
    {
      name: 'unset_metadata_fields is a list or null',
      spec: ['unset_metadata_fields: region'],
      line: 'unset_metadata_fields',
      col: 'region',
      mentions: ['unset_metadata_fields', 'list', 'null'],
    },
  ]);

  it('accepts unset_metadata_fields: null and free-form metadata values', () => {
    const text = doc([
      'metadata:',
      '  season: winter-2026',
      '  markets: [DE, AT]',
      '  budget: { cents: 150000 }',
      'unset_metadata_fields: null',
    ]);
    expect(validateYaml(text)).toEqual([]);
  });
});

describe('voucherify schema: fields that depend on campaign_type', () => {
  const forbidden: readonly [string, string, readonly string[]][] = [
    ['PROMOTION', 'type: STATIC', ['PROMOTION']],
    ['PROMOTION', 'activity_duration_after_publishing: P14D', ['PROMOTION']],
    ['PROMOTION', 'join_once: true', ['PROMOTION']],
    ['PROMOTION', 'auto_join: true', ['PROMOTION']],
    ['GIFT_VOUCHERS', 'discount: { type: PERCENT, percent_off: 10 }', ['DISCOUNT_COUPONS', 'REFERRAL_PROGRAM']],
    ['PROMOTION', 'discount: { type: PERCENT, percent_off: 10 }', ['DISCOUNT_COUPONS', 'REFERRAL_PROGRAM']],
    ['DISCOUNT_COUPONS', 'gift: { amount: 5000, balance: 5000 }', ['GIFT_VOUCHERS']],
    ['DISCOUNT_COUPONS', 'referral_program: { conversion_event_type: redemption }', ['REFERRAL_PROGRAM']],
    [
      'PROMOTION',
      'loyalty_tiers_expiration: { qualification_type: BALANCE, start_date: { type: IMMEDIATE }, expiration_date: { type: BALANCE_DROP, extend: P1M } }',
      ['LOYALTY_PROGRAM'],
    ],
    ['REFERRAL_PROGRAM', 'options: { recalculate_tiers: true }', ['LOYALTY_PROGRAM']],
  ];
  it.each(forbidden)('%s campaign: %s is rejected', (campaignType, line, mentions) => {
    const field = line.slice(0, line.indexOf(':'));
    const c: Case = {
      name: field,
      spec: [`campaign_type: ${campaignType}`, line],
      line: `  ${field}:`,
      col: field,
      mentions: [field, campaignType, ...mentions],
    };
    const text = doc(c.spec);
    expectOne(validateYaml(text), text, c);
  });

  it('reports the forbidden field even when campaign_type comes after it', () => {
    const c: Case = {
      name: 'later',
      spec: ['type: STATIC', 'campaign_type: PROMOTION'],
      line: 'campaign_type',
      col: 'campaign_type',
      mentions: ['type', 'PROMOTION'],
    };
    const text = doc(c.spec);
    expectOne(validateYaml(text), text, c);
  });

  it.each([
    ['DISCOUNT_COUPONS', ['type: AUTO_UPDATE', 'join_once: false', 'discount: { type: AMOUNT, amount_off: 1000 }']],
    [
      'REFERRAL_PROGRAM',
      ['discount: { type: AMOUNT, amount_off: 1000 }', 'referral_program: { conversion_event_type: redemption }'],
    ],
    ['GIFT_VOUCHERS', ['type: STATIC', 'gift: { amount: 5000, balance: 5000 }']],
    ['LOYALTY_PROGRAM', ['join_once: true', 'auto_join: true', 'options: { recalculate_tiers: true }']],
    ['PROMOTION', ['description: Lunch deals', 'validity_day_of_week: [1, 2, 3]']],
  ])('%s campaign accepts its own fields', (campaignType, lines) => {
    expect(validateYaml(doc([`campaign_type: ${campaignType}`, ...lines]))).toEqual([]);
  });

  it('fields of any type are accepted when campaign_type is not given (then nothing is known)', () => {
    expect(validateYaml(doc(['type: STATIC', 'gift: { amount: 5000, balance: 5000 }']))).toEqual([]);
  });

  runCases([
    {
      name: 'join_once is always true on LOYALTY_PROGRAM',
      spec: ['campaign_type: LOYALTY_PROGRAM', 'join_once: false'],
      line: 'join_once',
      col: 'false',
      mentions: ['join_once', 'LOYALTY_PROGRAM', 'true'],
    },
  ]);
});

describe('voucherify schema: validity', () => {
  runCases([
    {
      name: 'validity_timeframe needs start_date',
      spec: ['validity_timeframe:', '  interval: P1D', '  duration: PT6H'],
      line: 'validity_timeframe',
      col: 'validity_timeframe',
      mentions: ['validity_timeframe', 'start_date'],
    },
    {
      name: 'validity_timeframe needs both interval and duration',
      spec: ['start_date: "2026-11-27T16:00:00+01:00"', 'validity_timeframe:', '  interval: P1D'],
      line: 'validity_timeframe',
      col: 'validity_timeframe',
      mentions: ['duration'],
    },
    {
      name: 'validity_timeframe.interval is an ISO 8601 duration',
      spec: [
        'start_date: "2026-11-27T16:00:00+01:00"',
        'validity_timeframe:',
        '  interval: every day',
        '  duration: PT6H',
      ],
      line: 'interval',
      col: 'every day',
      mentions: ['validity_timeframe.interval', 'ISO 8601 duration'],
    },
    {
      name: 'validity_timeframe has only interval and duration',
      spec: [
        'start_date: "2026-11-27T16:00:00+01:00"',
        'validity_timeframe:',
        '  interval: P1D',
        '  duration: PT6H',
        '  intervall: P2D',
      ],
      line: 'intervall',
      code: 'unknown-field',
      mentions: ['intervall', 'did you mean', 'interval'],
    },
    {
      name: 'validity_day_of_week days are 0-6',
      spec: ['validity_day_of_week: [1, 7]'],
      line: 'validity_day_of_week',
      col: '7',
      mentions: ['0 (Sunday)', '6 (Saturday)'],
    },
    {
      name: 'validity_day_of_week lists a day once',
      spec: ['validity_day_of_week: [5, 6, 5]'],
      line: 'validity_day_of_week',
      col: '5]',
      mentions: ['validity_day_of_week', 'twice'],
    },
    {
      name: 'validity_hours start_time is HH:mm',
      spec: [
        'validity_hours:',
        '  daily:',
        '    - start_time: "9:00"',
        '      expiration_time: "14:00"',
        '      days_of_week: [1]',
      ],
      line: 'start_time',
      col: '"9:00"',
      mentions: ['start_time', 'HH:mm'],
    },
    {
      name: 'validity_hours expiration_time is HH:mm, not HH:mm:ss',
      spec: [
        'validity_hours:',
        '  daily:',
        '    - start_time: "09:00"',
        '      expiration_time: "14:00:00"',
        '      days_of_week: [1]',
      ],
      line: 'expiration_time',
      col: '"14:00:00"',
      mentions: ['expiration_time', 'HH:mm'],
    },
    {
      name: 'validity_hours period needs days_of_week',
      spec: ['validity_hours:', '  daily:', '    - start_time: "09:00"', '      expiration_time: "14:00"'],
      line: 'start_time',
      col: 'start_time',
      mentions: ['days_of_week'],
    },
    {
      name: 'validity_hours period days are 0-6',
      spec: [
        'validity_hours:',
        '  daily:',
        '    - start_time: "09:00"',
        '      expiration_time: "14:00"',
        '      days_of_week: [-1]',
      ],
      line: 'days_of_week',
      col: '-1',
      mentions: ['0 (Sunday)'],
    },
    {
      name: 'validity_hours has only daily',
      spec: ['validity_hours:', '  weekly: []'],
      line: 'weekly',
      code: 'unknown-field',
      mentions: ['weekly', 'daily'],
    },
  ]);
});

describe('voucherify schema: access_settings', () => {
  runCases([
    {
      name: 'unknown id list gets a did-you-mean',
      spec: ['access_settings:', '  assign:', '    area_store_ids: [ars_0ec347e2016bed85f4]'],
      line: 'area_store_ids',
      code: 'unknown-field',
      mentions: ['area_store_ids', 'did you mean', 'area_stores_ids'],
    },
    {
      name: 'only assign and unassign',
      spec: ['access_settings:', '  replace: {}'],
      line: 'replace',
      code: 'unknown-field',
      mentions: ['replace'],
    },
    {
      name: 'ids are text',
      spec: ['access_settings:', '  unassign:', '    areas_ids: [{ id: ar_1 }]'],
      line: 'areas_ids',
      col: '{',
      mentions: ['areas_ids', 'string'],
    },
  ]);
});

describe('voucherify schema: discount', () => {
  runCases([
    {
      name: 'discount needs a type',
      spec: ['discount:', '  percent_off: 10'],
      line: 'discount',
      col: 'discount',
      mentions: ['type'],
    },
    {
      name: 'discount type is one of the four',
      spec: ['discount:', '  type: PERCENTAGE', '  percent_off: 10'],
      line: 'type:',
      col: 'PERCENTAGE',
      mentions: ['AMOUNT', 'PERCENT', 'FIXED', 'UNIT'],
    },
    {
      name: 'percent_off is at most 100',
      spec: ['discount:', '  type: PERCENT', '  percent_off: 120'],
      line: 'percent_off',
      col: '120',
      mentions: ['percent_off', '100'],
    },
    {
      name: 'percent_off is not negative',
      spec: ['discount:', '  type: PERCENT', '  percent_off: -5'],
      line: 'percent_off',
      col: '-5',
      mentions: ['percent_off', '0'],
    },
    {
      name: 'PERCENT needs percent_off',
      spec: ['discount:', '  type: PERCENT', '  amount_limit: 5000'],
      line: 'type:',
      col: 'type',
      mentions: ['percent_off'],
    },
    {
      name: 'AMOUNT needs amount_off',
      spec: ['discount:', '  type: AMOUNT', '  effect: APPLY_TO_ORDER'],
      line: 'type:',
      col: 'type',
      mentions: ['amount_off'],
    },
    {
      name: 'FIXED needs fixed_amount',
      spec: ['discount:', '  type: FIXED', '  fixed_amount_formula: "ORDER_AMOUNT * 0.9"'],
      line: 'type:',
      col: 'type',
      mentions: ['fixed_amount'],
    },
    {
      name: 'amount_off is not negative',
      spec: ['discount:', '  type: AMOUNT', '  amount_off: -1000'],
      line: 'amount_off',
      col: '-1000',
      mentions: ['amount_off', '0'],
    },
    {
      name: 'a field of another discount type is rejected',
      spec: ['discount:', '  type: AMOUNT', '  amount_off: 1000', '  percent_off: 10'],
      line: 'percent_off',
      col: 'percent_off',
      mentions: ['percent_off', 'PERCENT', 'AMOUNT'],
    },
    {
      name: 'aggregated_amount_limit does not belong to FIXED',
      spec: ['discount:', '  type: FIXED', '  fixed_amount: 999', '  aggregated_amount_limit: 2000'],
      line: 'aggregated_amount_limit',
      col: 'aggregated_amount_limit',
      mentions: ['aggregated_amount_limit', 'FIXED'],
    },
    {
      name: 'aggregated_amount_limit is whole cents',
      spec: ['discount:', '  type: AMOUNT', '  amount_off: 1000', '  aggregated_amount_limit: 20.5'],
      line: 'aggregated_amount_limit',
      col: '20.5',
      mentions: ['aggregated_amount_limit', 'integer'],
    },
    {
      name: 'PERCENT effect is APPLY_TO_ORDER or APPLY_TO_ITEMS',
      spec: ['discount:', '  type: PERCENT', '  percent_off: 10', '  effect: APPLY_TO_ITEMS_PROPORTIONALLY'],
      line: 'effect',
      col: 'APPLY_TO_ITEMS_PROPORTIONALLY',
      mentions: ['effect', 'PERCENT', 'APPLY_TO_ORDER', 'APPLY_TO_ITEMS'],
    },
    {
      name: 'AMOUNT effect cannot be a unit effect',
      spec: ['discount:', '  type: AMOUNT', '  amount_off: 1000', '  effect: ADD_NEW_ITEMS'],
      line: 'effect',
      col: 'ADD_NEW_ITEMS',
      mentions: ['effect', 'AMOUNT', 'APPLY_TO_ITEMS_BY_QUANTITY'],
    },
    {
      name: 'formula is not empty',
      spec: ['discount:', '  type: AMOUNT', '  amount_off: 1000', '  amount_off_formula: ""'],
      line: 'amount_off_formula',
      col: '""',
      mentions: ['amount_off_formula', 'empty'],
    },
    {
      name: 'UNIT needs unit_type',
      spec: ['discount:', '  type: UNIT', '  unit_off: 1'],
      line: 'type:',
      col: 'type',
      mentions: ['unit_type'],
    },
    {
      name: 'UNIT effect is a unit effect',
      spec: [
        'discount:',
        '  type: UNIT',
        '  unit_off: 1',
        '  unit_type: prod_0b2b5d9a4c4e6f1a2e',
        '  effect: APPLY_TO_ORDER',
      ],
      line: 'effect',
      col: 'APPLY_TO_ORDER',
      mentions: ['effect', 'UNIT', 'ADD_SAME_ITEMS'],
    },
    {
      name: 'UNIT product needs a name',
      spec: [
        'discount:',
        '  type: UNIT',
        '  unit_type: prod_0b2b5d9a4c4e6f1a2e',
        '  product:',
        '    id: prod_0b2b5d9a4c4e6f1a2e',
      ],
      line: 'product',
      col: 'product',
      mentions: ['name'],
    },
    {
      name: 'UNIT with units: unit_type belongs inside the units entries',
      spec: [
        'discount:',
        '  type: UNIT',
        '  effect: ADD_MANY_ITEMS',
        '  unit_type: prod_0b2b5d9a4c4e6f1a2e',
        '  units:',
        '    - { effect: ADD_NEW_ITEMS, unit_type: prod_0b2b5d9a4c4e6f1a2f, unit_off: 1 }',
      ],
      line: '  units:',
      col: 'units',
      mentions: ['unit_type', 'units'],
    },
    {
      name: 'UNIT with units: effect is ADD_MANY_ITEMS',
      spec: [
        'discount:',
        '  type: UNIT',
        '  units:',
        '    - { effect: ADD_NEW_ITEMS, unit_type: prod_0b2b5d9a4c4e6f1a2f, unit_off: 1 }',
        '  effect: ADD_NEW_ITEMS',
      ],
      line: '  effect: ADD_NEW_ITEMS',
      col: 'ADD_NEW_ITEMS',
      mentions: ['effect', 'ADD_MANY_ITEMS'],
    },
    {
      name: 'units entry effect is ADD_NEW_ITEMS or ADD_MISSING_ITEMS',
      spec: [
        'discount:',
        '  type: UNIT',
        '  units:',
        '    - { effect: ADD_SAME_ITEMS, unit_type: prod_0b2b5d9a4c4e6f1a2f }',
      ],
      line: 'ADD_SAME_ITEMS',
      col: 'ADD_SAME_ITEMS',
      mentions: ['ADD_NEW_ITEMS', 'ADD_MISSING_ITEMS'],
    },
    {
      name: 'units has at least one entry',
      spec: ['discount:', '  type: UNIT', '  units: []'],
      line: 'units',
      col: 'units',
      mentions: ['units', 'at least 1'],
    },
    {
      name: 'unknown discount field gets a did-you-mean',
      spec: ['discount:', '  type: PERCENT', '  percent_of: 10', '  percent_off: 10'],
      line: 'percent_of:',
      code: 'unknown-field',
      mentions: ['percent_of', 'did you mean', 'percent_off'],
    },
  ]);

  it('accepts each discount shape', () => {
    const shapes = [
      ['type: AMOUNT', 'amount_off: 1000', 'aggregated_amount_limit: 3000', 'effect: APPLY_TO_ITEMS_PROPORTIONALLY'],
      ['type: PERCENT', 'percent_off: 15', 'amount_limit: 5000', 'effect: APPLY_TO_ITEMS'],
      ['type: FIXED', 'fixed_amount: 1999', 'fixed_amount_formula: "ORDER_AMOUNT - 500"', 'effect: APPLY_TO_ORDER'],
      ['type: UNIT', 'unit_off: 2', 'unit_type: prod_0b2b5d9a4c4e6f1a2e', 'effect: ADD_SAME_ITEMS'],
      [
        'type: UNIT',
        'effect: ADD_MANY_ITEMS',
        'units:',
        '  - { effect: ADD_MISSING_ITEMS, unit_type: prod_a, unit_off: 1 }',
      ],
    ];
    for (const shape of shapes) {
      expect(validateYaml(doc(['discount:', ...shape.map((l) => `  ${l}`)])), shape.join(', ')).toEqual([]);
    }
  });
});

describe('voucherify schema: gift, referral_program, loyalty tiers, options', () => {
  runCases([
    {
      name: 'gift needs amount (not the balance Voucherify computes)',
      spec: ['gift:', '  balance: 5000'],
      line: 'gift',
      col: 'gift',
      mentions: ['amount'],
    },
    {
      name: 'gift amount is not negative',
      spec: ['gift:', '  amount: -5000', '  balance: 5000'],
      line: 'amount',
      col: '-5000',
      mentions: ['gift.amount', '0'],
    },
    {
      name: 'gift effect is APPLY_TO_ORDER or APPLY_TO_ITEMS',
      spec: ['gift:', '  amount: 5000', '  balance: 5000', '  effect: ADD_NEW_ITEMS'],
      line: 'effect',
      col: 'ADD_NEW_ITEMS',
      mentions: ['APPLY_TO_ORDER', 'APPLY_TO_ITEMS'],
    },
    {
      name: 'conversion_event_type is redemption or custom_event',
      spec: ['referral_program:', '  conversion_event_type: purchase'],
      line: 'conversion_event_type',
      col: 'purchase',
      mentions: ['redemption', 'custom_event'],
    },
    {
      name: 'custom_event is left out for redemption',
      spec: [
        'referral_program:',
        '  conversion_event_type: redemption',
        '  custom_event: { id: ms_Ll9enAm2BCN0M1s4VxWobLFM, name: first-order }',
      ],
      line: 'custom_event:',
      col: 'custom_event',
      mentions: ['custom_event', 'redemption'],
    },
    {
      name: 'custom_event is required for custom_event conversions',
      spec: ['referral_program:', '  conversion_event_type: custom_event'],
      line: 'conversion_event_type',
      col: 'conversion_event_type',
      mentions: ['custom_event', 'required'],
    },
    {
      name: 'custom_event id has the ms_ form',
      spec: [
        'referral_program:',
        '  conversion_event_type: custom_event',
        '  custom_event: { id: first-order, name: first-order }',
      ],
      line: 'custom_event:',
      col: 'first-order,',
      mentions: ['custom_event.id'],
    },
    {
      name: 'referee_reward type is LOYALTY_CARD or GIFT_VOUCHER',
      spec: ['referral_program:', '  referee_reward:', '    type: POINTS', '    amount: 500'],
      line: 'type:',
      col: 'POINTS',
      mentions: ['LOYALTY_CARD', 'GIFT_VOUCHER'],
    },
    {
      name: 'referee_reward amount is whole points or cents',
      spec: ['referral_program:', '  referee_reward:', '    type: LOYALTY_CARD', '    amount: 12.5'],
      line: 'amount',
      col: '12.5',
      mentions: ['amount', 'integer'],
    },
    {
      name: 'related_object_parent id is a campaign id',
      spec: [
        'referral_program:',
        '  referee_reward:',
        '    related_object_parent: { id: cat_0b688929a2476386a7, object: CAMPAIGN }',
      ],
      line: 'related_object_parent',
      col: 'cat_0b688929a2476386a7',
      mentions: ['related_object_parent.id'],
    },
    {
      name: 'related_object_parent object is CAMPAIGN',
      spec: [
        'referral_program:',
        '  referee_reward:',
        '    related_object_parent: { id: camp_6g5VXSAHj2L4K0GCcOfMFVwZ, object: campaign }',
      ],
      line: 'related_object_parent',
      col: 'campaign }',
      mentions: ['CAMPAIGN'],
    },
    {
      name: 'POINTS_IN_PERIOD needs qualification_period',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: POINTS_IN_PERIOD',
        '  start_date: { type: IMMEDIATE }',
        '  expiration_date: { type: END_OF_PERIOD, extend: P1M }',
      ],
      line: 'qualification_type',
      col: 'qualification_type',
      mentions: ['qualification_period', 'POINTS_IN_PERIOD'],
    },
    {
      name: 'BALANCE has no qualification_period',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: BALANCE',
        '  start_date: { type: IMMEDIATE }',
        '  expiration_date: { type: BALANCE_DROP, extend: P0D }',
        '  qualification_period: YEAR',
      ],
      line: 'qualification_period',
      col: 'qualification_period',
      mentions: ['qualification_period', 'BALANCE'],
    },
    {
      name: 'qualification_period is a calendar period',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: POINTS_IN_PERIOD',
        '  qualification_period: WEEK',
        '  start_date: { type: IMMEDIATE }',
        '  expiration_date: { type: END_OF_PERIOD, extend: P1M }',
      ],
      line: 'qualification_period',
      col: 'WEEK',
      mentions: ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'],
    },
    {
      name: 'tier start_date type is IMMEDIATE or NEXT_PERIOD',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: BALANCE',
        '  start_date: { type: NOW }',
        '  expiration_date: { type: BALANCE_DROP, extend: P0D }',
      ],
      line: 'start_date',
      col: 'NOW',
      mentions: ['IMMEDIATE', 'NEXT_PERIOD'],
    },
    {
      name: 'tier expiration_date needs extend',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: BALANCE',
        '  start_date: { type: IMMEDIATE }',
        '  expiration_date: { type: BALANCE_DROP }',
      ],
      line: 'expiration_date',
      col: 'expiration_date',
      mentions: ['extend'],
    },
    {
      name: 'tier extend is an ISO 8601 duration',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: BALANCE',
        '  start_date: { type: IMMEDIATE }',
        '  expiration_date: { type: BALANCE_DROP, extend: 3 months }',
      ],
      line: 'expiration_date',
      col: '3 months',
      mentions: ['extend', 'ISO 8601 duration'],
    },
    {
      name: 'rounding month is 0-11',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: POINTS_IN_PERIOD',
        '  qualification_period: YEAR',
        '  start_date: { type: NEXT_PERIOD }',
        '  expiration_date:',
        '    type: CUSTOM',
        '    extend: P1M',
        '    rounding: { type: CUSTOM, strategy: END, unit: MONTH, value: 12 }',
      ],
      line: 'rounding',
      col: '12',
      mentions: ['value', '11'],
    },
    {
      name: 'tiers expiration needs start_date',
      spec: [
        'loyalty_tiers_expiration:',
        '  qualification_type: BALANCE',
        '  expiration_date: { type: BALANCE_DROP, extend: P0D }',
      ],
      line: 'loyalty_tiers_expiration',
      col: 'loyalty_tiers_expiration',
      mentions: ['start_date'],
    },
    {
      name: 'options.recalculate_tiers is a boolean',
      spec: ['options:', '  recalculate_tiers: "yes"'],
      line: 'recalculate_tiers',
      col: '"yes"',
      mentions: ['recalculate_tiers', 'boolean'],
    },
    {
      name: 'options has only recalculate_tiers',
      spec: ['options:', '  recalculate_tier: true'],
      line: 'recalculate_tier:',
      code: 'unknown-field',
      mentions: ['did you mean', 'recalculate_tiers'],
    },
  ]);
});

describe('voucherify rules in validation', () => {
  runCases([
    {
      name: 'expiration_date before start_date (reported on the later field)',
      spec: ['start_date: "2027-01-15T00:00:00+01:00"', 'expiration_date: "2026-12-31T23:59:59+01:00"'],
      line: 'expiration_date',
      col: '"2026',
      code: 'rule',
      rule: 'voucherify.expiration-after-start',
      mentions: ['expiration_date', 'start_date', 'after'],
    },
    {
      name: 'expiration_date before start_date, written first',
      spec: ['expiration_date: "2026-12-31T23:59:59+01:00"', 'start_date: "2027-01-15T00:00:00+01:00"'],
      line: 'start_date',
      col: '"2027',
      code: 'rule',
      rule: 'voucherify.expiration-after-start',
      mentions: ['expiration_date', 'start_date'],
    },
    {
      name: 'expiration_date the same instant as start_date in another zone',
      spec: ['start_date: "2026-12-01T00:00:00Z"', 'expiration_date: "2026-12-01T01:00:00+01:00"'],
      line: 'expiration_date',
      col: '"2026-12-01T01',
      code: 'rule',
      rule: 'voucherify.expiration-after-start',
      mentions: ['same instant', 'never be active'],
    },
    {
      name: 'validity period ending before it starts',
      spec: [
        'validity_hours:',
        '  daily:',
        '    - start_time: "22:00"',
        '      expiration_time: "02:00"',
        '      days_of_week: [5, 6]',
      ],
      line: 'expiration_time',
      col: '"02:00"',
      code: 'rule',
      rule: 'voucherify.validity-hours-end-after-start',
      mentions: ['expiration_time', 'start_time', 'midnight'],
    },
    {
      name: 'overlapping validity periods',
      spec: [
        'validity_hours:',
        '  daily:',
        '    - start_time: "11:30"',
        '      expiration_time: "14:00"',
        '      days_of_week: [1, 2, 3, 4, 5]',
        '    - start_time: "13:00"',
        '      expiration_time: "15:00"',
        '      days_of_week: [5, 6]',
      ],
      line: '"13:00"',
      col: 'start_time',
      code: 'rule',
      rule: 'voucherify.validity-hours-no-overlap',
      mentions: ['period 2', 'period 1', 'overlap', 'Friday'],
    },
    {
      name: 'metadata key set and unset together',
      spec: [
        'metadata:',
        '  pilot_store: berlin-mitte',
        '  channel: store',
        'unset_metadata_fields: [legacy_code, pilot_store]',
      ],
      line: 'unset_metadata_fields',
      col: 'pilot_store]',
      code: 'rule',
      rule: 'voucherify.metadata-set-and-unset',
      mentions: ['pilot_store', 'metadata', 'unset_metadata_fields'],
    },
    {
      name: 'store assigned and unassigned together',
      spec: [
        'access_settings:',
        '  assign:',
        '    area_stores_ids: [ars_0ec347e2016bed85f4]',
        '  unassign:',
        '    areas_ids: [ar_0ea6cd7b781b8f857f]',
        '    area_stores_ids: [ars_0ec347e2016bed85f5, ars_0ec347e2016bed85f4]',
      ],
      line: 'ars_0ec347e2016bed85f5, ars',
      col: 'ars_0ec347e2016bed85f4',
      code: 'rule',
      rule: 'voucherify.access-assign-and-unassign',
      mentions: ['ars_0ec347e2016bed85f4', 'assign', 'unassign'],
    },
  ]);

  it('back-to-back periods and periods on different days are fine', () => {
    const text = doc([
      'validity_hours:',
      '  daily:',
      '    - { start_time: "09:00", expiration_time: "12:00", days_of_week: [1, 2] }',
      '    - { start_time: "12:00", expiration_time: "15:00", days_of_week: [1, 2] }',
      '    - { start_time: "10:00", expiration_time: "18:00", days_of_week: [6] }',
    ]);
    expect(validateYaml(text)).toEqual([]);
  });
});

describe('voucherify.unique-name across files', () => {
  const first = doc(['name: Winter Sale 2026 - 20% off', 'campaign_type: DISCOUNT_COUPONS'], ID);
  const second = doc(['campaign_type: DISCOUNT_COUPONS', 'name: Winter Sale 2026 - 20% off'], OTHER_ID);

  it('reports the later campaign, pointing at the first', () => {
    const diags = validateFiles([
      { path: 'campaigns/voucherify/a.yaml', text: first },
      { path: 'campaigns/voucherify/b.yaml', text: second },
    ]);
    expect(diags, JSON.stringify(diags, null, 2)).toHaveLength(1);
    const d = diags[0]!;
    expect(d).toMatchObject({ file: 'campaigns/voucherify/b.yaml', code: 'rule', rule: 'voucherify.unique-name' });
    expect({ line: d.line, col: d.col }).toEqual(at(second, 'name:', 'Winter'));
    expect(d.message).toContain('Winter Sale 2026 - 20% off');
    expect(d.message).toContain(ID);
    expect(d.related).toHaveLength(1);
    expect(d.related![0]).toMatchObject({ file: 'campaigns/voucherify/a.yaml', ...at(first, 'name:', 'Winter') });
  });

  it('names differing only in case are not reported (vendor case rules unknown)', () => {
    const other = doc(['name: WINTER SALE 2026 - 20% OFF'], OTHER_ID);
    expect(
      validateFiles([
        { path: 'a.yaml', text: first },
        { path: 'b.yaml', text: other },
      ]),
    ).toEqual([]);
  });

  it('the same name in two accounts (two projects) is fine', () => {
    const config =
      'accounts:\n  shop-eu:\n    provider: voucherify\n    endpoint: sandbox\n  shop-us:\n    provider: voucherify\n    endpoint: sandbox\n';
    const us = doc(['name: Winter Sale 2026 - 20% off'], OTHER_ID, 'shop-us');
    expect(
      validateFiles(
        [
          { path: 'a.yaml', text: first },
          { path: 'b.yaml', text: us },
        ],
        { config },
      ),
    ).toEqual([]);
  });
});

describe('voucherify rule functions', () => {
  const ctx: SpecRuleContext = { now: TEST_NOW, id: ID };

  describe('expirationAfterStart', () => {
    it('is silent when either date is absent or unreadable', () => {
      expect(expirationAfterStart({}, ctx)).toEqual([]);
      expect(expirationAfterStart({ start_date: '2026-12-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(expirationAfterStart({ expiration_date: '2020-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(expirationAfterStart({ start_date: 'soon', expiration_date: '2020-01-01T00:00:00Z' }, ctx)).toEqual([]);
    });
    it('accepts an end one millisecond after the start', () => {
      expect(
        expirationAfterStart(
          { start_date: '2026-12-01T00:00:00.000Z', expiration_date: '2026-12-01T00:00:00.001Z' },
          ctx,
        ),
      ).toEqual([]);
    });
    it('compares instants, not strings', () => {
      // As strings "2026-12-01T08…" > "2026-12-01T07…", but 08:00+02:00 is 06:00Z, before 07:00Z.
      const v = expirationAfterStart(
        { start_date: '2026-12-01T07:00:00Z', expiration_date: '2026-12-01T08:00:00+02:00' },
        ctx,
      );
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({
        rule: 'voucherify.expiration-after-start',
        path: ['expiration_date'],
        otherPaths: [['start_date']],
      });
    });
    it('does not depend on today: past campaigns are not errors', () => {
      expect(
        expirationAfterStart({ start_date: '2020-01-01T00:00:00Z', expiration_date: '2020-02-01T00:00:00Z' }, ctx),
      ).toEqual([]);
    });
  });

  describe('validity hours', () => {
    const hours = (...daily: [string, string, number[]][]): VoucherifySpec => ({
      validity_hours: {
        daily: daily.map(([start_time, expiration_time, days]) => ({
          start_time,
          expiration_time,
          days_of_week: days as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
        })),
      },
    });

    it('are silent without validity_hours or daily', () => {
      expect(periodEndsAfterStart({}, ctx)).toEqual([]);
      expect(periodsDoNotOverlap({ validity_hours: {} }, ctx)).toEqual([]);
    });
    it('period ending at its start is reported on expiration_time', () => {
      const v = periodEndsAfterStart(hours(['09:00', '12:00', [1]], ['10:00', '10:00', [2]]), ctx);
      expect(v).toEqual([
        expect.objectContaining({
          rule: 'voucherify.validity-hours-end-after-start',
          path: ['validity_hours', 'daily', 1, 'expiration_time'],
          otherPaths: [['validity_hours', 'daily', 1, 'start_time']],
        }),
      ]);
    });
    it('touching periods do not overlap; one minute more does', () => {
      expect(periodsDoNotOverlap(hours(['09:00', '12:00', [1]], ['12:00', '13:00', [1]]), ctx)).toEqual([]);
      const v = periodsDoNotOverlap(hours(['09:00', '12:01', [1]], ['12:00', '13:00', [1]]), ctx);
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({
        path: ['validity_hours', 'daily', 1],
        otherPaths: [['validity_hours', 'daily', 0]],
      });
    });
    it('same hours on different days do not overlap', () => {
      expect(periodsDoNotOverlap(hours(['09:00', '17:00', [1, 2, 3]], ['09:00', '17:00', [0, 6]]), ctx)).toEqual([]);
    });
    it('a period inside another overlaps; each later period is reported once', () => {
      const v = periodsDoNotOverlap(
        hours(['08:00', '20:00', [0, 1]], ['09:00', '10:00', [1]], ['09:30', '11:00', [1]], ['21:00', '22:00', [1]]),
        ctx,
      );
      expect(v.map((x) => x.path)).toEqual([
        ['validity_hours', 'daily', 1],
        ['validity_hours', 'daily', 2],
      ]);
      expect(v[1]!.otherPaths).toEqual([['validity_hours', 'daily', 0]]);
      expect(v[0]!.message).toContain('Monday');
    });
    it('leaves periods with unreadable or reversed times to the other checks', () => {
      expect(periodsDoNotOverlap(hours(['9', '12:00', [1]], ['10:00', '11:00', [1]]), ctx)).toEqual([]);
      expect(periodsDoNotOverlap(hours(['12:00', '08:00', [1]], ['10:00', '11:00', [1]]), ctx)).toEqual([]);
      expect(periodEndsAfterStart(hours(['9', '08:00', [1]]), ctx)).toEqual([]);
    });
  });

  describe('metadataNotUnsetAndSet', () => {
    it('is silent without both fields, or with null', () => {
      expect(metadataNotUnsetAndSet({ metadata: { a: 1 } }, ctx)).toEqual([]);
      expect(metadataNotUnsetAndSet({ unset_metadata_fields: ['a'] }, ctx)).toEqual([]);
      expect(metadataNotUnsetAndSet({ metadata: { a: 1 }, unset_metadata_fields: null }, ctx)).toEqual([]);
      expect(metadataNotUnsetAndSet({ metadata: { a: 1 }, unset_metadata_fields: ['b'] }, ctx)).toEqual([]);
    });
    it('does not mistake inherited object keys for metadata keys', () => {
      expect(metadataNotUnsetAndSet({ metadata: {}, unset_metadata_fields: ['toString', 'constructor'] }, ctx)).toEqual(
        [],
      );
    });
    it('reports every key both set and unset, at its place in the list', () => {
      const v = metadataNotUnsetAndSet({ metadata: { a: 1, b: null }, unset_metadata_fields: ['b', 'c', 'a'] }, ctx);
      expect(v.map((x) => [x.path, x.otherPaths])).toEqual([
        [['unset_metadata_fields', 0], [['metadata', 'b']]],
        [['unset_metadata_fields', 2], [['metadata', 'a']]],
      ]);
    });
  });

  describe('accessNotAssignedAndUnassigned', () => {
    it('is silent unless both sides are given', () => {
      expect(accessNotAssignedAndUnassigned({}, ctx)).toEqual([]);
      expect(accessNotAssignedAndUnassigned({ access_settings: { assign: { areas_ids: ['ar_1'] } } }, ctx)).toEqual([]);
    });
    it('compares within the same list only', () => {
      const spec: VoucherifySpec = {
        access_settings: { assign: { areas_ids: ['ar_1'] }, unassign: { area_all_stores_ids: ['ar_1'] } },
      };
      expect(accessNotAssignedAndUnassigned(spec, ctx)).toEqual([]);
    });
    it('points at the unassign entry and the assign entry', () => {
      const spec: VoucherifySpec = {
        access_settings: {
          assign: { area_all_stores_ids: ['ar_0', 'ar_1'] },
          unassign: { area_all_stores_ids: ['ar_1'] },
        },
      };
      expect(accessNotAssignedAndUnassigned(spec, ctx)).toEqual([
        expect.objectContaining({
          rule: 'voucherify.access-assign-and-unassign',
          path: ['access_settings', 'unassign', 'area_all_stores_ids', 0],
          otherPaths: [['access_settings', 'assign', 'area_all_stores_ids', 1]],
        }),
      ]);
    });
  });

  describe('uniqueName', () => {
    const campaign = (key: number, id: string, spec: VoucherifySpec): AccountCampaign<VoucherifySpec> => ({
      ref: { key },
      id,
      spec,
    });
    const actx = { account: 'shop-eu', options: {}, now: TEST_NOW };

    it('ignores campaigns that do not manage their name', () => {
      expect(uniqueName([campaign(1, ID, {}), campaign(2, OTHER_ID, {})], actx)).toEqual([]);
    });
    it('reports every repeat against the first use', () => {
      const v = uniqueName(
        [
          campaign(1, 'camp_a', { name: 'Nordhaus Club' }),
          campaign(2, 'camp_b', { name: 'Gift Card' }),
          campaign(3, 'camp_c', { name: 'Nordhaus Club' }),
          campaign(4, 'camp_d', { name: 'Nordhaus Club' }),
        ],
        actx,
      );
      expect(v.map((x) => x.campaign.key)).toEqual([3, 4]);
      for (const x of v) {
        expect(x).toMatchObject({
          rule: 'voucherify.unique-name',
          path: ['name'],
          related: [{ campaign: { key: 1 }, path: ['name'] }],
        });
        expect(x.message).toContain('camp_a');
      }
    });
    it('treats names that differ by a trailing space as different', () => {
      expect(uniqueName([campaign(1, ID, { name: 'Sale' }), campaign(2, OTHER_ID, { name: 'Sale ' })], actx)).toEqual(
        [],
      );
    });
  });
});
