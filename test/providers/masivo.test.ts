import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import type { MasivoSpec } from '../../src/generated/masivo.js';
import {
  endAfterStart,
  endWithinYearOfStart,
  startWithinYear,
} from '../../src/providers/masivo/date-rules.js';
import {
  customCodesRequired,
  MAX_GENERATED_CODES,
  quantityWithinSafeLimit,
} from '../../src/providers/masivo/coupon-rules.js';
import { campaignDoc } from '../helpers/documents.js';
import { TEST_NOW, validateFiles, validateYaml } from '../helpers/validate.js';
import { existingExampleFiles } from '../helpers/examples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = `${root}campaigns/masivo/`;

// ---------------------------------------------------------------------------------------------
// A campaign document whose spec lines the test chooses, so every field stands on a known line.


/** The smallest realistic rules block, indented for spec. */
const RULES = [
  '  rules:',
  '    - conditions:',
  '        - - { type: Order Value, operator: greater than, primitive: number, value: 500 }',
  '      effects:',
  '        - { reward_id: abbcda41-2625-4bdb-a398-70f90234c9fd, type: POINTS, expiration_date: 12/months, amount: 1 }',
];

/** A document with `type` (unless null) and the given spec lines (each already indented by two). */
function campaign(type: string | null, ...lines: string[]): string {
  const spec = [...(type === null ? [] : [`type: ${type}`]), ...lines.map((l) => l.replace(/^ {2}/, ''))];
  return campaignDoc({ provider: 'masivo', account: 'loyalty-mx', id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' }, spec);
}

/** 1-based line of the first line that starts (after indentation) with `start`. */
function lineOf(text: string, start: string): number {
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(start));
  if (i < 0) throw new Error(`no line starts with ${start}`);
  return i + 1;
}

/** 1-based column where `fragment` first appears on that line. */
function colOf(text: string, line: number, fragment: string): number {
  const col = text.split('\n')[line - 1]!.indexOf(fragment);
  if (col < 0) throw new Error(`line ${line} has no ${fragment}`);
  return col + 1;
}

function only(diags: Diagnostic[]): Diagnostic {
  expect(diags, JSON.stringify(diags, null, 2)).toHaveLength(1);
  return diags[0]!;
}

/** Asserts exactly one diagnostic, on the line starting with `field`, and returns it. */
function oneAt(text: string, field: string, opts: { now?: Date } = {}): Diagnostic {
  const d = only(validateYaml(text, opts));
  expect(d.line).toBe(lineOf(text, field));
  return d;
}

// ---------------------------------------------------------------------------------------------

describe('masivo examples', () => {
  const files = existingExampleFiles(examplesDir);

  it('has one example per campaign type at least', () => {
    const types = files.map((f) => (parse(readFileSync(examplesDir + f, 'utf8')) as { spec: MasivoSpec }).spec.type);
    expect(new Set(types)).toEqual(new Set(['BEHAVIOR', 'COUPONS', 'PUNCH_CARDS', 'REFERRALS']));
  });

  it.each(files)('%s validates with no diagnostics', (file) => {
    const text = readFileSync(examplesDir + file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/campaign-file.schema.json');
    expect(validateFiles([{ path: `campaigns/masivo/${file}`, text }])).toEqual([]);
  });

  it('all examples validate together (no cross-file clash)', () => {
    const sources = files.map((f) => ({ path: `campaigns/masivo/${f}`, text: readFileSync(examplesDir + f, 'utf8') }));
    expect(validateFiles(sources)).toEqual([]);
  });

  // No validate rule may turn an untouched file red as time passes.
  it('examples stay valid long after they end', () => {
    const sources = files.map((f) => ({ path: `campaigns/masivo/${f}`, text: readFileSync(examplesDir + f, 'utf8') }));
    expect(validateFiles(sources, { now: new Date('2030-06-30T12:00:00Z') })).toEqual([]);
  });

  it('a campaign that has ended is still valid (whether it may change is plan\'s question)', () => {
    const text = campaign('COUPONS', '  start_date: 2026-11-13T06:00:00Z', '  end_date: 2026-11-17T05:59:59Z');
    expect(validateYaml(text)).toEqual([]);
  });
});

describe('masivo schema: valid forms', () => {
  it('accepts a minimal spec (type alone)', () => {
    expect(validateYaml(campaign('BEHAVIOR'))).toEqual([]);
  });

  it('accepts null where Masivo documents null', () => {
    const text = campaign('BEHAVIOR', '  brand_id: null', '  platforms: null', '  end_date: null', '  funded_by: null');
    expect(validateYaml(text)).toEqual([]);
  });

  it('accepts open attributes, metadata and extra rule keys', () => {
    const text = campaign(
      'PUNCH_CARDS',
      '  attributes: { trigger: PURCHASE, privacy: PRIVATE, punches: 10 }',
      '  metadata: { owner: crm, nested: { a: 1 } }',
      ...RULES,
      '      stamp_goal: 10',
    );
    expect(validateYaml(text)).toEqual([]);
  });

  it('accepts a full COUPONS spec with custom codes', () => {
    const text = campaign(
      'COUPONS',
      '  name: Navidad 2026',
      '  start_date: 2026-12-01T06:00:00Z',
      '  end_date: 2027-01-07T05:59:59Z',
      '  status: INACTIVE',
      '  budget: 1',
      '  divide_budget_in: total',
      '  quantity: 2',
      '  useCustomCodes: true',
      '  customCodes: NAVIDAD-AB12, NAVIDAD-CD34',
      '  confirm_changes: true',
      ...RULES,
    );
    expect(validateYaml(text)).toEqual([]);
  });

  it('accepts referee rules on REFERRALS', () => {
    const text = campaign('REFERRALS', ...RULES, ...RULES.map((l) => l.replace('rules:', 'referee_rules_json:')));
    expect(validateYaml(text)).toEqual([]);
  });
});

describe('masivo schema: violations', () => {
  it('requires `type`', () => {
    const text = campaign(null, '  name: Sin tipo');
    const d = oneAt(text, 'spec:');
    expect(d.code).toBe('schema');
    expect(d.message).toContain('`type`');
  });

  it('rejects an unknown `type` and suggests the nearest', () => {
    const text = campaign('COUPON');
    const d = oneAt(text, 'type:');
    expect(d.col).toBe(colOf(text, d.line, 'COUPON'));
    expect(d.message).toContain('"BEHAVIOR", "COUPONS", "PUNCH_CARDS", "REFERRALS"');
    expect(d.hint).toContain('"COUPONS"');
  });

  it('rejects an unknown field with a did-you-mean', () => {
    const text = campaign('BEHAVIOR', '  endDate: 2027-01-31T05:59:59Z');
    const d = oneAt(text, 'endDate:');
    expect(d.code).toBe('unknown-field');
    expect(d.col).toBe(3);
    expect(d.message).toContain('`endDate`');
    expect(d.hint).toContain('`end_date`');
  });

  it('rejects an empty `brand_id`', () => {
    const text = campaign('BEHAVIOR', '  brand_id: ""');
    expect(oneAt(text, 'brand_id:').message).toContain('`brand_id` must not be empty');
  });

  it('rejects a platform without `value`', () => {
    const text = campaign('BEHAVIOR', '  platforms:', '    - label: App');
    const d = oneAt(text, '- label: App');
    expect(d.message).toContain('`value`');
  });

  it('rejects extra keys in a label', () => {
    const text = campaign('BEHAVIOR', '  labels:', '    - { label: Electrónica, value: electronica, color: red }');
    const d = oneAt(text, '- { label');
    expect(d.code).toBe('unknown-field');
    expect(d.message).toContain('`color`');
  });

  it('rejects `labels: null` (only platforms is nullable)', () => {
    const text = campaign('BEHAVIOR', '  labels: null');
    expect(oneAt(text, 'labels:').message).toContain('`labels` must be a list');
  });

  it('rejects an empty `name`', () => {
    const text = campaign('BEHAVIOR', "  name: ''");
    expect(oneAt(text, 'name:').message).toContain('`name` must not be empty');
  });

  it('rejects `rules: []`: at least one main rule', () => {
    const text = campaign('REFERRALS', '  rules: []');
    const d = oneAt(text, 'rules:');
    expect(d.message).toContain('`rules` must have at least 1 item');
    expect(d.hint).toContain('REFERRALS included');
  });

  it('rejects `rules` written as a JSON string, hinting at the YAML form', () => {
    const text = campaign('BEHAVIOR', `  rules: '[{"conditions":[],"effects":[]}]'`);
    const d = oneAt(text, 'rules:');
    expect(d.message).toContain('`rules` must be a list');
    expect(d.hint).toContain('not a JSON string');
  });

  it('rejects a rule without effects', () => {
    const text = campaign('BEHAVIOR', '  rules:', '    - conditions: []');
    const d = oneAt(text, '- conditions');
    expect(d.message).toContain('`effects`');
  });

  it('rejects an effect whose reward_id is not a UUID', () => {
    const text = campaign('BEHAVIOR', ...RULES.slice(0, 4), '        - { reward_id: puntos-dobles, amount: 2 }');
    const d = oneAt(text, '- { reward_id');
    expect(d.col).toBe(colOf(text, d.line, 'puntos-dobles'));
    expect(d.message).toContain('`rules[0].effects[0].reward_id` must be a UUID');
  });

  it('rejects an effect amount of 0', () => {
    const text = campaign(
      'BEHAVIOR',
      ...RULES.slice(0, 4),
      '        - reward_id: abbcda41-2625-4bdb-a398-70f90234c9fd',
      '          amount: 0',
    );
    expect(oneAt(text, 'amount:').message).toContain('`rules[0].effects[0].amount` must be > 0');
  });

  it('rejects a condition without an operator', () => {
    const text = campaign(
      'BEHAVIOR',
      '  rules:',
      '    - conditions:',
      '        - - { type: Order Value, value: 500 }',
      '      effects:',
      '        - { reward_id: abbcda41-2625-4bdb-a398-70f90234c9fd }',
    );
    expect(oneAt(text, '- - { type').message).toContain('`operator`');
  });

  it('rejects `attributes` that are not a mapping', () => {
    const text = campaign('BEHAVIOR', '  attributes: PURCHASE');
    expect(oneAt(text, 'attributes:').message).toContain('`attributes` must be a mapping');
  });

  it('rejects a read-side status and says which values a write takes', () => {
    const text = campaign('BEHAVIOR', '  status: RUNNING');
    const d = oneAt(text, 'status:');
    expect(d.col).toBe(colOf(text, d.line, 'RUNNING'));
    expect(d.message).toContain('"ACTIVE", "INACTIVE"');
    expect(d.hint).toContain('RUNNING');
  });

  it('rejects a start_date without time', () => {
    const text = campaign('BEHAVIOR', '  start_date: 2026-12-01');
    const d = oneAt(text, 'start_date:');
    expect(d.message).toContain('`start_date` must be a date-time');
  });

  it('rejects a malformed end_date', () => {
    const text = campaign('BEHAVIOR', '  end_date: next friday');
    expect(oneAt(text, 'end_date:').message).toContain('`end_date` must be a date-time');
  });

  it('rejects a non-boolean `withoutEndDate`', () => {
    const text = campaign('BEHAVIOR', '  withoutEndDate: "yes"');
    expect(oneAt(text, 'withoutEndDate:').message).toContain('`withoutEndDate` must be a boolean');
  });

  it('forbids `end_date` with `withoutEndDate: true`, at the later of the two', () => {
    const after = campaign('BEHAVIOR', '  withoutEndDate: true', '  end_date: 2027-01-31T05:59:59Z');
    const d = oneAt(after, 'end_date:');
    expect(d.col).toBe(3);
    expect(d.message).toBe('`end_date` must be left out when `withoutEndDate` is true');
    expect(d.hint).toContain('remove `end_date`');

    const before = campaign('BEHAVIOR', '  end_date: 2027-01-31T05:59:59Z', '  withoutEndDate: true');
    expect(oneAt(before, 'withoutEndDate:').message).toBe('`end_date` must be left out when `withoutEndDate` is true');
  });

  it('allows `end_date` with `withoutEndDate: false`', () => {
    const text = campaign('BEHAVIOR', '  withoutEndDate: false', '  end_date: 2027-01-31T05:59:59Z');
    expect(validateYaml(text)).toEqual([]);
  });

  it('rejects a numeric `funded_by`, hinting to quote it', () => {
    const text = campaign('BEHAVIOR', '  funded_by: 4512');
    const d = oneAt(text, 'funded_by:');
    expect(d.message).toContain('`funded_by` must be a string or null');
    expect(d.hint).toContain('"4512"');
  });

  it('rejects a budget below 1', () => {
    const text = campaign('BEHAVIOR', '  budget: 0.5');
    expect(oneAt(text, 'budget:').message).toContain('`budget` must be ≥ 1');
  });

  it('rejects a quoted budget', () => {
    const text = campaign('BEHAVIOR', '  budget: "1000"');
    const d = oneAt(text, 'budget:');
    expect(d.message).toContain('`budget` must be a number');
    expect(d.hint).toContain('remove the quotes');
  });

  it('rejects an unknown `divide_budget_in`', () => {
    const text = campaign('BEHAVIOR', '  divide_budget_in: yearly');
    expect(oneAt(text, 'divide_budget_in:').message).toContain('"daily", "weekly", "monthly", "total"');
  });

  it('rejects `metadata` written as a JSON string', () => {
    const text = campaign('BEHAVIOR', `  metadata: '{"owner":"crm"}'`);
    const d = oneAt(text, 'metadata:');
    expect(d.message).toBe('`metadata` must be a mapping (a JSON object); campaignctl encodes it as the string Masivo expects');
    expect(d.hint).toContain('not as a quoted JSON string');
  });

  it('rejects a zero or fractional quantity', () => {
    expect(oneAt(campaign('COUPONS', '  quantity: 0'), 'quantity:').message).toContain('`quantity` must be ≥ 1');
    expect(oneAt(campaign('COUPONS', '  quantity: 2.5'), 'quantity:').message).toContain('`quantity` must be an integer');
  });

  it.each([
    ['BEHAVIOR', 'quantity: 500'],
    ['PUNCH_CARDS', 'useCustomCodes: false'],
    ['REFERRALS', 'customCodes: AMIGO-01'],
    ['BEHAVIOR', 'confirm_changes: true'],
  ])('forbids the COUPONS-only field on %s: %s', (type, line) => {
    const field = line.split(':')[0]!;
    const d = oneAt(campaign(type, `  ${line}`), `${field}:`);
    expect(d.col).toBe(3);
    expect(d.message).toBe(`\`${field}\` applies to COUPONS campaigns only`);
    expect(d.hint).toBe(`remove \`${field}\``);
  });

  it('reports a COUPONS-only field where it stands even when `type` comes later', () => {
    const text = campaign(null, '  quantity: 500', '  type: BEHAVIOR');
    // The rule is "quantity is forbidden because of type": the later of the two carries it.
    expect(oneAt(text, 'type:').message).toBe('`quantity` applies to COUPONS campaigns only');
  });

  it.each(['BEHAVIOR', 'COUPONS', 'PUNCH_CARDS'])('forbids referee rules on %s', (type) => {
    const text = campaign(type, ...RULES.map((l) => l.replace('rules:', 'referee_rules_json:')));
    const d = oneAt(text, 'referee_rules_json:');
    expect(d.message).toBe('`referee_rules_json` applies to REFERRALS campaigns only');
  });

  it('rejects `referee_rules_json` written as a JSON string', () => {
    const text = campaign('REFERRALS', `  referee_rules_json: '[]'`);
    const d = oneAt(text, 'referee_rules_json:');
    expect(d.message).toContain('`referee_rules_json` must be a list');
    expect(d.hint).toContain('not a JSON string');
  });

  it('requires a non-empty code in `customCodes` when `useCustomCodes` is true', () => {
    const text = campaign('COUPONS', '  useCustomCodes: true', '  customCodes: " , ,"');
    const d = oneAt(text, 'customCodes:');
    expect(d.message).toBe('`customCodes` must list at least one non-empty code when `useCustomCodes` is true');
    expect(d.hint).toContain('separated by commas');
  });

  it('does not demand codes when `useCustomCodes` is false', () => {
    expect(validateYaml(campaign('COUPONS', '  useCustomCodes: false', '  customCodes: ""'))).toEqual([]);
  });
});

describe('masivo rules through validate', () => {
  it('masivo.end-after-start: on end_date when it comes last', () => {
    const text = campaign('BEHAVIOR', '  start_date: 2027-02-01T06:00:00Z', '  end_date: 2027-01-31T05:59:59Z');
    const d = oneAt(text, 'end_date:');
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('masivo.end-after-start');
    expect(d.col).toBe(colOf(text, d.line, '2027-01-31'));
    expect(d.message).toBe('`end_date` (2027-01-31T05:59:59Z) must be after `start_date` (2027-02-01T06:00:00Z)');
    expect(d.hint).toContain('later than `start_date`');
  });

  it('masivo.end-after-start: on start_date when that comes last', () => {
    const text = campaign('BEHAVIOR', '  end_date: 2027-01-31T05:59:59Z', '  start_date: 2027-02-01T06:00:00Z');
    expect(oneAt(text, 'start_date:').rule).toBe('masivo.end-after-start');
  });

  it('masivo.end-after-start compares instants, not text', () => {
    // 2027-02-01T00:00:00-06:00 is 06:00Z, after the end at 05:59:59Z although the text sorts earlier.
    const text = campaign('BEHAVIOR', '  start_date: 2027-02-01T00:00:00-06:00', '  end_date: 2027-02-01T05:59:59Z');
    expect(oneAt(text, 'end_date:').rule).toBe('masivo.end-after-start');
  });

  it('masivo.end-within-year-of-start', () => {
    const text = campaign('BEHAVIOR', '  start_date: 2027-01-01T06:00:00Z', '  end_date: 2028-01-01T06:00:00Z');
    const d = oneAt(text, 'end_date:');
    expect(d.rule).toBe('masivo.end-within-year-of-start');
    expect(d.message).toContain('less than one year after `start_date`');
    expect(d.hint).toContain('before 2028-01-01T06:00:00Z');
  });

  it('masivo.start-within-year', () => {
    const text = campaign('BEHAVIOR', '  start_date: 2027-11-23T12:00:00Z');
    const d = oneAt(text, 'start_date:');
    expect(d.rule).toBe('masivo.start-within-year');
    expect(d.message).toContain('less than one year from now (before 2027-11-23T12:00:00Z)');
    // The same date is fine a day later.
    expect(validateYaml(text, { now: new Date('2026-11-24T12:00:00Z') })).toEqual([]);
  });

  it('masivo.custom-codes-required: on useCustomCodes', () => {
    const text = campaign('COUPONS', '  useCustomCodes: true', '  quantity: 2');
    const d = oneAt(text, 'useCustomCodes:');
    expect(d.rule).toBe('masivo.custom-codes-required');
    expect(d.message).toContain('`customCodes` is missing');
    expect(d.hint).toContain('add `customCodes`');
  });

  it('masivo.quantity-safe-limit', () => {
    const text = campaign('COUPONS', `  quantity: ${MAX_GENERATED_CODES + 1}`);
    const d = oneAt(text, 'quantity:');
    expect(d.rule).toBe('masivo.quantity-safe-limit');
    expect(d.message).toContain('exceeds 100,000');
    expect(validateYaml(campaign('COUPONS', `  quantity: ${MAX_GENERATED_CODES}`))).toEqual([]);
  });

  it('reports every broken rule of one campaign', () => {
    const text = campaign(
      'COUPONS',
      '  start_date: 2028-01-01T06:00:00Z',
      '  end_date: 2026-01-01T06:00:00Z',
      '  useCustomCodes: true',
    );
    const rules = validateYaml(text).map((d) => [d.rule, d.line]);
    expect(rules).toEqual([
      ['masivo.start-within-year', lineOf(text, 'start_date:')],
      ['masivo.end-after-start', lineOf(text, 'end_date:')],
      ['masivo.custom-codes-required', lineOf(text, 'useCustomCodes:')],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule functions on their own: boundaries, absent fields, and values that must not throw.

const ctx = { now: TEST_NOW, id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' };
const spec = (s: Omit<MasivoSpec, 'type'> & { type?: MasivoSpec['type'] }): MasivoSpec => ({ type: 'BEHAVIOR', ...s });

describe('masivo rule functions', () => {
  it('ignore absent, null and unparseable dates', () => {
    const cases: MasivoSpec[] = [
      spec({}),
      spec({ start_date: '2027-01-01T00:00:00Z' }),
      spec({ end_date: null, start_date: '2027-01-01T00:00:00Z' }),
      spec({ start_date: 'soon', end_date: '2026-01-01T00:00:00Z' }),
    ];
    for (const s of cases) {
      expect(endAfterStart(s, ctx)).toEqual([]);
      expect(endWithinYearOfStart(s, ctx)).toEqual([]);
      expect(startWithinYear(s, ctx)).toEqual([]);
    }
  });

  it('end-after-start: equal instants are not after', () => {
    const v = endAfterStart(spec({ start_date: '2027-01-01T06:00:00Z', end_date: '2027-01-01T00:00:00-06:00' }), ctx);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: 'masivo.end-after-start', path: ['end_date'], otherPaths: [['start_date']] });
    expect(endAfterStart(spec({ start_date: '2027-01-01T06:00:00Z', end_date: '2027-01-01T06:00:01Z' }), ctx)).toEqual([]);
  });

  it('end-within-year-of-start: one calendar year is already too far, a second less is fine', () => {
    const start = '2027-03-15T06:00:00Z';
    expect(endWithinYearOfStart(spec({ start_date: start, end_date: '2028-03-15T06:00:00Z' }), ctx)).toHaveLength(1);
    expect(endWithinYearOfStart(spec({ start_date: start, end_date: '2028-03-15T05:59:59Z' }), ctx)).toEqual([]);
  });

  it('end-within-year-of-start: counts the leap day in a calendar year', () => {
    // 2027-03-01 → 2028-03-01 spans 29 February 2028: 366 days are still within the year.
    const s = spec({ start_date: '2027-03-01T00:00:00Z', end_date: '2028-02-29T23:59:59Z' });
    expect(endWithinYearOfStart(s, ctx)).toEqual([]);
    // From 29 February the year ends on 1 March.
    const leap = spec({ start_date: '2028-02-29T00:00:00Z', end_date: '2029-03-01T00:00:00Z' });
    expect(endWithinYearOfStart(leap, ctx)).toHaveLength(1);
    const leapOk = spec({ start_date: '2028-02-29T00:00:00Z', end_date: '2029-02-28T23:59:59Z' });
    expect(endWithinYearOfStart(leapOk, ctx)).toEqual([]);
  });

  it('start-within-year: exactly a year ahead is too far; a past start is fine', () => {
    expect(startWithinYear(spec({ start_date: '2027-11-23T12:00:00Z' }), ctx)).toMatchObject([
      { rule: 'masivo.start-within-year', path: ['start_date'] },
    ]);
    expect(startWithinYear(spec({ start_date: '2027-11-23T11:59:59Z' }), ctx)).toEqual([]);
    expect(startWithinYear(spec({ start_date: '2020-01-01T00:00:00Z' }), ctx)).toEqual([]);
  });

  it('custom-codes-required only when useCustomCodes is true and customCodes is absent', () => {
    expect(customCodesRequired(spec({ type: 'COUPONS', useCustomCodes: true }), ctx)).toMatchObject([
      { rule: 'masivo.custom-codes-required', path: ['useCustomCodes'] },
    ]);
    expect(customCodesRequired(spec({ type: 'COUPONS', useCustomCodes: true, customCodes: 'A1' }), ctx)).toEqual([]);
    expect(customCodesRequired(spec({ type: 'COUPONS', useCustomCodes: false }), ctx)).toEqual([]);
    expect(customCodesRequired(spec({ type: 'COUPONS' }), ctx)).toEqual([]);
  });

  it('quantity-safe-limit caps generated codes only', () => {
    const over = MAX_GENERATED_CODES + 1;
    expect(quantityWithinSafeLimit(spec({ type: 'COUPONS', quantity: over }), ctx)).toMatchObject([
      { rule: 'masivo.quantity-safe-limit', path: ['quantity'] },
    ]);
    expect(quantityWithinSafeLimit(spec({ type: 'COUPONS', quantity: over, useCustomCodes: false }), ctx)).toHaveLength(1);
    expect(quantityWithinSafeLimit(spec({ type: 'COUPONS', quantity: MAX_GENERATED_CODES }), ctx)).toEqual([]);
    expect(
      quantityWithinSafeLimit(spec({ type: 'COUPONS', quantity: over, useCustomCodes: true, customCodes: 'A1' }), ctx),
    ).toEqual([]);
  });
});

describe('masivo schema annotations', () => {
  it('marks write-only and read-only fields for the reconciler', () => {
    const schema = JSON.parse(readFileSync(`${root}schemas/masivo.schema.json`, 'utf8')) as {
      properties: Record<string, { writeOnly?: boolean; readOnly?: boolean }>;
    };
    const writeOnly = Object.entries(schema.properties)
      .filter(([, p]) => p.writeOnly)
      .map(([k]) => k)
      .sort();
    expect(writeOnly).toEqual(
      [
        'confirm_changes',
        'customCodes',
        'divide_budget_in',
        'labels',
        'platforms',
        'quantity',
        'referee_rules_json',
        'useCustomCodes',
        'withoutEndDate',
      ].sort(),
    );
    const readOnly = Object.entries(schema.properties).filter(([, p]) => p.readOnly).map(([k]) => k);
    expect(readOnly).toEqual(['type']);
  });
});
