/**
 * What a saved plan says for people (a campaign's name and status, a budget's unit, a write-only
 * value sent again, a cleared field, the zone of its dates) is read back as written and held to its
 * shape: a plan file is JSON anyone can edit, and a broken part is an error at its place.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/engine/plan-file.js';

const fp = `sha256:${'a'.repeat(64)}`;
const id = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
const action = (over: Record<string, unknown> = {}) => ({
  address: `topsort/m/${id}`,
  provider: 'topsort',
  account: 'm',
  id,
  file: 'campaigns/a.yaml',
  line: 1,
  campaign: { name: 'Spring sale', status: 'running' },
  action: 'update',
  changes: [
    { path: 'budget.amount', before: 7000, after: 10000, spend: { unit: 'minor', currency: 'EUR', period: 'daily', spent_so_far: 3500 } },
    { path: 'productIds', after: ['p1'], write_only: true, resend: true },
  ],
  live_fingerprint: fp,
  desired: { budget: { amount: 10000 }, productIds: ['p1'] },
  ...over,
});
const planText = (actions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format_version: 2, created_at: '2026-11-23T12:00:00.000Z', timezone: 'Europe/Amsterdam', summary: {}, actions, ...extra }, null, 2);

/** The line of the first line of `text` holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the parts of a saved plan written for people', () => {
  it('reads them back as written', () => {
    const r = parsePlanText(planText([action()]), 'p.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.timezone).toBe('Europe/Amsterdam');
    expect(r.plan!.actions[0]).toMatchObject({ campaign: { name: 'Spring sale', status: 'running' }, changes: action().changes });
  });

  it.each([
    ['a status no vendor has', { campaign: { name: 'x', status: 'live' } }, '"live"', '`campaign.status` must be one of running, scheduled, ended, paused, unknown, new'],
    ['a name that is not text', { campaign: { name: 7 } }, '"name": 7', '`campaign.name` must be text'],
    ['a resend on a change that is not write-only', { changes: [{ path: 'name', before: 'a', after: 'b', resend: true }] }, '"resend"', '`resend` is `true` on a write-only change'],
    ['a clears that is not true', { changes: [{ path: 'name', before: 'a', after: 'b', clears: 'yes' }] }, '"clears"', '`clears` is `true`, or absent'],
    ['a unit that is not one', { changes: [{ path: 'budget.amount', before: 1, after: 2, spend: { unit: 'cents' } }] }, '"cents"', '`spend.unit` must be one of minor, major, points, unstated'],
    ['a currency that is no ISO code', { changes: [{ path: 'budget.amount', before: 1, after: 2, spend: { unit: 'minor', currency: 'euro' } }] }, '"euro"', '`spend.currency` must be an ISO 4217 code'],
  ])('refuses %s at its place', (_what, over, needle, message) => {
    const text = planText([action(over)]);
    const r = parsePlanText(text, 'p.json');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'p.json', line: lineOf(text, needle), message: expect.stringContaining(message) })]);
  });

  it('refuses a zone the runtime does not know', () => {
    const text = planText([action()], { timezone: 'Mars/Olympus' });
    const r = parsePlanText(text, 'p.json');
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: lineOf(text, 'Mars/Olympus'), message: expect.stringContaining('unknown time zone `Mars/Olympus`') })]);
  });

  it('refuses a clear of a field `desired` holds, and a clear with a value', () => {
    const managed = planText([action({ changes: [{ path: 'budget.amount', before: 7000, after: null, clears: true }] })]);
    expect(parsePlanText(managed, 'p.json').diagnostics).toEqual([
      expect.objectContaining({ message: expect.stringContaining('change `budget.amount` is marked `clears`, but `desired` holds 10000 there') }),
    ]);
    const valued = planText([action({ changes: [{ path: 'name', before: 'a', after: 'b', clears: true }] })]);
    expect(parsePlanText(valued, 'p.json').diagnostics).toEqual([expect.objectContaining({ message: expect.stringContaining('so its `after` must be null, not "b"') })]);
  });

  it('accepts a clear of a field `desired` does not hold, which apply then checks against the write', () => {
    const r = parsePlanText(planText([action({ changes: [{ path: 'bannerAdRejectionReason', after: null, clears: true }] })]), 'p.json');
    expect(r.diagnostics).toEqual([]);
  });
});
