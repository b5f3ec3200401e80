/**
 * Changes values inside a YAML file by editing its text where the nodes are, so that everything a
 * person wrote around them stays as it was: comments, key order, blank lines, the other documents
 * of the file, and the quoting and time zones of every value that does not change.
 *
 * A mapping is edited key by key (recursively), so that only the leaves whose value differs are
 * rewritten; a list or a scalar is rewritten whole. A rewritten string keeps the quoting style it
 * had (`"…"`, `'…'`, `|`); a new key goes after the key that precedes it in the wanted value, at
 * the mapping's indentation; a key the wanted value no longer holds is removed with its line(s).
 * A flow mapping (`{a: 1}`) that changes is written anew, flow style.
 *
 * The result is parsed again and must hold exactly the wanted values: should an edit not land as
 * meant (an alias, a layout this module does not know), InPlaceEditError is thrown and the caller
 * writes nothing.
 */
import { Document, isAlias, isCollection, isMap, isScalar, parseAllDocuments, type Node, type Pair, type YAMLMap } from 'yaml';
import { jsonEqual } from '../engine/canonical-json.js';
import { isJsonObject } from '../json/guards.js';
import { CAMPAIGN_FILE_TO_STRING, inCampaignFileStyle } from './campaign-file-text.js';

export interface InPlaceEdit {
  /** 0-based document of the file. */
  readonly document: number;
  /** The mapping keys leading to the value, from the document's root: `['spec']`; `[]`: the root mapping. */
  readonly path: readonly string[];
  /** The value wanted there (JSON). */
  readonly value: unknown;
}

export class InPlaceEditError extends Error {
  override readonly name = 'InPlaceEditError';
}

/** A replacement of text[start, end). Edits never overlap. */
interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Options the file was parsed with, as the loader reads campaign files (YAML 1.2 core schema). */
const PARSE = { uniqueKeys: true } as const;

/** `text` with every edit made; the text unchanged when the values are already as wanted. */
export function editInPlace(text: string, edits: readonly InPlaceEdit[]): string {
  const docs = parseAllDocuments(text, PARSE);
  if (!Array.isArray(docs)) throw new InPlaceEditError('the file is empty');
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const doc = docs[edit.document];
    if (!doc || doc.errors.length > 0) throw new InPlaceEditError(`document ${edit.document + 1} cannot be read as YAML`);
    const step = indentStep(text, doc.contents);
    if (edit.path.length === 0) {
      const root = doc.contents;
      if (!isMap(root) || root.flow || !isJsonObject(edit.value) || Object.keys(edit.value).length === 0) {
        throw new InPlaceEditError(`document ${edit.document + 1} is not a block mapping; edit it by hand`);
      }
      if (containsAlias(root)) throw new InPlaceEditError('the document uses a YAML alias; edit it by hand');
      editBlockMap(text, root, edit.value, step, out);
      continue;
    }
    const pair = pairAt(doc.contents, edit.path);
    if (!pair) throw new InPlaceEditError(`document ${edit.document + 1} has no \`${edit.path.join('.')}\` to edit`);
    setPairValue(text, pair, edit.value, step, out);
  }
  const edited = apply(text, out);
  check(edited, edits);
  return edited;
}

/** The pair holding the value at `path` (block or flow mappings all the way). */
function pairAt(root: unknown, path: readonly string[]): Pair<Node, Node | null> | undefined {
  let map: unknown = root;
  let pair: Pair<Node, Node | null> | undefined;
  for (const key of path) {
    if (!isMap(map)) return undefined;
    pair = (map as YAMLMap<Node, Node | null>).items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) return undefined;
    map = pair.value;
  }
  return pair;
}

function setPairValue(text: string, pair: Pair<Node, Node | null>, want: unknown, step: number, out: TextEdit[]): void {
  const node = pair.value;
  if (isAlias(node) || containsAlias(node)) throw new InPlaceEditError('the value uses a YAML alias; edit it by hand');
  if (node && jsonEqual(node.toJSON(), want)) return;
  if (isMap(node) && !node.flow && isJsonObject(want) && Object.keys(want).length > 0) {
    editBlockMap(text, node as YAMLMap<Node, Node | null>, want, step, out);
    return;
  }
  replaceValue(text, pair, want, step, out);
}

/** Key by key: what differs is set, what is gone is removed, what is new is added. */
function editBlockMap(text: string, map: YAMLMap<Node, Node | null>, want: Readonly<Record<string, unknown>>, step: number, out: TextEdit[]): void {
  const byKey = new Map<string, Pair<Node, Node | null>>();
  for (const p of map.items) {
    if (!isScalar(p.key) || typeof p.key.value !== 'string') throw new InPlaceEditError('a mapping has a key that is not a plain string; edit it by hand');
    byKey.set(p.key.value, p);
  }
  const column = columnOf(text, map.items[0]!.key.range![0]);
  for (const [key, p] of byKey) {
    if (!(key in want)) out.push(removal(text, p));
    else setPairValue(text, p, want[key], step, out);
  }
  const keys = Object.keys(want);
  for (const [i, key] of keys.entries()) {
    if (byKey.has(key)) continue;
    const before = keys.slice(0, i).reverse().find((k) => byKey.has(k));
    const at = before === undefined ? lineStart(text, map.items[0]!.key.range![0]) : lineEndAfter(text, pairEnd(byKey.get(before)!));
    const needsBreak = at > 0 && text[at - 1] !== '\n';
    out.push({ start: at, end: at, text: `${needsBreak ? '\n' : ''}${' '.repeat(column)}${keyText(key)}${afterKey(want[key], undefined, step, column)}\n` });
  }
}

/** Replaces the value of `pair`, from just after its key to the end of the old value (a trailing comment stays). */
function replaceValue(text: string, pair: Pair<Node, Node | null>, want: unknown, step: number, out: TextEdit[]): void {
  const keyRange = pair.key.range!;
  const node = pair.value;
  let end = node?.range ? node.range[1] : keyRange[1];
  // A block value's range takes in its last line break, which the next line needs.
  if (end > keyRange[1] && text[end - 1] === '\n') end -= 1;
  out.push({ start: keyRange[1], end, text: afterKey(want, node, step, columnOf(text, keyRange[0])) });
}

/**
 * What follows a key for `value`: `: scalar` or `:\n  block…`, indented for a key at `column`.
 * A string keeps the quoting of the scalar it replaces; a list or mapping that was flow stays flow.
 */
function afterKey(value: unknown, old: Node | null | undefined, step: number, column: number): string {
  const doc = new Document({ k: value });
  const node = (doc.contents as YAMLMap<Node, Node>).items[0]!.value;
  if (isScalar(node) && typeof node.value === 'string' && isScalar(old) && typeof old.value === 'string' && old.type && old.type !== 'PLAIN') {
    const block = old.type === 'BLOCK_FOLDED' || old.type === 'BLOCK_LITERAL';
    node.type = block ? (node.value.includes('\n') ? 'BLOCK_LITERAL' : 'QUOTE_DOUBLE') : old.type;
  }
  inCampaignFileStyle(doc);
  // A list or mapping keeps the style it was written in.
  if (isCollection(node) && isCollection(old)) node.flow = Boolean(old.flow);
  const tail = doc.toString({ ...CAMPAIGN_FILE_TO_STRING, indent: step }).replace(/\n$/, '').slice(1);
  return tail
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `${' '.repeat(column)}${line}`))
    .join('\n');
}

/** A mapping key as written for a new pair: plain when it can be, else double-quoted. */
function keyText(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

/** The text span of a pair: from its key's line to the end of its value's last line. */
function removal(text: string, pair: Pair<Node, Node | null>): TextEdit {
  const start = lineStart(text, pair.key.range![0]);
  if (text.slice(start, pair.key.range![0]).trim() !== '') throw new InPlaceEditError('a key shares its line with another; edit it by hand');
  return { start, end: lineEndAfter(text, pairEnd(pair)), text: '' };
}

/** Where a pair's text ends: its value's end, comment included. */
function pairEnd(pair: Pair<Node, Node | null>): number {
  return pair.value?.range ? pair.value.range[2] : pair.key.range![2];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The start of the line after `offset` (a span that already ends with a line break stays as it is). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The file's indentation step: how far the first nested block mapping sits from its parent (2 when none). */
function indentStep(text: string, root: unknown): number {
  if (!isMap(root)) return 2;
  for (const p of (root as YAMLMap<Node, Node | null>).items) {
    const value = p.value;
    if (isMap(value) && !value.flow && value.items.length > 0) {
      const first = (value as YAMLMap<Node, unknown>).items[0]!;
      const step = columnOf(text, first.key.range![0]) - columnOf(text, p.key.range![0]);
      if (step > 0) return step;
    }
  }
  return 2;
}

function containsAlias(node: Node | null): boolean {
  if (node === null || isScalar(node)) return false;
  if (isAlias(node)) return true;
  if (isCollection(node)) return node.items.some((i) => (isScalar(i) || isAlias(i) || isCollection(i) ? containsAlias(i) : containsAlias((i as Pair<Node, Node | null>).value)));
  return false;
}

function apply(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new InPlaceEditError('two edits overlap');
    result += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return result + text.slice(at);
}

/** The edited text must parse and hold the wanted values. */
function check(edited: string, edits: readonly InPlaceEdit[]): void {
  const docs = parseAllDocuments(edited, PARSE);
  for (const edit of edits) {
    const doc = Array.isArray(docs) ? docs[edit.document] : undefined;
    let value: unknown = doc && doc.errors.length === 0 ? doc.toJS() : undefined;
    for (const key of edit.path) value = isJsonObject(value) ? value[key] : undefined;
    if (!jsonEqual(value, edit.value)) {
      throw new InPlaceEditError(`the edit of \`${edit.path.join('.')}\` in document ${edit.document + 1} did not come out as meant; edit it by hand`);
    }
  }
}
