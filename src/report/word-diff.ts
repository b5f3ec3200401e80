/**
 * A long text change shown word by word (`~~removed~~ **added**` in markdown, `[-removed-]{+added+}`
 * in text) instead of two whole strings side by side: in a changed description of 600 characters
 * a reviewer should see the three words that changed.
 *
 * Words are runs of non-space characters, and the spaces between them are tokens of their own, so
 * the parts joined give back each text exactly. The comparison is a longest common subsequence
 * over the tokens, which costs the product of the two lengths; past a bound the changed middle is
 * shown whole.
 */
import { createColors } from 'picocolors';
import { printable } from './printable.js';

export const WORD_DIFF_POLICY = {
  /** Texts shorter than this (both of them, on one line each) read well enough as two values. */
  minLength: 80,
  /**
   * Most cells of the comparison table (tokens of one text times tokens of the other, after the
   * common start and end are set aside): 4,000,000 cells take about 8 MB and 50 ms; two texts of
   * 2,000 words each.
   */
  maxCells: 4_000_000,
} as const;

export interface WordDiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

export interface WordDiff {
  /** In order; the `same` and `removed` parts joined give `before`, the `same` and `added` parts `after`. */
  readonly parts: readonly WordDiffPart[];
  /** The texts were too long to compare word by word: what lies between their common start and end is shown whole. */
  readonly whole: boolean;
}

/** Whether a change from `before` to `after` reads better word by word: both text, and long or on several lines. */
export function wantsWordDiff(before: unknown, after: unknown, policy: { readonly minLength: number } = WORD_DIFF_POLICY): boolean {
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return false;
  if (before === '' || after === '') return false;
  return Math.max(before.length, after.length) > policy.minLength || /[\r\n]/.test(before) || /[\r\n]/.test(after);
}

const TOKEN = /\s+|\S+/g;

export function wordDiff(before: string, after: string, policy: { readonly maxCells: number } = WORD_DIFF_POLICY): WordDiff {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).join('');
  const tail = a.slice(endA).join('');
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const whole = (midA.length + 1) * (midB.length + 1) > policy.maxCells;
  const middle: WordDiffPart[] = whole
    ? [
        { kind: 'removed', text: midA.join('') },
        { kind: 'added', text: midB.join('') },
      ]
    : compare(midA, midB);
  return { parts: tidy([{ kind: 'same', text: head }, ...middle, { kind: 'same', text: tail }]), whole };
}

/** The tokens of both sides, each marked, along a longest common subsequence. */
function compare(a: readonly string[], b: readonly string[]): WordDiffPart[] {
  // Tokens as numbers: comparing numbers in the inner loop, not strings.
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = ids.size));
    return n;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  const n = x.length;
  const m = y.length;
  const width = m + 1;
  // lcs[i * width + j]: the longest common subsequence of x[i..] and y[j..]. Its length is at most
  // min(n, m), which the bound on cells keeps under 2,001, but a caller may raise the bound.
  const lcs = Math.min(n, m) < 0xffff ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = x[i] === y[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: WordDiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      parts.push({ kind: 'same', text: a[i++]! });
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      parts.push({ kind: 'removed', text: a[i++]! });
    } else {
      parts.push({ kind: 'added', text: b[j++]! });
    }
  }
  return parts;
}

/**
 * Parts as a reader takes them in: a space kept between two changes belongs to the change (`a b c`
 * → `x y z` reads as one replacement, not three), and each run of changes is one removal followed
 * by one addition.
 */
function tidy(parts: readonly WordDiffPart[]): WordDiffPart[] {
  const marked = parts.map((p, k) =>
    p.kind === 'same' && /^\s+$/.test(p.text) && isChange(parts[k - 1]) && isChange(parts[k + 1]) ? { kind: 'both' as const, text: p.text } : p,
  );
  const out: WordDiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const p of marked) {
    if (p.kind === 'same') {
      flush();
      if (!p.text) continue;
      const last = out[out.length - 1];
      if (last?.kind === 'same') out[out.length - 1] = { kind: 'same', text: last.text + p.text };
      else out.push(p);
    } else {
      if (p.kind !== 'added') removed += p.text;
      if (p.kind !== 'removed') added += p.text;
    }
  }
  flush();
  return out;
}

function isChange(p: WordDiffPart | undefined): boolean {
  return p !== undefined && p.kind !== 'same';
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Text inside GitHub markdown, read literally: every ASCII punctuation character is
 * backslash-escaped (CommonMark lets each be, and then none starts emphasis, a link, a list, a
 * heading, an entity or HTML), and `@name` and `#123` get a zero-width space after the sign, so
 * that nobody is notified and no issue is linked from a campaign's description.
 */
function markdownLiteral(text: string): string {
  return printable(text)
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/\\([@#])(?=[\p{L}\p{N}_])/gu, '\\$1&#8203;');
}

/** A change's text, marked, line by line (a mark cannot span a line break), with its spaces outside the marks (where emphasis cannot start or end). */
function markedMarkdown(text: string, mark: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(line)!;
      return m[2] ? `${markdownLiteral(m[1]!)}${mark}${markdownLiteral(m[2])}${mark}${markdownLiteral(m[3]!)}` : markdownLiteral(line);
    })
    .join('<br>');
}

/**
 * The diff as one line of GitHub markdown: `Spring ~~sale~~ **deals** for everyone`, line breaks
 * as `<br>`. One line fits a paragraph, a list item and a table cell alike.
 */
export function renderWordDiffMarkdown(diff: WordDiff): string {
  let out = '';
  diff.parts.forEach((p, k) => {
    if (p.kind === 'same') out += p.text.split(LINE_BREAK).map(markdownLiteral).join('<br>');
    else {
      if (p.kind === 'added' && diff.parts[k - 1]?.kind === 'removed') out += ' ';
      out += markedMarkdown(p.text, p.kind === 'removed' ? '~~' : '**');
    }
  });
  return out;
}

/** The diff as text, the way `git diff --word-diff` writes it: `Spring [-sale-]{+deals+} for everyone`; red and green when `color`. */
export function renderWordDiffText(diff: WordDiff, opts: { readonly color?: boolean } = {}): string {
  const c = createColors(opts.color ?? false);
  const shown = (text: string) => text.split(LINE_BREAK).map(printable).join('\n');
  return diff.parts
    .map((p) => (p.kind === 'same' ? shown(p.text) : p.kind === 'removed' ? c.red(`[-${shown(p.text)}-]`) : c.green(`{+${shown(p.text)}+}`)))
    .join('');
}
