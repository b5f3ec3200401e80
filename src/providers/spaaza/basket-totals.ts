import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { RuleViolation, SpecRule } from '../types.js';

type BasketBound = keyof Pick<
  SpaazaSpec,
  | 'minimum_basket_total_value_earn'
  | 'maximum_basket_total_value_earn'
  | 'minimum_basket_total_value_spend'
  | 'maximum_basket_total_value_spend'
>;

const RANGES: readonly { readonly min: BasketBound; readonly max: BasketBound }[] = [
  { min: 'minimum_basket_total_value_earn', max: 'maximum_basket_total_value_earn' },
  { min: 'minimum_basket_total_value_spend', max: 'maximum_basket_total_value_spend' },
];

/**
 * A basket-total maximum below its minimum leaves no basket that qualifies, which is never what a
 * campaign manager meant. Equal bounds are allowed (exactly one basket total qualifies). Null
 * means "no bound" and never conflicts.
 */
export const basketTotalRange: SpecRule<SpaazaSpec> = (spec) => {
  const out: RuleViolation[] = [];
  for (const { min, max } of RANGES) {
    const lo = spec[min];
    const hi = spec[max];
    if (typeof lo !== 'number' || typeof hi !== 'number' || hi >= lo) continue;
    out.push({
      rule: 'spaaza.basket-total-range',
      path: [max],
      otherPaths: [[min]],
      message: `\`${max}\` (${hi}) is below \`${min}\` (${lo}), so no basket would qualify.`,
      hint: `raise \`${max}\` to at least ${lo}, or set it to null for no maximum`,
    });
  }
  return out;
};
