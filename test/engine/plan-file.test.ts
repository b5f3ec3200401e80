import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/engine/plan-file.js';

const fp = `sha256:${'a'.repeat(64)}`;
// A saved plan's updates are checked as apply would send them: the id must be a Topsort UUID.
const id = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
const action = (over: Record<string, unknown> = {}) => ({
  address: `topsort/m/${id}`,
  provider: 'topsort',
  account: 'm',
  id,
  file: 'campaigns/a.yaml',
  line: 1,
  action: 'update',
  changes: [{ path: 'name', before: 'a', after: 'b' }],
  live_fingerprint: fp,
  desired: { name: 'b' },
  ...over,
});
const planText = (actions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format_version: 2, summary: { update: 1, no_change: 0, error: 0 }, actions, ...extra }, null, 2);

describe('saved plan files', () => {
  it('reads a plan written by plan --out', () => {
    const r = parsePlanText(planText([action()]), 'p.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.summary).toEqual({ create: 0, update: 1, retire: 0, delete: 0, forget: 0, no_change: 0, error: 0, needs_approval: 0 });
  });

  it('reads a version 1 plan (an update plan from before campaigns were created and pruned) as it reads version 2', () => {
    const r = parsePlanText(planText([action()], { format_version: 1 }), 'p.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.format_version).toBe(2);
  });

  it('refuses another format version at its line', () => {
    const r = parsePlanText(planText([action()], { format_version: 3 }), 'p.json');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'p.json', line: 2, message: expect.stringContaining('format_version 3; this campaignctl reads versions 1 and 2') })]);
  });

  it('points at the broken field of the broken action', () => {
    const text = planText([action(), action({ address: 'topsort/m/2', id: '2', live_fingerprint: 'nope' })]);
    const r = parsePlanText(text, 'p.json');
    expect(r.plan).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('"nope"')) + 1;
    expect(r.diagnostics).toEqual([expect.objectContaining({ line, message: expect.stringContaining('live_fingerprint') })]);
  });

  it('refuses an address that does not match provider/account/id, and duplicates', () => {
    expect(parsePlanText(planText([action({ address: 'topsort/m/9' })]), 'p.json').diagnostics[0]!.message).toContain('<provider>/<account>/<id>');
    expect(parsePlanText(planText([action(), action()]), 'p.json').diagnostics[0]!.message).toContain('appears twice');
  });

  it('answers truncated JSON and foreign files with a positioned error', () => {
    const text = planText([action()]);
    for (const bad of [text.slice(0, text.length / 2), '[1, 2]', '"plan"', '', '{"format_version": 1}']) {
      const r = parsePlanText(bad, 'p.json');
      expect(r.plan).toBeUndefined();
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });
});
