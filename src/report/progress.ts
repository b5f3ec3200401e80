/**
 * Progress for long plans: on a terminal, one line redrawn with per-account counts; in CI, a plain
 * line when an account finishes a phase. Always on stderr, so stdout stays the document.
 */
import type { ProgressEvent } from '../engine/planner.js';

export interface ProgressSink {
  readonly update: (event: ProgressEvent) => void;
  /** Clears the live line. */
  finish(): void;
}

const VERB: Record<ProgressEvent['phase'], string> = { read: 'read', write: 'wrote', verify: 'verified' };

export function createProgress(stderr: { write(s: string): unknown }, tty: boolean, now: () => number = Date.now): ProgressSink {
  const state = new Map<string, ProgressEvent>();
  const started = new Map<string, number>();
  let lastDraw = 0;
  let drawn = false;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const parts = [...state.values()].map((e) => `${e.account} ${e.phase} ${e.done}/${e.total}`);
    stderr.write(`\r\x1b[2K${parts.join(' · ')}`);
    drawn = true;
  };
  return {
    update(e) {
      const key = `${e.account}\u0000${e.phase}`;
      if (!started.has(key)) started.set(key, now());
      if (tty) {
        state.set(e.account, e);
        draw(e.done === e.total);
        return;
      }
      if (e.done === e.total && e.total > 0 && started.get(key) !== -1) {
        const secs = ((now() - started.get(key)!) / 1000).toFixed(1);
        stderr.write(`${e.account}: ${VERB[e.phase]} ${e.total} campaign${e.total === 1 ? '' : 's'} in ${secs}s\n`);
        started.set(key, -1);
      }
    },
    finish() {
      if (tty && drawn) stderr.write('\r\x1b[2K');
    },
  };
}
