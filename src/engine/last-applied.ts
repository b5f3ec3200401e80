/**
 * The last-applied record: for each campaign, a fingerprint of every write-only (and lossy) field
 * as apply last sent it, the way kubectl keeps a last-applied configuration; the set of campaigns
 * apply manages (so that one whose document was removed is pruned, not silently let go); and the
 * creates apply sent (so that none is ever sent twice for one document). Plan reads it; only apply
 * writes it. It holds fingerprints, ids and addresses, never values, so it can live on a git
 * branch without exposing campaign content.
 * Where it lives in CI (an orphan branch the apply workflow updates) is described in the README.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../desired/diagnostic.js';
import { isJsonObject } from '../json/guards.js';

export const DEFAULT_LAST_APPLIED_FILE = path.join('.campaignctl', 'last-applied.json');

/**
 * What apply knows of a create it sent: `sent` is saved before the request leaves (so that a
 * create whose answer is lost is never sent blindly again: plan looks for the campaign first),
 * `created` as soon as the vendor named the new campaign's id.
 */
export interface CreateEntry {
  readonly state: 'sent' | 'created';
  /** The new campaign's id, once known. */
  readonly id?: string;
  /** The document's address when the create was sent (`<provider>/<account>/new:<file>[#n]`). */
  readonly address: string;
  /** When it was sent or created (ISO 8601). */
  readonly at: string;
}

export interface LastAppliedRecord {
  readonly format_version: 2;
  /** address → field → `sha256:…` */
  readonly campaigns: Record<string, Record<string, string>>;
  /**
   * The campaigns apply manages: every one applied, created, adopted or found unchanged by an
   * apply. One that no document declares any more is planned per its account's `prune`.
   */
  readonly managed: readonly string[];
  /** Creates sent, by the document's creation key. */
  readonly creates: Record<string, CreateEntry>;
}

export const RECORD_FORMAT_VERSION = 2;

export function emptyRecord(): LastAppliedRecord {
  return { format_version: 2, campaigns: {}, managed: [], creates: {} };
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
  if (isJsonObject(parsed) && parsed.format_version === 1 && isFingerprints(parsed.campaigns)) {
    // Version 1 knew no managed set: nothing is pruned until an apply records what it manages.
    return { record: { ...emptyRecord(), campaigns: parsed.campaigns }, diagnostics: [] };
  }
  if (!isRecord(parsed)) return bad('the last-applied record must be {"format_version": 2, "campaigns": {…}, "managed": […], "creates": {…}}');
  return { record: parsed, diagnostics: [] };
}

function isFingerprints(v: unknown): v is LastAppliedRecord['campaigns'] {
  if (!isJsonObject(v)) return false;
  return Object.values(v).every((fields) => isJsonObject(fields) && Object.values(fields).every((fp) => typeof fp === 'string'));
}

function isCreateEntry(v: unknown): v is CreateEntry {
  return (
    isJsonObject(v) &&
    (v.state === 'sent' || v.state === 'created') &&
    (v.id === undefined || (typeof v.id === 'string' && v.id !== '')) &&
    (v.state === 'sent' || v.id !== undefined) &&
    typeof v.address === 'string' &&
    typeof v.at === 'string'
  );
}

function isRecord(v: unknown): v is LastAppliedRecord {
  return (
    isJsonObject(v) &&
    v.format_version === RECORD_FORMAT_VERSION &&
    isFingerprints(v.campaigns) &&
    Array.isArray(v.managed) &&
    v.managed.every((a) => typeof a === 'string') &&
    isJsonObject(v.creates) &&
    Object.values(v.creates).every(isCreateEntry)
  );
}

/**
 * What one apply changed in the record: each part keyed as in the record, null (false for
 * `managed`) where an entry was removed.
 */
export interface RecordDelta {
  readonly campaigns: ReadonlyMap<string, Readonly<Record<string, string>> | null>;
  /** address → true joined the managed set, false left it. */
  readonly managed: ReadonlyMap<string, boolean>;
  readonly creates: ReadonlyMap<string, CreateEntry | null>;
}

export function emptyDelta(): { campaigns: Map<string, Readonly<Record<string, string>> | null>; managed: Map<string, boolean>; creates: Map<string, CreateEntry | null> } {
  return { campaigns: new Map(), managed: new Map(), creates: new Map() };
}

export function isEmptyDelta(delta: RecordDelta): boolean {
  return delta.campaigns.size === 0 && delta.managed.size === 0 && delta.creates.size === 0;
}

/** The entries that differ between the record an apply started from and the one it ended with. */
export function recordDelta(before: LastAppliedRecord, after: LastAppliedRecord): RecordDelta {
  const delta = emptyDelta();
  const changed = <T>(was: T | undefined, now: T) => was === undefined || JSON.stringify(sortedKeys(was)) !== JSON.stringify(sortedKeys(now));
  for (const [address, entry] of Object.entries(after.campaigns)) if (changed(before.campaigns[address], entry)) delta.campaigns.set(address, entry);
  for (const address of Object.keys(before.campaigns)) if (!Object.hasOwn(after.campaigns, address)) delta.campaigns.set(address, null);
  const [was, now] = [new Set(before.managed), new Set(after.managed)];
  for (const address of now) if (!was.has(address)) delta.managed.set(address, true);
  for (const address of was) if (!now.has(address)) delta.managed.set(address, false);
  for (const [key, entry] of Object.entries(after.creates)) if (changed(before.creates[key], entry)) delta.creates.set(key, entry);
  for (const key of Object.keys(before.creates)) if (!Object.hasOwn(after.creates, key)) delta.creates.set(key, null);
  return delta;
}

/** An object with its keys in code-unit order, for comparing entries whatever order they were built in. */
function sortedKeys(entry: unknown): unknown {
  if (!isJsonObject(entry)) return entry;
  return Object.fromEntries(Object.keys(entry).sort().map((k) => [k, entry[k]]));
}

export function withDelta(record: LastAppliedRecord, delta: RecordDelta): LastAppliedRecord {
  const campaigns = { ...record.campaigns };
  for (const [address, entry] of delta.campaigns) {
    if (entry === null) delete campaigns[address];
    else campaigns[address] = { ...entry };
  }
  const managed = new Set(record.managed);
  for (const [address, joined] of delta.managed) {
    if (joined) managed.add(address);
    else managed.delete(address);
  }
  const creates = { ...record.creates };
  for (const [key, entry] of delta.creates) {
    if (entry === null) delete creates[key];
    else creates[key] = { ...entry };
  }
  return { format_version: 2, campaigns, managed: [...managed], creates };
}

/** The record cannot be saved: it changed on disk into something unreadable, or cannot be written. */
export class RecordSaveError extends Error {}

/**
 * Saves what this apply changed into the record as it is on disk now (read again, under the apply
 * lock), not over it: entries of campaigns this apply did not touch stay as the file has them,
 * whoever wrote them since this apply read it.
 */
export async function saveLastApplied(file: string, delta: RecordDelta, shown: string = file): Promise<void> {
  if (isEmptyDelta(delta)) return;
  const current = await readLastApplied(file, shown);
  if (!current.record) throw new RecordSaveError(current.diagnostics[0]?.message ?? 'the last-applied record cannot be read');
  await writeLastApplied(file, withDelta(current.record, delta));
}

/** saveLastApplied for the last moment of a process (an `exit` handler), where nothing waits. */
export function saveLastAppliedSync(file: string, delta: RecordDelta): void {
  if (isEmptyDelta(delta)) return;
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

/** Entries sorted by address (creates by key), so that the record diffs well on its branch. */
function recordText(record: LastAppliedRecord): string {
  const sorted: LastAppliedRecord = {
    format_version: 2,
    campaigns: Object.fromEntries(Object.keys(record.campaigns).sort().map((k) => [k, record.campaigns[k]!])),
    managed: [...record.managed].sort(),
    creates: Object.fromEntries(Object.keys(record.creates).sort().map((k) => [k, record.creates[k]!])),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
