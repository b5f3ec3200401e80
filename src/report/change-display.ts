/**
 * One field change as a reviewer reads it, in text and in markdown: dates in the plan's one zone
 * with their offset, a budget in its unit and currency with the change in percent and what was
 * spent so far, a long text word by word, a field the write clears, and write-only values that are
 * only sent again (because the last-applied record has none) set apart from real changes.
 *
 * The plan carries every fact needed (plan-model.ts: `spend`, `clears`, `resend`, `timezone`), so a
 * saved plan reads the same wherever it is rendered. Nothing here names a vendor.
 */
import { createColors } from 'picocolors';
import type { Plan, PlanChange, PlanSpend } from '../engine/plan-model.js';
import { isJsonObject } from '../json/guards.js';
import { formatInstant, formatMoney, formatMoneyChange, type AmountUnit, type MoneyFormat } from './display-values.js';
import { markdownCode, markdownText } from './markdown.js';
import { printable } from './printable.js';
import { plural, showValue } from './values.js';
import { renderWordDiffMarkdown, renderWordDiffText, wantsWordDiff, wordDiff } from './word-diff.js';

type Colors = ReturnType<typeof createColors>;

/** The zone a plan's dates are shown in. */
export function planZone(plan: Pick<Plan, 'timezone'>): string {
  return plan.timezone ?? 'UTC';
}

/**
 * A value as `showValue` shows it, with every date-time in it (RFC 3339 text) shown in `zone`:
 * a date alone unquoted (`2027-01-31 23:59:59 +01:00`), one inside a list or an object quoted as
 * the JSON around it.
 */
export function displayValue(v: unknown, zone: string, max = 80): string {
  if (typeof v === 'string') {
    const instant = formatInstant(v, zone);
    if (instant !== undefined) return instant;
  }
  return showValue(withZonedInstants(v, zone), max);
}

function withZonedInstants(v: unknown, zone: string): unknown {
  if (typeof v === 'string') return formatInstant(v, zone) ?? v;
  if (Array.isArray(v)) return v.map((x) => withZonedInstants(x, zone));
  if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withZonedInstants(x, zone)]));
  return v;
}

/** The two sides of a change as shown: different values never read the same (then both are shown as written). */
function sides(ch: PlanChange, zone: string, max: number): { before: string; after: string } {
  const before = displayValue(ch.before, zone, max);
  const after = displayValue(ch.after, zone, max);
  if (before !== after) return { before, after };
  return { before: showValue(ch.before, max), after: showValue(ch.after, max) };
}

const unitOf = (spend: PlanSpend): AmountUnit =>
  spend.unit === 'points' ? { name: 'points' } : spend.unit === 'unstated' ? 'major' : spend.unit;

/** A budget change: `EUR 70.00 → EUR 100.00 (daily, +42.9 %)`; undefined when an amount is not a number. */
export function spendChangeText(ch: PlanChange): string | undefined {
  const spend = ch.spend;
  if (!spend) return undefined;
  const amount = (v: unknown) => (v === undefined || v === null ? undefined : typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
  const [before, after] = [amount(ch.before), amount(ch.after)];
  if (Number.isNaN(before) || Number.isNaN(after)) return undefined;
  const unit = unitOf(spend);
  const format = (currency?: string, period?: string): MoneyFormat => ({ unit, ...(currency ? { currency } : {}), ...(period ? { period } : {}) });
  const main = format(spend.currency, spend.period);
  if (spend.before_currency !== undefined || spend.before_period !== undefined) {
    // Not the same measure on both sides: each in its own terms, and no percentage.
    const old = format(spend.before_currency ?? spend.currency, spend.before_period ?? spend.period);
    const side = (v: number | undefined, f: MoneyFormat) => (v === undefined ? '(none)' : (formatMoney(v, f) ?? String(v)));
    return `${side(before, old)} → ${side(after, main)}`;
  }
  return formatMoneyChange(before, after, main);
}

/** `spent so far: EUR 35.00`, where the vendor reports it. */
export function spentSoFarText(spend: PlanSpend | undefined): string | undefined {
  if (spend?.spent_so_far === undefined) return undefined;
  const money = formatMoney(spend.spent_so_far, { unit: unitOf(spend), ...(spend.currency ? { currency: spend.currency } : {}) });
  return money === undefined ? undefined : `spent so far: ${money}`;
}

/** A long or multi-line text change, word by word. */
function wordsOf(ch: PlanChange) {
  return !ch.clears && wantsWordDiff(ch.before, ch.after) ? wordDiff(ch.before as string, ch.after as string) : undefined;
}

/** The changes a write makes because the file says so (or the vendor's write clears), and those only sent again. */
export function splitResends(changes: readonly PlanChange[]): { readonly real: readonly PlanChange[]; readonly resent: readonly PlanChange[] } {
  return { real: changes.filter((c) => !c.resend), resent: changes.filter((c) => c.resend) };
}

export const RESEND_TITLE = 'sent again: the record has no value for them';
const CLEARED_NOTE = "(the file does not manage it: the vendor's update clears it)";
const UNREADABLE = '(write-only: the vendor does not return it)';

/** `3 changes`, or `2 changes, 1 sent again`, for a section's summary line. */
export function changeCount(changes: readonly PlanChange[]): string {
  const { real, resent } = splitResends(changes);
  return `${plural(real.length, 'change')}${resent.length > 0 ? `, ${resent.length} sent again` : ''}`;
}

/** The plan's write-only values sent again only because the record has none: a sentence for the headline, or ''. */
export function resendSentence(plan: Pick<Plan, 'actions'>): string {
  let n = 0;
  for (const a of plan.actions) if (a.action === 'update' || a.action === 'retire') for (const c of a.changes) if (c.resend) n += 1;
  return n === 0 ? '' : ` ${plural(n, 'write-only value is', 'write-only values are')} only sent again: the last-applied record has no value for ${n === 1 ? 'it' : 'them'}.`;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Values up to this long share a line; longer ones get a line each, up to LONG characters. */
const SHORT = 60;
const LONG = 400;

/** The lines of one change, indented under its campaign. */
function changeTextLines(ch: PlanChange, c: Colors, zone: string, mark = c.yellow('~')): string[] {
  const path = printable(ch.path);
  const unreadable = ch.before === undefined && ch.write_only === true;
  if (ch.clears) {
    const before = ch.before === undefined ? c.dim(UNREADABLE) : displayValue(ch.before, zone, LONG);
    return [`    ${c.red('-')} ${path}: ${before} → ${c.red('(cleared)')} ${c.dim(CLEARED_NOTE)}`];
  }
  const money = unreadable ? undefined : spendChangeText(ch);
  if (money !== undefined) {
    const spent = spentSoFarText(ch.spend);
    return [`    ${mark} ${path}: ${c.green(money)}${spent ? c.dim(`; ${spent}`) : ''}`];
  }
  const words = unreadable ? undefined : wordsOf(ch);
  if (words) return [`    ${mark} ${path} ${c.dim('(word by word)')}:`, ...renderWordDiffText(words, { color: c.isColorSupported }).split('\n').map((l) => `        ${l}`)];
  const { before, after } = sides(ch, zone, LONG);
  if (unreadable) return [`    ${mark} ${path}: ${c.dim(UNREADABLE)} → ${c.green(after)}`];
  if (before.length + after.length > 2 * SHORT) {
    // Long values on lines of their own, so that where they differ stays visible.
    return [`    ${mark} ${path}:`, `        ${c.red('-')} ${before}`, `        ${c.green('+')} ${c.green(after)}`];
  }
  return [`    ${mark} ${path}: ${before} → ${c.green(after)}`];
}

/** An update's or a retire's changes: the real ones, then those only sent again under a line of their own. */
export function changesText(changes: readonly PlanChange[], c: Colors, zone: string, mark: (ch: PlanChange) => string = () => ''): string[] {
  const { real, resent } = splitResends(changes);
  // `mark` (e.g. where a change comes from) ends the change's first line.
  const lines = real.flatMap((ch) => changeTextLines(ch, c, zone).map((line, i) => (i === 0 ? line + mark(ch) : line)));
  if (resent.length > 0) {
    lines.push(`    ${c.dim(`${RESEND_TITLE}:`)}`);
    for (const ch of resent) lines.push(`      ${c.dim('=')} ${printable(ch.path)}: ${displayValue(ch.after, zone, LONG)}`);
  }
  return lines;
}

/** A create's fields: `+ field: value`, a budget in its unit and currency. */
export function createdText(ch: PlanChange, c: Colors, zone: string): string {
  const money = ch.spend && typeof ch.after === 'number' ? formatMoney(ch.after, { unit: unitOf(ch.spend), ...(ch.spend.currency ? { currency: ch.spend.currency } : {}), ...(ch.spend.period ? { period: ch.spend.period } : {}) }) : undefined;
  return `    ${c.green('+')} ${printable(ch.path)}: ${c.green(money ?? displayValue(ch.after, zone, LONG))}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const CELL = 200;
const cellCode = (text: string) => markdownCode(text, { inTable: true });

/** The `live` and `desired` cells of one change in a table. */
function changeCells(ch: PlanChange, zone: string): [string, string] {
  const unreadable = ch.before === undefined && ch.write_only === true;
  if (ch.clears) return [ch.before === undefined ? '_write-only_' : cellCode(displayValue(ch.before, zone, CELL)), '**cleared** (not in the file)'];
  const money = unreadable ? undefined : spendChangeText(ch);
  if (money !== undefined) {
    const [before, after] = money.split(' → ') as [string, string];
    const spent = spentSoFarText(ch.spend);
    return [`${markdownText(before)}${spent ? ` (${markdownText(spent)})` : ''}`, markdownText(after)];
  }
  const { before, after } = sides(ch, zone, CELL);
  return [unreadable ? '_write-only_' : cellCode(before), cellCode(after)];
}

/**
 * An update's or a retire's changes: a table of the real ones (`headers`: the two value columns),
 * long texts word by word below it, a note on what the write clears, and the values only sent again
 * apart.
 */
export function changesMarkdown(changes: readonly PlanChange[], zone: string, headers: readonly [string, string]): string[] {
  const { real, resent } = splitResends(changes);
  const words = real.map((ch) => ({ ch, diff: wordsOf(ch) }));
  const rows = words.filter((w) => !w.diff).map(({ ch }) => `| ${cellCode(ch.path)} | ${changeCells(ch, zone).join(' | ')} |`);
  const out: string[] = [];
  if (rows.length > 0) out.push(`| field | ${headers[0]} | ${headers[1]} |`, '|---|---|---|', ...rows, '');
  for (const { ch, diff } of words) if (diff) out.push(`${cellCode(ch.path)}, word by word:`, '', `> ${renderWordDiffMarkdown(diff)}`, '');
  if (real.some((ch) => ch.clears)) {
    out.push('_Cleared_: the vendor\'s update replaces these fields, and the file does not manage them, so they lose their values. Add them to the file to keep them.', '');
  }
  if (resent.length > 0) {
    out.push(`Write-only values ${RESEND_TITLE} (not changes in the file):`, '');
    for (const ch of resent) out.push(`- ${markdownCode(ch.path)}: ${markdownCode(displayValue(ch.after, zone, CELL))}`);
    out.push('');
  }
  return out;
}

/** A create's field value in its table cell: a budget in its unit and currency. */
export function createdCell(ch: PlanChange, zone: string): string {
  const money = ch.spend && typeof ch.after === 'number' ? formatMoney(ch.after, { unit: unitOf(ch.spend), ...(ch.spend.currency ? { currency: ch.spend.currency } : {}), ...(ch.spend.period ? { period: ch.spend.period } : {}) }) : undefined;
  return money !== undefined ? markdownText(money) : cellCode(displayValue(ch.after, zone, CELL));
}
