/** Spaaza's rules beyond JSON Schema, one concept per file; this module only lists them. */
import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { AccountRule, SpecRule } from '../types.js';
import { dateWindowOrder, timeWindowOrder } from './active-window.js';
import { basketTotalRange } from './basket-totals.js';
import { singleActiveDefaultLoyalty } from './default-loyalty.js';
import { weekdaysUnique } from './weekdays.js';

export const specRules: readonly SpecRule<SpaazaSpec>[] = [
  dateWindowOrder,
  timeWindowOrder,
  weekdaysUnique,
  basketTotalRange,
];

export const accountRules: readonly AccountRule<SpaazaSpec>[] = [singleActiveDefaultLoyalty];
