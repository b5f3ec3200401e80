/**
 * One apply at a time per last-applied record: a lock file beside the record (`<record>.lock`)
 * holding who took it (pid, host, when). Two applies at once would both write the same campaigns
 * and each save the record it read at its start, losing the other's entries.
 *
 * - Taken atomically: the file is created with O_EXCL, so of two applies exactly one gets it.
 * - Released when the apply ends, however it ends: normally, on an error, on the first Ctrl-C
 *   (the apply winds down, then releases), and on a process exit that cuts the wind-down short
 *   (a second Ctrl-C), from an `exit` handler. Only a SIGKILL or a crash of the machine leaves it.
 * - A lock left behind is taken over only when its holder is known to be dead: the same host, and
 *   no process with its pid. A lock from another host is never taken over, since this machine
 *   cannot tell whether that apply still runs; the refusal names it and says how to remove it.
 * - A second apply waits for the lock up to a timeout (default none: it refuses at once, naming
 *   the holder), as Terraform's `-lock-timeout` does.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { isJsonObject } from '../json/guards.js';

/** Who holds a lock, as its file says. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601. */
  readonly started_at: string;
  /** What the holder runs, for the message (`apply plan.json`). */
  readonly command?: string;
}

export interface ApplyLock {
  readonly file: string;
  /**
   * Runs `hook` if the process exits while the lock is held, before the lock file goes: the last
   * chance to save what must not be lost (the record of what was applied). It must be synchronous.
   */
  onForcedExit(hook: () => void): void;
  release(): Promise<void>;
}

export type LockRefusal =
  /** Another apply, alive or on another host, still holds it at the deadline. */
  | { readonly kind: 'held'; readonly holder: LockHolder; readonly sameHost: boolean }
  /** The lock file exists but does not say who holds it. */
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'interrupted' };

export interface LockOptions {
  /** How long to wait for a held lock; 0 refuses at once. */
  readonly timeoutMs: number;
  readonly command?: string;
  /** Stops the wait (Ctrl-C). */
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  /** Called once when the lock is held by another and this apply starts to wait. */
  readonly onWait?: (holder: LockHolder | undefined) => void;
  /** Called when a lock left by a dead holder is taken over. */
  readonly onTakeover?: (holder: LockHolder) => void;
}

export function lockFileFor(recordFile: string): string {
  return `${recordFile}.lock`;
}

/** How often a waiting apply looks at the lock again. */
const POLL_MS = 200;
/** How soon an apply looks again while another takes a dead holder's lock over. */
const TAKEOVER_POLL_MS = 10;
/** An unreadable lock is read again for this long: its holder may be writing it. */
const UNREADABLE_GRACE_MS = 500;

/**
 * The tokens of the locks this process holds or is creating: a lock naming this pid is alive only
 * if it carries one of them (another apply in this process); any other was left by an earlier
 * process that had the same pid.
 */
const ownTokens = new Set<string>();

export async function acquireApplyLock(recordFile: string, opts: LockOptions): Promise<ApplyLock | LockRefusal> {
  const file = path.resolve(lockFileFor(recordFile));
  await mkdir(path.dirname(file), { recursive: true });
  const now = opts.now ?? (() => new Date());
  const token = randomBytes(8).toString('hex');
  const deadline = Date.now() + opts.timeoutMs;
  let announced = false;
  let unreadableSince: number | undefined;
  for (;;) {
    if (opts.signal?.aborted) return { kind: 'interrupted' };
    const holder: LockHolder = { pid: process.pid, host: hostname(), started_at: now().toISOString(), ...(opts.command ? { command: opts.command } : {}) };
    const text = `${JSON.stringify({ ...holder, token }, null, 2)}\n`;
    ownTokens.add(token);
    if (await createExclusive(file, text)) return held(file, text, token);
    ownTokens.delete(token);

    const seen = await readHolder(file);
    if (seen === undefined) continue; // released meanwhile: try again at once
    let refusal: LockRefusal;
    if ('holder' in seen) {
      unreadableSince = undefined;
      const sameHost = seen.holder.host === hostname();
      if (sameHost && !alive(seen.holder)) {
        const outcome = await takeOver(file, seen.text);
        if (outcome === 'taken') opts.onTakeover?.(seen.holder);
        if (outcome === 'busy') await pause(TAKEOVER_POLL_MS, opts.signal);
        continue;
      }
      refusal = { kind: 'held', holder: seen.holder, sameHost };
    } else {
      unreadableSince ??= Date.now();
      refusal = { kind: 'unreadable', reason: seen.reason };
    }
    const graceLeft = unreadableSince === undefined ? 0 : unreadableSince + UNREADABLE_GRACE_MS - Date.now();
    const waitLeft = deadline - Date.now();
    if (waitLeft <= 0 && graceLeft <= 0) return refusal;
    if (!announced && waitLeft > 0) {
      announced = true;
      opts.onWait?.(refusal.kind === 'held' ? refusal.holder : undefined);
    }
    await pause(Math.min(POLL_MS, Math.max(waitLeft, graceLeft, 1)), opts.signal);
  }
}

/** Creates the file only if there is none (O_EXCL); false when one exists. */
async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return true;
}

type Seen = { readonly holder: LockHolder & { readonly token?: string }; readonly text: string } | { readonly reason: string };

/** The lock file's holder; undefined when there is no file any more. */
async function readHolder(file: string): Promise<Seen | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return { reason: code ?? String(err) };
  }
  const holder = parseHolder(text);
  return holder ? { holder, text } : { reason: text.trim() === '' ? 'it is empty' : 'it is not a lock campaignctl wrote' };
}

function parseHolder(text: string): (LockHolder & { readonly token?: string }) | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(v) || !Number.isSafeInteger(v.pid) || (v.pid as number) <= 0 || typeof v.host !== 'string' || typeof v.started_at !== 'string') return undefined;
  return {
    pid: v.pid as number,
    host: v.host,
    started_at: v.started_at,
    ...(typeof v.command === 'string' ? { command: v.command } : {}),
    ...(typeof v.token === 'string' ? { token: v.token } : {}),
  };
}

/** Whether the process that wrote a lock on this host still runs. */
function alive(holder: LockHolder & { readonly token?: string }): boolean {
  // This very pid: a lock of this process (another apply in it), or one left by an earlier process
  // that had the same pid (a container starts its processes at low pids every time).
  if (holder.pid === process.pid) return holder.token !== undefined && ownTokens.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A takeover guard older than this was left by a process killed in the middle of one: removed. */
const GUARD_STALE_MS = 10_000;

/**
 * Removes a dead holder's lock, unless someone else got to it first. Takeovers go one at a time
 * under a guard file (`<lock>.takeover`, created with O_EXCL): its holder reads the lock again and
 * removes it only if it is still the one judged dead. A live lock is thus never moved or removed,
 * and of several applies taking over at once exactly one removes the dead lock; then, as ever,
 * exactly one creates the new one. `busy`: another apply is taking over; look again shortly.
 */
async function takeOver(file: string, deadText: string): Promise<'taken' | 'gone' | 'busy'> {
  const guard = `${file}.takeover`;
  if (!(await createExclusive(guard, `${process.pid}\n`))) {
    await removeIfStale(guard);
    return 'busy';
  }
  try {
    let now: string;
    try {
      now = await readFile(file, 'utf8');
    } catch {
      return 'gone';
    }
    if (now !== deadText) return 'gone';
    await rm(file, { force: true });
    return 'taken';
  } finally {
    await rm(guard, { force: true });
  }
}

async function removeIfStale(guard: string): Promise<void> {
  try {
    const { mtimeMs } = await stat(guard);
    if (Date.now() - mtimeMs > GUARD_STALE_MS) await rm(guard, { force: true });
  } catch {
    // Gone meanwhile.
  }
}

function held(file: string, text: string, token: string): ApplyLock {
  const hooks: (() => void)[] = [];
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    process.off('exit', onExit);
    try {
      if (readFileSync(file, 'utf8') === text) unlinkSync(file);
    } catch {
      // Already gone.
    }
    ownTokens.delete(token);
  };
  const onExit = () => {
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // The process is going: one failed hook must not keep the others or the release from running.
      }
    }
    releaseSync();
  };
  process.on('exit', onExit);
  return {
    file,
    onForcedExit: (hook) => void hooks.push(hook),
    release: async () => releaseSync(),
  };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
