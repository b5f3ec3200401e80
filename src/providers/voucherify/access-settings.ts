import type { VoucherifySpec, AreaAndStoreIds } from '../../generated/voucherify.js';
import type { RuleViolation, SpecRule } from '../types.js';

const LISTS = ['areas_ids', 'area_stores_ids', 'area_all_stores_ids'] as const;

/** Assigning and unassigning the same area or store in one update cannot both happen. */
export const accessNotAssignedAndUnassigned: SpecRule<VoucherifySpec> = (spec) => {
  const assign: AreaAndStoreIds | undefined = spec.access_settings?.assign;
  const unassign: AreaAndStoreIds | undefined = spec.access_settings?.unassign;
  if (!assign || !unassign) return [];
  const out: RuleViolation[] = [];
  for (const list of LISTS) {
    const given = assign[list];
    const taken = unassign[list];
    if (!Array.isArray(given) || !Array.isArray(taken)) continue;
    taken.forEach((id, i) => {
      const j = given.indexOf(id);
      if (j < 0) return;
      out.push({
        rule: 'voucherify.access-assign-and-unassign',
        path: ['access_settings', 'unassign', list, i],
        otherPaths: [['access_settings', 'assign', list, j]],
        message: `\`${id}\` is listed in both \`access_settings.assign.${list}\` and \`access_settings.unassign.${list}\`.`,
        hint: `keep \`${id}\` under \`assign\` or under \`unassign\`, not both`,
      });
    });
  }
  return out;
};
