/**
 * Lula runtime pieces on their own: normalisation and status mapping, the plan rules' certain
 * cases, the update body and the parsing of Lula's answers. The end-to-end tests (lula.e2e.test.ts)
 * run the same code through the CLI against the sandbox.
 */
import { describe, expect, it } from 'vitest';
import type { LulaSpec } from '../../src/generated/lula.js';
import { canonical, statusEquals, toSpec } from '../../src/providers/lula/normalize.js';
import { planRules } from '../../src/providers/lula/plan-rules.js';
import { updateBody, wireDateTime } from '../../src/providers/lula/write.js';
import { describeError, listPage } from '../../src/providers/lula/wire-types.js';
import type { FieldChange, LiveCampaign, PlanInput, VendorObject } from '../../src/providers/runtime.js';
import { judge } from '../helpers/plans.js';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('lula toSpec / canonical', () => {
  it('puts a detail read in the spec shape, dropping what is malformed or unmanaged', () => {
    expect(
      toSpec({
        id: '1',
        name: 'N',
        description: 'D',
        start_date: '2026-12-01',
        end_date: '2027-01-01',
        status: 'Scheduled',
        image: 'https://x/y.webp',
        associated_stores: [],
        something_new: { a: 1 },
      }),
    ).toEqual({ name: 'N', description: 'D', starts_at: '2026-12-01', ends_at: '2027-01-01', status: 'scheduled' });
    expect(toSpec({ id: '1', name: 42, start_date: '12/01/2026', end_date: '2026-02-30', status: null })).toEqual({});
    // A date-time where a day is documented is read as its UTC day.
    expect(toSpec({ id: '1', start_date: '2026-12-01T23:30:00-05:00' })).toEqual({ starts_at: '2026-12-02' });
    expect(toSpec({ id: '1', campaign_identifier: 'X' })).not.toHaveProperty('campaign_identifier');
  });

  it('compares desired dates as their UTC day, whatever the offset or notation', () => {
    const spec: LulaSpec = {
      name: 'N',
      campaign_identifier: 'ID_1',
      starts_at: '2026-12-01T00:30:00+02:00',
      ends_at: '2026-12-31T23:59:59-05:00',
      status: 'active',
    };
    expect(canonical(spec)).toEqual({ name: 'N', campaign_identifier: 'ID_1', starts_at: '2026-11-30', ends_at: '2027-01-01', status: 'active' });
    expect(canonical({ starts_at: '2026-12-01t10:00:00z', ends_at: '2026-12-01 10:00:00.5+0100' })).toEqual({
      starts_at: '2026-12-01',
      ends_at: '2026-12-01',
    });
    expect(canonical({ starts_at: 'not a date' })).toEqual({ starts_at: 'not a date' });
  });

  it('maps status: only what the user controls counts', () => {
    const future = { start_date: '2026-12-01' };
    const past = { start_date: '2026-11-01' };
    expect(statusEquals('active', 'scheduled', future, NOW)).toBe(true);
    expect(statusEquals('active', 'scheduled', { start_date: '2026-11-23' }, NOW)).toBe(true);
    // `scheduled` with a start already behind is not Lula's derivation: writing `active` is a real change.
    expect(statusEquals('active', 'scheduled', past, NOW)).toBe(false);
    expect(statusEquals('active', 'expired', past, NOW)).toBe(true);
    expect(statusEquals('inactive', 'expired', past, NOW)).toBe(true);
    expect(statusEquals('expired', 'expired', past, NOW)).toBe(true);
    expect(statusEquals('scheduled', 'scheduled', future, NOW)).toBe(true);
    expect(statusEquals('inactive', 'scheduled', future, NOW)).toBe(false);
    expect(statusEquals('scheduled', 'active', past, NOW)).toBe(false);
    expect(statusEquals('scheduled', 'inactive', future, NOW)).toBe(false);
    expect(statusEquals('scheduled', 'expired', past, NOW)).toBe(false);
    expect(statusEquals('expired', 'active', past, NOW)).toBe(false);
    expect(statusEquals('active', 'inactive', past, NOW)).toBe(false);
  });
});

function ruleInput(desired: LulaSpec, liveRaw: VendorObject, changed: readonly string[]): PlanInput<LulaSpec> {
  const live: LiveCampaign = { id: '7', raw: liveRaw };
  const changes: FieldChange[] = changed.map((path) => ({ path, before: undefined, after: (desired as Record<string, unknown>)[path] }));
  return { id: '7', desired, live, liveSpec: toSpec(liveRaw), changes, now: NOW };
}

describe('lula plan rules (certain cases only)', () => {
  const live = { id: '7', name: 'X', start_date: '2026-11-23', end_date: '2026-11-30', status: 'active' };

  it('reports nothing when nothing changes, even on an expired campaign', () => {
    expect(judge(planRules, ruleInput({ name: 'X' }, { ...live, status: 'expired' }, []))).toEqual([]);
  });

  it('leaves a start on the live end day to Lula (the time of day is unknown)', () => {
    expect(judge(planRules, ruleInput({ starts_at: '2026-11-30T20:00:00Z' }, live, ['starts_at']))).toEqual([]);
    expect(judge(planRules, ruleInput({ starts_at: '2026-12-01T00:00:00Z' }, live, ['starts_at']))[0]?.rule).toBe('lula.end-after-start');
  });

  it('leaves an end on the live start day to Lula, but not one at its first instant', () => {
    expect(judge(planRules, ruleInput({ ends_at: '2026-11-23T00:00:01Z' }, live, ['ends_at']))).toEqual([]);
    expect(judge(planRules, ruleInput({ ends_at: '2026-11-23T00:00:00Z' }, live, ['ends_at']))[0]?.rule).toBe('lula.end-after-start');
  });

  it('does not judge dates validate already judged (both managed)', () => {
    expect(judge(planRules, ruleInput({ starts_at: '2027-01-01T00:00:00Z', ends_at: '2027-02-01T00:00:00Z' }, live, ['starts_at', 'ends_at']))).toEqual([]);
  });

  it('`scheduled` only when Lula\'s start day is certainly past; `expired` only when its end is not past', () => {
    expect(judge(planRules, ruleInput({ status: 'scheduled' }, live, ['status']))).toEqual([]); // starts today: unknown
    expect(judge(planRules, ruleInput({ status: 'scheduled' }, { ...live, start_date: '2026-11-22' }, ['status']))[0]?.rule).toBe(
      'lula.status-matches-dates',
    );
    expect(judge(planRules, ruleInput({ status: 'expired' }, live, ['status']))[0]?.rule).toBe('lula.status-matches-dates');
    expect(
      judge(planRules, ruleInput({ status: 'expired', ends_at: '2026-11-20T00:00:00Z' }, { ...live, start_date: '2026-11-01' }, ['status', 'ends_at'])),
    ).toEqual([]);
  });

  it('skips the live name check when the company list was not read', () => {
    expect(judge(planRules, ruleInput({ name: 'Y' }, live, ['name']))).toEqual([]);
  });
});

describe('lula update body', () => {
  it('carries only the changed top-level fields, with their desired values', () => {
    const desired: LulaSpec = { name: 'N', description: 'D', starts_at: '2026-12-01T06:00:00-05:00', status: 'active' };
    const changes: FieldChange[] = [
      { path: 'description', before: 'd', after: 'D' },
      { path: 'starts_at', before: '2026-12-01', after: desired.starts_at, writeOnly: true },
    ];
    expect(updateBody(desired, changes)).toEqual({ description: 'D', starts_at: '2026-12-01T06:00:00-05:00' });
  });

  it('sends dates in the strict ISO form Lula takes', () => {
    expect(wireDateTime('starts_at', '2026-12-01T06:00:00-05:00')).toBe('2026-12-01T06:00:00-05:00');
    expect(wireDateTime('starts_at', '2026-12-01t06:00:00z')).toBe('2026-12-01T06:00:00Z');
    expect(wireDateTime('starts_at', '2026-12-01 06:00:00.25+0100')).toBe('2026-12-01T05:00:00.25Z');
    expect(wireDateTime('starts_at', '2026-12-31T23:59:60Z')).toBe('2027-01-01T00:00:00Z');
  });

  it('refuses to send what Lula cannot take (a saved plan is editable data)', () => {
    const change = (path: string): FieldChange[] => [{ path, before: undefined, after: undefined }];
    expect(() => updateBody({ name: ' ' }, change('name'))).toThrow(/name/);
    expect(() => updateBody({ campaign_identifier: 'a-b' }, change('campaign_identifier'))).toThrow(/campaign_identifier/);
    expect(() => updateBody({ status: 'paused' } as unknown as LulaSpec, change('status'))).toThrow(/status/);
    expect(() => updateBody({ ends_at: 'tomorrow' }, change('ends_at'))).toThrow(/ends_at/);
    expect(() => updateBody({ image: 'x' } as unknown as LulaSpec, change('image'))).toThrow(/image/);
  });
});

describe('lula wire parsing', () => {
  it('reads the list envelope and the bare array the docs also show, skipping malformed and deleted rows', () => {
    const envelope = listPage({
      campaigns: [{ id: '1', name: 'A' }, { id: 2, name: 'B' }, { name: 'no id' }, { id: '3', name: 'C', deletedAt: '2026-01-01' }],
      pagination: { has_next_page: false },
    });
    expect(envelope).toEqual({
      campaigns: [{ id: '1', name: 'A' }, { id: '2', name: 'B' }],
      deleted: 1,
      unreadable: 1,
      size: 4,
      hasNext: false,
      understood: true,
    });
    expect(listPage([{ id: '9', name: 'Z' }])).toEqual({ campaigns: [{ id: '9', name: 'Z' }], deleted: 0, unreadable: 0, size: 1, understood: true });
    expect(listPage({ items: [] }).understood).toBe(false);
  });

  it('says what Lula refused, in its own words', () => {
    expect(
      describeError(400, {
        success: false,
        message: 'Field validation failed',
        error_code: 'VALIDATION_ERROR',
        validation_errors: [{ field: 'name', error: 'Campaign name must be unique within company' }],
      }),
    ).toBe('VALIDATION_ERROR: Field validation failed — name: Campaign name must be unique within company (HTTP 400)');
    expect(describeError(400, { success: false, message: 'Campaign cannot be modified in current status', error_code: 'CAMPAIGN_NOT_MODIFIABLE', current_status: 'expired' })).toBe(
      'CAMPAIGN_NOT_MODIFIABLE: Campaign cannot be modified in current status (current status: expired) (HTTP 400)',
    );
    expect(describeError(404, 'Not Found')).toBe('HTTP 404: Not Found');
  });
});
