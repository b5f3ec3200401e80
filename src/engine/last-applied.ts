/**
 * The last-applied record: for each campaign, a fingerprint of every write-only (and lossy) field
 * as apply last sent it, the way kubectl keeps a last-applied configuration. Plan reads it to
 * tell whether such a field changed in git since; only apply writes it. It holds fingerprints,
 * never values, so it can live on a git branch without exposing campaign content.
 * Where it lives in CI (an orphan branch the apply workflow updates) is described in the README.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../desired/diagnostic.js';
import { isJsonObject } from '../json/guards.js';

export const DEFAULT_LAST_APPLIED_FILE = path.join('.campaignctl', 'last-applied.json');

export interface LastAppliedRecord {
  readonly format_version: 1;
  /** address → field → `sha256:…` */
  readonly campaigns: Record<string, Record<string, string>>;
}

export function emptyRecord(): LastAppliedRecord {
  return { format_version: 1, campaigns: {} };
}

const RESTORE_HINT = 'restore it from the state branch, or delete it to start afresh (write-only fields are then sent once more)';

/**
 * The record at `file`; a missing file is an empty record. `shown` is the path as messages name
 * it (the user's spelling); a record that cannot be read is a diagnostic naming it, never a crash.
 */
export async function readLastApplied(file: string, shown: string = file): Promise<{ record?: LastAppliedRecord; diagnostics: Diagnostic[] }> {
  const bad = (message: string, hint = RESTORE_HINT): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ file: shown, line: 1, col: 1, code: 'last-applied', message, hint }],
  });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { record: emptyRecord(), diagnostics: [] };
    if (code === 'EISDIR') return bad('the last-applied record is a directory, not a file', 'move the directory away, or name another file with --last-applied FILE');
    return bad(`the last-applied record cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`, 'make the file readable, or name another one with --last-applied FILE');
  }
  return parseRecord(text, bad);
}

function parseRecord(text: string, bad: (message: string) => { diagnostics: Diagnostic[] }): { record?: LastAppliedRecord; diagnostics: Diagnostic[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return bad(`the last-applied record is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(parsed)) return bad('the last-applied record must be {"format_version": 1, "campaigns": {…}}');
  return { record: parsed, diagnostics: [] };
}

function isRecord(v: unknown): v is LastAppliedRecord {
  if (!isJsonObject(v) || v.format_version !== 1 || !isJsonObject(v.campaigns)) return false;
  return Object.values(v.campaigns).every(
    (fields) =>
      typeof fields === 'object' && fields !== null && Object.values(fields).every((fp) => typeof fp === 'string'),
  );
}

/** What one apply changed in the record: address → its entry now, or null where it was removed. */
export type RecordDelta = ReadonlyMap<string, Readonly<Record<string, string>> | null>;

/** The entries that differ between the record an apply started from and the one it ended with. */
export function recordDelta(before: LastAppliedRecord, after: LastAppliedRecord): Map<string, Readonly<Record<string, string>> | null> {
  const delta = new Map<string, Readonly<Record<string, string>> | null>();
  for (const [address, entry] of Object.entries(after.campaigns)) {
    const was = before.campaigns[address];
    if (!was || JSON.stringify(sortedEntry(was)) !== JSON.stringify(sortedEntry(entry))) delta.set(address, entry);
  }
  for (const address of Object.keys(before.campaigns)) if (!Object.hasOwn(after.campaigns, address)) delta.set(address, null);
  return delta;
}

function sortedEntry(entry: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function withDelta(record: LastAppliedRecord, delta: RecordDelta): LastAppliedRecord {
  const campaigns = { ...record.campaigns };
  for (const [address, entry] of delta) {
    if (entry === null) delete campaigns[address];
    else campaigns[address] = { ...entry };
  }
  return { format_version: 1, campaigns };
}

/** The record cannot be saved: it changed on disk into something unreadable, or cannot be written. */
export class RecordSaveError extends Error {}

/**
 * Saves what this apply changed into the record as it is on disk now (read again, under the apply
 * lock), not over it: entries of campaigns this apply did not touch stay as the file has them,
 * whoever wrote them since this apply read it.
 */
export async function saveLastApplied(file: string, delta: RecordDelta, shown: string = file): Promise<void> {
  if (delta.size === 0) return;
  const current = await readLastApplied(file, shown);
  if (!current.record) throw new RecordSaveError(current.diagnostics[0]?.message ?? 'the last-applied record cannot be read');
  await writeLastApplied(file, withDelta(current.record, delta));
}

/** saveLastApplied for the last moment of a process (an `exit` handler), where nothing waits. */
export function saveLastAppliedSync(file: string, delta: RecordDelta): void {
  if (delta.size === 0) return;
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const current = text === undefined ? { record: emptyRecord() } : parseRecord(text, (message) => ({ diagnostics: [{ file, line: 1, col: 1, code: 'last-applied', message }] }));
  if (!current.record) throw new RecordSaveError('the last-applied record on disk cannot be read');
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.exit.tmp`;
  writeFileSync(tmp, recordText(withDelta(current.record, delta)));
  renameSync(tmp, file);
}

export async function writeLastApplied(file: string, record: LastAppliedRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, recordText(record));
  await rename(tmp, file);
}

/** Entries sorted by address, so that the record diffs well on its branch. */
function recordText(record: LastAppliedRecord): string {
  const sorted: LastAppliedRecord = {
    format_version: 1,
    campaigns: Object.fromEntries(Object.keys(record.campaigns).sort().map((k) => [k, record.campaigns[k]!])),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
