/**
 * A plan made with `--base` (engine/origins.ts) in a pull-request comment: what the pull request
 * changes apart from what merging it would revert at the vendor. Each campaign's section (as the
 * plan renderer draws it) holds only the changes of its part, so a campaign with both appears in
 * both; a change the vendor had also moved stays with the pull request's changes, and its section
 * says the vendor's value is overwritten too.
 */
import type { Plan, PlanAction, PlanBase, PlanChange } from '../engine/plan-model.js';
import { markdownCode } from './markdown.js';
import { plural } from './values.js';

/** A part of the comment: its heading (none without --base: the comment as it always was) and its campaigns' sections. */
export interface MarkdownGroup {
  readonly heading?: string;
  /** The paragraph under the heading. */
  readonly intro?: string;
  /** What the part says when no campaign is in it. */
  readonly empty?: string;
  readonly items: readonly { readonly action: PlanAction; readonly text: string }[];
}

export const CHANGES_HEADING = 'Changes in this pull request';
export const DRIFT_HEADING = 'Drift this merge would revert';

/** The parts of the comment; `section` draws one campaign (undefined: nothing to show). */
export function markdownGroups(plan: Plan, section: (a: PlanAction) => string | undefined): MarkdownGroup[] {
  const drawn = (a: PlanAction) => {
    const text = section(a);
    return text === undefined ? [] : [{ action: a, text }];
  };
  if (!plan.base) return [{ items: plan.actions.flatMap(drawn) }];
  const ref = plan.base.ref;
  const changes: MarkdownGroup['items'][number][] = [];
  const drift: MarkdownGroup['items'][number][] = [];
  for (const a of plan.actions) {
    if (a.action !== 'update') {
      changes.push(...drawn(a));
      continue;
    }
    // A write-only value sent again only because the record lacks it is no edit at the vendor.
    const reverted = a.changes.filter((ch) => ch.origin === 'drift' && !ch.resend);
    const own = a.changes.filter((ch) => !reverted.includes(ch));
    if (own.length > 0) {
      for (const item of drawn({ ...a, changes: own })) changes.push({ ...item, text: withNote(item.text, alsoMovedNote(own, ref)) });
    }
    if (reverted.length > 0) {
      // The id a new document found is told once, with the pull request's changes.
      const { adopt: _told, ...rest } = a;
      drift.push(...drawn({ ...(own.length > 0 ? rest : a), changes: reverted }));
    }
  }
  return [
    { heading: CHANGES_HEADING, empty: `None: the campaign files declare what they did at ${markdownCode(ref)}.`, items: changes },
    {
      heading: DRIFT_HEADING,
      intro:
        `Changed at the vendor outside git: the campaign files still say otherwise, at ${markdownCode(ref)} as in this pull request, so applying after the merge sets these back. ` +
        'To keep a vendor\'s value, write it into the campaign file in this pull request.',
      empty: 'None: the vendors hold what the campaign files declared.',
      items: drift,
    },
  ];
}

/** The line under the headline: what the plan was compared with, and how the changes divide. */
export function originsLine(plan: Plan): string | undefined {
  const base = plan.base;
  if (!base) return undefined;
  const all = plan.actions.flatMap((a): readonly PlanChange[] => a.changes ?? []);
  const drift = all.filter((ch) => ch.origin === 'drift').length;
  return `Compared with ${markdownCode(base.ref)} (${markdownCode(shortSha(base))}): ${plural(all.length - drift, 'change')} in this pull request, ${plural(drift, 'change')} reverting drift.`;
}

export function shortSha(base: PlanBase): string {
  return base.sha.slice(0, 12);
}

function alsoMovedNote(changes: readonly PlanChange[], ref: string): string | undefined {
  const moved = changes.filter((ch) => ch.origin === 'change_and_drift');
  if (moved.length === 0) return undefined;
  const fields = moved.map((ch) => markdownCode(ch.path)).join(', ');
  return `> ⚠️ Also changed at the vendor since ${markdownCode(ref)}: ${fields}. Applying replaces the vendor's value with this pull request's.`;
}

/** The note as the last paragraph inside the section's `<details>`. */
function withNote(text: string, note: string | undefined): string {
  const close = '\n</details>';
  if (note === undefined || !text.endsWith(close)) return text;
  return `${text.slice(0, -close.length)}\n${note}\n${close}`;
}
