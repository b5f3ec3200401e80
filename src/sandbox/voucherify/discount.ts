/**
 * `discount` (DISCOUNT_COUPONS and REFERRAL_PROGRAM) and `gift` (GIFT_VOUCHERS) as the OpenAPI's
 * Discount oneOf (Amount, Unit, Unit Multiple, Percent, Fixed) and Gift schemas describe them.
 *
 * Assumed: amounts are non-negative and `percent_off` is 0–100 (the docs give no bound; anything else
 * is meaningless). Assumed: a PUT `discount`/`gift` replaces the stored one whole (each variant has its
 * own required fields, so a merge could not be valid), keeping only the variant's own properties.
 */
import { arrayOf, boolean, type Check, integer, nonEmptyString, number, object, oneOf, type Props, required, string } from './checks.js';
import { isObject, type JsonObject, pick } from './json.js';

const AMOUNT_EFFECTS = [
  'APPLY_TO_ORDER',
  'APPLY_TO_ITEMS',
  'APPLY_TO_ITEMS_PROPORTIONALLY',
  'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY',
  'APPLY_TO_ITEMS_BY_QUANTITY',
];
const ORDER_OR_ITEMS = ['APPLY_TO_ORDER', 'APPLY_TO_ITEMS'];
const UNIT_EFFECTS = ['ADD_MISSING_ITEMS', 'ADD_NEW_ITEMS', 'ADD_MANY_ITEMS', 'ADD_SAME_ITEMS'];

const simpleProduct = object({ id: required(string), source_id: string, name: required(string) });

const VARIANTS: Readonly<Record<string, Props>> = {
  AMOUNT: {
    amount_off: required(number(0)),
    amount_off_formula: nonEmptyString,
    aggregated_amount_limit: integer(0),
    effect: oneOf(AMOUNT_EFFECTS),
    is_dynamic: boolean,
  },
  PERCENT: {
    percent_off: required(number(0, 100)),
    percent_off_formula: nonEmptyString,
    amount_limit: number(0),
    aggregated_amount_limit: integer(0),
    effect: oneOf(ORDER_OR_ITEMS),
    is_dynamic: boolean,
  },
  FIXED: {
    fixed_amount: required(number(0)),
    fixed_amount_formula: nonEmptyString,
    effect: oneOf(ORDER_OR_ITEMS),
    is_dynamic: boolean,
  },
  UNIT: {
    unit_off: integer(0),
    unit_off_formula: nonEmptyString,
    effect: oneOf(UNIT_EFFECTS),
    unit_type: required(nonEmptyString),
    product: simpleProduct,
    sku: simpleProduct,
    is_dynamic: boolean,
  },
  UNIT_MULTIPLE: {
    effect: oneOf(['ADD_MANY_ITEMS']),
    units: required(
      arrayOf(
        object({
          unit_off: number(0),
          unit_off_formula: nonEmptyString,
          effect: required(oneOf(['ADD_NEW_ITEMS', 'ADD_MISSING_ITEMS'])),
          unit_type: required(nonEmptyString),
          product: simpleProduct,
          sku: simpleProduct,
        }),
        1,
      ),
    ),
  },
};

function variantOf(v: JsonObject): string {
  return v.type === 'UNIT' && v.units !== undefined ? 'UNIT_MULTIPLE' : String(v.type);
}

export const discount: Check = (v, p) => {
  const shape = object({ type: required(oneOf(['AMOUNT', 'PERCENT', 'FIXED', 'UNIT'])) })(v, p);
  if (shape || !isObject(v)) return shape;
  return object(VARIANTS[variantOf(v)] ?? {})(v, p);
};

/** The stored form of an accepted discount: its type and the variant's own properties. */
export function normaliseDiscount(v: JsonObject): JsonObject {
  return { type: v.type, ...pick(v, Object.keys(VARIANTS[variantOf(v)] ?? {})) };
}

/**
 * The update's `gift`. The OpenAPI reuses the gift card's read schema here, which marks `balance`
 * required; the balance is what the server computes (`amount` less what was subtracted or redeemed),
 * so only `amount` is demanded (assumed) and a given `balance` is kept as sent.
 */
export const gift: Check = object({
  amount: required(number(0)),
  subtracted_amount: integer(0),
  balance: number(0),
  effect: oneOf(ORDER_OR_ITEMS),
});

export const normaliseGift = (v: JsonObject): JsonObject => pick(v, ['amount', 'subtracted_amount', 'balance', 'effect']);

/**
 * The create's `voucher.gift`: the docs' own Gift Card example sends `amount` and `effect` only, and
 * the create answer reads them back so. Assumed: a `balance` or `subtracted_amount` sent along is
 * skipped (the server computes both), as unknown properties are.
 */
export const giftOnCreate: Check = object({ amount: required(number(0)), effect: oneOf(ORDER_OR_ITEMS) });

export const normaliseGiftOnCreate = (v: JsonObject): JsonObject => pick(v, ['amount', 'effect']);
