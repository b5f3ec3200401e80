/**
 * Markdown as GitHub renders it (GFM): the one place that says how text, literal values and raw
 * HTML are written into a comment, a job summary or an issue, and how long such a text may be.
 * Each context has its own rules, so each has its own function:
 *
 * - text in a paragraph or a table cell: backslash escapes and entities are read, so `\`, `|` and
 *   `<` are escaped;
 * - a code span: nothing is read inside it (`\\` shows two backslashes, `&lt;` shows as typed), so
 *   the text goes in as it is, fenced by more backticks than it holds; only a table still splits
 *   cells at `|`, also inside a code span, unless it is written `\|`;
 * - raw HTML (a line starting `<details>` opens an HTML block, where markdown is not read at all):
 *   HTML escapes.
 *
 * In every context, characters that act on a terminal rather than show (printable.ts) are written
 * as escapes first: a comment's text is also printed by `plan --format markdown`, and read in logs.
 */
import { printable } from './printable.js';

/** GitHub refuses comment and issue bodies over 65,536 characters; stay well under. */
export const MARKDOWN_LIMIT = 60_000;

const LINE_BREAKS = /\r\n|\r|\n/g;

/** Text in a paragraph or a table cell, on one line. */
export function markdownText(text: string): string {
  return printable(text.replace(LINE_BREAKS, ' ')).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/**
 * Literal text as one code span, shown exactly as given (line breaks become spaces, as they would
 * anyway). `inTable`: the span sits in a table cell, where `|` must be written `\|`.
 */
export function markdownCode(text: string, opts: { readonly inTable?: boolean } = {}): string {
  const line = printable(text.replace(LINE_BREAKS, ' '));
  const longestRun = (line.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(longestRun + 1);
  // A span strips one space from each end when both ends have one, and a backtick at either end
  // would join the fence: pad with a space, which is what is stripped.
  const pad = line === '' || line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ') && line.trim() !== '') ? ' ' : '';
  const body = opts.inTable ? line.replace(/\|/g, '\\|') : line;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Text inside raw HTML (the `<summary>` of a `<details>`), where markdown is not read. */
export function htmlText(text: string): string {
  return printable(text.replace(LINE_BREAKS, ' ')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
