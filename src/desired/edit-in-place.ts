/**
 * Writing `id: <the vendor's id>` into one document of a campaign file, as a text edit: one line
 * inserted after the document's `account:` line, at its indentation (in a flow-style document,
 * `, id: …` after the account's value). Everything else stays byte for byte: comments, key order,
 * quoting, line endings, the other documents of the file.
 *
 * Each edit is checked before it is kept: the edited text, read again, must hold the same
 * documents with the same values, the one document gaining exactly `id` right after `account`.
 * An edit that would read back otherwise is refused with a reason, and nothing is written.
 */
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { isMap, isScalar, parseAllDocuments, type Document } from 'yaml';
import { resolvePlain } from './yaml-fast-path.js';

/** The id could not be written into the document; the reason says why, in a clause. */
export class IdEditError extends Error {}

export interface IdEdit {
  /** 0-based position of the document in its file, counted as the loader counts. */
  readonly index: number;
  readonly id: string;
  /** Write a string of digits as a plain integer (the id schema prefers integers); else a string. */
  readonly integer?: boolean;
  /** The document must still be this campaign's: its `provider` and `account`, and no `id`. */
  readonly expect?: { readonly provider: string; readonly account: string };
}

const BOM = '\ufeff';

/** The text with `id:` written into document `edit.index`. Throws IdEditError when it cannot be done safely. */
export function insertId(text: string, edit: IdEdit): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const docs = parseAllDocuments(body);
  const doc = docs[edit.index];
  if (!doc) throw new IdEditError(`the file no longer has a document ${edit.index + 1}`);
  if (doc.errors.length > 0) throw new IdEditError('the document no longer reads as YAML');
  const map = doc.contents;
  if (!isMap(map)) throw new IdEditError('the document is no longer a mapping');
  const pairOf = (key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pairOf('id')) throw new IdEditError('the document has an `id` already');
  const before = doc.toJS() as Record<string, unknown>;
  if (edit.expect && (before.provider !== edit.expect.provider || before.account !== edit.expect.account)) {
    throw new IdEditError(`the document is no longer the campaign of ${edit.expect.provider} account \`${edit.expect.account}\``);
  }
  const account = pairOf('account');
  const key = account?.key;
  const value = account?.value;
  if (!isScalar(key) || !isScalar(value) || !key.range || !value.range) throw new IdEditError('the document has no `account:` to write the id after');

  const scalar = idScalar(edit.id, edit.integer ?? false);
  let edited: string;
  if (map.flow) {
    // `{provider: p, account: a, spec: {…}}`: the id goes right after the account's value.
    const at = value.range[1];
    edited = `${body.slice(0, at)}, id: ${scalar}${body.slice(at)}`;
  } else {
    const keyStart = key.range[0];
    const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = body.slice(lineStart, keyStart);
    if (!/^ *$/.test(indent)) throw new IdEditError('`account:` does not start its line');
    // After the line the value ends on (its comment included).
    const newline = body.indexOf('\n', value.range[1]);
    const eol = newline > 0 && body[newline - 1] === '\r' ? '\r\n' : '\n';
    const line = `${indent}id: ${scalar}`;
    edited = newline < 0 ? `${body}${eolOf(body)}${line}` : `${body.slice(0, newline + 1)}${line}${eol}${body.slice(newline + 1)}`;
  }
  checkEdit(docs, edited, edit.index, edit.id);
  return bom + edited;
}

/** The line ending the file uses, for a line added at its end. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The id as YAML that reads back as the id: plain where that reads as this very string (or, for
 * `integer`, as this number), double-quoted otherwise (`"1000010"`, `"true"`, `"a: b"`).
 */
export function idScalar(id: string, integer: boolean): string {
  if (integer && /^(0|[1-9][0-9]*)$/.test(id) && Number.isSafeInteger(Number(id))) return id;
  if (/^[A-Za-z0-9_][A-Za-z0-9_.~-]*$/.test(id) && resolvePlain(id) === id) return id;
  return JSON.stringify(id);
}

/** The edited text must read as the old one with `id` added after `account` in document `index`. */
function checkEdit(before: readonly Document.Parsed[], text: string, index: number, id: string): void {
  const after = parseAllDocuments(text);
  const fail = () => {
    throw new IdEditError('the edit would change more than the id (the document is laid out in a way campaignctl does not edit)');
  };
  if (after.length !== before.length || after.some((d) => d.errors.length > 0)) fail();
  after.forEach((doc, i) => {
    const was: unknown = before[i]!.toJS();
    if (i !== index) {
      if (JSON.stringify(doc.toJS()) !== JSON.stringify(was)) fail();
      return;
    }
    const now = doc.toJS() as Record<string, unknown>;
    if (String(now.id) !== id) fail();
    const expected: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(was as Record<string, unknown>)) {
      expected[k] = v;
      if (k === 'account') expected.id = now.id;
    }
    if (JSON.stringify(now) !== JSON.stringify(expected)) fail();
  });
}

/**
 * Writes the id into document `edit.index` of `file`, replacing the file at once (a reader never
 * sees half a file) and keeping its permissions.
 */
export async function writeIdIntoFile(file: string, edit: IdEdit): Promise<void> {
  const text = await readFile(file, 'utf8');
  const edited = insertId(text, edit);
  const { mode } = await stat(file);
  const tmp = `${file}.${process.pid}.id.tmp`;
  await writeFile(tmp, edited, { mode });
  await rename(tmp, file);
}
