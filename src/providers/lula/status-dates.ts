import type { LulaSpec } from '../../generated/lula.js';
import type { RuleViolation, SpecRule } from '../types.js';
import { formatNow } from '../../desired/instant.js';
import { compareAt, fromMs, readInstant } from '../kit/instants.js';

/**
 * `scheduled` and `expired` describe where a campaign stands relative to its dates (Lula derives
 * them: an `active` campaign that has not started reads back as `scheduled`, an ended one as
 * `expired`). A desired status that contradicts the desired dates can never be reached: the
 * write fails or the plan shows a difference forever. `active` and `inactive` are the user's
 * on/off switch and fit any dates, so they are not checked here (an `active` campaign whose end
 * has passed is the reconciler's business: it reads back `expired`, which is terminal).
 * Dates left out of the spec are not managed and not judged. At most one violation per spec:
 * the first contradiction found is enough to fix the document.
 */
export const statusMatchesDates: SpecRule<LulaSpec> = (spec, ctx) => {
  if (spec.status !== 'scheduled' && spec.status !== 'expired') return [];
  const now = fromMs(ctx.now.getTime());
  const nowText = formatNow(ctx.now);
  const start = spec.starts_at === undefined ? undefined : readInstant(spec.starts_at);
  const end = spec.ends_at === undefined ? undefined : readInstant(spec.ends_at);
  const violation = (field: 'starts_at' | 'ends_at', message: string, hint: string): RuleViolation[] => [
    { rule: 'lula.status-matches-dates', path: ['status'], otherPaths: [[field]], message, hint },
  ];

  if (spec.status === 'scheduled') {
    const scheduledHint = `use \`active\` or \`inactive\` for a campaign that has started, or move its dates after ${nowText}`;
    if (start && compareAt(start, now, 'exact') <= 0) {
      return violation(
        'starts_at',
        `\`status\` is \`scheduled\`, but \`starts_at\` (${spec.starts_at}) is not in the future (now: ${nowText}).`,
        scheduledHint,
      );
    }
    if (end && compareAt(end, now, 'exact') <= 0) {
      return violation(
        'ends_at',
        `\`status\` is \`scheduled\`, but \`ends_at\` (${spec.ends_at}) has already passed (now: ${nowText}).`,
        scheduledHint,
      );
    }
    return [];
  }

  const expiredHint = `use \`inactive\` to stop the campaign now; \`expired\` fits only a campaign whose \`ends_at\` is before ${nowText}`;
  if (end && compareAt(end, now, 'exact') > 0) {
    return violation(
      'ends_at',
      `\`status\` is \`expired\`, but \`ends_at\` (${spec.ends_at}) is still in the future (now: ${nowText}).`,
      expiredHint,
    );
  }
  if (start && compareAt(start, now, 'exact') > 0) {
    return violation(
      'starts_at',
      `\`status\` is \`expired\`, but \`starts_at\` (${spec.starts_at}) is in the future, so the campaign has not even started (now: ${nowText}).`,
      expiredHint,
    );
  }
  return [];
};
