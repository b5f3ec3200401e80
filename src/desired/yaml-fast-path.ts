/**
 * A strict reader for the YAML that campaign files are made of, some twenty times faster than the
 * `yaml` package's lexer, parser and composer: block mappings and sequences, one-line flow
 * collections, plain and quoted one-line scalars, literal and folded block scalars, comments and
 * `---` separators.
 *
 * It answers only where it is sure to read exactly what the `yaml` package reads (same values,
 * same documents, no error or warning there): anything else, an error, a duplicate or reserved
 * key, an anchor, a tag, a multi-line scalar, a tab, an unusual character, makes it give up
 * (`undefined`), and the file goes to the `yaml` package, which reports what is wrong with
 * positions. test/desired/yaml-fast-path.test.ts holds the two readers to agreeing.
 */

/** A document the fast path read; `value` is undefined for an empty document (only comments). */
export interface FastDocument {
  /** 0-based, counted as the `yaml` package counts documents (empty ones included). */
  readonly index: number;
  /** 1-based line where the document starts: its `---`, else its first line of content. */
  readonly line: number;
  readonly value: Record<string, unknown> | undefined;
}

/** Thrown inside the reader to give up; never escapes it. One instance, made once: throwing it costs no stack trace. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('the fast path gives up');

/**
 * Characters the fast path leaves to the `yaml` package: tabs, control characters, lone CRs,
 * byte-order marks and Unicode line separators (each has rules of its own in YAML).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL = /[\x00-\x08\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/** Keys the loader refuses (they would reach Object.prototype) and the merge key `<<`. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);

/**
 * Collections nest a few levels in campaign files; the `yaml` package runs out of stack somewhere
 * past 600 levels (fewer on a smaller stack) and reports it, so deep files are left to it.
 */
const MAX_DEPTH = 100;

/** Implicit keys are short in campaign files; the `yaml` package refuses those over 1024 characters. */
const MAX_KEY_LENGTH = 256;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COMMA = 0x2c;
const PIPE = 0x7c;
const GT = 0x3e;


export function readYamlFast(text: string): FastDocument[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new FastReader(text).documents();
  } catch (err) {
    // Nesting deep enough to exhaust the stack is left to the `yaml` package too.
    if (err === GIVE_UP || err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * The 1.2 core schema's plain scalars, tested in the order the `yaml` package tests them and
 * resolved with the same functions: null, booleans, octal, decimal and hexadecimal integers,
 * `.inf`/`.nan`, floats with and without an exponent. Anything else is a string.
 */
export function resolvePlain(s: string): unknown {
  // Every non-string form starts with one of `~ n N t T f F 0-9 + - .`; each test below is the
  // `yaml` package's own, narrowed to the forms that can start with that character.
  const c = s.charCodeAt(0);
  if (c === 0x6e || c === 0x4e || c === 0x7e) return NULL_FORM.test(s) ? null : s; // n N ~
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL_FORM.test(s) ? c === 0x74 || c === 0x54 : s; // t T f F
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e)) return s;
  if (OCT_FORM.test(s)) return parseInt(s.substring(2), 8);
  if (INT_FORM.test(s)) return parseInt(s, 10);
  if (HEX_FORM.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_INF_FORM.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (EXP_FORM.test(s) || FLOAT_FORM.test(s)) return parseFloat(s);
  return s;
}

const NULL_FORM = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_FORM = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_FORM = /^0o[0-7]+$/;
const INT_FORM = /^[-+]?[0-9]+$/;
const HEX_FORM = /^0x[0-9a-fA-F]+$/;
const NAN_INF_FORM = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_FORM = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_FORM = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A double-quoted scalar's escapes that JSON shares with YAML, and mean the same in both. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

/**
 * The significant lines (not blank, not only a comment) of the file being read, four numbers each:
 * where the content starts, where the line ends (without CR), the indent (-1 for `---`), and the
 * line number. One table for every file a thread reads: the reader runs once at a time, and
 * growing a table per file was a good part of its garbage.
 */
let table = new Int32Array(4 * 256);
const ROW = 4;

class FastReader {
  /** Significant lines in the table. */
  private readonly count: number;
  /** Next line to read. */
  private p = 0;
  /** Collections open. */
  private depth = 0;

  constructor(private readonly text: string) {
    const t = text;
    let lineStart = 0;
    let no = 1;
    let count = 0;
    const n = t.length;
    while (lineStart <= n) {
      let lineEnd = t.indexOf('\n', lineStart);
      const next = lineEnd < 0 ? n + 1 : lineEnd + 1;
      if (lineEnd < 0) lineEnd = n;
      let e = lineEnd;
      if (e > lineStart && t.charCodeAt(e - 1) === 0x0d) e -= 1; // CRLF
      let s = lineStart;
      while (s < e && t.charCodeAt(s) === SPACE) s++;
      if (s < e && t.charCodeAt(s) !== HASH) {
        if ((count + 1) * ROW > table.length) {
          const grown = new Int32Array(table.length * 2);
          grown.set(table);
          table = grown;
        }
        const row = count * ROW;
        table[row] = s;
        table[row + 1] = e;
        table[row + 2] = s === lineStart && this.isMarkerStart(s, e) ? -1 : s - lineStart;
        table[row + 3] = no;
        count++;
      }
      lineStart = next;
      no++;
    }
    this.count = count;
  }

  private start(i: number): number {
    return table[i * ROW]!;
  }

  private end(i: number): number {
    return table[i * ROW + 1]!;
  }

  /** The line's indent, -1 for `---`. */
  private indent(i: number): number {
    return table[i * ROW + 2]!;
  }

  private lineNo(i: number): number {
    return table[i * ROW + 3]!;
  }

  /** Whether line i exists and holds content (not `---`). */
  private content(i: number): boolean {
    return i < this.count && table[i * ROW + 2]! >= 0;
  }

  /** `---` alone (or with a comment) separates documents; `...`, `---` with content and directives are left to the `yaml` package. */
  private isMarkerStart(s: number, e: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(s);
    if (c === 0x25) throw GIVE_UP; // %YAML / %TAG directive
    if (e - s >= 3 && ((c === DASH && t.startsWith('---', s)) || (c === 0x2e && t.startsWith('...', s)))) {
      if (c === 0x2e) throw GIVE_UP;
      if (e - s === 3) return true;
      const after = t.charCodeAt(s + 3);
      if (after !== SPACE) throw GIVE_UP; // `---x`: a plain scalar, not a marker
      this.restIsBlank(s + 3, e);
      return true;
    }
    return false;
  }

  documents(): FastDocument[] {
    const out: FastDocument[] = [];
    const count = this.count;
    // Content before the first `---` is a document; comments alone before it are not.
    let index = 0;
    if (this.content(0)) {
      out.push({ index: index++, line: this.lineNo(0), value: this.topLevel() });
    }
    while (this.p < count) {
      // Here the line is a marker: each starts a document, empty when content does not follow.
      const line = this.lineNo(this.p);
      this.p++;
      const value = this.content(this.p) ? this.topLevel() : undefined;
      out.push({ index: index++, line, value });
    }
    return out;
  }

  private topLevel(): Record<string, unknown> {
    if (this.indent(this.p) !== 0 || this.isSeqItem(this.start(this.p), this.end(this.p))) throw GIVE_UP;
    const map = this.blockMap(0, this.start(this.p));
    if (this.content(this.p)) throw GIVE_UP;
    return map;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
  }

  private leave<T>(collection: T): T {
    this.depth--;
    return collection;
  }

  private isSeqItem(s: number, e: number): boolean {
    return this.text.charCodeAt(s) === DASH && (s + 1 === e || this.text.charCodeAt(s + 1) === SPACE);
  }

  /** The block node whose first line is the current one, at the current line's indent. */
  private nestedBlock(): unknown {
    const s = this.start(this.p);
    const indent = this.indent(this.p);
    return this.isSeqItem(s, this.end(this.p)) ? this.blockSeq(indent, s) : this.blockMap(indent, s);
  }

  /** A block mapping at `indent`; its first entry starts at `first` on the current line. */
  private blockMap(indent: number, first: number): Record<string, unknown> {
    const t = this.text;
    const map: Record<string, unknown> = {};
    this.enter();
    let s = first;
    for (;;) {
      const e = this.end(this.p);
      const sep = this.separator(s, e);
      if (sep < 0) throw GIVE_UP;
      const key = this.key(s, sep);
      // A duplicate is reported by the `yaml` package, with its position (an inherited name such as
      // `toString` also gives up: rare, and read right there).
      if (map[key] !== undefined) throw GIVE_UP;
      let v = sep + 1;
      while (v < e && t.charCodeAt(v) === SPACE) v++;
      let value: unknown;
      if (v === e || t.charCodeAt(v) === HASH) {
        this.p++;
        value = this.emptyValueOrBlock(indent, true);
      } else {
        value = this.inlineValue(v, e, indent);
        this.expectNotDeeper(indent);
      }
      map[key] = value;
      if (!this.continues(indent)) return this.leave(map);
      if (this.isSeqItem(this.start(this.p), this.end(this.p))) throw GIVE_UP;
      s = this.start(this.p);
    }
  }

  /** A block sequence at `indent`; its first `-` is at `first` on the current line. */
  private blockSeq(indent: number, first: number): unknown[] {
    const t = this.text;
    const seq: unknown[] = [];
    this.enter();
    let s = first;
    for (;;) {
      const e = this.end(this.p);
      let c = s + 1;
      while (c < e && t.charCodeAt(c) === SPACE) c++;
      const column = indent + (c - s);
      if (c === e || t.charCodeAt(c) === HASH) {
        this.p++;
        seq.push(this.emptyValueOrBlock(indent, false));
      } else if (this.isSeqItem(c, e)) {
        seq.push(this.blockSeq(column, c));
      } else if (this.startsEntry(c, e)) {
        seq.push(this.blockMap(column, c));
      } else {
        seq.push(this.inlineValue(c, e, indent));
        this.expectNotDeeper(indent);
      }
      if (!this.continues(indent) || !this.isSeqItem(this.start(this.p), this.end(this.p))) return this.leave(seq);
      s = this.start(this.p);
    }
  }

  /**
   * After `key:` or `-` with nothing on the line: a block more indented below, a sequence at the
   * key's own indent (`key:` then `- item` lines), or null.
   */
  private emptyValueOrBlock(indent: number, underKey: boolean): unknown {
    if (!this.content(this.p)) return null;
    const next = this.indent(this.p);
    if (next > indent) return this.nestedBlock();
    if (underKey && next === indent && this.isSeqItem(this.start(this.p), this.end(this.p))) {
      return this.blockSeq(indent, this.start(this.p));
    }
    return null;
  }

  /** Whether the current line belongs to the collection at `indent`; deeper lines are not understood. */
  private continues(indent: number): boolean {
    if (!this.content(this.p)) return false;
    const next = this.indent(this.p);
    if (next > indent) throw GIVE_UP;
    return next === indent;
  }

  /** After a value on one line, a deeper line would continue a multi-line scalar (or be an error). */
  private expectNotDeeper(indent: number): void {
    if (this.content(this.p) && this.indent(this.p) > indent) throw GIVE_UP;
  }

  /** Where a plain `key:` ends (the `:` followed by a space or the line's end), or -1. */
  private separator(s: number, e: number): number {
    const t = this.text;
    let i = s;
    for (;;) {
      i = t.indexOf(':', i);
      if (i < 0 || i >= e) return -1;
      if (i + 1 === e || t.charCodeAt(i + 1) === SPACE) return i;
      i++;
    }
  }

  /** Whether a sequence item's content is a `key: value` entry (a compact mapping). */
  private startsEntry(c: number, e: number): boolean {
    const ch = this.text.charCodeAt(c);
    if (ch === DQUOTE || ch === SQUOTE || ch === LBRACKET || ch === LBRACE) return false;
    return this.separator(c, e) >= 0;
  }

  /** A plain key in block context: a string the core schema leaves a string, not reserved. */
  private key(s: number, sep: number): string {
    const t = this.text;
    if (sep === s || sep - s > MAX_KEY_LENGTH || !plainStart(t, s, sep) || t.charCodeAt(sep - 1) === SPACE) throw GIVE_UP;
    for (let i = s + 1; i < sep; i++) if (t.charCodeAt(i) === HASH && t.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
    const key = t.slice(s, sep);
    const c = key.charCodeAt(0);
    // Reserved keys start with `_`, `c`, `p` or `<`.
    if ((c === 0x5f || c === 0x63 || c === 0x70 || c === 0x3c) && RESERVED_KEYS.has(key)) throw GIVE_UP;
    if (typeof resolvePlain(key) !== 'string') throw GIVE_UP;
    return key;
  }

  /**
   * A value that starts on the current line: quoted, a flow collection, plain (only a comment may
   * follow), or a block scalar (its lines follow). Moves past the lines it read.
   */
  private inlineValue(v: number, e: number, indent: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === PIPE || c === GT) return this.blockScalar(v, e, indent);
    this.p++;
    if (c === DQUOTE || c === SQUOTE) {
      const [value, after] = this.quoted(v, e);
      this.restIsBlank(after, e);
      return value;
    }
    if (c === LBRACKET || c === LBRACE) {
      const [value, after] = this.flow(v, e);
      this.restIsBlank(after, e);
      return value;
    }
    if (!plainStart(t, v, e)) throw GIVE_UP;
    let end = e;
    for (let j = v + 1; j < e; j++) {
      const ch = t.charCodeAt(j);
      if (ch === HASH && t.charCodeAt(j - 1) === SPACE) {
        end = j;
        break;
      }
      // `a: b: c` is an error, and `- a: b` a mapping (read before): neither is a plain scalar.
      if (ch === COLON && (j + 1 === e || t.charCodeAt(j + 1) === SPACE)) throw GIVE_UP;
    }
    while (end > v && t.charCodeAt(end - 1) === SPACE) end--;
    return resolvePlain(t.slice(v, end));
  }

  /**
   * `|` (literal) or `>` (folded), clipped or with `-` (stripped), its indentation found from its
   * first line. Left to the `yaml` package: `+` (kept), an explicit indentation, a first line that
   * is empty, lines more indented than the first in a folded scalar, and blank lines holding more
   * spaces than the indentation.
   */
  private blockScalar(h: number, e: number, parentIndent: number): string {
    const t = this.text;
    const folded = t.charCodeAt(h) === GT;
    let i = h + 1;
    const strip = i < e && t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (i < e && t.charCodeAt(i) !== SPACE) throw GIVE_UP; // `+`, an indentation digit, or anything else
    this.restIsBlank(i, e);
    const n = t.length;
    let lineStart = t.indexOf('\n', h);
    if (lineStart < 0) throw GIVE_UP;
    lineStart++;
    let trim = -1;
    let value = '';
    let blank = 0; // empty lines since the last line of content
    let endOfScalar = n;
    while (lineStart < n) {
      let lineEnd = t.indexOf('\n', lineStart);
      const next = lineEnd < 0 ? n : lineEnd + 1;
      if (lineEnd < 0) lineEnd = n;
      let le = lineEnd;
      if (le > lineStart && t.charCodeAt(le - 1) === 0x0d) le--;
      let s = lineStart;
      while (s < le && t.charCodeAt(s) === SPACE) s++;
      const spaces = s - lineStart;
      if (s === le) {
        // An empty line: part of the scalar if content follows, chomped if not.
        if (trim < 0 || spaces > trim) throw GIVE_UP;
        blank++;
      } else if (trim < 0) {
        if (spaces <= parentIndent) throw GIVE_UP; // no content: the empty scalar is left to `yaml`
        trim = spaces;
        value = t.slice(s, le);
      } else if (spaces <= parentIndent) {
        endOfScalar = lineStart;
        break;
      } else if (spaces < trim) {
        throw GIVE_UP; // less indented than the first line: an error
      } else if (folded) {
        if (spaces > trim) throw GIVE_UP;
        value += (blank > 0 ? '\n'.repeat(blank) : ' ') + t.slice(s, le);
        blank = 0;
      } else {
        value += '\n'.repeat(blank + 1) + t.slice(lineStart + trim, le);
        blank = 0;
      }
      lineStart = next;
    }
    if (trim < 0) throw GIVE_UP;
    // Skip the lines read from the table of significant lines.
    while (this.p < this.count && this.start(this.p) < endOfScalar) this.p++;
    return strip ? value : `${value}\n`;
  }

  /** Spaces, then the line's end or a comment. */
  private restIsBlank(i: number, e: number): void {
    const t = this.text;
    if (i === e) return;
    if (t.charCodeAt(i) !== SPACE) throw GIVE_UP;
    while (i < e && t.charCodeAt(i) === SPACE) i++;
    if (i < e && t.charCodeAt(i) !== HASH) throw GIVE_UP;
  }

  /** A quoted scalar that closes on its line: the string and the position after the closing quote. */
  private quoted(q: number, e: number): [string, number] {
    const t = this.text;
    if (t.charCodeAt(q) === SQUOTE) {
      let i = q + 1;
      let doubled = false;
      for (;;) {
        i = t.indexOf("'", i);
        if (i < 0 || i >= e) throw GIVE_UP;
        if (t.charCodeAt(i + 1) === SQUOTE && i + 1 < e) {
          doubled = true;
          i += 2;
          continue;
        }
        const raw = t.slice(q + 1, i);
        return [doubled ? raw.replaceAll("''", "'") : raw, i + 1];
      }
    }
    let i = q + 1;
    let escaped = false;
    for (;;) {
      if (i >= e) throw GIVE_UP;
      const c = t.charCodeAt(i);
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c === DQUOTE) break;
      i++;
    }
    if (i >= e) throw GIVE_UP;
    const raw = t.slice(q + 1, i);
    if (!escaped) return [raw, i + 1];
    // Escapes JSON shares with YAML mean the same in both; YAML's own (\x, \U, \N, \_, \e…) are left to `yaml`.
    if (raw.replace(JSON_ESCAPES, '').includes('\\')) throw GIVE_UP;
    try {
      return [JSON.parse(`"${raw}"`) as string, i + 1];
    } catch {
      throw GIVE_UP;
    }
  }

  /** A flow collection that closes on its line: the value and the position after it. */
  private flow(o: number, e: number): [unknown, number] {
    const t = this.text;
    const isMap = t.charCodeAt(o) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.enter();
    let i = skipSpaces(t, o + 1, e);
    if (i < e && t.charCodeAt(i) === close) return [this.leave(isMap ? map : seq), i + 1];
    for (;;) {
      if (isMap) {
        const keyEnd = this.flowPlainEnd(i, e);
        if (keyEnd >= e || t.charCodeAt(keyEnd) !== COLON || t.charCodeAt(keyEnd + 1) !== SPACE) throw GIVE_UP;
        const key = this.key(i, keyEnd);
        if (map[key] !== undefined) throw GIVE_UP;
        i = skipSpaces(t, keyEnd + 1, e);
        const [value, after] = this.flowItem(i, e);
        map[key] = value;
        i = after;
      } else {
        const [value, after] = this.flowItem(i, e);
        seq.push(value);
        i = after;
      }
      i = skipSpaces(t, i, e);
      if (i >= e) throw GIVE_UP;
      const c = t.charCodeAt(i);
      if (c === close) return [this.leave(isMap ? map : seq), i + 1];
      if (c !== COMMA) throw GIVE_UP;
      i = skipSpaces(t, i + 1, e);
      // `[a, ]` and `[a,,b]` have rules of their own.
      if (i >= e || t.charCodeAt(i) === COMMA || t.charCodeAt(i) === close) throw GIVE_UP;
    }
  }

  private flowItem(i: number, e: number): [unknown, number] {
    const t = this.text;
    if (i >= e) throw GIVE_UP;
    const c = t.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(i, e);
    if (c === LBRACKET || c === LBRACE) return this.flow(i, e);
    const end = this.flowPlainEnd(i, e);
    if (end === i || !plainStart(t, i, end)) throw GIVE_UP;
    // A `:` in a flow scalar makes it a key (`[a: b]`); not read here.
    if (end < e && t.charCodeAt(end) === COLON) throw GIVE_UP;
    return [resolvePlain(t.slice(i, end)), end];
  }

  /**
   * The end of a plain scalar in a flow collection (trailing spaces excluded): at `,`, `]`, `}`, or
   * a `:` that ends a key (`11:30` and `http://x` are scalars).
   */
  private flowPlainEnd(i: number, e: number): number {
    const t = this.text;
    let j = i;
    while (j < e) {
      const c = t.charCodeAt(j);
      if (c === COMMA || c === RBRACKET || c === RBRACE) break;
      if (c === COLON && (j + 1 === e || isFlowBreak(t.charCodeAt(j + 1)))) break;
      // A comment or a nested opening bracket inside a one-line flow scalar: not read here.
      if (c === LBRACKET || c === LBRACE || (c === HASH && j > i && t.charCodeAt(j - 1) === SPACE)) throw GIVE_UP;
      j++;
    }
    while (j > i && t.charCodeAt(j - 1) === SPACE) j--;
    return j;
  }
}

/** After a `:` in a flow collection, a character that makes the `:` end a key. */
function isFlowBreak(c: number): boolean {
  return c === SPACE || c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

function skipSpaces(t: string, i: number, e: number): number {
  while (i < e && t.charCodeAt(i) === SPACE) i++;
  return i;
}

/**
 * Whether a plain scalar may start at `s`: no indicator (`-?:,[]{}#&*!|>'"%@` and backquote),
 * except `-` before a non-space (`-5`, `-x`).
 */
function plainStart(t: string, s: number, e: number): boolean {
  const c = t.charCodeAt(s);
  if (c === DASH) return s + 1 < e && t.charCodeAt(s + 1) !== SPACE;
  return !(
    c === 0x3f || // ?
    c === COLON ||
    c === COMMA ||
    c === LBRACKET ||
    c === RBRACKET ||
    c === LBRACE ||
    c === RBRACE ||
    c === HASH ||
    c === 0x26 || // &
    c === 0x2a || // *
    c === 0x21 || // !
    c === 0x7c || // |
    c === 0x3e || // >
    c === SQUOTE ||
    c === DQUOTE ||
    c === 0x25 || // %
    c === 0x40 || // @
    c === 0x60 // `
  );
}
