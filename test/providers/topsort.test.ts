import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFiles, validateYaml, TEST_NOW } from '../helpers/validate.js';
import type { Diagnostic } from '../../src/desired/diagnostic.js';
import type { TopsortSpec } from '../../src/generated/topsort.js';
import type { AccountCampaign } from '../../src/providers/types.js';
import { endAfterStart } from '../../src/providers/topsort/dates.js';
import { uniqueExternalCampaignId } from '../../src/providers/topsort/external-campaign-id.js';
import { expectOneDiagnostic } from '../helpers/diagnostics.js';
import { at, campaignDoc } from '../helpers/documents.js';

const examplesDir = fileURLToPath(new URL('../../campaigns/topsort/', import.meta.url));
const ID = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';

/** A Topsort campaign document whose spec holds `specLines` (written unindented), from line 5 on. */
const doc = (specLines: readonly string[], id = ID): string => campaignDoc({ provider: 'topsort', account: 'marketplace-eu', id }, specLines);


const expectOne = expectOneDiagnostic;

/** Validates a spec with exactly one bad line and checks the diagnostic sits on that line's value. */
function expectValueError(
  specLines: readonly string[],
  badLine: string,
  value: string,
  mentions: readonly string[],
  code = 'schema',
): Diagnostic {
  const text = doc(specLines);
  return expectOne(validateYaml(text), { ...at(text, badLine, value), code, mentions });
}

describe('topsort example campaigns', () => {
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `campaigns/topsort/${f}`, text: readFileSync(`${examplesDir}${f}`, 'utf8') }));

  it('has at least the listing manual, listing autobidding and banner examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const all = files.map((f) => f.text).join('\n');
    expect(all).toContain('adFormat: banner');
    expect(all).toContain('productIds:');
    expect(all).toContain('campaignType: autobidding');
    expect(all).toContain('targetRoas:');
  });

  it.each(files)('$path starts with the schema modeline and validates alone', (file) => {
    expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/campaign-file.schema.json');
    expect(validateFiles([file])).toEqual([]);
  });

  it('validates as one account (no clashing external ids)', () => {
    expect(validateFiles(files)).toEqual([]);
  });

  it('still validates a year from now (no date rule ages the examples out)', () => {
    expect(validateFiles(files, { now: new Date('2027-11-23T12:00:00Z') })).toEqual([]);
  });
});

describe('topsort campaign id', () => {
  it('must be a uuid', () => {
    const text = doc(['name: Winter Sale'], 'MKT-EU-2026-WS-0142');
    expectOne(validateYaml(text), { ...at(text, 'id:', 'MKT-EU'), code: 'schema', mentions: ['id', 'uuid'] });
  });
});

describe('topsort schema: field by field', () => {
  it('accepts a spec managing every writable field', () => {
    const text = doc([
      'name: Holiday Gifting 2026',
      'adFormat: banner',
      'vendorId: vnd-brewmaster-home',
      'budget: { amount: 1500000, type: total }',
      'startDate: "2026-12-05T06:00:00+01:00"',
      'endDate: "2026-12-26T23:59:59+01:00"',
      'isActive: true',
      'isSmart: false',
      'campaignType: autobidding',
      'status: rejected',
      'statusUpdatedBy: null',
      'isAutoTrigger: false',
      'targetRoas: null',
      'externalCampaignId: MKT-EU-2026-HG-0009',
      'multiplierConfig: { isActive: true, multipliers: [{ type: user_segment, segmentId: 12, multiplier: 1.5 }] }',
      'targetingFilters: { isActive: true, targetingFilters: [{ type: user_segment, segmentId: 14 }] }',
      'exclusionFilters: { isActive: false, exclusionFilters: [] }',
      'chargeType: CPM',
      'autobiddingObjective: clicks',
      'productIds: [SKU-1, SKU-2]',
      'bannerAdRejectionReason: { declineReason: Low image quality, reasonDetails: Logo is pixelated }',
    ]);
    expect(validateYaml(text)).toEqual([]);
  });

  it('accepts null where Topsort itself reads null', () => {
    const text = doc([
      'statusUpdatedBy: null',
      'targetRoas: null',
      'externalCampaignId: null',
      'autobiddingObjective: null',
    ]);
    expect(validateYaml(text)).toEqual([]);
  });

  describe('name', () => {
    it('rejects an empty name', () => {
      expectValueError(['name: ""', 'isActive: true'], 'name:', '""', ['name', 'empty']);
    });
    it('rejects null: a campaign always has a name', () => {
      expectValueError(['isActive: true', 'name: null'], 'name:', 'null', ['name', 'string']);
    });
  });

  describe('budget', () => {
    it('rejects an empty budget object', () => {
      expectValueError(['name: Winter Sale', 'budget: {}'], 'budget:', 'budget', ['budget', 'amount']);
    });
    it('rejects a zero amount', () => {
      expectValueError(['budget:', '  amount: 0', '  type: daily'], 'amount: 0', '0', ['amount', '≥ 1', 'cents']);
    });
    it('rejects an amount at the 2 000 000 000 ceiling', () => {
      expectValueError(['budget:', '  amount: 2000000000'], 'amount:', '2000000000', ['amount', '1999999999', 'minor']);
    });
    it('accepts the largest amount below the ceiling', () => {
      expect(validateYaml(doc(['budget:', '  amount: 1999999999']))).toEqual([]);
    });
    it('rejects a fractional amount (amounts are in minor units)', () => {
      expectValueError(['budget:', '  amount: 499.99', '  type: daily'], 'amount:', '499.99', ['amount', 'integer']);
    });
    it('rejects an amount written as a string', () => {
      expectValueError(['budget:', '  amount: "50000"'], 'amount:', '"50000"', ['amount', 'integer']);
    });
    it('rejects an unknown budget type and lists the allowed ones', () => {
      expectValueError(['budget:', '  amount: 50000', '  type: yearly'], 'type: yearly', 'yearly', [
        'type',
        'daily',
        'weekly',
        'monthly',
        'total',
      ]);
    });
    it('rejects a read-only budget field such as amountRemaining', () => {
      const text = doc(['budget:', '  amount: 50000', '  amountRemaining: 1200']);
      expectOne(validateYaml(text), { ...at(text, 'amountRemaining', 'amountRemaining'), code: 'unknown-field', mentions: ['amountRemaining'] });
    });
  });

  describe('dates', () => {
    it('rejects a startDate without a time', () => {
      expectValueError(['startDate: "2026-12-01"'], 'startDate:', '"2026-12-01"', ['startDate', 'date-time']);
    });
    it('rejects an endDate without a time zone', () => {
      expectValueError(['endDate: "2027-01-15T23:59:59"'], 'endDate:', '"2027-01-15T23:59:59"', ['endDate', 'date-time']);
    });
    it('rejects a null endDate', () => {
      expectValueError(['name: Winter Sale', 'endDate: null'], 'endDate:', 'null', ['endDate', 'string']);
    });
  });

  describe('booleans', () => {
    it.each(['isActive', 'isSmart', 'isAutoTrigger'])('%s must be a boolean', (field) => {
      expectValueError(['name: Winter Sale', `${field}: "yes"`], `${field}:`, '"yes"', [field, 'boolean']);
    });
  });

  describe('campaignType', () => {
    it('refuses manual and explains the one-way switch', () => {
      const d = expectValueError(['name: Winter Sale', 'campaignType: manual'], 'campaignType:', 'manual', [
        'campaignType',
        'autobidding',
      ]);
      expect(d.hint ?? '').toMatch(/leave `campaignType` out/);
    });
    it('refuses exclusive', () => {
      expectValueError(['campaignType: exclusive'], 'campaignType:', 'exclusive', ['campaignType', 'autobidding']);
    });
  });

  describe('review status', () => {
    it('rejects an unknown status and lists the allowed ones', () => {
      expectValueError(['status: live'], 'status:', 'live', ['status', 'approved', 'pending', 'rejected']);
    });
    it('rejects a statusUpdatedBy that is not a uuid', () => {
      expectValueError(['status: approved', 'statusUpdatedBy: jane.doe'], 'statusUpdatedBy:', 'jane.doe', [
        'statusUpdatedBy',
        'uuid',
      ]);
    });
  });

  describe('targetRoas', () => {
    it('rejects a value below 0.5', () => {
      expectValueError(['targetRoas: 0.4'], 'targetRoas:', '0.4', ['targetRoas', '0.5']);
    });
    it('rejects a value above 20', () => {
      expectValueError(['targetRoas: 21'], 'targetRoas:', '21', ['targetRoas', '20']);
    });
    it('accepts both bounds', () => {
      expect(validateYaml(doc(['targetRoas: 0.5']))).toEqual([]);
      expect(validateYaml(doc(['targetRoas: 20']))).toEqual([]);
    });
    it('rejects a percentage string', () => {
      expectValueError(['targetRoas: "650%"'], 'targetRoas:', '"650%"', ['targetRoas', 'number']);
    });
  });

  describe('externalCampaignId', () => {
    it('rejects an empty id', () => {
      expectValueError(['externalCampaignId: ""'], 'externalCampaignId:', '""', ['externalCampaignId', 'empty']);
    });
    it('rejects a number (quote numeric ids)', () => {
      expectValueError(['externalCampaignId: 20260142'], 'externalCampaignId:', '20260142', ['externalCampaignId', 'string']);
    });
  });

  describe('segments', () => {
    it('rejects a multiplier of zero', () => {
      const spec = ['multiplierConfig:', '  isActive: true', '  multipliers:', '    - type: user_segment', '      segmentId: 2211', '      multiplier: 0'];
      expectValueError(spec, 'multiplier: 0', '0', ['multiplier', '> 0', 'positive']);
    });
    it('rejects a multiplier entry without its multiplier', () => {
      const text = doc(['multiplierConfig:', '  multipliers:', '    - type: user_segment', '      segmentId: 2211']);
      expectOne(validateYaml(text), { line: at(text, '- type: user_segment').line, code: 'schema', mentions: ['multiplier'] });
    });
    it('rejects a segmentId written as a name', () => {
      const spec = ['targetingFilters:', '  isActive: true', '  targetingFilters:', '    - type: user_segment', '      segmentId: gift-shoppers'];
      expectValueError(spec, 'segmentId:', 'gift-shoppers', ['segmentId', 'integer']);
    });
    it('rejects a fractional segmentId in exclusion filters', () => {
      const spec = ['exclusionFilters:', '  exclusionFilters:', '    - type: user_segment', '      segmentId: 31.5'];
      expectValueError(spec, 'segmentId:', '31.5', ['segmentId', 'integer']);
    });
    it('rejects a targeting filter without a segmentId', () => {
      const text = doc(['targetingFilters:', '  targetingFilters:', '    - type: user_segment']);
      expectOne(validateYaml(text), { line: at(text, '- type: user_segment').line, code: 'schema', mentions: ['segmentId'] });
    });
    it('rejects a misspelt segmentId once: the unknown key with a suggestion, not also "missing segmentId"', () => {
      const text = doc(['exclusionFilters:', '  exclusionFilters:', '    - type: user_segment', '      segmentID: 3107']);
      const diags = validateYaml(text);
      expect(diags.map((d) => [d.code, d.line, d.col])).toEqual([
        ['unknown-field', at(text, 'segmentID:').line, at(text, 'segmentID:').col],
      ]);
      expect(diags[0]!.message).toContain('segmentID');
      expect(diags[0]!.hint).toContain('`segmentId`');
    });
    it('still reports a required key that is simply missing', () => {
      const text = doc(['exclusionFilters:', '  exclusionFilters:', '    - type: user_segment']);
      expect(validateYaml(text).map((d) => [d.code, d.message])).toEqual([['schema', expect.stringContaining('`segmentId`')]]);
    });
    it('rejects isActive written as a string', () => {
      expectValueError(['multiplierConfig:', '  isActive: "true"'], 'isActive:', '"true"', ['isActive', 'boolean']);
    });
  });

  describe('enums', () => {
    it('chargeType is upper case and lists CPM, CPC, CPA', () => {
      expectValueError(['chargeType: cpc'], 'chargeType:', 'cpc', ['chargeType', 'CPM', 'CPC', 'CPA']);
    });
    it('autobiddingObjective lists the four objectives', () => {
      expectValueError(['autobiddingObjective: roas'], 'autobiddingObjective:', 'roas', [
        'autobiddingObjective',
        'impressions',
        'clicks',
        'conversions',
        'revenue',
      ]);
    });
    it('adFormat lists the known formats', () => {
      expectValueError(['adFormat: video'], 'adFormat:', 'video', ['adFormat', 'listing', 'banner']);
    });
  });

  describe('bids (create-only)', () => {
    it('refuses an empty list, pointing at the key: a campaign is created with at least one bid', () => {
      const text = doc(['name: Winter Sale', 'bids: []']);
      expectOne(validateYaml(text), { ...at(text, 'bids:', 'bids'), code: 'schema', mentions: ['at least one bid'] });
    });
    it('refuses a bid without a target', () => {
      expectValueError(['bids:', '- amount: 40'], '- amount', 'amount', ['target']);
    });
    it('refuses a fractional bid amount (amounts are in minor units)', () => {
      expectValueError(['bids:', '- { target: { id: SKU-1, type: product }, amount: 12.5 }'], '- {', '12.5', ['amount', 'integer']);
    });
  });

  describe('productIds', () => {
    it('rejects an empty list, pointing at the key', () => {
      expectValueError(['adFormat: banner', 'productIds: []'], 'productIds:', 'productIds', ['productIds', '1']);
    });
    it('rejects more than 200 products', () => {
      const ids = Array.from({ length: 201 }, (_, i) => `SKU-${4000000 + i}`).join(', ');
      const text = doc(['adFormat: banner', `productIds: [${ids}]`]);
      expectOne(validateYaml(text), { line: at(text, 'productIds:').line, code: 'schema', mentions: ['productIds', '200'] });
    });
    it('accepts exactly 200 products', () => {
      const ids = Array.from({ length: 200 }, (_, i) => `SKU-${4000000 + i}`).join(', ');
      expect(validateYaml(doc(['adFormat: banner', `productIds: [${ids}]`]))).toEqual([]);
    });
    it('rejects an unquoted numeric product id', () => {
      expectValueError(['productIds:', '  - SKU-4011532', '  - 4011533'], '- 4011533', '4011533', ['productIds', 'string']);
    });
  });

  describe('bannerAdRejectionReason', () => {
    it('rejects an empty object', () => {
      expectValueError(['status: rejected', 'bannerAdRejectionReason: {}'], 'bannerAdRejectionReason:', 'bannerAdRejectionReason', [
        'bannerAdRejectionReason',
      ]);
    });
    it('rejects an unknown key with a suggestion', () => {
      const text = doc(['bannerAdRejectionReason:', '  declineReason: Off-brand imagery', '  reasonDetail: Logo too small']);
      expectOne(validateYaml(text), { ...at(text, 'reasonDetail:', 'reasonDetail'), code: 'unknown-field', mentions: ['reasonDetails'] });
    });
  });

  describe('read-only identifiers', () => {
    it('rejects an empty vendorId', () => {
      expectValueError(['vendorId: ""'], 'vendorId:', '""', ['vendorId', 'empty']);
    });
  });

  describe('unknown fields', () => {
    it('suggests targetRoas for targetROAS', () => {
      const text = doc(['name: Winter Sale', 'targetROAS: 4']);
      expectOne(validateYaml(text), { ...at(text, 'targetROAS', 'targetROAS'), code: 'unknown-field', mentions: ['targetROAS', 'targetRoas'] });
    });
    it('refuses campaignId, which is the document id', () => {
      const text = doc(['campaignId: 7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b']);
      expectOne(validateYaml(text), { ...at(text, 'campaignId:', 'campaignId'), code: 'unknown-field', mentions: ['campaignId'] });
    });
  });
});

describe('topsort schema: cross-field rules', () => {
  it('forbids productIds on a listing campaign', () => {
    const text = doc(['name: Winter Sale', 'adFormat: listing', 'productIds:', '  - SKU-4011532']);
    const d = expectOne(validateYaml(text), { line: at(text, 'productIds:').line, code: 'schema', mentions: ['productIds', 'banner'] });
    expect(d.hint ?? '').toContain('remove `productIds`');
  });

  it('reports productIds-on-listing at adFormat when adFormat comes later', () => {
    const text = doc(['productIds: [SKU-4011532]', 'name: Winter Sale', 'adFormat: travel_listing']);
    expectOne(validateYaml(text), { line: at(text, 'adFormat:').line, code: 'schema', mentions: ['productIds'] });
  });

  it('allows productIds on banner formats', () => {
    expect(validateYaml(doc(['adFormat: sponsored_brand', 'productIds: [SKU-1]']))).toEqual([]);
  });

  it('allows productIds when adFormat is not managed', () => {
    expect(validateYaml(doc(['productIds: [SKU-1]']))).toEqual([]);
  });

  it('forbids a targetRoas on a banner campaign and points to autobiddingObjective', () => {
    const text = doc(['adFormat: banner', 'targetRoas: 4']);
    expectOne(validateYaml(text), { line: at(text, 'targetRoas:').line, code: 'schema', mentions: ['targetRoas', 'autobiddingObjective'] });
  });

  it('allows targetRoas: null on a banner campaign', () => {
    expect(validateYaml(doc(['adFormat: banner', 'targetRoas: null']))).toEqual([]);
  });

  it('forbids chargeType CPA on a banner campaign', () => {
    const text = doc(['adFormat: exclusive_banner', 'chargeType: CPA']);
    expectOne(validateYaml(text), { line: at(text, 'chargeType:').line, code: 'schema', mentions: ['chargeType', 'CPA', 'listing'] });
  });

  it('requires budget type total with chargeType CPA', () => {
    const text = doc(['adFormat: listing', 'chargeType: CPA', 'budget:', '  amount: 800000', '  type: daily']);
    expectOne(validateYaml(text), { ...at(text, 'type: daily', 'daily'), code: 'schema', mentions: ['budget.type', 'total', 'CPA'] });
  });

  it('reports the CPA budget rule at chargeType when it comes after the budget', () => {
    const text = doc(['budget:', '  amount: 800000', '  type: monthly', 'chargeType: CPA']);
    expectOne(validateYaml(text), { line: at(text, 'chargeType:').line, code: 'schema', mentions: ['total'] });
  });

  it('accepts CPA with a total budget, or with an unmanaged budget type', () => {
    expect(validateYaml(doc(['adFormat: listing', 'chargeType: CPA', 'budget: { amount: 800000, type: total }']))).toEqual([]);
    expect(validateYaml(doc(['chargeType: CPA', 'budget: { amount: 800000 }']))).toEqual([]);
  });
});

describe('topsort.end-after-start', () => {
  it('reports an endDate before the startDate on endDate', () => {
    const text = doc(['startDate: "2027-01-15T00:00:00Z"', 'endDate: "2026-12-01T00:00:00Z"']);
    expectOne(validateYaml(text), {
      line: at(text, 'endDate:').line,
      code: 'rule',
      rule: 'topsort.end-after-start',
      mentions: ['endDate', 'startDate'],
    });
  });

  it('reports at startDate when startDate is written after endDate', () => {
    const text = doc(['endDate: "2026-12-01T00:00:00Z"', 'name: Winter Sale', 'startDate: "2027-01-15T00:00:00Z"']);
    expectOne(validateYaml(text), { line: at(text, 'startDate:').line, code: 'rule', rule: 'topsort.end-after-start', mentions: ['endDate'] });
  });

  it('compares instants, not strings', () => {
    // 00:30+01:00 is 23:30Z the day before: the end is before the start although it sorts after it.
    const text = doc(['startDate: "2026-12-01T00:00:00Z"', 'endDate: "2026-12-01T00:30:00+01:00"']);
    expectOne(validateYaml(text), { line: at(text, 'endDate:').line, code: 'rule', rule: 'topsort.end-after-start', mentions: ['endDate'] });
  });

  describe('as a plain function', () => {
    const ctx = { now: TEST_NOW, id: ID };
    it('passes an end after the start', () => {
      expect(endAfterStart({ startDate: '2026-12-01T00:00:00Z', endDate: '2026-12-01T00:00:01Z' }, ctx)).toEqual([]);
    });
    it('fails an end equal to the start, written in two time zones', () => {
      const v = endAfterStart({ startDate: '2026-12-01T01:00:00+01:00', endDate: '2026-12-01T00:00:00Z' }, ctx);
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({ rule: 'topsort.end-after-start', path: ['endDate'], otherPaths: [['startDate']] });
      expect(v[0]!.message).toContain('same moment');
    });
    it('fails an end before the start', () => {
      const v = endAfterStart({ startDate: '2027-01-15T00:00:00Z', endDate: '2026-12-01T00:00:00Z' }, ctx);
      expect(v).toHaveLength(1);
      expect(v[0]!.message).toContain('before');
      expect(v[0]!.hint).toBeTruthy();
    });
    it('ignores a spec that manages only one of the dates, or none', () => {
      expect(endAfterStart({ endDate: '2020-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(endAfterStart({ startDate: '2030-01-01T00:00:00Z' }, ctx)).toEqual([]);
      expect(endAfterStart({}, ctx)).toEqual([]);
    });
    it('does not throw on unparseable dates (the schema reports those)', () => {
      expect(endAfterStart({ startDate: 'soon', endDate: '2026-12-01T00:00:00Z' }, ctx)).toEqual([]);
    });
  });
});

describe('topsort.unique-external-campaign-id', () => {
  const otherId = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30';

  it('reports the later campaign and relates it to the earlier one', () => {
    const first = doc(['name: Winter Sale', 'externalCampaignId: MKT-EU-2026-WS-0142']);
    const second = doc(['name: Winter Sale (copy)', 'adFormat: listing', 'externalCampaignId: MKT-EU-2026-WS-0142'], otherId);
    const diags = validateFiles([
      { path: 'campaigns/topsort/a.yaml', text: first },
      { path: 'campaigns/topsort/b.yaml', text: second },
    ]);
    const d = expectOne(diags, {
      line: at(second, 'externalCampaignId:').line,
      code: 'rule',
      rule: 'topsort.unique-external-campaign-id',
      mentions: ['externalCampaignId', 'MKT-EU-2026-WS-0142', ID],
    });
    expect(d.file).toBe('campaigns/topsort/b.yaml');
    expect(d.related).toHaveLength(1);
    expect(d.related![0]).toMatchObject({ file: 'campaigns/topsort/a.yaml', line: at(first, 'externalCampaignId:').line });
  });

  it('finds duplicates between documents of one file', () => {
    const text = `${doc(['externalCampaignId: MKT-1'])}---\n${doc(['externalCampaignId: MKT-1'], otherId)}`;
    const diags = validateYaml(text);
    expect(diags).toHaveLength(1);
    expect(diags[0]!.rule).toBe('topsort.unique-external-campaign-id');
    expect(diags[0]!.line).toBe(text.split('\n').lastIndexOf('  externalCampaignId: MKT-1') + 1);
  });

  it('allows the same external id on different declared ad formats', () => {
    const a = doc(['adFormat: listing', 'externalCampaignId: MKT-1']);
    const b = doc(['adFormat: banner', 'externalCampaignId: MKT-1'], otherId);
    expect(validateFiles([{ path: 'campaigns/a.yaml', text: a }, { path: 'campaigns/b.yaml', text: b }])).toEqual([]);
  });

  it('allows distinct ids and repeated nulls', () => {
    const a = doc(['externalCampaignId: null']);
    const b = doc(['externalCampaignId: null'], otherId);
    const c = doc(['externalCampaignId: MKT-2'], '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49');
    expect(
      validateFiles([
        { path: 'campaigns/a.yaml', text: a },
        { path: 'campaigns/b.yaml', text: b },
        { path: 'campaigns/c.yaml', text: c },
      ]),
    ).toEqual([]);
  });

  describe('as a plain function', () => {
    const ctx = { account: 'marketplace-eu', options: {}, now: TEST_NOW };
    const campaign = (key: number, spec: TopsortSpec): AccountCampaign<TopsortSpec> => ({ ref: { key }, id: `c${key}`, spec });

    it('reports every later duplicate against the first', () => {
      const v = uniqueExternalCampaignId(
        [
          campaign(0, { externalCampaignId: 'X' }),
          campaign(1, { externalCampaignId: 'X' }),
          campaign(2, { externalCampaignId: 'X' }),
        ],
        ctx,
      );
      expect(v.map((x) => x.campaign.key)).toEqual([1, 2]);
      expect(v.every((x) => x.related?.[0]?.campaign.key === 0)).toBe(true);
      expect(v[0]).toMatchObject({ path: ['externalCampaignId'], rule: 'topsort.unique-external-campaign-id' });
    });

    it('treats an undeclared format as possibly the same format', () => {
      const v = uniqueExternalCampaignId(
        [campaign(0, { adFormat: 'banner', externalCampaignId: 'X' }), campaign(1, { externalCampaignId: 'X' })],
        ctx,
      );
      expect(v).toHaveLength(1);
      expect(v[0]!.hint).toContain('adFormat');
    });

    it('matches a later campaign against an earlier one of the same format only', () => {
      const v = uniqueExternalCampaignId(
        [
          campaign(0, { adFormat: 'listing', externalCampaignId: 'X' }),
          campaign(1, { adFormat: 'banner', externalCampaignId: 'X' }),
          campaign(2, { adFormat: 'banner', externalCampaignId: 'X' }),
        ],
        ctx,
      );
      expect(v).toHaveLength(1);
      expect(v[0]!.campaign.key).toBe(2);
      expect(v[0]!.related?.[0]?.campaign.key).toBe(1);
    });

    it('is case-sensitive and ignores campaigns without an external id', () => {
      expect(
        uniqueExternalCampaignId(
          [campaign(0, { externalCampaignId: 'mkt-1' }), campaign(1, { externalCampaignId: 'MKT-1' }), campaign(2, {}), campaign(3, {})],
          ctx,
        ),
      ).toEqual([]);
    });
  });
});
