/**
 * Reads YAML text into plain values while keeping, for every node, where it stood in the file.
 * Everything a user can get wrong before schemas apply (bytes, syntax, duplicate keys, alias
 * bombs, prototype keys, sizes) becomes a positioned Diagnostic here; nothing throws.
 */
import {
  LineCounter,
  parseAllDocuments,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import { isUtf8 } from 'node:buffer';
import type { Diagnostic, SourcePosition } from './diagnostic.js';
import type { Path } from './path.js';
import { firstInvalidUtf8, lineColOfByte } from './utf8.js';
import { readYamlFast, type FastDocument } from './yaml-fast-path.js';
import { decodeYamlBytes, yamlSourceText } from './yaml-text.js';

export const YAML_LIMITS = {
  /** Larger files are refused before parsing: campaign files are a few KB. */
  maxBytes: 1024 * 1024,
  /** Alias expansions allowed per document; a "billion laughs" file trips this, not memory. */
  maxAliasCount: 100,
} as const;

/** Keys that would reach Object.prototype when YAML is turned into JS objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface Locator {
  /**
   * Where the node at `path` stands. `key` points at a map member's key, `value` at the value;
   * by default scalars are located by value and collections by key. A path that does not exist
   * resolves to the deepest existing ancestor.
   */
  at(path: Path, prefer?: 'key' | 'value'): SourcePosition;
  /** True when the path exists in the document. */
  has(path: Path): boolean;
  /** Source offset of the node at path, for ordering "which field comes later". */
  offset(path: Path): number;
}

export interface YamlDocument {
  readonly file: string;
  /** 0-based index of the document in its file. */
  readonly index: number;
  readonly value: unknown;
  readonly start: SourcePosition;
  readonly locator: Locator;
}

export interface YamlLoadResult {
  readonly documents: YamlDocument[];
  readonly diagnostics: Diagnostic[];
}

export interface YamlLoadOptions {
  readonly maxBytes?: number;
  readonly maxAliasCount?: number;
  /**
   * Reads the same content again. Locators parse the file anew when first asked (see reparser);
   * with this they do not keep the content meanwhile, which for a repository of 100,000 campaign
   * files is some 70 MB.
   */
  readonly readAgain?: () => string | Uint8Array;
  /** false: always the `yaml` package (the tests hold the two readers to agreeing). */
  readonly fastPath?: boolean;
}

export function loadYaml(file: string, content: string | Uint8Array, opts: YamlLoadOptions = {}): YamlLoadResult {
  const maxBytes = opts.maxBytes ?? YAML_LIMITS.maxBytes;
  const at1 = (code: string, message: string, hint?: string): YamlLoadResult => ({
    documents: [],
    diagnostics: [{ file, line: 1, col: 1, code, message, ...(hint ? { hint } : {}) }],
  });

  let text: string;
  if (typeof content === 'string') {
    if (Buffer.byteLength(content, 'utf8') > maxBytes) {
      return at1('file-too-large', `file is larger than ${maxBytes} bytes`, 'split the campaigns into several files');
    }
    text = yamlSourceText(content);
  } else {
    if (content.byteLength > maxBytes) {
      return at1(
        'file-too-large',
        `file is ${content.byteLength} bytes, more than the ${maxBytes} allowed`,
        'split the campaigns into several files',
      );
    }
    // isUtf8 is native and answers the common case; the offset of the fault is looked for only when there is one.
    const bad = isUtf8(content) ? -1 : firstInvalidUtf8(content);
    if (bad >= 0) {
      const pos = lineColOfByte(content, bad);
      return {
        documents: [],
        diagnostics: [
          {
            file,
            ...pos,
            code: 'encoding',
            message: `file is not valid UTF-8 (byte 0x${content[bad]!.toString(16).padStart(2, '0')} at offset ${bad})`,
            hint: 'save the file as UTF-8',
          },
        ],
      };
    }
    text = decodeYamlBytes(content);
  }

  // Most files are plain block YAML that the fast path reads exactly as the `yaml` package would,
  // with nothing to report; locators parse the file with `yaml` only when a position is asked for.
  const fast = opts.fastPath === false ? undefined : readYamlFast(text);
  if (fast) {
    // Copied for the same reason as below: the fast path's strings are slices of the file's text.
    const copies = fast.map((doc) => (doc.value === undefined ? doc : { ...doc, value: structuredClone(doc.value) }));
    return { documents: documentsRead(file, copies, opts.readAgain ?? content), diagnostics: [] };
  }

  const lineCounter = new LineCounter();
  const pos = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line, col };
  };

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    return at1('yaml-syntax', `cannot parse YAML: ${err instanceof Error ? err.message : String(err)}`, yamlErrorHint(''));
  }

  // A parsed document (every node with its range) weighs tens of kilobytes, and locators are only
  // asked where something is to be reported: holding one per campaign would hold most of a large
  // repository's memory. A locator parses the file again on first use instead (see reparser).
  const reparse = reparser(file, opts.readAgain ?? content);

  const documents: YamlDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  docs.forEach((doc, index) => {
    const docStart = pos(doc.range[0]);
    const before = diagnostics.length;
    const reported = new Set<string>();
    for (const err of doc.errors) {
      const p = pos(err.pos[0]);
      const dupKey = err.code === 'DUPLICATE_KEY' ? /^[^:\n]*/.exec(text.slice(err.pos[0]))?.[0].trim() : undefined;
      // The parser recurses once per level: nesting hundreds of levels deep runs it out of stack,
      // which it reports as an error at that place. Not a syntax error: nothing there is wrong but the depth.
      const tooDeep = !dupKey && /maximum call stack size exceeded/i.test(err.message);
      const message = dupKey
        ? `duplicate key \`${dupKey}\`: each key may appear once in a mapping`
        : tooDeep
          ? 'lists and mappings nest too deeply here to be read (hundreds of levels inside one another)'
          : yamlErrorMessage(err.message);
      // One broken bracket makes the parser say the same thing at the same place once per enclosing level.
      const key = `${p.line}:${p.col}:${message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      diagnostics.push({
        ...p,
        code: err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : tooDeep ? 'yaml-too-deep' : 'yaml-syntax',
        message,
        hint:
          err.code === 'DUPLICATE_KEY'
            ? 'remove one of the two, or rename it'
            : tooDeep
              ? 'flatten the value: campaign fields nest a few levels, and campaignctl reads YAML nested at most a few hundred levels deep'
              : yamlErrorHint(err.code, err.message),
      });
    }
    if (diagnostics.length > before) return;
    // An empty document (a trailing `---`, or only comments) holds nothing to check.
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return;

    diagnostics.push(...checkKeys(doc, pos));
    if (diagnostics.length > before) return;

    let value: unknown;
    try {
      // The parser's strings are slices of the file's text and keep all of it alive: copied, a
      // document's values hold only themselves (about a third of the memory for campaign files).
      value = structuredClone(doc.toJS({ maxAliasCount: opts.maxAliasCount ?? YAML_LIMITS.maxAliasCount }));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const unresolved = /^Unresolved alias/i.test(reason);
      const aliasAt = firstAliasOffset(doc, unresolved);
      diagnostics.push({
        ...(aliasAt === undefined ? docStart : pos(aliasAt.offset)),
        code: 'yaml-alias',
        ...(unresolved
          ? {
              message: `alias \`*${aliasAt?.name ?? ''}\` refers to no anchor defined before it`,
              hint: `define \`&${aliasAt?.name ?? 'name'}\` on a value above this line, or write the value out`,
            }
          : /alias/i.test(reason)
            ? {
                message: `aliases expand to too many nodes (more than ${opts.maxAliasCount ?? YAML_LIMITS.maxAliasCount})`,
                hint: 'write the values out instead of nesting aliases',
              }
            : { message: `cannot read YAML value: ${reason}`, hint: 'write plain mappings, lists and scalars' }),
      });
      return;
    }
    documents.push({ file, index, value, start: docStart, locator: deferredLocator(reparse, index) });
  });
  return { documents, diagnostics };
}

/**
 * The documents of a file the fast path read (here or on another thread), with locators that
 * parse the file with the `yaml` package when first asked; empty documents hold nothing to check.
 */
export function documentsRead(file: string, read: readonly FastDocument[], source: string | Uint8Array | (() => string | Uint8Array)): YamlDocument[] {
  const reparse = reparser(file, source);
  const documents: YamlDocument[] = [];
  for (const doc of read) {
    if (doc.value === undefined) continue;
    documents.push({ file, index: doc.index, value: doc.value, start: { file, line: doc.line, col: 1 }, locator: deferredLocator(reparse, doc.index) });
  }
  return documents;
}

/** What would be right, for each kind of YAML syntax error (the `yaml` package's codes). */
const YAML_ERROR_HINTS: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs for indentation',
  BAD_INDENT: 'indent the line with spaces to the level of its siblings',
  MISSING_CHAR: 'close every quote, `[` and `{` that is opened',
  BLOCK_IN_FLOW: 'inside `[…]` or `{…}` write values on one line, or use block style (one `key: value` per line)',
  MULTILINE_IMPLICIT_KEY: 'a key and its `:` must be on one line; quote values that hold `: `',
  BLOCK_AS_IMPLICIT_KEY: 'put a space after `:` and keep each `key: value` on its own line',
  BAD_DQ_ESCAPE: 'in double quotes, write a backslash as `\\\\`, or use single quotes',
  BAD_SCALAR_START: 'quote values that start with `@`, `` ` `` or another reserved character',
  UNEXPECTED_TOKEN: 'quote values that hold `: `, ` #`, or start with `[`, `{`, `*`, `&`, `!`, `|` or `>`',
  MULTIPLE_ANCHORS: 'give a value one `&anchor` at most',
  MULTIPLE_TAGS: 'give a value one `!tag` at most',
  BAD_ALIAS: 'an alias is `*name` for an `&name` defined above',
  BAD_DIRECTIVE: 'remove the `%` directive line',
};

function yamlErrorHint(code: string, message = ''): string {
  // "Flow map … must … end with a }": a `{` or `[` above was never closed.
  const close = /end with an? ([}\]])/.exec(message)?.[1];
  if (close) return `close the \`${close === '}' ? '{' : '['}\` opened above with \`${close}\`, on the same line or indented further`;
  return YAML_ERROR_HINTS[code] ?? 'check the indentation and quoting on this line and the one above';
}

function yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax error: ${first}`;
}

/** Keys must be plain scalars and must not be prototype names. */
function checkKeys(doc: Document.Parsed, pos: (offset: number) => SourcePosition): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const k = pair.key;
      if (k === null) return;
      if (!isScalar(k)) {
        const range = (k as Node).range;
        out.push({
          ...pos(range ? range[0] : 0),
          code: 'yaml-key',
          message: 'map keys must be plain strings',
          hint: 'use a simple key such as `name:`',
        });
        return;
      }
      const name = String(k.value);
      if (FORBIDDEN_KEYS.has(name)) {
        out.push({
          ...pos(k.range ? k.range[0] : 0),
          code: 'forbidden-key',
          message: `\`${name}\` is not allowed as a key`,
          hint: 'rename the key; no vendor field has this name',
        });
      }
    },
  });
  return out;
}

/** The first alias in the document (or the first one whose anchor is missing). */
function firstAliasOffset(doc: Document.Parsed, unresolvedOnly: boolean): { offset: number; name: string } | undefined {
  let found: { offset: number; name: string } | undefined;
  visit(doc, {
    Alias(_k, node) {
      if (unresolvedOnly && node.resolve(doc) !== undefined) return undefined;
      found = { offset: node.range ? node.range[0] : doc.range[0], name: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/**
 * The locators of one file's documents, built when first asked for by parsing the file again (it
 * passed loadYaml's checks, so it decodes and parses the same, to the same offsets). Made at
 * module level on purpose: the closure keeps the file's bytes as given (or only a way to read
 * them again), and not loadYaml's scope with its decoded text, line index and parse.
 */
function reparser(file: string, source: string | Uint8Array | (() => string | Uint8Array)): (index: number) => Locator {
  let parsed: { docs: Document.Parsed[]; pos: (offset: number) => SourcePosition } | undefined;
  return (index) => {
    if (!parsed) {
      let content: string | Uint8Array;
      try {
        content = typeof source === 'function' ? source() : source;
      } catch {
        content = ''; // gone since it was read: positions fall back to the file's start
      }
      const text = typeof content === 'string' ? yamlSourceText(content) : decodeYamlBytes(content);
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
      const pos = (offset: number): SourcePosition => ({ file, ...lineCounter.linePos(Math.max(0, Math.min(offset, text.length))) });
      parsed = { docs: Array.isArray(docs) ? docs : [], pos };
    }
    const doc = parsed.docs[index];
    return doc ? makeLocator(doc, parsed.pos) : { at: () => ({ file, line: 1, col: 1 }), has: () => false, offset: () => 0 };
  };
}

/** A locator built on first use: one small object per document (closures would be several). */
class DeferredLocator implements Locator {
  private real: Locator | undefined;
  constructor(
    private readonly make: (index: number) => Locator,
    private readonly index: number,
  ) {}
  private get located(): Locator {
    return (this.real ??= this.make(this.index));
  }
  at(path: Path, prefer?: 'key' | 'value'): SourcePosition {
    return this.located.at(path, prefer);
  }
  has(path: Path): boolean {
    return this.located.has(path);
  }
  offset(path: Path): number {
    return this.located.offset(path);
  }
}

function deferredLocator(reparse: (index: number) => Locator, index: number): Locator {
  return new DeferredLocator(reparse, index);
}

/** A locator built on first use. */
export function lazyLocator(make: () => Locator): Locator {
  return new DeferredLocator(make, 0);
}

function makeLocator(doc: Document.Parsed, pos: (offset: number) => SourcePosition): Locator {
  interface Found {
    node: unknown;
    pair?: Pair;
    depth: number;
  }
  const walk = (path: Path): Found => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let depth = 0;
    for (const seg of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const p = node.items.find((it) => isPair(it) && keyName(it) === String(seg));
        if (!p) break;
        pair = p;
        node = p.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        pair = undefined;
        node = node.items[seg];
      } else break;
      depth += 1;
    }
    return { node, ...(pair ? { pair } : {}), depth };
  };
  const rangeStart = (n: unknown): number | undefined => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return r ? r[0] : undefined;
  };
  const offsetOf = (found: Found, prefer?: 'key' | 'value'): number => {
    const { node, pair } = found;
    const valueAt = rangeStart(node);
    const keyAt = pair ? rangeStart(pair.key) : undefined;
    const isScalarValue = isScalar(node) || isAlias(node);
    if (prefer === 'key' && keyAt !== undefined) return keyAt;
    if (prefer === 'value' && valueAt !== undefined && node !== null) return valueAt;
    if (isScalarValue && valueAt !== undefined) return valueAt;
    if (keyAt !== undefined) return keyAt;
    return valueAt ?? doc.range[0];
  };
  return {
    at(path, prefer) {
      const found = walk(path);
      // Past the deepest existing node the field is missing: point at its parent's key.
      return pos(offsetOf(found, found.depth < path.length ? 'key' : prefer));
    },
    has(path) {
      return walk(path).depth === path.length;
    },
    offset(path) {
      return offsetOf(walk(path));
    },
  };
}
