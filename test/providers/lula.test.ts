import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_CONFIG, TEST_NOW, validateFiles, validateYaml } from '../helpers/validate.js';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import type { LulaSpec } from '../../src/generated/lula.js';
import type { AccountCampaign, AccountRuleContext, SpecRuleContext } from '../../src/providers/types.js';
import { endAfterStart } from '../../src/providers/lula/date-range.js';
import { statusMatchesDates } from '../../src/providers/lula/status-dates.js';
import { uniqueCampaignIdentifier, uniqueName } from '../../src/providers/lula/uniqueness.js';
import { compareInstants, instantFromDate, parseInstant } from '../../src/desired/instant.js';
import { expectOneDiagnostic } from '../helpers/diagnostics.js';
import { at, campaignDoc } from '../helpers/documents.js';
import { existingExampleFiles } from '../helpers/examples.js';

const examplesDir = fileURLToPath(new URL('../../campaigns/lula/', import.meta.url));

/** A Lula campaign document in the `stores` account; spec lines (written unindented) start on line 5. */
const doc = (specLines: readonly string[], id = '1000214'): string =>
  campaignDoc({ provider: 'lula', account: 'stores', id: `"${id}"` }, specLines);


interface Case {
  readonly name: string;
  readonly spec: readonly string[];
  /** Text on the offending line. */
  readonly line: string;
  /** Text the diagnostic's column points at: the value for value errors, the key for unknown fields. */
  readonly col: string;
  readonly code?: string;
  readonly rule?: string;
  /** Each must occur in message + hint (case-insensitive). */
  readonly mentions: readonly string[];
  readonly now?: Date;
}

function expectOne(diags: readonly Diagnostic[], text: string, c: Case): Diagnostic {
  return expectOneDiagnostic(diags, { ...at(text, c.line, c.col), code: c.code ?? 'schema', rule: c.rule, mentions: c.mentions });
}

function runCases(cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = doc(c.spec);
    expectOne(validateYaml(text, c.now ? { now: c.now } : {}), text, c);
  });
}

const LONG_NAME = 'N'.repeat(201);
const LONG_DESCRIPTION = 'd'.repeat(1001);

describe('lula example campaigns', () => {
  const files = existingExampleFiles(examplesDir)
    .map((f) => ({ path: `campaigns/lula/${f}`, text: readFileSync(`${examplesDir}${f}`, 'utf8') }));

  it('has at least three examples with the schema modeline first', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(f.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/campaign-file.schema.json');
      expect(f.text).toMatch(/^provider: lula$/m);
      expect(f.text).toMatch(/^account: stores$/m);
      expect(f.text).toMatch(/^id: "\d+"$/m);
    }
  });

  it.each(files.map((f) => [f.path, f] as const))('%s validates cleanly on its own', (_path, f) => {
    expect(validateFiles([f])).toEqual([]);
  });

  it('validate cleanly together (names and identifiers are unique across them)', () => {
    expect(validateFiles(files)).toEqual([]);
  });

  it('stay valid as time passes (status rules use only dates that cannot age badly)', () => {
    for (const now of ['2027-03-01T00:00:00Z', '2028-06-30T00:00:00Z']) {
      expect(validateFiles(files, { now: new Date(now) })).toEqual([]);
    }
  });

  it('a spec that manages nothing is valid', () => {
    expect(validateYaml(doc([]).replace('spec:\n', 'spec: {}\n'))).toEqual([]);
  });
});

describe('lula schema: name', () => {
  it('accepts exactly 200 characters', () => {
    expect(validateYaml(doc([`name: ${'N'.repeat(200)}`]))).toEqual([]);
  });
  runCases([
    { name: 'empty', spec: ['name: ""'], line: 'name:', col: '""', mentions: ['`name`', 'empty'] },
    { name: 'blank', spec: ['name: "   "'], line: 'name:', col: '"   "', mentions: ['`name`', 'blank', '1–200'] },
    { name: 'too long', spec: [`name: ${LONG_NAME}`], line: 'name:', col: LONG_NAME, mentions: ['`name`', 'at most 200', 'got 201'] },
    { name: 'a number', spec: ['name: 2026'], line: 'name:', col: '2026', mentions: ['`name`', 'string', 'quote'] },
    { name: 'null (not nullable)', spec: ['status: active', 'name: null'], line: 'name:', col: 'null', mentions: ['`name`', 'string', 'got null'] },
  ]);
});

describe('lula schema: description', () => {
  it('accepts exactly 1000 characters, and multi-line text', () => {
    expect(validateYaml(doc([`description: ${'d'.repeat(1000)}`]))).toEqual([]);
    expect(validateYaml(doc(['description: |-', '  Line one.', '  **Line two.**']))).toEqual([]);
  });
  runCases([
    {
      name: 'too long',
      spec: ['name: Winter Deals', `description: ${LONG_DESCRIPTION}`],
      line: 'description:',
      col: LONG_DESCRIPTION,
      mentions: ['`description`', 'at most 1000', 'got 1001'],
    },
    { name: 'a list (located at its key)', spec: ['description:', '  - one'], line: 'description:', col: 'description', mentions: ['`description`', 'string'] },
  ]);
});

describe('lula schema: campaign_identifier', () => {
  it('accepts letters, digits and underscores, and an all-digit value when quoted', () => {
    expect(validateYaml(doc(['campaign_identifier: Holiday_Snacks_2026']))).toEqual([]);
    expect(validateYaml(doc(['campaign_identifier: "2026"']))).toEqual([]);
  });
  runCases([
    {
      name: 'hyphen',
      spec: ['campaign_identifier: HOLIDAY-SNACKS'],
      line: 'campaign_identifier:',
      col: 'HOLIDAY-SNACKS',
      mentions: ['`campaign_identifier`', 'letters, digits and underscores'],
    },
    {
      name: 'space',
      spec: ['campaign_identifier: "HOLIDAY SNACKS"'],
      line: 'campaign_identifier:',
      col: '"HOLIDAY SNACKS"',
      mentions: ['`campaign_identifier`', 'underscores'],
    },
    {
      name: 'empty',
      spec: ['campaign_identifier: ""'],
      line: 'campaign_identifier:',
      col: '""',
      mentions: ['`campaign_identifier`', 'letters'],
    },
    {
      name: 'unquoted number',
      spec: ['campaign_identifier: 2026'],
      line: 'campaign_identifier:',
      col: '2026',
      mentions: ['`campaign_identifier`', 'string', 'quote it'],
    },
  ]);
});

describe('lula schema: starts_at / ends_at', () => {
  it('accepts offsets, Z, fractions, and unquoted YAML date-times', () => {
    expect(
      validateYaml(doc(['starts_at: 2026-12-01T06:00:00-05:00', 'ends_at: "2026-12-31T23:59:59.999Z"'])),
    ).toEqual([]);
  });
  runCases([
    {
      name: 'starts_at as a date only',
      spec: ['starts_at: 2026-12-01'],
      line: 'starts_at:',
      col: '2026-12-01',
      mentions: ['`starts_at`', 'ISO-8601 date-time', 'time zone', '2026-12-01T00:00:00Z'],
    },
    {
      name: 'starts_at without a time zone',
      spec: ['starts_at: 2026-12-01T06:00:00'],
      line: 'starts_at:',
      col: '2026-12-01T06:00:00',
      mentions: ['`starts_at`', 'time zone'],
    },
    {
      name: 'ends_at with an impossible month',
      spec: ['ends_at: 2026-13-01T00:00:00Z'],
      line: 'ends_at:',
      col: '2026-13-01T00:00:00Z',
      mentions: ['`ends_at`', 'date-time'],
    },
    {
      name: 'ends_at null (not nullable)',
      spec: ['ends_at: null'],
      line: 'ends_at:',
      col: 'null',
      mentions: ['`ends_at`', 'date-time'],
    },
  ]);
});

describe('lula schema: status', () => {
  it.each(['active', 'inactive'])('accepts %s', (status) => {
    expect(validateYaml(doc([`status: ${status}`]))).toEqual([]);
  });
  runCases([
    {
      name: 'unknown value',
      spec: ['status: paused'],
      line: 'status:',
      col: 'paused',
      mentions: ['`status`', '"active"', '"inactive"', '"scheduled"', '"expired"', 'paused'],
    },
    {
      name: 'wrong case, with a suggestion',
      spec: ['status: Active'],
      line: 'status:',
      col: 'Active',
      mentions: ['`status`', 'did you mean "active"'],
    },
  ]);
});

describe('lula schema: unknown fields', () => {
  runCases([
    {
      name: 'the read name start_date suggests starts_at',
      spec: ['name: Winter Deals', 'start_date: 2026-12-01'],
      line: 'start_date:',
      col: 'start_date',
      code: 'unknown-field',
      mentions: ['`start_date`', 'did you mean `starts_at`'],
    },
    {
      name: 'a typo suggests the field',
      spec: ['campaign_identifer: WINTER_2026'],
      line: 'campaign_identifer:',
      col: 'campaign_identifer',
      code: 'unknown-field',
      mentions: ['`campaign_identifer`', 'did you mean `campaign_identifier`'],
    },
    {
      name: 'image is not managed (base64 in, URL out)',
      spec: ['image: https://cdn.example.com/winter.webp'],
      line: 'image:',
      col: 'image',
      code: 'unknown-field',
      mentions: ['`image`', 'campaign_identifier', 'starts_at'],
    },
  ]);
});

describe('lula rule: end-after-start (validated files)', () => {
  runCases([
    {
      name: 'ends before it starts',
      spec: ['starts_at: 2026-12-02T00:00:00Z', 'ends_at: 2026-12-01T00:00:00Z'],
      line: 'ends_at:',
      col: '2026-12-01T00:00:00Z',
      code: 'rule',
      rule: 'lula.end-after-start',
      mentions: ['`ends_at`', '`starts_at`', 'after', 'INVALID_DATE_RANGE'],
    },
    {
      name: 'ends at the very moment it starts',
      spec: ['starts_at: 2026-12-01T00:00:00Z', 'ends_at: 2026-12-01T00:00:00Z'],
      line: 'ends_at:',
      col: '2026-12-01T00:00:00Z',
      code: 'rule',
      rule: 'lula.end-after-start',
      mentions: ['`ends_at`', 'after'],
    },
    {
      name: 'reported on starts_at when that comes later in the file',
      spec: ['ends_at: 2026-12-01T00:00:00Z', 'name: Winter Deals', 'starts_at: 2026-12-02T00:00:00Z'],
      line: 'starts_at:',
      col: '2026-12-02T00:00:00Z',
      code: 'rule',
      rule: 'lula.end-after-start',
      mentions: ['`ends_at`', '`starts_at`'],
    },
    {
      name: 'compared as instants: a later clock time in an earlier zone is earlier',
      // 09:00+02:00 is 07:00Z, before the 08:00Z start, though "09" > "08" as text.
      spec: ['starts_at: 2026-12-01T08:00:00Z', 'ends_at: 2026-12-01T09:00:00+02:00'],
      line: 'ends_at:',
      col: '2026-12-01T09:00:00+02:00',
      code: 'rule',
      rule: 'lula.end-after-start',
      mentions: ['`ends_at`'],
    },
  ]);

  it('accepts an end after the start once offsets are applied', () => {
    // 06:00-05:00 is 11:00Z, after 10:00Z although "06" < "10" as text.
    expect(validateYaml(doc(['starts_at: 2026-12-01T10:00:00Z', 'ends_at: 2026-12-01T06:00:00-05:00']))).toEqual([]);
  });

  it('allows past dates for historical campaigns', () => {
    expect(
      validateYaml(doc(['starts_at: 2024-01-01T00:00:00Z', 'ends_at: 2024-01-31T23:59:59Z', 'status: expired'])),
    ).toEqual([]);
  });
});

describe('lula rule: status-matches-dates (validated files)', () => {
  runCases([
    {
      name: 'scheduled but already started',
      spec: ['status: scheduled', 'starts_at: 2026-11-01T00:00:00Z', 'ends_at: 2026-12-31T23:59:59Z'],
      line: 'starts_at:',
      col: '2026-11-01T00:00:00Z',
      code: 'rule',
      rule: 'lula.status-matches-dates',
      mentions: ['`status`', '`scheduled`', '`starts_at`', 'future', '`active` or `inactive`'],
    },
    {
      name: 'scheduled but already ended (start not managed)',
      spec: ['ends_at: 2026-11-01T00:00:00Z', 'status: scheduled'],
      line: 'status:',
      col: 'scheduled',
      code: 'rule',
      rule: 'lula.status-matches-dates',
      mentions: ['`scheduled`', '`ends_at`', 'passed'],
    },
    {
      name: 'expired but the end is still ahead',
      spec: ['starts_at: 2026-11-01T00:00:00Z', 'ends_at: 2026-12-31T23:59:59Z', 'status: expired'],
      line: 'status:',
      col: 'expired',
      code: 'rule',
      rule: 'lula.status-matches-dates',
      mentions: ['`status`', '`expired`', '`ends_at`', 'future', '`inactive`'],
    },
    {
      name: 'expired but not even started (end not managed)',
      spec: ['status: expired', 'starts_at: 2027-01-10T00:00:00Z'],
      line: 'starts_at:',
      col: '2027-01-10T00:00:00Z',
      code: 'rule',
      rule: 'lula.status-matches-dates',
      mentions: ['`expired`', '`starts_at`', 'not even started'],
    },
    {
      name: 'judged against the given now',
      spec: ['status: scheduled', 'starts_at: 2027-02-05T05:00:00Z'],
      now: new Date('2027-02-06T00:00:00Z'),
      line: 'starts_at:',
      col: '2027-02-05T05:00:00Z',
      code: 'rule',
      rule: 'lula.status-matches-dates',
      mentions: ['now: 2027-02-06T00:00:00Z'],
    },
  ]);

  it('accepts scheduled in the future and expired in the past', () => {
    expect(validateYaml(doc(['status: scheduled', 'starts_at: 2027-02-05T05:00:00Z']))).toEqual([]);
    expect(validateYaml(doc(['status: expired', 'ends_at: 2026-11-01T03:59:59Z']))).toEqual([]);
  });

  it('does not judge a status whose dates are not managed', () => {
    expect(validateYaml(doc(['status: scheduled']))).toEqual([]);
    expect(validateYaml(doc(['status: expired']))).toEqual([]);
  });

  it('reports both rules when dates are reversed and contradict the status', () => {
    const text = doc(['status: scheduled', 'starts_at: 2026-12-05T00:00:00Z', 'ends_at: 2026-11-01T00:00:00Z']);
    const diags = validateYaml(text);
    expect(diags.map((d) => [d.rule, d.line])).toEqual([
      ['lula.end-after-start', 7],
      ['lula.status-matches-dates', 7],
    ]);
  });
});

describe('lula account rules (validated files)', () => {
  const first = doc(['name: Holiday Snack Deals', 'campaign_identifier: HOLIDAY_SNACKS_2026'], '1000214');

  it('reports a name used twice in the company on the later campaign, pointing at the first', () => {
    const second = doc(['status: active', 'name: Holiday Snack Deals'], '1000215');
    const diags = validateFiles([
      { path: 'campaigns/lula/a.yaml', text: first },
      { path: 'campaigns/lula/b.yaml', text: second },
    ]);
    expect(diags, JSON.stringify(diags, null, 2)).toHaveLength(1);
    const d = diags[0]!;
    expect(d).toMatchObject({ file: 'campaigns/lula/b.yaml', code: 'rule', rule: 'lula.unique-name', ...at(second, 'name:', 'Holiday') });
    expect(d.message).toContain('`name`');
    expect(d.message).toContain('"1000214"');
    expect(d.message).toContain('unique within company 1042');
    expect(d.related).toHaveLength(1);
    expect(d.related![0]).toMatchObject({ file: 'campaigns/lula/a.yaml', ...at(first, 'name:', 'Holiday') });
  });

  it('compares names ignoring case and surrounding spaces, and says so', () => {
    const second = doc(['name: "  holiday snack DEALS "'], '1000215');
    const diags = validateFiles([
      { path: 'campaigns/lula/a.yaml', text: first },
      { path: 'campaigns/lula/b.yaml', text: second },
    ]);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ file: 'campaigns/lula/b.yaml', rule: 'lula.unique-name', line: 5 });
    expect(diags[0]!.message).toContain('ignoring case');
  });

  it('reports a campaign_identifier used twice on the later campaign', () => {
    const second = doc(['name: New Year Snack Deals', 'campaign_identifier: HOLIDAY_SNACKS_2026'], '1000215');
    const diags = validateFiles([
      { path: 'campaigns/lula/a.yaml', text: first },
      { path: 'campaigns/lula/b.yaml', text: second },
    ]);
    expect(diags).toHaveLength(1);
    const d = diags[0]!;
    expect(d).toMatchObject({
      file: 'campaigns/lula/b.yaml',
      code: 'rule',
      rule: 'lula.unique-campaign-identifier',
      ...at(second, 'campaign_identifier:', 'HOLIDAY_SNACKS_2026'),
    });
    expect(d.message).toContain('`campaign_identifier`');
    expect(d.hint).toBeDefined();
    expect(d.related![0]).toMatchObject({ file: 'campaigns/lula/a.yaml', ...at(first, 'campaign_identifier:', 'HOLIDAY') });
  });

  it('finds duplicates between documents of one file', () => {
    const second = doc(['name: Holiday Snack Deals'], '1000215');
    const diags = validateYaml(`${first}---\n${second}`);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ rule: 'lula.unique-name', line: first.split('\n').length + 5 });
  });

  it('does not compare campaigns of different accounts (companies)', () => {
    const config = `${TEST_CONFIG}  outlets:\n    provider: lula\n    endpoint: sandbox\n    company_id: "2077"\n`;
    const other = doc(['name: Holiday Snack Deals', 'campaign_identifier: HOLIDAY_SNACKS_2026'], '1000215').replace(
      'account: stores',
      'account: outlets',
    );
    const diags = validateFiles(
      [
        { path: 'campaigns/lula/a.yaml', text: first },
        { path: 'campaigns/lula/b.yaml', text: other },
      ],
      { config },
    );
    expect(diags).toEqual([]);
  });
});

// ---- the rule functions, called directly -------------------------------------------------------

const ctx: SpecRuleContext = { now: TEST_NOW, id: '1000214' };

describe('parseInstant', () => {
  const z = (text: string) => parseInstant(text);
  it.each([
    ['2026-12-01T00:00:00Z', Date.UTC(2026, 11, 1) / 1000, ''],
    ['2026-12-01t00:00:00z', Date.UTC(2026, 11, 1) / 1000, ''],
    ['2026-12-01 00:00:00Z', Date.UTC(2026, 11, 1) / 1000, ''],
    ['2026-12-01T06:00:00-05:00', Date.UTC(2026, 11, 1, 11) / 1000, ''],
    ['2026-12-01T06:00:00-0500', Date.UTC(2026, 11, 1, 11) / 1000, ''],
    ['2026-12-01T06:00:00+05', Date.UTC(2026, 11, 1, 1) / 1000, ''],
    ['2026-12-01T00:00:00.500Z', Date.UTC(2026, 11, 1) / 1000, '5'],
    ['2024-02-29T12:00:00Z', Date.UTC(2024, 1, 29, 12) / 1000, ''],
    ['1969-12-31T23:59:59Z', -1, ''],
  ])('%s', (text, seconds, fraction) => {
    expect(z(text)).toEqual({ seconds, fraction });
  });

  it('places years below 100 in their own century (unlike Date.UTC)', () => {
    expect(z('0050-01-01T00:00:00Z')!.seconds).toBe(new Date('0050-01-01T00:00:00Z').getTime() / 1000);
  });

  it('rolls a leap second into the next minute', () => {
    expect(z('2026-12-31T23:59:60Z')!.seconds).toBe(Date.UTC(2027, 0, 1) / 1000);
  });

  it('returns undefined for what is not a date-time', () => {
    for (const bad of ['2026-12-01', '2026-12-01T00:00:00', 'tomorrow', '', '2026-12-01T00:00Z']) {
      expect(z(bad)).toBeUndefined();
    }
  });

  it('compares beyond millisecond precision', () => {
    const a = z('2026-12-01T00:00:00.0001Z')!;
    const b = z('2026-12-01T00:00:00Z')!;
    expect(compareInstants(a, b)).toBeGreaterThan(0);
    expect(compareInstants(b, a)).toBeLessThan(0);
    expect(compareInstants(z('2026-12-01T00:00:00.10Z')!, z('2026-12-01T00:00:00.1Z')!)).toBe(0);
  });

  it('turns a Date into the same instant as its ISO text', () => {
    const d = new Date('2026-11-23T12:00:00.250Z');
    expect(compareInstants(instantFromDate(d), z('2026-11-23T12:00:00.25Z')!)).toBe(0);
    expect(compareInstants(instantFromDate(new Date('1969-12-31T23:59:59.500Z')), z('1969-12-31T23:59:59.5Z')!)).toBe(0);
  });
});

describe('endAfterStart', () => {
  it('ignores absent fields', () => {
    expect(endAfterStart({}, ctx)).toEqual([]);
    expect(endAfterStart({ starts_at: '2026-12-02T00:00:00Z' }, ctx)).toEqual([]);
    expect(endAfterStart({ ends_at: '2026-12-01T00:00:00Z' }, ctx)).toEqual([]);
  });

  it('stays silent on text it cannot read (the schema reports that)', () => {
    expect(endAfterStart({ starts_at: 'soon', ends_at: '2026-12-01T00:00:00Z' }, ctx)).toEqual([]);
  });

  it('names both fields, ends_at first', () => {
    const [v, ...rest] = endAfterStart({ starts_at: '2026-12-02T00:00:00Z', ends_at: '2026-12-01T23:59:59Z' }, ctx);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: 'lula.end-after-start', path: ['ends_at'], otherPaths: [['starts_at']] });
  });

  it('accepts an end one millisecond after the start', () => {
    expect(endAfterStart({ starts_at: '2026-12-01T00:00:00Z', ends_at: '2026-12-01T00:00:00.001Z' }, ctx)).toEqual([]);
  });
});

describe('statusMatchesDates', () => {
  const past = '2026-11-01T00:00:00Z';
  const future = '2026-12-31T23:59:59Z';
  const nowText = '2026-11-23T12:00:00Z';

  it('never judges active or inactive, whatever the dates', () => {
    for (const status of ['active', 'inactive'] as const) {
      expect(statusMatchesDates({ status, starts_at: future, ends_at: past }, ctx)).toEqual([]);
      expect(statusMatchesDates({ status, starts_at: past, ends_at: past }, ctx)).toEqual([]);
    }
    expect(statusMatchesDates({ starts_at: past }, ctx)).toEqual([]);
  });

  it('scheduled: a start exactly now has already happened', () => {
    const [v] = statusMatchesDates({ status: 'scheduled', starts_at: nowText }, ctx);
    expect(v).toMatchObject({ rule: 'lula.status-matches-dates', path: ['status'], otherPaths: [['starts_at']] });
  });

  it('scheduled: a start one second ahead is fine', () => {
    expect(statusMatchesDates({ status: 'scheduled', starts_at: '2026-11-23T12:00:01Z', ends_at: future }, ctx)).toEqual([]);
  });

  it('scheduled: reports the start first when both dates are past', () => {
    const vs = statusMatchesDates({ status: 'scheduled', starts_at: past, ends_at: '2026-11-02T00:00:00Z' }, ctx);
    expect(vs).toHaveLength(1);
    expect(vs[0]!.otherPaths).toEqual([['starts_at']]);
  });

  it('expired: an end exactly now has happened', () => {
    expect(statusMatchesDates({ status: 'expired', starts_at: past, ends_at: nowText }, ctx)).toEqual([]);
  });

  it('expired: an end one second ahead is a contradiction, reported once', () => {
    const vs = statusMatchesDates({ status: 'expired', starts_at: future, ends_at: '2026-11-23T12:00:01Z' }, ctx);
    expect(vs).toHaveLength(1);
    expect(vs[0]).toMatchObject({ path: ['status'], otherPaths: [['ends_at']] });
  });

  it('honours offsets when comparing with now', () => {
    // 08:00-05:00 is 13:00Z: after now (12:00Z), so not yet started.
    expect(statusMatchesDates({ status: 'scheduled', starts_at: '2026-11-23T08:00:00-05:00' }, ctx)).toEqual([]);
    // 13:00+02:00 is 11:00Z: before now.
    expect(statusMatchesDates({ status: 'scheduled', starts_at: '2026-11-23T13:00:00+02:00' }, ctx)).toHaveLength(1);
  });

  it('stays silent on unreadable dates', () => {
    expect(statusMatchesDates({ status: 'expired', ends_at: 'never' }, ctx)).toEqual([]);
  });
});

describe('uniqueness rules', () => {
  const account: AccountRuleContext = { account: 'stores', options: { company_id: '1042' }, now: TEST_NOW };
  const campaign = (key: number, id: string, spec: LulaSpec): AccountCampaign<LulaSpec> => ({ ref: { key }, id, spec });

  it('reports every later duplicate against the first one', () => {
    const list = [
      campaign(0, '1', { name: 'Fuel Rewards' }),
      campaign(1, '2', { name: 'Coffee Club' }),
      campaign(2, '3', { name: 'Fuel Rewards' }),
      campaign(3, '4', { name: 'fuel rewards' }),
    ];
    const vs = uniqueName(list, account);
    expect(vs.map((v) => [v.campaign.key, v.related?.map((r) => r.campaign.key)])).toEqual([
      [2, [0]],
      [3, [0]],
    ]);
    expect(vs[0]).toMatchObject({ rule: 'lula.unique-name', path: ['name'] });
    expect(vs[0]!.related![0]!.path).toEqual(['name']);
  });

  it('ignores campaigns that do not manage the field', () => {
    const list = [campaign(0, '1', { status: 'active' }), campaign(1, '2', { status: 'active' })];
    expect(uniqueName(list, account)).toEqual([]);
    expect(uniqueCampaignIdentifier(list, account)).toEqual([]);
  });

  it('does not confuse the two fields', () => {
    const list = [campaign(0, '1', { name: 'WINTER_2026' }), campaign(1, '2', { campaign_identifier: 'WINTER_2026' })];
    expect(uniqueName(list, account)).toEqual([]);
    expect(uniqueCampaignIdentifier(list, account)).toEqual([]);
  });

  it('treats the same campaign id written twice as one campaign (the cross-file check reports it)', () => {
    const list = [campaign(0, '7', { campaign_identifier: 'A_1' }), campaign(1, '7', { campaign_identifier: 'A_1' })];
    expect(uniqueCampaignIdentifier(list, account)).toEqual([]);
  });

  it('names the account when no company_id is configured', () => {
    const list = [campaign(0, '1', { campaign_identifier: 'A_1' }), campaign(1, '2', { campaign_identifier: 'a_1' })];
    const [v] = uniqueCampaignIdentifier(list, { ...account, options: {} });
    expect(v!.message).toContain('account stores');
    expect(v!.message).toContain('as "A_1"');
  });
});
