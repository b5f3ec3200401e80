/**
 * What each provider's `importSpec` keeps and leaves out, on the edge cases the seeds do not
 * show; the engine's last safeguard (`settleSpec`); Voucherify's listing past 10,000 campaigns;
 * file names and file text.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileNames, nameSlug, shortId } from '../../src/cli/import-files.js';
import { idForFile, renderCampaignFile, schemaReference } from '../../src/desired/campaign-file-text.js';
import { schemasDir } from '../../src/desired/schema-registry.js';
import { settleSpec } from '../../src/engine/import-spec.js';
import { getProvider } from '../../src/providers/registry.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const importOf = (vendor: string, raw: Record<string, unknown>, id = 'x') => getProvider(vendor)!.runtime!.importSpec({ id, raw }, { now: NOW });

describe('Masivo importSpec', () => {
  it('writes the read status in the write vocabulary and leaves out what the schema refuses', () => {
    const { spec, name } = importOf('masivo', {
      id: '9f1c2b7e-5d4a-4c1e-9b2f-3a6d8e7c1f20',
      type: 'BEHAVIOR',
      name: 'Ended',
      description: null,
      rules: '[]',
      attributes: { trigger: 'PURCHASE', codes_summary: { total: 3, codes: [] } },
      status: 'FINISHED',
      start_date: '2026-07-04T06:00:00.000Z',
      end_date: '2026-09-28T05:59:59Z',
      funded_by: null,
      budget: 0.5,
      metadata: '{"a":1}',
    });
    expect(name).toBe('Ended');
    expect(spec).toEqual({
      type: 'BEHAVIOR',
      name: 'Ended',
      attributes: { trigger: 'PURCHASE' },
      status: 'ACTIVE',
      start_date: '2026-07-04T06:00:00Z',
      end_date: '2026-09-28T05:59:59Z',
      funded_by: null,
      metadata: { a: 1 },
    });
    expect(importOf('masivo', { id: 'y', type: 'COUPONS', status: 'PAUSED', end_date: null }).spec).toEqual({ type: 'COUPONS', status: 'INACTIVE', end_date: null });
    expect(importOf('masivo', { id: 'y', type: 'COUPONS', status: 'SCHEDULED' }).spec.status).toBe('ACTIVE');
  });
});

describe('Voucherify importSpec', () => {
  it('keeps what the campaign type takes: no type on a promotion, no STANDALONE, the category by name', () => {
    const promo = importOf('voucherify', {
      id: 'camp_q34x1yc7Uta595IMRAIhUbEl',
      name: 'Promo',
      campaign_type: 'PROMOTION',
      type: 'STATIC',
      active: true,
      join_once: false,
      auto_join: false,
      category: 'In-store',
      category_id: 'cat_1',
      validity_timeframe: { interval: 'P1D', duration: 'PT6H' },
      metadata: {},
      created_at: '2026-01-01T00:00:00.000Z',
    }).spec;
    expect(promo).toEqual({ name: 'Promo', campaign_type: 'PROMOTION', active: true, category: 'In-store' });

    const standalone = importOf('voucherify', {
      id: 'camp_St4ffD1sc0unt10PctXyZq7w',
      name: 'Staff',
      campaign_type: 'DISCOUNT_COUPONS',
      type: 'STANDALONE',
      active: true,
      join_once: false,
      category_id: 'cat_2',
      gift: { amount: 1, balance: 1 },
      voucher: { discount: { type: 'PERCENT', percent_off: 10 } },
      start_date: '2026-11-02T00:00:00+01:00',
    }).spec;
    expect(standalone).toEqual({
      name: 'Staff',
      campaign_type: 'DISCOUNT_COUPONS',
      active: true,
      category_id: 'cat_2',
      start_date: '2026-11-01T23:00:00.000Z',
      join_once: false,
      discount: { type: 'PERCENT', percent_off: 10 },
    });
  });
});

describe('Lula importSpec', () => {
  const raw = (status: string, start: string, end: string) => ({ id: '1', name: 'N', description: 'D', start_date: start, end_date: end, status });

  it('writes the days as date-times (start of the first day, end of the last), never campaign_identifier', () => {
    const { spec } = importOf('lula', { ...raw('active', '2026-11-01', '2026-11-01'), campaign_identifier: 'X' });
    expect(spec).toEqual({ name: 'N', description: 'D', starts_at: '2026-11-01T00:00:00Z', ends_at: '2026-11-01T23:59:59Z', status: 'active' });
  });

  it('scheduled → active (while the start day is not behind us); expired stays expired once its last day is over, else inactive', () => {
    expect(importOf('lula', raw('scheduled', '2026-11-23', '2026-12-01')).spec.status).toBe('active');
    expect(importOf('lula', raw('scheduled', '2026-11-22', '2026-12-01')).spec.status).toBeUndefined();
    expect(importOf('lula', raw('expired', '2026-11-01', '2026-11-22')).spec.status).toBe('expired');
    expect(importOf('lula', raw('expired', '2026-11-01', '2026-11-23')).spec.status).toBe('inactive');
    expect(importOf('lula', raw('inactive', '2026-11-01', '2026-11-23')).spec.status).toBe('inactive');
    expect(importOf('lula', raw('draft', '2026-11-01', '2026-11-23')).spec.status).toBeUndefined();
  });
});

describe('Spaaza importSpec', () => {
  it('keeps one currency form, is_default only where the type has it, never allows_unrecognised_items', () => {
    const { spec, name } = importOf('spaaza', {
      id: 4117,
      type: 'cashback',
      title: 'T',
      description: '',
      is_active: true,
      is_default: false,
      currency: { currency_id: 2, currency_code: 'eur' },
      allows_unrecognised_items: true,
      cashback_ratio: '1.5000',
      active_time_from: '18:00',
    });
    expect(name).toBe('T');
    expect(spec).toEqual({ type: 'cashback', title: 'T', description: null, active: true, active_time_from: '18:00:00', currency_code: 'EUR', cashback_ratio: 1.5 });
    expect(importOf('spaaza', { id: 1, type: 'loyalty', is_default: true, currency_id: 7 }).spec).toEqual({ type: 'loyalty', currency_id: 7, is_default: true });
  });
});

describe('Topsort importSpec', () => {
  it('keeps a past startDate and the far-future endDate; no campaignType but autobidding; no null budget', () => {
    const { spec } = importOf('topsort', {
      campaignId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      name: 'N',
      startDate: '2026-03-02T08:00:00+00:00',
      endDate: '9999-12-31T23:59:59.999999Z',
      campaignType: 'manual',
      budget: null,
      targetRoas: null,
      multiplierConfig: null,
      adFormat: 'listing',
      vendorId: 'v',
    });
    expect(spec).toEqual({ name: 'N', startDate: '2026-03-02T08:00:00Z', endDate: '9999-12-31T23:59:59.999Z', targetRoas: null, adFormat: 'listing', vendorId: 'v' });
  });
});

describe('settleSpec', () => {
  const topsort = getProvider('topsort')!;

  it('leaves out a field the schema refuses, and one a vendor rule refuses, saying why', () => {
    const settled = settleSpec(topsort, { name: 'N', targetRoas: 30, startDate: '2026-12-01T00:00:00Z', endDate: '2026-11-01T00:00:00Z' }, { id: 'x', now: NOW });
    expect(settled.spec).toEqual({ name: 'N', startDate: '2026-12-01T00:00:00Z' });
    expect(settled.dropped.map((d) => d.field)).toEqual(['targetRoas', 'endDate']);
    expect(settled.dropped[1]!.reason).toMatch(/topsort\.end-after-start/);
    expect(settled.invalid).toBeUndefined();
  });

  it('says so when no field can be blamed', () => {
    const settled = settleSpec(getProvider('masivo')!, { name: 'N' }, { id: 'x', now: NOW });
    expect(settled.invalid).toMatch(/type/);
  });
});

describe('file names and text', () => {
  it('slugs are ASCII, lower case, bounded; short ids drop a type prefix', () => {
    expect(nameSlug('Tarjeta de sellos Café Aurora')).toBe('tarjeta-de-sellos-cafe-aurora');
    expect(nameSlug('  ¡¡!! ')).toBe('campaign');
    expect(nameSlug(undefined)).toBe('campaign');
    expect(nameSlug('a'.repeat(40) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(shortId('6ab8ebd7-08d5-40c3-9d7e-118d65906a5b')).toBe('6ab8ebd7');
    expect(shortId('camp_q34x1yc7Uta595IMRAIhUbEl')).toBe('q34x1yc7');
    expect(shortId('1000187')).toBe('1000187');
  });

  it('two campaigns never share a file name, even ignoring case', () => {
    const names = fileNames([
      { id: 'camp_AAAAAAAAxxxxxxxxxxxxxxxx', name: 'Sale' },
      { id: 'camp_aaaaaaaaYYYYYYYYYYYYYYYY', name: 'Sale' },
      { id: 'camp_aaaaaaaaxxxxxxxxxxxxxxxx', name: 'Sale' },
    ]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names[0]).toBe('sale-aaaaaaaa.yaml');
  });

  it('ids as the schema prefers them; strings a YAML 1.1 reader would misread are quoted; short lists inline', () => {
    expect(idForFile('spaaza', '4133')).toBe(4133);
    expect(idForFile('lula', '1000187')).toBe('1000187');
    const file = `${schemasDir}../campaigns/x/y.yaml`;
    const text = renderCampaignFile(file, {
      provider: 'spaaza',
      account: 'a',
      id: 4133,
      spec: { active_time_from: '18:00:00', active_weekdays: '4', title: 'yes', assigned_business_ids: [1, 2], long: 'x '.repeat(80).trim() },
      comments: ['hello'],
    }, schemasDir);
    expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../../schemas/campaign-file.schema.json', '# hello']);
    expect(text).toContain('active_time_from: "18:00:00"');
    expect(text).toContain('active_weekdays: "4"');
    expect(text).toContain('title: "yes"');
    expect(text).toContain('assigned_business_ids: [1, 2]');
    expect(text.split('\n').some((l) => l.startsWith('  long: x x'))).toBe(true);
    expect(parse(text)).toMatchObject({ id: 4133, spec: { active_time_from: '18:00:00', title: 'yes' } });
    expect(schemaReference(`${schemasDir}campaign-file.schema.json`, schemasDir)).toBe('campaign-file.schema.json');
    expect(schemaReference(file, 'https://cdn.example/schemas/')).toBe('https://cdn.example/schemas/campaign-file.schema.json');
  });
});
