/** Every Voucherify rule beyond what voucherify.schema.json says, in the order they are run. */
import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { AccountRule, SpecRule } from '../types.js';
import { accessNotAssignedAndUnassigned } from './access-settings.js';
import { expirationAfterStart } from './dates.js';
import { metadataNotUnsetAndSet } from './metadata.js';
import { uniqueName } from './unique-name.js';
import { periodEndsAfterStart, periodsDoNotOverlap } from './validity-hours.js';

export const specRules: readonly SpecRule<VoucherifySpec>[] = [
  expirationAfterStart,
  periodEndsAfterStart,
  periodsDoNotOverlap,
  metadataNotUnsetAndSet,
  accessNotAssignedAndUnassigned,
];

export const accountRules: readonly AccountRule<VoucherifySpec>[] = [uniqueName];
