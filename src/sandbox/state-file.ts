/**
 * The sandbox state file: `{ "<vendor>": { "campaigns": [...] } }`. Read once at start, written
 * after accepted writes. Writes are coalesced within one event-loop turn and land atomically
 * (temporary file, then rename), so a killed sandbox leaves the last complete state behind.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VendorState } from './fake.js';

export type SandboxState = Record<string, VendorState>;

export function readStateFile(file: string): SandboxState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  if (!isSandboxState(parsed)) throw new Error(`${file}: not a sandbox state file (expected {"<vendor>": {"campaigns": [...]}})`);
  return parsed;
}

export function isSandboxState(v: unknown): v is SandboxState {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every(
    (s) => typeof s === 'object' && s !== null && Array.isArray((s as { campaigns?: unknown }).campaigns),
  );
}

export function writeStateFile(file: string, state: SandboxState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

/** Coalesces many commits in one turn into one write. */
export class StateWriter {
  private pending = false;

  constructor(
    private readonly file: string | undefined,
    private readonly state: () => SandboxState,
  ) {}

  schedule(): void {
    if (!this.file || this.pending) return;
    this.pending = true;
    setImmediate(() => this.flush());
  }

  flush(): void {
    if (!this.file) return;
    this.pending = false;
    writeStateFile(this.file, this.state());
  }
}
