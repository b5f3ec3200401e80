/**
 * The last-applied record: for each campaign, a fingerprint of every write-only (and lossy) field
 * as apply last sent it, the way kubectl keeps a last-applied configuration. Plan reads it to
 * tell whether such a field changed in git since; only apply writes it. It holds fingerprints,
 * never values, so it can live on a git branch without exposing campaign content.
 * Where it lives in CI (an orphan branch the apply workflow updates) is described in the README.
 */
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

export async function readLastApplied(file: string): Promise<{ record?: LastAppliedRecord; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { record: emptyRecord(), diagnostics: [] };
    throw err;
  }
  const bad = (message: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ file, line: 1, col: 1, code: 'last-applied', message, hint: 'restore it from the state branch, or delete it to start afresh (write-only fields are then sent once more)' }],
  });
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

export async function writeLastApplied(file: string, record: LastAppliedRecord): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const sorted: LastAppliedRecord = {
    format_version: 1,
    campaigns: Object.fromEntries(Object.keys(record.campaigns).sort().map((k) => [k, record.campaigns[k]!])),
  };
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
  await rename(tmp, file);
}
