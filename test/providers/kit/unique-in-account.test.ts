import { describe, expect, it } from 'vitest';
import { uniqueInAccount } from '../../../src/providers/kit/unique-in-account.js';
import type { AccountCampaign, AccountRuleContext } from '../../../src/providers/types.js';

interface Spec {
  readonly name?: string;
  readonly format?: string;
}

const ctx: AccountRuleContext = { account: 'acct', options: {}, now: new Date('2026-11-23T12:00:00Z') };
const campaigns = (...specs: [string, Spec][]): AccountCampaign<Spec>[] => specs.map(([id, spec], key) => ({ ref: { key }, id, spec }));
const reported = (rule: ReturnType<typeof uniqueInAccount<Spec>>, list: AccountCampaign<Spec>[]) =>
  rule(list, ctx).map((v) => [v.campaign.key, v.related?.[0]?.campaign.key, v.message]);

describe('uniqueInAccount', () => {
  const base = { rule: 'vendor.unique-name', field: 'name' as const, message: ({ value, earlier }: { value: string; earlier: { id: string } }) => `${value} is ${earlier.id}'s`, hint: 'rename' };

  it('reports every later campaign against the first that kept the value; campaigns without the field are left alone', () => {
    const list = campaigns(['a', { name: 'X' }], ['b', {}], ['c', { name: 'X' }], ['d', { name: 'X' }]);
    expect(reported(uniqueInAccount<Spec>(base), list)).toEqual([
      [2, 0, "X is a's"],
      [3, 0, "X is a's"],
    ]);
  });

  it('compares values as the vendor does, and skips pairs that do not clash', () => {
    const rule = uniqueInAccount<Spec>({ ...base, key: (v) => v.trim().toLowerCase(), clashes: (e, l) => e.id !== l.id });
    const list = campaigns(['a', { name: 'X ' }], ['a', { name: 'x' }], ['b', { name: 'x' }]);
    expect(reported(rule, list)).toEqual([[2, 0, "x is a's"]]);
  });

  it('with a second dimension, compares each earlier holder of the value', () => {
    const rule = uniqueInAccount<Spec>({ ...base, compareWith: 'each', clashes: (e, l) => e.spec.format === l.spec.format });
    const list = campaigns(['a', { name: 'X', format: 'banner' }], ['b', { name: 'X', format: 'listing' }], ['c', { name: 'X', format: 'listing' }]);
    expect(reported(rule, list)).toEqual([[2, 1, "X is b's"]]);
  });
});
