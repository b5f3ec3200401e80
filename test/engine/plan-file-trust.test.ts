/**
 * The saved plan as a trust boundary (plan-check.ts): what apply would send must be what the plan
 * shows and what the campaign files declare. Each check is judged here on the reader alone; the
 * CLI tests run them over HTTP against the sandbox.
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { validateSources } from '../../src/desired/validate.js';
import type { CampaignDocument } from '../../src/desired/campaign.js';
import { parsePlanText } from '../../src/engine/plan-file.js';
import { TEST_CONFIG, TEST_NOW } from '../helpers/validate.js';

const fp = `sha256:${'a'.repeat(64)}`;
const ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a';

const update = (over: Record<string, unknown> = {}) => ({
  address: `topsort/marketplace-eu/${ID}`,
  provider: 'topsort',
  account: 'marketplace-eu',
  id: ID,
  file: 'campaigns/a.yaml',
  line: 2,
  action: 'update',
  changes: [{ path: 'budget.amount', before: 18000, after: 25000 }],
  live_fingerprint: fp,
  desired: { name: 'Winter', budget: { amount: 25000, type: 'daily' } },
  ...over,
});
const planText = (actions: unknown[]) => `${JSON.stringify({ format_version: 1, created_at: '', summary: {}, actions }, null, 2)}\n`;
const lineOf = (text: string, needle: string, nth = 1) => {
  let seen = 0;
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  return { line: i + 1, col: lines[i]!.indexOf(needle) + 1 };
};

describe('a key written twice in a saved plan', () => {
  it('is refused at the second key, whichever object it is in, rather than read as its last value', () => {
    const text = planText([update()]).replace('"amount": 25000,', '"amount": 25000,\n          "amount": 1999999999,');
    const r = parsePlanText(text, 'p.json');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: 'p.json',
        ...lineOf(text, '"amount"', 2),
        code: 'duplicate-key',
        message: expect.stringMatching(/^key `amount` appears twice in `actions\[0\]\.desired\.budget` \(first at line \d+\)/),
      }),
    ]);
  });

  it('is refused when the second spelling escapes its letters (JSON reads both as one key)', () => {
    const text = planText([update({ desired: { name: 'Winter', budget: { amount: 25000, type: 'daily' }, zzz: 1 } })]).replace('"zzz"', '"bud\\u0067et"');
    const r = parsePlanText(text, 'p.json');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ...lineOf(text, '"bud\\u0067et"'), message: expect.stringContaining('key `budget` appears twice in `actions[0].desired`') })]);
  });

  it('is refused at the top of the plan too, and a key inside a string value is no key', () => {
    const text = planText([update({ desired: { name: 'says "format_version": 2', budget: { amount: 25000, type: 'daily' } } })]).replace('{\n  "format_version": 1,', '{\n  "format_version": 1,\n  "format_version": 1,');
    const r = parsePlanText(text, 'p.json');
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 3, col: 3, message: expect.stringContaining('key `format_version` appears twice at the top of the plan') })]);
    expect(parsePlanText(text.replace('\n  "format_version": 1,', ''), 'p.json').diagnostics).toEqual([]);
  });
});

describe('changes that disagree with desired', () => {
  it('are refused at the change: the file shows 25,000 where 1,999,999,999 would be sent', () => {
    const text = planText([update({ desired: { name: 'Winter', budget: { amount: 1_999_999_999, type: 'daily' } } })]);
    const r = parsePlanText(text, 'p.json');
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        ...lineOf(text, '25000'),
        message: `topsort/marketplace-eu/${ID}: change \`budget.amount\` shows 25000 as the new value, but \`desired\` holds 1999999999: apply sends \`desired\`, so the plan does not show what it would send`,
        related: [expect.objectContaining({ ...lineOf(text, '1999999999'), message: 'what `desired` holds' })],
      }),
    ]);
  });

  it('accept a value the vendor reads as the same (an instant written another way)', () => {
    const at = { path: 'endDate', before: '2027-01-01T00:00:00Z', after: '2027-06-30T22:00:00.000Z' };
    const r = parsePlanText(planText([update({ changes: [at], desired: { name: 'Winter', endDate: '2027-07-01T00:00:00+02:00' } })]), 'p.json');
    expect(r.diagnostics).toEqual([]);
    const other = parsePlanText(planText([update({ changes: [{ ...at, after: '2027-07-01T00:00:00Z' }], desired: { name: 'Winter', endDate: '2027-07-01T00:00:00+02:00' } })]), 'p.json');
    expect(other.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('change `endDate` shows "2027-07-01T00:00:00Z" as the new value')]);
  });
});

describe('one campaign twice in a plan', () => {
  it('is refused when the second spelling of its id is one the vendor treats as the same (a UUID upper-cased)', () => {
    const upper = ID.toUpperCase();
    const text = planText([update(), update({ id: upper, address: `topsort/marketplace-eu/${upper}` })]);
    expect(parsePlanText(text, 'p.json').diagnostics).toEqual([
      expect.objectContaining({
        ...lineOf(text, `"topsort/marketplace-eu/${upper}"`),
        message: `campaign topsort/marketplace-eu/${upper} appears twice in the plan (first as action 0, topsort/marketplace-eu/${ID}): Topsort treats the two ids as one campaign`,
      }),
    ]);
  });

  it('is refused for numeric ids written with leading zeros, and not for ids a vendor tells apart by case', () => {
    const spaaza = (id: string) => ({ address: `spaaza/rewards-nl/${id}`, provider: 'spaaza', account: 'rewards-nl', id, file: 'c.yaml', line: 1, action: 'no_change' });
    expect(parsePlanText(planText([spaaza('77'), spaaza('0077')]), 'p.json').diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('Spaaza treats the two ids as one campaign'),
    ]);
    const voucherify = (id: string) => ({ address: `voucherify/shop-eu/${id}`, provider: 'voucherify', account: 'shop-eu', id, file: 'c.yaml', line: 1, action: 'no_change' });
    expect(parsePlanText(planText([voucherify('camp_rRsfatlwN7unSeUIJDCYedal'), voucherify('camp_rrsfatlwn7unseuijdcyedal')]), 'p.json').diagnostics).toEqual([]);
  });
});

describe('a plan judged against the campaign files of the working tree', () => {
  const config = parseConfigText(TEST_CONFIG, 'campaignctl.yaml').config!;
  const yaml = (amount: number, extra = '') =>
    `provider: topsort\naccount: marketplace-eu\nid: ${ID}\n${extra}spec:\n  name: Winter\n  budget:\n    amount: ${amount}\n    type: daily\n`;
  const tree = (files: Record<string, string>): CampaignDocument[] => {
    const r = validateSources(Object.entries(files).map(([path, text]) => ({ path, text })), { config, now: TEST_NOW });
    expect(r.diagnostics).toEqual([]);
    return r.campaigns;
  };
  const read = (text: string, declared: CampaignDocument[]) => parsePlanText(text, 'p.json', { accounts: config.accounts, declared });

  it('reads a plan whose every desired is what the files declare now (spec less ignore)', () => {
    expect(read(planText([update()]), tree({ 'campaigns/a.yaml': yaml(25000) })).diagnostics).toEqual([]);
    const ignoring = tree({ 'campaigns/a.yaml': `${yaml(25000, 'ignore: [budget.type]\n')}` });
    expect(read(planText([update({ desired: { name: 'Winter', budget: { amount: 25000 } } })]), ignoring).diagnostics).toEqual([]);
  });

  it('refuses a desired the file no longer says, at the field, naming the file and what it says', () => {
    const text = planText([update()]);
    const r = read(text, tree({ 'campaigns/moved/a.yaml': yaml(30000) }));
    expect(r.plan).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        ...lineOf(text, '"amount": 25000', 1),
        col: lineOf(text, '25000', 2).col,
        code: 'plan-stale',
        message: `topsort/marketplace-eu/${ID}: the plan no longer matches campaigns/moved/a.yaml: \`budget.amount\` is 25000 in the plan but 30000 in the file`,
        hint: expect.stringContaining('plan again'),
        related: [expect.objectContaining({ file: 'campaigns/moved/a.yaml', line: 7, col: 13, message: 'the file says this' })],
      }),
    ]);
  });

  it('refuses a campaign no file declares now, and one its file no longer manages', () => {
    const text = planText([update()]);
    expect(read(text, tree({ 'campaigns/b.yaml': yaml(25000).replace(ID, '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b') })).diagnostics.map((d) => d.message)).toEqual([
      `topsort/marketplace-eu/${ID}: the plan no longer matches campaigns/a.yaml: no campaign file declares this campaign (the file is gone, or not under --dir)`,
    ]);
    expect(read(text, tree({ 'campaigns/a.yaml': yaml(25000).replace(ID, '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b') })).diagnostics.map((d) => d.message)).toEqual([
      `topsort/marketplace-eu/${ID}: the plan no longer matches campaigns/a.yaml: the file no longer manages this campaign`,
    ]);
  });

  it('refuses an id spelt otherwise than the file spells it', () => {
    const upper = ID.toUpperCase();
    const r = read(planText([update({ id: upper, address: `topsort/marketplace-eu/${upper}` })]), tree({ 'campaigns/a.yaml': yaml(25000) }));
    expect(r.diagnostics.map((d) => d.message)).toEqual([`topsort/marketplace-eu/${upper}: the plan no longer matches campaigns/a.yaml: it names this campaign topsort/marketplace-eu/${ID}`]);
  });

  it('names at most 20 campaigns that do not match, then counts the rest', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `3c90c3cc-0d44-4b50-8888-${String(i).padStart(12, '0')}`);
    const text = planText(ids.map((id) => update({ id, address: `topsort/marketplace-eu/${id}` })));
    const messages = read(text, tree({ 'campaigns/a.yaml': yaml(25000) })).diagnostics.map((d) => d.message);
    expect(messages).toHaveLength(21);
    expect(messages[20]).toBe('and 5 more campaigns that no longer match the campaign files');
  });
});
