/**
 * Rules of Lula's create beyond `$defs.create` in schemas/lula.schema.json (which names the
 * fields create requires), judged by validate for documents without an `id`.
 */
import { formatNow } from '../../desired/instant.js';
import type { LulaSpec } from '../../generated/lula.js';
import { compareAt, fromMs, readInstant } from '../kit/instants.js';
import type { SpecRule } from '../types.js';

/**
 * A new campaign must not have ended already. Lula's create does not check (its own example
 * creates one that ended before it started), but such a campaign reads `expired` from the start,
 * and Lula refuses every update to an expired campaign (CAMPAIGN_NOT_MODIFIABLE), the update that
 * follows create to set the time of day and `campaign_identifier` included: the create would half
 * succeed and leave a campaign that can never be corrected.
 */
export const createNotEnded: SpecRule<LulaSpec> = (spec, ctx) => {
  const end = spec.ends_at === undefined ? undefined : readInstant(spec.ends_at);
  if (!end || compareAt(end, fromMs(ctx.now.getTime()), 'exact') > 0) return [];
  return [
    {
      rule: 'lula.create-ended',
      path: ['ends_at'],
      message:
        `\`ends_at\` (${spec.ends_at}) has already passed (now: ${formatNow(ctx.now)}): Lula would create the campaign as \`expired\` ` +
        'and then refuse the update that sets its times (CAMPAIGN_NOT_MODIFIABLE)',
      hint: 'move `ends_at` into the future; a campaign that is over needs no new campaign in Lula',
    },
  ];
};

export const createRules: readonly SpecRule<LulaSpec>[] = [createNotEnded];
