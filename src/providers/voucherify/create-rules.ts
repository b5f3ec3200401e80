/**
 * Rules of the create call beyond what `$defs.create` in voucherify.schema.json says (which fields a
 * new campaign needs, what it cannot carry), judged by validate for documents without `id`.
 */
import type { VoucherifySpec } from '../../generated/voucherify.js';
import type { SpecRule } from '../types.js';

/**
 * Assumed: the characters a code is drawn from when `charset` is left out. The docs' create answers
 * show this alphanumeric set beside a pattern given alone.
 */
export const DEFAULT_CHARSET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * "All campaign codes are unique across the whole project": a code shape that can spell fewer
 * distinct codes than `vouchers_count` asks for cannot be generated. Judged only when the spec gives
 * the shape (`pattern` or `length`); Voucherify's default length is not documented.
 */
export const enoughCodes: SpecRule<VoucherifySpec> = (spec) => {
  const count = spec.vouchers_count;
  const config = spec.voucher?.code_config;
  if (typeof count !== 'number' || count <= 1 || !config) return [];
  const byPattern = typeof config.pattern === 'string';
  const slots = byPattern ? [...(config.pattern ?? '')].filter((ch) => ch === '#').length : config.length;
  if (typeof slots !== 'number' || slots < 1) return [];
  const symbols = new Set(config.charset ?? DEFAULT_CHARSET).size;
  const possible = symbols ** slots;
  if (possible >= count) return [];
  const shape = byPattern ? `the pattern \`${config.pattern}\`` : `${slots} character${slots === 1 ? '' : 's'}`;
  return [
    {
      rule: 'voucherify.enough-codes',
      path: ['vouchers_count'],
      otherPaths: [['voucher', 'code_config', byPattern ? 'pattern' : 'length']],
      message: `\`vouchers_count\` asks for ${count} codes, but ${shape} from ${symbols} character${symbols === 1 ? '' : 's'} makes only ${possible} different ones (codes are unique across the project).`,
      hint: byPattern
        ? 'add `#` to the pattern, widen `charset`, or lower `vouchers_count`'
        : 'raise `length`, widen `charset`, or lower `vouchers_count`',
    },
  ];
};

export const createRules: readonly SpecRule<VoucherifySpec>[] = [enoughCodes];
