import type { SpaazaSpec } from '../../generated/spaaza.js';
import type { SpecRule } from '../types.js';

/**
 * Each day may appear once in `active_weekdays`. The schema already restricts the value to
 * comma-separated digits 1–7; a repeated day is most likely a typo for a missing one
 * ("1,2,2" meant "1,2,3"), so it is reported rather than silently collapsed.
 */
export const weekdaysUnique: SpecRule<SpaazaSpec> = (spec) => {
  const value = spec.active_weekdays;
  if (typeof value !== 'string') return [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const day of value.split(',')) {
    if (seen.has(day)) repeated.add(day);
    seen.add(day);
  }
  if (repeated.size === 0) return [];
  const days = [...repeated].join(', ');
  return [
    {
      rule: 'spaaza.weekdays-unique',
      path: ['active_weekdays'],
      message: `\`active_weekdays\` ("${value}") lists day ${days} more than once.`,
      hint: `list each day once, e.g. "${[...seen].sort().join(',')}"`,
    },
  ];
};
