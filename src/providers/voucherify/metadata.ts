import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { RuleViolation, SpecRule } from '../types.js';

/**
 * Metadata is merged on update and keys are removed only through `unset_metadata_fields`.
 * Setting a key and unsetting it in the same spec contradicts itself: whichever the vendor
 * applies last wins, and the next plan would want to change it again.
 */
export const metadataNotUnsetAndSet: SpecRule<VoucherifySpec> = (spec) => {
  const unset = spec.unset_metadata_fields;
  const metadata = spec.metadata;
  if (!Array.isArray(unset) || typeof metadata !== 'object' || metadata === null) return [];
  const out: RuleViolation[] = [];
  unset.forEach((key, i) => {
    if (typeof key !== 'string' || !Object.hasOwn(metadata, key)) return;
    out.push({
      rule: 'voucherify.metadata-set-and-unset',
      path: ['unset_metadata_fields', i],
      otherPaths: [['metadata', key]],
      message: `\`unset_metadata_fields\` removes the metadata key \`${key}\` that \`metadata\` sets.`,
      hint: `keep \`${key}\` in either \`metadata\` (to set it) or \`unset_metadata_fields\` (to remove it), not both`,
    });
  });
  return out;
};
