import { setMaxListeners } from 'node:events';
import { createInterface } from 'node:readline';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  /** `columns`: the terminal's width, for wrapping help (80 when unknown). */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** "Today", for rules that depend on it. */
  now(): Date;
  /**
   * Asks one question on the terminal (only called when `stdinIsTTY`) and resolves to the line
   * typed, or undefined when input ended (Ctrl-D, Ctrl-C). Absent: nobody to ask.
   */
  ask?(question: string): Promise<string | undefined>;
  /**
   * Aborted on SIGINT or SIGTERM. Asking for it is what installs the handlers, so commands that
   * never ask keep the default behaviour (die on Ctrl-C).
   */
  interrupts(): AbortSignal;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    ask: (question) => askOnTerminal(question),
    interrupts: () => {
      if (!interrupt) {
        interrupt = new AbortController();
        // Every request in flight listens on this one signal (8 per account by default): many
        // listeners are the design, not a leak, so Node's warning at 11 would only be noise.
        setMaxListeners(0, interrupt.signal);
      }
      const controller = interrupt;
      if (!handlersInstalled) {
        handlersInstalled = true;
        for (const sig of ['SIGINT', 'SIGTERM'] as const) {
          process.on(sig, () => {
            // A second Ctrl-C while we wind down means "now".
            if (controller.signal.aborted) process.exit(130);
            controller.abort(sig);
          });
        }
      }
      return controller.signal;
    },
  };
}

/** One question on stderr, its answer from stdin; one interface per question, so nothing holds stdin open after. */
function askOnTerminal(question: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    let answered = false;
    rl.on('close', () => {
      if (!answered) resolve(undefined);
    });
    // Ctrl-C at a question gives up the questions, as the end of input does.
    rl.on('SIGINT', () => rl.close());
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}

let interrupt: AbortController | undefined;
let handlersInstalled = false;

/** Colour only on a terminal, and never when NO_COLOR is set; FORCE_COLOR forces it. */
export function wantsColor(io: CliIO, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io[stream].isTTY);
}
