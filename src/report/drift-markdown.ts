/**
 * The plan as a drift report: which campaigns could not be planned and which fields drifted, one
 * table row per campaign and without the values (they are in the whole plan, linked beside it), so
 * that thousands of drifted campaigns still fit an issue.
 */
import { unknownAction, type ErrorAction, type Plan, type UpdateAction } from '../engine/plan-model.js';
import { markdownCode, markdownText } from './markdown.js';
import { plural } from './values.js';

/** Changed fields named per campaign before "and N more". */
const PATHS_PER_CAMPAIGN = 10;
/** Longest error message shown in a row. */
const MESSAGE_LENGTH = 300;

const cellCode = (text: string) => markdownCode(text, { inTable: true });

function driftRow(a: UpdateAction): string {
  const shown = a.changes.slice(0, PATHS_PER_CAMPAIGN).map((c) => `${cellCode(c.path)}${c.write_only ? ' (write-only)' : ''}`);
  const more = a.changes.length > PATHS_PER_CAMPAIGN ? `, and ${a.changes.length - PATHS_PER_CAMPAIGN} more` : '';
  return `| ${cellCode(a.address)} | ${cellCode(`${a.file}:${a.line}`)} | ${shown.join(', ')}${more} |`;
}

function errorRow(a: ErrorAction): string {
  const message = a.error.message;
  const shortened = message.length > MESSAGE_LENGTH ? `${message.slice(0, MESSAGE_LENGTH - 1)}…` : message;
  return `| ${cellCode(a.address)} | ${cellCode(`${a.file}:${a.line}`)} | ${cellCode(a.error.code)}: ${markdownText(shortened)} |`;
}

/** The lines of the report: errors first, then drift; none when every campaign matches. */
export function driftMarkdownLines(plan: Plan): string[] {
  const updates: UpdateAction[] = [];
  const errors: ErrorAction[] = [];
  for (const a of plan.actions) {
    switch (a.action) {
      case 'no_change':
        break;
      case 'update':
        updates.push(a);
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
  return lines;
}
