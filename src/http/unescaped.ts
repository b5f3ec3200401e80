/**
 * A vendor echoing a credential rarely echoes it as sent: JSON escapes `/` as `\/` or anything as
 * `\u002f`, HTML as `&#x2F;` or `&sol;` (and `&` as `&amp;`, so `&amp;#x2F;` once more), URLs as
 * `%2F`, and an answer may go through two of these. `unescaped` reads every such escape, repeatedly,
 * and keeps, for each character it yields, where in the original text it came from: a secret
 * found in the unescaped text is masked in the original, escapes included.
 */

export interface Unescaped {
  readonly text: string;
  /** Offsets in the original text of each character's first and (exclusive) last source character. */
  readonly start: readonly number[];
  readonly end: readonly number[];
}

/** Named HTML character references worth reading: the ones a credential's characters get. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  plus: '+',
  equals: '=',
  colon: ':',
  period: '.',
  comma: ',',
  lowbar: '_',
  num: '#',
  percnt: '%',
  excl: '!',
  quest: '?',
  bsol: '\\',
  dash: '-',
  hyphen: '-',
  tilde: '~',
  verbar: '|',
  commat: '@',
  dollar: '$',
  ast: '*',
};

/** Escapes are decoded this many times over (a JSON string inside JSON, `&amp;#x2F;`); three covers what vendors do. */
const PASSES = 3;

const HEX = /^[0-9a-fA-F]+$/;
const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/y;

/** One escape at `i` of `s`: the text it stands for and its length; undefined when there is none. */
function escapeAt(s: string, i: number): { readonly text: string; readonly length: number } | undefined {
  const c = s[i];
  if (c === '\\') {
    const d = s[i + 1];
    if (d === 'u' && HEX.test(s.slice(i + 2, i + 6)) && i + 6 <= s.length) return { text: String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), length: 6 };
    if (d === 'x' && HEX.test(s.slice(i + 2, i + 4)) && i + 4 <= s.length) return { text: String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16)), length: 4 };
    if (d === '/' || d === '\\' || d === '"' || d === "'") return { text: d, length: 2 };
    return undefined;
  }
  if (c === '%') {
    const hex = s.slice(i + 1, i + 3);
    // A byte each: a credential's non-ASCII characters are matched as their UTF-8 bytes too.
    return hex.length === 2 && HEX.test(hex) ? { text: String.fromCharCode(parseInt(hex, 16)), length: 3 } : undefined;
  }
  if (c === '&') {
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(s);
    if (!m) return undefined;
    const ref = m[1]!;
    let text: string | undefined;
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      text = code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    } else text = ENTITIES[ref.toLowerCase()];
    return text === undefined ? undefined : { text, length: m[0].length };
  }
  return undefined;
}

function unescapeOnce(view: Unescaped): Unescaped | undefined {
  const s = view.text;
  if (!/[\\%&]/.test(s)) return undefined;
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let changed = false;
  for (let i = 0; i < s.length; ) {
    const esc = escapeAt(s, i);
    const length = esc?.length ?? 1;
    const chars = esc?.text ?? s[i]!;
    for (let k = 0; k < chars.length; k++) {
      start.push(view.start[i]!);
      end.push(view.end[i + length - 1]!);
    }
    text += chars;
    changed ||= esc !== undefined;
    i += length;
  }
  return changed ? { text, start, end } : undefined;
}

/** The original text itself, as a view. */
export function identity(text: string): Unescaped {
  const start = Array.from({ length: text.length }, (_, i) => i);
  return { text, start, end: start.map((i) => i + 1) };
}

/** `text` with its escapes read, `PASSES` times over; undefined when it holds none. */
export function unescaped(text: string): Unescaped | undefined {
  if (!/[\\%&]/.test(text)) return undefined;
  let view = identity(text);
  let changed = false;
  for (let pass = 0; pass < PASSES; pass++) {
    const next = unescapeOnce(view);
    if (!next) break;
    view = next;
    changed = true;
  }
  return changed ? view : undefined;
}
