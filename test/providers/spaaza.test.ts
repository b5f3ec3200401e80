import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import type { SpaazaSpec } from '../../src/generated/spaaza.js';
import { dateWindowOrder, timeWindowOrder } from '../../src/providers/spaaza/active-window.js';
import { basketTotalRange } from '../../src/providers/spaaza/basket-totals.js';
import { singleActiveDefaultLoyalty } from '../../src/providers/spaaza/default-loyalty.js';
import { weekdaysUnique } from '../../src/providers/spaaza/weekdays.js';
import type { AccountCampaign } from '../../src/providers/types.js';
import { campaignDoc } from '../helpers/documents.js';
import { TEST_CONFIG, TEST_NOW, validateFiles, validateYaml } from '../helpers/validate.js';
import { existingExampleFiles } from '../helpers/examples.js';

const examplesDir = fileURLToPath(new URL('../../campaigns/spaaza/', import.meta.url));

/** Spec lines start on line 6: comment, provider, account, id, `spec:`. */
const FIRST_SPEC_LINE = 6;
const lineOf = (specIndex: number): number => FIRST_SPEC_LINE + specIndex;

/** A campaign document whose i-th spec line (0-based) sits on line `lineOf(i)`, indented by two. */
function campaign(spec: readonly string[], id: number | string = 4200, account = 'rewards-nl'): string {
  return campaignDoc({ provider: 'spaaza', account, id, modeline: true }, spec);
}

/** Column of the value on a spec line written as `key: value` (two-space indent). */
const valueCol = (key: string): number => 3 + key.length + 2;
const KEY_COL = 3;

function only(diags: readonly Diagnostic[]): Diagnostic {
  expect(diags, JSON.stringify(diags, null, 2)).toHaveLength(1);
  return diags[0]!;
}

const ctx = { now: TEST_NOW, id: '4200' };

describe('spaaza example campaigns', () => {
  const files = existingExampleFiles(examplesDir)
    .map((f) => ({ path: `campaigns/spaaza/${f}`, text: readFileSync(`${examplesDir}${f}`, 'utf8') }));

  it('has at least three examples, each starting with the schema modeline', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(f.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/campaign-file.schema.json');
      expect(f.text).toMatch(/^provider: spaaza$/m);
      expect(f.text).toMatch(/^account: rewards-nl$/m);
      expect(f.text).toMatch(/^id: \d+$/m);
    }
  });

  it.each(files.map((f) => [f.path, f] as const))('%s validates with zero diagnostics', (_path, file) => {
    expect(validateFiles([file])).toEqual([]);
  });

  it('validate together (account rules included) with zero diagnostics', () => {
    expect(validateFiles(files)).toEqual([]);
  });

  it('still validate a year from now (no rule depends on today)', () => {
    expect(validateFiles(files, { now: new Date('2027-11-23T12:00:00Z') })).toEqual([]);
  });
});

describe('spaaza schema: fields', () => {
  it('accepts a spec that uses every nullable field with null', () => {
    const spec = [
      'subtitle: null',
      'description: null',
      'subtext: null',
      'notes: null',
      'active_date_from: null',
      'active_date_until: null',
      'active_time_from: null',
      'active_time_until: null',
      'active_weekdays: null',
      'voucher_expiry_days: null',
      'voucher_title: null',
      'voucher_description: null',
      'voucher_notes: null',
      'voucher_text: null',
      'voucher_image_url: null',
      'recipient_campaign_id: null',
      'max_reward_quantity: null',
      'point_cost: null',
      'point_cost_method: null',
      'point_cost_method_wallet_campaign_id: null',
      'minimum_basket_total_value: null',
      'minimum_basket_total_value_earn: null',
      'maximum_basket_total_value_earn: null',
      'minimum_basket_total_value_spend: null',
      'maximum_basket_total_value_spend: null',
      'user_segment_id: null',
      'excluded_user_segment_id: null',
      'owner_code: null',
    ];
    expect(validateYaml(campaign(spec))).toEqual([]);
  });

  it('reports an unknown field with a did-you-mean suggestion', () => {
    const d = only(validateYaml(campaign(['active: true', 'titel: Club Van Dalen'])));
    expect(d.code).toBe('unknown-field');
    expect(d.line).toBe(lineOf(1));
    expect(d.col).toBe(KEY_COL);
    expect(d.message).toContain('titel');
    expect(d.hint).toContain('`title`');
  });

  it('reports a read-only field the read returns under another name as unknown (allows_user_to_claim_voucher)', () => {
    const d = only(validateYaml(campaign(['allows_user_to_claim_voucher: true'])));
    expect(d.code).toBe('unknown-field');
    expect(d.line).toBe(lineOf(0));
    expect(d.hint).toContain('allows_end_user_to_claim_voucher');
  });

  interface Case {
    readonly name: string;
    /** Spec lines; the offending one is `bad`. */
    readonly spec: readonly string[];
    readonly bad: number;
    /** Substrings the message must contain. */
    readonly message: readonly string[];
    readonly hint?: readonly string[];
    /** Expected column; defaults to the value column of the offending line. */
    readonly col?: number;
  }

  const cases: readonly Case[] = [
    {
      name: 'type outside the add-campaign enum',
      spec: ['title: Club', 'type: loyality'],
      bad: 1,
      message: ['`type`', '"loyalty"', '"basket"', '"wallet"'],
      hint: ['"loyalty"'],
    },
    { name: 'empty title', spec: ['title: ""'], bad: 0, message: ['`title`', 'empty'] },
    { name: 'null title', spec: ['title: null'], bad: 0, message: ['`title`', 'string'] },
    { name: 'non-string subtitle', spec: ['subtitle: 12'], bad: 0, message: ['`subtitle`', 'string'] },
    { name: 'non-boolean active', spec: ['active: "yes"'], bad: 0, message: ['`active`', 'boolean'] },
    {
      name: 'date without time in active_date_from',
      spec: ['active_date_from: "2026-12-01"'],
      bad: 0,
      message: ['`active_date_from`', 'date-time'],
    },
    {
      name: 'free text in active_date_until',
      spec: ['active_date_until: end of january'],
      bad: 0,
      message: ['`active_date_until`'],
    },
    {
      name: 'HH:MM in active_time_from',
      spec: ['active_time_from: "9:00"'],
      bad: 0,
      message: ['`active_time_from`', 'HH:MM:SS'],
      hint: ['"09:00:00"'],
    },
    {
      name: '24:00:00 in active_time_until',
      spec: ['active_time_until: "24:00:00"'],
      bad: 0,
      message: ['`active_time_until`', 'HH:MM:SS', '23:59:59'],
    },
    {
      name: 'unquoted single weekday (YAML integer)',
      spec: ['active_weekdays: 7'],
      bad: 0,
      message: ['`active_weekdays`', 'quoted', '1 to 7'],
      hint: ['"6,7"'],
    },
    {
      name: 'weekday range syntax',
      spec: ['active_weekdays: "1-5"'],
      bad: 0,
      message: ['`active_weekdays`', 'comma-separated'],
    },
    { name: 'weekday 0', spec: ['active_weekdays: "0,6"'], bad: 0, message: ['`active_weekdays`', '1 to 7'] },
    { name: 'weekday 8', spec: ['active_weekdays: "8"'], bad: 0, message: ['`active_weekdays`', '1 to 7'] },
    {
      name: 'spaces in active_weekdays',
      spec: ['active_weekdays: "6, 7"'],
      bad: 0,
      message: ['`active_weekdays`', 'without spaces'],
    },
    { name: 'operator_type xor', spec: ['operator_type: xor'], bad: 0, message: ['`operator_type`', '"or"', '"and"'] },
    { name: 'currency_id 0', spec: ['currency_id: 0'], bad: 0, message: ['`currency_id`', '≥ 1'] },
    { name: 'currency_id as code', spec: ['currency_id: EUR'], bad: 0, message: ['`currency_id`', 'integer'] },
    {
      name: 'lower-case currency_code',
      spec: ['currency_code: eur'],
      bad: 0,
      message: ['`currency_code`', 'ISO 4217'],
      hint: ['EUR'],
    },
    { name: 'symbol as currency_code', spec: ['currency_code: "€"'], bad: 0, message: ['`currency_code`', 'three-letter'] },
    { name: 'string is_default', spec: ['is_default: "true"'], bad: 0, message: ['`is_default`', 'boolean'] },
    {
      name: 'repeated store id',
      spec: ['assigned_business_ids: [2797, 2801, 2797]'],
      bad: 0,
      message: ['`assigned_business_ids`', 'same item twice'],
      col: valueCol('assigned_business_ids') + '[2797, 2801, '.length,
    },
    {
      name: 'store id as string',
      spec: ['assigned_business_ids: ["2797"]'],
      bad: 0,
      message: ['`assigned_business_ids[0]`', 'integer'],
      col: valueCol('assigned_business_ids') + 1,
    },
    {
      name: 'store id 0',
      spec: ['assigned_business_ids: [0]'],
      bad: 0,
      message: ['`assigned_business_ids[0]`', '≥ 1'],
      col: valueCol('assigned_business_ids') + 1,
    },
    {
      name: 'unquoted barcode (YAML integer)',
      spec: ['assigned_barcodes: [8712345001018]'],
      bad: 0,
      message: ['`assigned_barcodes`', 'quoted'],
      hint: ['leading zeros'],
      col: valueCol('assigned_barcodes') + 1,
    },
    {
      name: 'empty earn barcode',
      spec: ['assigned_barcodes_earn: [""]'],
      bad: 0,
      message: ['`assigned_barcodes_earn`', 'non-empty'],
      col: valueCol('assigned_barcodes_earn') + 1,
    },
    {
      name: 'repeated spend barcode',
      spec: ['assigned_barcodes_spend: ["8712345002152", "8712345002152"]'],
      bad: 0,
      message: ['`assigned_barcodes_spend`', 'same item twice'],
      col: valueCol('assigned_barcodes_spend') + '["8712345002152", '.length,
    },
    {
      name: 'assigned_currencies not a list',
      spec: ['assigned_currencies: 2'],
      bad: 0,
      message: ['`assigned_currencies`', 'list'],
    },
    {
      name: 'non-boolean allows_end_user_to_claim_voucher',
      spec: ['allows_end_user_to_claim_voucher: 1'],
      bad: 0,
      message: ['`allows_end_user_to_claim_voucher`', 'boolean'],
    },
    {
      name: 'non-boolean created_voucher_claimed_by_default',
      spec: ['created_voucher_claimed_by_default: no'],
      bad: 0,
      message: ['`created_voucher_claimed_by_default`', 'boolean'],
    },
    { name: 'voucher_expiry_days 0', spec: ['voucher_expiry_days: 0'], bad: 0, message: ['`voucher_expiry_days`', '≥ 1'] },
    {
      name: 'fractional voucher_expiry_days',
      spec: ['voucher_expiry_days: 1.5'],
      bad: 0,
      message: ['`voucher_expiry_days`', 'integer'],
    },
    { name: 'voucher_title number', spec: ['voucher_title: 10'], bad: 0, message: ['`voucher_title`', 'string'] },
    {
      name: 'voucher_image_url not a URI',
      spec: ['voucher_image_url: birthday.png'],
      bad: 0,
      message: ['`voucher_image_url`', 'URL'],
    },
    {
      name: 'rounding_strategy up',
      spec: ['rounding_strategy: up'],
      bad: 0,
      message: ['`rounding_strategy`', '"neutral"', '"round_up"', '"round_down"'],
    },
    { name: 'rounding_precision 5', spec: ['rounding_precision: 5'], bad: 0, message: ['`rounding_precision`', '≤ 4'] },
    { name: 'rounding_precision -1', spec: ['rounding_precision: -1'], bad: 0, message: ['`rounding_precision`', '≥ 0'] },
    {
      name: 'capitalised recipient_reward_method',
      spec: ['recipient_reward_method: Voucher'],
      bad: 0,
      message: ['`recipient_reward_method`', 'lower-case', 'voucher'],
    },
    {
      name: 'negative recipient_reward_amount',
      spec: ['recipient_reward_amount: -5'],
      bad: 0,
      message: ['`recipient_reward_amount`', '≥ 0'],
    },
    {
      name: 'percentage written as 20 in recipient_reward_discount_ratio',
      spec: ['recipient_reward_discount_ratio: 20'],
      bad: 0,
      message: ['`recipient_reward_discount_ratio`', '≤ 1'],
    },
    {
      name: 'recipient_campaign_id 0',
      spec: ['recipient_campaign_id: 0'],
      bad: 0,
      message: ['`recipient_campaign_id`', '≥ 1'],
    },
    {
      name: 'cashback_ratio pasted as the decimal string the read returns',
      spec: ['cashback_ratio: "1.0000"'],
      bad: 0,
      message: ['`cashback_ratio`', 'number'],
    },
    { name: 'negative cashback_ratio', spec: ['cashback_ratio: -0.5'], bad: 0, message: ['`cashback_ratio`', '≥ 0'] },
    { name: 'negative reward_priority', spec: ['reward_priority: -1'], bad: 0, message: ['`reward_priority`', '≥ 0'] },
    {
      name: 'max_reward_quantity 0',
      spec: ['max_reward_quantity: 0'],
      bad: 0,
      message: ['`max_reward_quantity`', '≥ 1'],
    },
    { name: 'negative point_cost', spec: ['point_cost: -450'], bad: 0, message: ['`point_cost`', '≥ 0'] },
    {
      name: 'capitalised point_cost_method',
      spec: ['point_cost_method: Points'],
      bad: 0,
      message: ['`point_cost_method`', 'lower-case', 'points'],
    },
    {
      name: 'point_cost_method_wallet_campaign_id as string',
      spec: ['point_cost_method_wallet_campaign_id: "859"'],
      bad: 0,
      message: ['`point_cost_method_wallet_campaign_id`', 'integer'],
    },
    {
      name: 'negative minimum_basket_total_value',
      spec: ['minimum_basket_total_value: -1'],
      bad: 0,
      message: ['`minimum_basket_total_value`', '≥ 0'],
    },
    {
      name: 'negative minimum_basket_total_value_earn',
      spec: ['minimum_basket_total_value_earn: -10'],
      bad: 0,
      message: ['`minimum_basket_total_value_earn`', '≥ 0'],
    },
    {
      name: 'maximum_basket_total_value_earn as text',
      spec: ['maximum_basket_total_value_earn: "€500"'],
      bad: 0,
      message: ['`maximum_basket_total_value_earn`', 'number'],
    },
    {
      name: 'negative minimum_basket_total_value_spend',
      spec: ['minimum_basket_total_value_spend: -25'],
      bad: 0,
      message: ['`minimum_basket_total_value_spend`', '≥ 0'],
    },
    {
      name: 'negative maximum_basket_total_value_spend',
      spec: ['maximum_basket_total_value_spend: -1'],
      bad: 0,
      message: ['`maximum_basket_total_value_spend`', '≥ 0'],
    },
    {
      name: 'null redemption_grace_period',
      spec: ['redemption_grace_period: null'],
      bad: 0,
      message: ['`redemption_grace_period`', 'integer'],
    },
    {
      name: 'non-boolean earn_on_promotional_items',
      spec: ['earn_on_promotional_items: "false"'],
      bad: 0,
      message: ['`earn_on_promotional_items`', 'boolean'],
    },
    {
      name: 'non-boolean return_reclaims_earned_rewards',
      spec: ['return_reclaims_earned_rewards: 0'],
      bad: 0,
      message: ['`return_reclaims_earned_rewards`', 'boolean'],
    },
    {
      name: 'non-boolean excludes_assignment_matches',
      spec: ['excludes_assignment_matches: null'],
      bad: 0,
      message: ['`excludes_assignment_matches`', 'boolean'],
    },
    {
      name: 'non-boolean excludes_referred_users',
      spec: ['excludes_referred_users: "no"'],
      bad: 0,
      message: ['`excludes_referred_users`', 'boolean'],
    },
    { name: 'user_segment_id 0', spec: ['user_segment_id: 0'], bad: 0, message: ['`user_segment_id`', '≥ 1'] },
    {
      name: 'excluded_user_segment_id as name',
      spec: ['excluded_user_segment_id: staff'],
      bad: 0,
      message: ['`excluded_user_segment_id`', 'integer'],
    },
    {
      name: 'non-boolean visible_to_all_user_segments',
      spec: ['visible_to_all_user_segments: null'],
      bad: 0,
      message: ['`visible_to_all_user_segments`', 'boolean'],
    },
    { name: 'empty owner_code', spec: ['owner_code: ""'], bad: 0, message: ['`owner_code`', 'empty'] },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const line = c.spec[c.bad]!;
    const key = line.slice(0, line.indexOf(':'));
    const d = only(validateYaml(campaign(c.spec)));
    expect(d.code).toBe('schema');
    expect(d.line).toBe(lineOf(c.bad));
    expect(d.col).toBe(c.col ?? valueCol(key));
    for (const part of c.message) expect(d.message).toContain(part);
    for (const part of c.hint ?? []) expect(d.hint ?? '').toContain(part);
  });
});

describe('spaaza schema: cross-field rules', () => {
  it.each(['loyalty', 'wallet', 'points_wallet'])('allows is_default on a %s campaign', (type) => {
    expect(validateYaml(campaign([`type: ${type}`, 'is_default: true']))).toEqual([]);
  });

  it('rejects is_default on a cashback campaign, at `is_default` when it comes after `type`', () => {
    const d = only(validateYaml(campaign(['type: cashback', 'title: 1 punt per euro', 'is_default: true'])));
    expect(d.code).toBe('schema');
    expect(d.line).toBe(lineOf(2));
    expect(d.col).toBe(KEY_COL);
    expect(d.message).toContain('`is_default`');
    expect(d.message).toContain('loyalty, wallet and points_wallet');
    expect(d.hint).toContain('remove `is_default`');
  });

  it('rejects is_default: false too on a basket campaign (the field does not exist there)', () => {
    const d = only(validateYaml(campaign(['type: basket', 'is_default: false'])));
    expect(d.line).toBe(lineOf(1));
    expect(d.message).toContain('`is_default`');
  });

  it('reports at `type` when `type` comes after `is_default`', () => {
    const d = only(validateYaml(campaign(['is_default: true', 'title: Verjaardagscadeau', 'type: birthday'])));
    expect(d.line).toBe(lineOf(2));
    expect(d.col).toBe(KEY_COL);
    expect(d.message).toContain('`is_default`');
  });

  it('does not judge is_default when `type` is not managed', () => {
    expect(validateYaml(campaign(['is_default: true']))).toEqual([]);
  });

  it('reports only the enum error, not is_default, when `type` is misspelt', () => {
    const d = only(validateYaml(campaign(['type: cashbak', 'is_default: true'])));
    expect(d.line).toBe(lineOf(0));
    expect(d.message).toContain('`type`');
  });

  it('allows allows_unrecognised_items on a basket campaign', () => {
    expect(validateYaml(campaign(['type: basket', 'allows_unrecognised_items: false']))).toEqual([]);
  });

  it('rejects allows_unrecognised_items on a loyalty campaign', () => {
    const d = only(validateYaml(campaign(['type: loyalty', 'active: true', 'allows_unrecognised_items: true'])));
    expect(d.code).toBe('schema');
    expect(d.line).toBe(lineOf(2));
    expect(d.col).toBe(KEY_COL);
    expect(d.message).toContain('`allows_unrecognised_items`');
    expect(d.message).toContain('basket');
    expect(d.hint).toContain('remove `allows_unrecognised_items`');
  });

  it('rejects currency_code next to currency_id, at the later of the two', () => {
    const d = only(validateYaml(campaign(['currency_id: 2', 'title: Club', 'currency_code: EUR'])));
    expect(d.line).toBe(lineOf(2));
    expect(d.col).toBe(KEY_COL);
    expect(d.message).toContain('`currency_code`');
    expect(d.message).toContain('`currency_id`');
    expect(d.hint).toMatch(/remove `currency_code` or `currency_id`/);

    const swapped = only(validateYaml(campaign(['currency_code: EUR', 'title: Club', 'currency_id: 2'])));
    expect(swapped.line).toBe(lineOf(2));
  });
});

describe('spaaza rules through validate', () => {
  it('date window: until before from is reported at the later field', () => {
    const d = only(
      validateYaml(
        campaign(['active_date_from: "2027-01-31T00:00:00Z"', 'title: Winteruitverkoop', 'active_date_until: "2027-01-02T00:00:00Z"']),
      ),
    );
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('spaaza.date-window-order');
    expect(d.line).toBe(lineOf(2));
    expect(d.message).toContain('`active_date_until`');
    expect(d.message).toContain('`active_date_from`');
    expect(d.hint).toContain('after `active_date_from`');
  });

  it('date window: when `active_date_from` is written last, the error lands there', () => {
    const d = only(
      validateYaml(campaign(['active_date_until: "2027-01-02T00:00:00Z"', 'active_date_from: "2027-01-31T00:00:00Z"'])),
    );
    expect(d.rule).toBe('spaaza.date-window-order');
    expect(d.line).toBe(lineOf(1));
  });

  it('date window: the same instant written with two offsets is an empty window', () => {
    const d = only(
      validateYaml(campaign(['active_date_from: "2027-01-01T00:00:00+01:00"', 'active_date_until: "2026-12-31T23:00:00Z"'])),
    );
    expect(d.rule).toBe('spaaza.date-window-order');
  });

  it('time window: until before from is reported at the later field', () => {
    const d = only(validateYaml(campaign(['active_time_from: "21:00:00"', 'active_time_until: "18:00:00"'])));
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('spaaza.time-window-order');
    expect(d.line).toBe(lineOf(1));
    expect(d.message).toContain('`active_time_until`');
    expect(d.message).toContain('midnight');
  });

  it('weekdays: a repeated day is reported on active_weekdays', () => {
    const d = only(validateYaml(campaign(['title: Weekendactie', 'active_weekdays: "6,7,6"'])));
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('spaaza.weekdays-unique');
    expect(d.line).toBe(lineOf(1));
    expect(d.message).toContain('`active_weekdays`');
    expect(d.message).toContain('6');
    expect(d.hint).toContain('"6,7"');
  });

  it('basket totals: a spend maximum below its minimum is reported at the later field', () => {
    const d = only(
      validateYaml(campaign(['minimum_basket_total_value_spend: 50', 'maximum_basket_total_value_spend: 25'])),
    );
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('spaaza.basket-total-range');
    expect(d.line).toBe(lineOf(1));
    expect(d.message).toContain('`maximum_basket_total_value_spend`');
    expect(d.hint).toContain('at least 50');
  });

  it('basket totals: an earn maximum below its minimum is reported too', () => {
    const d = only(validateYaml(campaign(['maximum_basket_total_value_earn: 5', 'minimum_basket_total_value_earn: 10'])));
    expect(d.rule).toBe('spaaza.basket-total-range');
    expect(d.line).toBe(lineOf(1));
  });
});

describe('spaaza account rule: one active default loyalty campaign per chain', () => {
  const loyalty = (id: number, extra: readonly string[] = []): string =>
    campaign(['type: loyalty', `title: Programma ${id}`, 'is_default: true', ...extra], id);

  it('reports the later campaign, at its is_default, related to the earlier one', () => {
    const diags = validateFiles([
      { path: 'campaigns/spaaza/club.yaml', text: loyalty(4101, ['active: true']) },
      { path: 'campaigns/spaaza/club-2027.yaml', text: loyalty(4190, ['active: true']) },
    ]);
    const d = only(diags);
    expect(d.code).toBe('rule');
    expect(d.rule).toBe('spaaza.single-default-loyalty');
    expect(d.file).toBe('campaigns/spaaza/club-2027.yaml');
    expect(d.line).toBe(lineOf(2));
    expect(d.message).toContain('4190');
    expect(d.message).toContain('4101');
    expect(d.message).toContain('419');
    expect(d.hint).toContain('`is_default: false`');
    expect(d.related).toHaveLength(1);
    expect(d.related![0]!.file).toBe('campaigns/spaaza/club.yaml');
    expect(d.related![0]!.line).toBe(lineOf(2));
  });

  it('counts a campaign whose `active` is not managed as possibly active', () => {
    const d = only(
      validateFiles([
        { path: 'campaigns/spaaza/a.yaml', text: loyalty(4101, ['active: true']) },
        { path: 'campaigns/spaaza/b.yaml', text: loyalty(4190) },
      ]),
    );
    expect(d.rule).toBe('spaaza.single-default-loyalty');
    expect(d.file).toBe('campaigns/spaaza/b.yaml');
    expect(d.message).toContain('may be active');
  });

  it('allows a second default loyalty campaign that is switched off', () => {
    expect(
      validateFiles([
        { path: 'campaigns/spaaza/a.yaml', text: loyalty(4101, ['active: true']) },
        { path: 'campaigns/spaaza/b.yaml', text: loyalty(4190, ['active: false']) },
      ]),
    ).toEqual([]);
  });

  it('allows several default wallets next to the default loyalty campaign', () => {
    expect(
      validateFiles([
        { path: 'campaigns/spaaza/a.yaml', text: loyalty(4101, ['active: true']) },
        { path: 'campaigns/spaaza/b.yaml', text: campaign(['type: points_wallet', 'is_default: true', 'active: true'], 4102) },
        { path: 'campaigns/spaaza/c.yaml', text: campaign(['type: wallet', 'is_default: true', 'active: true'], 4103) },
      ]),
    ).toEqual([]);
  });

  it('reports every further default in the same file, each against the first', () => {
    const text = [loyalty(4101), loyalty(4190), loyalty(4191)].join('---\n');
    const diags = validateYaml(text, { file: 'campaigns/spaaza/all.yaml' });
    expect(diags.map((d) => d.rule)).toEqual(['spaaza.single-default-loyalty', 'spaaza.single-default-loyalty']);
    expect(diags[0]!.message).toContain('4190');
    expect(diags[1]!.message).toContain('4191');
    for (const d of diags) expect(d.message).toContain('4101');
  });

  it('does not compare campaigns of two different chains (accounts)', () => {
    const config = `${TEST_CONFIG}  rewards-be:\n    provider: spaaza\n    endpoint: sandbox\n    chain_id: 2\n`;
    expect(
      validateFiles(
        [
          { path: 'campaigns/spaaza/nl.yaml', text: loyalty(4101, ['active: true']) },
          { path: 'campaigns/spaaza/be.yaml', text: campaign(['type: loyalty', 'is_default: true', 'active: true'], 5101, 'rewards-be') },
        ],
        { config },
      ),
    ).toEqual([]);
  });
});

describe('spaaza rule functions', () => {
  describe('dateWindowOrder', () => {
    it('passes an ordered window and open-ended windows', () => {
      expect(dateWindowOrder({ active_date_from: '2026-12-01T00:00:00Z', active_date_until: '2027-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(dateWindowOrder({ active_date_from: '2026-12-01T00:00:00Z', active_date_until: null }, ctx)).toEqual([]);
      expect(dateWindowOrder({ active_date_from: null, active_date_until: '2020-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(dateWindowOrder({ active_date_until: '2020-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(dateWindowOrder({}, ctx)).toEqual([]);
    });

    it('rejects an empty window (until equal to from) and compares instants across offsets', () => {
      const equal = dateWindowOrder({ active_date_from: '2026-12-01T00:00:00Z', active_date_until: '2026-12-01T00:00:00Z' }, ctx);
      expect(equal).toHaveLength(1);
      expect(equal[0]).toMatchObject({
        rule: 'spaaza.date-window-order',
        path: ['active_date_until'],
        otherPaths: [['active_date_from']],
      });
      // 01:00 in Amsterdam is midnight UTC: one hour later as strings would suggest, the same as instants.
      expect(
        dateWindowOrder({ active_date_from: '2026-12-01T00:00:00Z', active_date_until: '2026-12-01T01:00:00+01:00' }, ctx),
      ).toHaveLength(1);
      expect(
        dateWindowOrder({ active_date_from: '2026-12-01T01:00:00+01:00', active_date_until: '2026-12-01T00:00:01Z' }, ctx),
      ).toEqual([]);
    });

    it('never throws on values Date cannot read', () => {
      expect(dateWindowOrder({ active_date_from: '2026-12-31T23:59:60Z', active_date_until: 'x' }, ctx)).toEqual([]);
    });
  });

  describe('timeWindowOrder', () => {
    it('passes an ordered window and one-sided windows', () => {
      expect(timeWindowOrder({ active_time_from: '09:00:00', active_time_until: '17:30:00' }, ctx)).toEqual([]);
      expect(timeWindowOrder({ active_time_from: '09:00:00', active_time_until: null }, ctx)).toEqual([]);
      expect(timeWindowOrder({ active_time_until: '09:00:00' }, ctx)).toEqual([]);
    });

    it('rejects equal times and windows that cross midnight', () => {
      const equal = timeWindowOrder({ active_time_from: '12:00:00', active_time_until: '12:00:00' }, ctx);
      expect(equal).toHaveLength(1);
      expect(equal[0]).toMatchObject({ rule: 'spaaza.time-window-order', path: ['active_time_until'], otherPaths: [['active_time_from']] });
      expect(timeWindowOrder({ active_time_from: '22:00:00', active_time_until: '02:00:00' }, ctx)).toHaveLength(1);
      expect(timeWindowOrder({ active_time_from: '09:59:59', active_time_until: '10:00:00' }, ctx)).toEqual([]);
    });
  });

  describe('weekdaysUnique', () => {
    it('passes distinct days, null and absent', () => {
      expect(weekdaysUnique({ active_weekdays: '1,2,3,4,5,6,7' }, ctx)).toEqual([]);
      expect(weekdaysUnique({ active_weekdays: '7' }, ctx)).toEqual([]);
      expect(weekdaysUnique({ active_weekdays: null }, ctx)).toEqual([]);
      expect(weekdaysUnique({}, ctx)).toEqual([]);
    });

    it('names every repeated day once and suggests the de-duplicated list', () => {
      const [v, ...rest] = weekdaysUnique({ active_weekdays: '5,1,5,1,5' }, ctx);
      expect(rest).toEqual([]);
      expect(v).toMatchObject({ rule: 'spaaza.weekdays-unique', path: ['active_weekdays'] });
      expect(v!.message).toContain('day 5, 1');
      expect(v!.hint).toContain('"1,5"');
    });
  });

  describe('basketTotalRange', () => {
    it('passes equal bounds, open bounds and single bounds', () => {
      expect(basketTotalRange({ minimum_basket_total_value_earn: 25, maximum_basket_total_value_earn: 25 }, ctx)).toEqual([]);
      expect(basketTotalRange({ minimum_basket_total_value_earn: 25, maximum_basket_total_value_earn: null }, ctx)).toEqual([]);
      expect(basketTotalRange({ maximum_basket_total_value_spend: 0 }, ctx)).toEqual([]);
      // earn and spend bounds are separate ranges: a spend maximum below an earn minimum is fine.
      expect(basketTotalRange({ minimum_basket_total_value_earn: 100, maximum_basket_total_value_spend: 50 }, ctx)).toEqual([]);
    });

    it('reports earn and spend separately', () => {
      const spec: SpaazaSpec = {
        minimum_basket_total_value_earn: 10,
        maximum_basket_total_value_earn: 9.99,
        minimum_basket_total_value_spend: 50,
        maximum_basket_total_value_spend: 0,
      };
      const out = basketTotalRange(spec, ctx);
      expect(out.map((v) => v.path)).toEqual([['maximum_basket_total_value_earn'], ['maximum_basket_total_value_spend']]);
      expect(out.map((v) => v.otherPaths)).toEqual([[['minimum_basket_total_value_earn']], [['minimum_basket_total_value_spend']]]);
    });
  });

  describe('singleActiveDefaultLoyalty', () => {
    const accountCtx = { account: 'rewards-nl', options: { chain_id: 1 }, now: TEST_NOW };
    const c = (key: number, spec: SpaazaSpec): AccountCampaign<SpaazaSpec> => ({ ref: { key }, id: String(4100 + key), spec });

    it('ignores campaigns without a managed type, non-defaults and switched-off ones', () => {
      const out = singleActiveDefaultLoyalty(
        [
          c(1, { type: 'loyalty', is_default: true, active: true }),
          c(2, { is_default: true, active: true }),
          c(3, { type: 'loyalty', is_default: false, active: true }),
          c(4, { type: 'loyalty', active: true }),
          c(5, { type: 'loyalty', is_default: true, active: false }),
          c(6, { type: 'wallet', is_default: true, active: true }),
        ],
        accountCtx,
      );
      expect(out).toEqual([]);
    });

    it('reports each later default against the first, with related pointing at it', () => {
      const out = singleActiveDefaultLoyalty(
        [
          c(1, { type: 'loyalty', is_default: true, active: false }),
          c(2, { type: 'loyalty', is_default: true }),
          c(3, { type: 'loyalty', is_default: true, active: true }),
        ],
        accountCtx,
      );
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({
        rule: 'spaaza.single-default-loyalty',
        campaign: { key: 3 },
        path: ['is_default'],
        related: [{ campaign: { key: 2 }, path: ['is_default'] }],
      });
      expect(out[0]!.message).toContain('rewards-nl');
      expect(out[0]!.message).not.toContain('may be active');
    });

    it('returns nothing for an empty account', () => {
      expect(singleActiveDefaultLoyalty([], accountCtx)).toEqual([]);
    });
  });
});
