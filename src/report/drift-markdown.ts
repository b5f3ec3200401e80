/**
 * The plan as a drift report: which campaigns could not be planned, which fields drifted, and
 * which campaigns are still to be created, recorded or pruned (merged, not yet applied), one
 * table row per campaign and without the values (they are in the whole plan, linked beside it), so
 * that thousands of drifted campaigns still fit an issue.
 */
import {
  unknownAction,
  type CreateAction,
  type DeleteAction,
  type ErrorAction,
  type ForgetAction,
  type NoChangeAction,
  type Plan,
  type RetireAction,
  type UpdateAction,
} from '../engine/plan-model.js';
import { markdownCode, markdownText } from './markdown.js';
import { plural } from './values.js';

/** Changed fields named per campaign before "and N more". */
const PATHS_PER_CAMPAIGN = 10;
/** Longest error message shown in a row. */
const MESSAGE_LENGTH = 300;

const cellCode = (text: string) => markdownCode(text, { inTable: true });

function driftRow(a: UpdateAction): string {
  // A field the write clears does not differ: it goes with the campaign's update (plan-model.ts `clears`).
  const differing = a.changes.filter((c) => !c.clears);
  const shown = differing.slice(0, PATHS_PER_CAMPAIGN).map((c) => `${cellCode(c.path)}${c.write_only ? ' (write-only)' : ''}`);
  const more = differing.length > PATHS_PER_CAMPAIGN ? `, and ${differing.length - PATHS_PER_CAMPAIGN} more` : '';
  return `| ${cellCode(a.address)} | ${cellCode(`${a.file}:${a.line}`)} | ${shown.join(', ')}${more} |`;
}

function errorRow(a: ErrorAction): string {
  const message = a.error.message;
  const shortened = message.length > MESSAGE_LENGTH ? `${message.slice(0, MESSAGE_LENGTH - 1)}…` : message;
  return `| ${cellCode(a.address)} | ${a.file !== undefined ? cellCode(`${a.file}:${a.line ?? 1}`) : 'no document declares it any more'} | ${cellCode(a.error.code)}: ${markdownText(shortened)} |`;
}

/** What apply would do about a campaign coming or going that no apply has done yet. */
function pendingRow(a: PendingAction): string {
  const where = 'file' in a && a.file !== undefined ? cellCode(`${a.file}:${a.line}`) : 'no document declares it any more';
  const what: string = (() => {
    switch (a.action) {
      case 'create':
        return 'to be created';
      case 'retire':
        return 'to be retired (`prune: deactivate`)';
      case 'delete':
        return 'to be deleted (`prune: delete`)';
      case 'forget':
        return 'to be forgotten (it keeps running at the vendor)';
      case 'no_change':
      case 'update':
        return `found live as ${cellCode(a.adopt?.id ?? a.id)}: its id is not in the document yet`;
      default:
        return unknownAction(a);
    }
  })();
  return `| ${cellCode(a.address)} | ${where} | ${what} |`;
}

type PendingAction = CreateAction | RetireAction | DeleteAction | ForgetAction | NoChangeAction | UpdateAction;

/** The lines of the report: errors first, then drift, then campaigns not yet created or pruned; none when every campaign matches. */
export function driftMarkdownLines(plan: Plan): string[] {
  const updates: UpdateAction[] = [];
  const errors: ErrorAction[] = [];
  const pending: PendingAction[] = [];
  for (const a of plan.actions) {
    switch (a.action) {
      case 'no_change':
        if (a.adopt) pending.push(a);
        break;
      case 'update':
        updates.push(a);
        if (a.adopt) pending.push(a);
        break;
      case 'create':
      case 'retire':
      case 'delete':
      case 'forget':
        pending.push(a);
        break;
      case 'error':
        errors.push(a);
        break;
      default:
        unknownAction(a);
    }
  }
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(`### ${plural(errors.length, 'campaign')} could not be planned`, '', '| campaign | file | error |', '|---|---|---|', ...errors.map(errorRow), '');
  }
  if (updates.length > 0) {
    lines.push(`### ${plural(updates.length, 'campaign')} drifted`, '', '| campaign | file | fields that differ |', '|---|---|---|', ...updates.map(driftRow), '');
  }
  if (pending.length > 0) {
    lines.push(`### ${plural(pending.length, 'campaign')} not yet created, recorded or pruned`, '', '| campaign | file | what apply would do |', '|---|---|---|', ...pending.map(pendingRow), '');
  }
  return lines;
}
