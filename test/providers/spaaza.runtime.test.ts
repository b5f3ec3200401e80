/**
 * Spaaza runtime pieces on their own: reading a campaign into the spec's shape, the spec's
 * canonical form, the alter-campaign body, the envelope and the session headers. The end-to-end
 * tests (spaaza.e2e.test.ts) run the same code through the CLI against the sandbox.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../src/config/load.js';
import type { SpaazaSpec } from '../../src/generated/spaaza.js';
import { sessionHeaders } from '../../src/providers/spaaza/auth.js';
import { provider } from '../../src/providers/spaaza/index.js';
import { FIELD_KINDS, canonical, fieldEquals, toSpec } from '../../src/providers/spaaza/normalize.js';
import { readEnvelope } from '../../src/providers/spaaza/wire-types.js';
import { alterBody, writeCampaign } from '../../src/providers/spaaza/write.js';
import { scriptedHttp } from '../helpers/scripted-http.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/spaaza.schema.json', import.meta.url)), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('spaaza normalisation (unit)', () => {
  it('knows every field of the schema, and the runtime is wired', () => {
    expect(Object.keys(FIELD_KINDS).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(provider.runtime?.lossyFields).toEqual(['active_time_from', 'active_time_until']);
  });

  it('toSpec reads decimal strings, instants, HH:MM, {id,name}, renamed, mirrored and currency fields', () => {
    expect(
      toSpec({
        id: 1,
        type: 'cashback',
        cashback_ratio: '1.0000',
        recipient_reward_amount: '5.50',
        voucher_expiry_days: '30',
        active_date_from: '2025-11-15T10:30:00+00:00',
        active_date_until: '2026-01-01 00:00:00',
        active_time_from: '9:05',
        active_time_until: '21:00:00',
        active_weekdays: '7,6',
        is_active: '1',
        allows_user_to_claim_voucher: false,
        currency: { id: 2, code: 'eur' },
        assigned_business_ids: [{ id: 2801, name: 'b' }, { id: 2797, name: 'a' }, { id: 2801, name: 'b' }],
        assigned_barcodes: ['2', '1'],
        assigned_currencies: null,
        subtitle: '',
        unknown_field: { anything: true },
      }),
    ).toEqual({
      type: 'cashback',
      cashback_ratio: 1,
      recipient_reward_amount: 5.5,
      voucher_expiry_days: 30,
      active_date_from: '2025-11-15T10:30:00Z',
      active_date_until: '2026-01-01T00:00:00Z',
      active_time_from: '09:05:00',
      active_time_until: '21:00:00',
      active_weekdays: '6,7',
      active: true,
      allows_end_user_to_claim_voucher: false,
      currency_id: 2,
      currency_code: 'EUR',
      assigned_business_ids: [2797, 2801],
      assigned_barcodes: ['1', '2'],
      assigned_currencies: [],
      subtitle: null,
    });
  });

  it('toSpec prefers the write name and `active`, takes the list\'s top-level currency_id, and drops malformed values', () => {
    expect(
      toSpec({
        id: 1,
        active: false,
        is_active: true,
        allows_end_user_to_claim_voucher: true,
        allows_user_to_claim_voucher: false,
        currency_id: 5,
        cashback_ratio: 'lots',
        active_date_from: 'yesterday',
        active_date_until: '0000-00-00 00:00:00',
        active_time_from: '25:00',
        active_weekdays: '8',
        assigned_business_ids: 'all',
        rounding_precision: 1.5,
        title: 42,
      }),
    ).toEqual({ active: false, allows_end_user_to_claim_voucher: true, currency_id: 5, active_date_until: null });
  });

  it('canonical puts the YAML in the same form (instants in UTC, rounded decimals, sorted sets) and keeps time seconds', () => {
    const spec: SpaazaSpec = {
      active_date_from: '2027-01-01T01:00:00+01:00',
      active_date_until: null,
      active_time_until: '21:00:30',
      cashback_ratio: 1.23456,
      assigned_business_ids: [2822, 2797],
      assigned_barcodes_earn: ['b', 'a'],
      active_weekdays: '7,1',
      subtitle: '',
      allows_unrecognised_items: true,
      type: 'basket',
    };
    expect(canonical(spec)).toEqual({
      active_date_from: '2027-01-01T00:00:00Z',
      active_date_until: null,
      active_time_until: '21:00:30',
      cashback_ratio: 1.2346,
      assigned_business_ids: [2797, 2822],
      assigned_barcodes_earn: ['a', 'b'],
      active_weekdays: '1,7',
      subtitle: null,
      allows_unrecognised_items: true,
      type: 'basket',
    });
  });

  it('fieldEquals compares daily times to the minute and leaves other fields to the engine', () => {
    expect(fieldEquals('active_time_until', '21:00:30', '21:00:00')).toBe(true);
    expect(fieldEquals('active_time_until', '21:00:00', '22:00:00')).toBe(false);
    expect(fieldEquals('active_time_from', null, undefined)).toBe(true);
    expect(fieldEquals('active_time_from', '09:00:00', undefined)).toBe(false);
    expect(fieldEquals('title', 'a', 'b')).toBeUndefined();
  });
});

describe('spaaza write and wire (unit)', () => {
  it('alter-campaign body: campaign_id and the changed top-level fields only, dates in UTC, lists whole', () => {
    const desired: SpaazaSpec = {
      type: 'basket',
      title: 'x',
      active_date_from: '2027-01-01T01:00:00+01:00',
      assigned_business_ids: [2797, 2801],
      cashback_ratio: 1,
      allows_unrecognised_items: false,
      active_date_until: null,
    };
    expect(alterBody('4150', desired, ['active_date_from', 'assigned_business_ids', 'allows_unrecognised_items', 'active_date_until'])).toEqual({
      campaign_id: 4150,
      active_date_from: '2027-01-01 00:00:00',
      assigned_business_ids: [2797, 2801],
      allows_unrecognised_items: false,
      active_date_until: null,
    });
  });

  it('refuses to send what is not of the field\'s kind, `type`, or a non-integer id', () => {
    expect(() => alterBody('4150', { type: 'basket' }, ['type'])).toThrow(/does not send/);
    expect(() => alterBody('4150', { cashback_ratio: '1' as unknown as number }, ['cashback_ratio'])).toThrow(/expected a number/);
    expect(() => alterBody('4150', { assigned_business_ids: ['1'] as unknown as number[] }, ['assigned_business_ids'])).toThrow(/positive integer ids/);
    expect(() => alterBody('camp_1', { title: 'x' }, ['title'])).toThrow(/not a Spaaza campaign id/);
  });

  it('sends one PUT and turns an error envelope into a clear error', async () => {
    const http = (status: number, body: unknown) => scriptedHttp([{ method: 'PUT', path: '/internal/alter-campaign', reply: { status, body } }]);
    const input = {
      id: '4117',
      desired: { cashback_ratio: 1, title: 'x' } as SpaazaSpec,
      changes: [{ path: 'cashback_ratio', before: 1.5, after: 1 }],
      live: { id: '4117', raw: {} },
      account: {} as AccountConfig,
    };
    const ok = http(200, { result: { code: 1, status: 'ok' }, results: { campaign: {} } });
    await writeCampaign({ ...input, http: ok });
    expect(ok.sent).toEqual([expect.objectContaining({ method: 'PUT', path: '/internal/alter-campaign', json: { campaign_id: 4117, cashback_ratio: 1 } })]);
    const refusal = { result: { code: 2, status: 'error' }, error: { code: 246, name: 'campaign_id_not_found', description: 'The campaign_id supplied could not be found.' } };
    await expect(writeCampaign({ ...input, http: http(404, refusal) })).rejects.toThrow(
      'Spaaza refused alter-campaign for campaign 4117 (HTTP 404): error 246 campaign_id_not_found: The campaign_id supplied could not be found.',
    );
    await expect(writeCampaign({ ...input, http: http(200, '<html>') })).rejects.toThrow(/not Spaaza's JSON envelope/);
  });

  it('reads the envelope leniently: warnings kept, errors summarised', () => {
    expect(readEnvelope({ result: { code: 1 }, results: { campaigns: [] }, warnings: [{ code: 0, name: 'objects_exceed_maximum_quantity' }, 'x'] })).toEqual({
      ok: true,
      results: { campaigns: [] },
      warnings: [{ code: 0, name: 'objects_exceed_maximum_quantity' }],
    });
    expect(readEnvelope({ result: { code: 2 }, error: { code: 419, name: 'parameter_invalid', description: 'd', message: 'm' } })).toMatchObject({
      ok: false,
      text: 'error 419 parameter_invalid: m',
    });
  });

  it('session headers, plus the API version and app hostname when the account sets them', () => {
    const account = (options: Record<string, unknown>) => ({ options }) as unknown as AccountConfig;
    const credentials = { session_user_id: '1548854', session_key: 'k' };
    expect(sessionHeaders({ account: account({ chain_id: 1 }), credentials })).toEqual({
      'X-Spaaza-Session-User-Id': '1548854',
      'X-Spaaza-Session-Key': 'k',
    });
    expect(sessionHeaders({ account: account({ chain_id: 1, api_version: '1.6.3', app_hostname: 'h.example' }), credentials })).toEqual({
      'X-Spaaza-Session-User-Id': '1548854',
      'X-Spaaza-Session-Key': 'k',
      'X-Spaaza-API-Version': '1.6.3',
      'X-Spaaza-MyPrice-App-Hostname': 'h.example',
    });
  });
});
