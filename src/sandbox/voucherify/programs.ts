/**
 * The per-program objects of the update body: `referral_program` (REFERRAL_PROGRAM),
 * `loyalty_tiers_expiration` and `options` (LOYALTY_PROGRAM), as the OpenAPI describes them.
 * Assumed: both objects are replaced whole on PUT (the docs say nothing of merging them).
 */
import { boolean, type Check, duration, integer, object, oneOf, required, string } from './checks.js';

export const referralProgram: Check = object({
  conversion_event_type: oneOf(['redemption', 'custom_event']),
  custom_event: object({ id: string, name: string }),
  referee_reward: object({
    related_object_parent: object({ id: string, name: string, object: oneOf(['CAMPAIGN']) }),
    type: oneOf(['LOYALTY_CARD', 'GIFT_VOUCHER']),
    amount: integer(0),
  }),
});

const PERIODS = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];

export const loyaltyTiersExpiration: Check = object({
  qualification_type: required(oneOf(['BALANCE', 'POINTS_IN_PERIOD'])),
  qualification_period: oneOf(PERIODS),
  start_date: required(object({ type: required(oneOf(['IMMEDIATE', 'NEXT_PERIOD'])) })),
  expiration_date: required(
    object({
      type: required(oneOf(['END_OF_PERIOD', 'END_OF_NEXT_PERIOD', 'BALANCE_DROP', 'CUSTOM'])),
      extend: required(duration),
      rounding: object({
        type: oneOf([...PERIODS, 'CUSTOM']),
        strategy: oneOf(['START', 'END']),
        unit: oneOf(['MONTH']),
        value: integer(),
      }),
    }),
  ),
});

/** Write-only: `recalculate_tiers` is an instruction, never stored nor returned. */
export const loyaltyOptions: Check = object({ recalculate_tiers: boolean });
