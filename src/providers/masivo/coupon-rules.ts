/**
 * COUPONS-only rules that JSON Schema cannot state well. (That these fields are COUPONS-only, and
 * that `customCodes` holds a non-empty code when `useCustomCodes` is true, the schema says itself.)
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import type { SpecRule } from '../types.js';

/**
 * Masivo caps generated codes at a "safe limit" it does not publish. This is our assumption of it;
 * a larger batch is better split over several campaigns than discovered by a failing apply.
 */
export const MAX_GENERATED_CODES = 100_000;

/**
 * With `useCustomCodes: true` Masivo needs the codes in the same full-payload PUT. `customCodes` is
 * write-only, so the reconciler cannot take it from live state: leaving it out is not "unmanaged"
 * here, it is a request Masivo rejects. Reported on `useCustomCodes`, the field that creates the need.
 */
export const customCodesRequired: SpecRule<MasivoSpec> = (spec) => {
  if (spec.useCustomCodes !== true || spec.customCodes !== undefined) return [];
  return [
    {
      rule: 'masivo.custom-codes-required',
      path: ['useCustomCodes'],
      message: '`useCustomCodes` is true but `customCodes` is missing; Masivo needs at least one custom code',
      hint: 'add `customCodes` with the codes separated by commas, or set `useCustomCodes: false` to have Masivo generate codes',
    },
  ];
};

/** Only generated codes are capped: custom codes are counted by the list the user gives. */
export const quantityWithinSafeLimit: SpecRule<MasivoSpec> = (spec) => {
  if (spec.quantity === undefined || spec.useCustomCodes === true) return [];
  if (spec.quantity <= MAX_GENERATED_CODES) return [];
  return [
    {
      rule: 'masivo.quantity-safe-limit',
      path: ['quantity'],
      message: `\`quantity\` (${spec.quantity}) exceeds ${MAX_GENERATED_CODES.toLocaleString('en-US')}, the most generated coupon codes campaignctl lets one Masivo campaign ask for`,
      hint: `ask for at most ${MAX_GENERATED_CODES.toLocaleString('en-US')} codes, or split the batch over several campaigns`,
    },
  ];
};

export const couponRules: readonly SpecRule<MasivoSpec>[] = [customCodesRequired, quantityWithinSafeLimit];
