/**
 * The sandbox's deliberate misbehaviour: latency, rate limits and server faults, all
 * reproducible from a seed so a failing test can be replayed exactly.
 */
import type { RateLimitInfo } from './fake.js';

/** mulberry32: a small, fast, seedable PRNG; plenty for fault injection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sliding one-second window per vendor: at most `limit` requests in any 1000 ms. A request
 * over the limit is refused and does not count, as a real gateway would behave.
 */
export class SlidingWindowLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    private readonly windowMs = 1000,
  ) {}

  take(key: string, nowMs: number): { allowed: boolean; info: RateLimitInfo } {
    const stamps = this.windows.get(key) ?? [];
    while (stamps.length > 0 && stamps[0]! <= nowMs - this.windowMs) stamps.shift();
    const allowed = stamps.length < this.limit;
    if (allowed) stamps.push(nowMs);
    this.windows.set(key, stamps);
    const resetMs = stamps.length > 0 ? stamps[0]! + this.windowMs : nowMs;
    return {
      allowed,
      info: {
        limit: this.limit,
        remaining: Math.max(0, this.limit - stamps.length),
        resetAt: new Date(resetMs),
        retryAfterSeconds: Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
      },
    };
  }
}

export const FAULT_STATUSES = [500, 502, 503] as const;

/**
 * The hostile vendor: answers meant to break a client rather than to slow it down, each one a way
 * a real vendor (or something between it and campaignctl) has been seen to answer. docs/sandbox.md
 * describes them; `startSandbox`, the test harness and `campaignctl sandbox` take them alike.
 */
export interface HostileFaults {
  /** Answers carry objects nested this deep (see DeepJsonFault). */
  readonly deepJson?: DeepJsonFault;
  /** Every request is answered 429 with this `Retry-After` and no other rate-limit header (`-5`, `garbage`). */
  readonly retryAfter?: string;
  /** Campaign lists never end (see EndlessList). */
  readonly endlessList?: EndlessList;
  /** Every request is answered 400 with its credential headers echoed in this encoding. */
  readonly echoCredentials?: EchoEncoding;
  /** Every request is answered 500 with a plain-text body full of terminal control sequences. */
  readonly controlChars?: boolean;
  /** Every answer's body is sent one byte at a time, this many milliseconds apart. */
  readonly dripMs?: number;
}

/**
 * `depth` levels of objects (`{"d":{"d":…{}}}`): in place of every value of `field` in the vendor's JSON
 * answers (`metadata`, `rules`), or beside the answer's own keys when no field is named; `asText`
 * sends the nested value as a JSON string, as vendors that keep JSON in a text field do.
 */
export interface DeepJsonFault {
  readonly depth: number;
  readonly field?: string;
  readonly asText?: boolean;
}

/**
 * `new`: past the real campaigns the list goes on with copies of them under made-up ids, every
 * page full, "more" always said and the reported total a billion. `repeat`: every page is the
 * first one again (filled up to the page size), "more" always said.
 */
export type EndlessList = 'new' | 'repeat';

/**
 * How the echo fault writes each credential: JSON with `\/` escapes, every character `\u`-escaped,
 * HTML character references, percent-encoded, lower or upper case, base64 (standard or URL-safe,
 * at each of the three alignments a value can have inside a longer one), or cut short.
 */
export type EchoEncoding = 'json-slash' | 'unicode' | 'html' | 'url' | 'lower' | 'upper' | 'base64' | 'base64url' | 'cut';

/** What the control-characters fault answers: a screen clear, a window title, a bell, a carriage return, a C1 CSI, DEL and bidi overrides. */
export const CONTROL_TEXT =
  '\u001b[2J\u001b[H\u001b]0;campaignctl was here\u0007internal error\rOVERWRITTEN \u009b31mred\u009b0m \u007f\u202egnp.exe\u202c \u2066isolated\u2069 \u001b[8mhidden\u001b[0m';

/**
 * Answers the sandbox acts on and then loses: the fake handles a matching request (its state
 * changes, the request log records it with the fake's status and `dropped: true`), then the
 * connection is closed with no response, as when a vendor acts and the network, a proxy or the
 * process fails before its answer arrives. For rehearsing a create whose answer is lost.
 */
export interface DropAnswer {
  /** The vendor (its path prefix, e.g. the provider's name); the vendors the faults apply to (`faultVendors`) when absent. */
  readonly vendor?: string;
  /** The HTTP method, e.g. `POST`; any when absent. */
  readonly method?: string;
  /** A regular expression the path below the vendor's prefix must match (`^/campaigns$`); any path when absent. */
  readonly path?: string;
  /** How many matching answers to drop, the first ones; 1 when absent. */
  readonly times?: number;
}

/** Which answers to drop, counting down each rule's `times`. */
export class AnswerDropper {
  private readonly rules: { readonly rule: DropAnswer; readonly path?: RegExp; left: number }[];

  constructor(rules: readonly DropAnswer[]) {
    this.rules = rules.map((rule) => ({ rule, ...(rule.path !== undefined ? { path: new RegExp(rule.path) } : {}), left: rule.times ?? 1 }));
  }

  /** Whether to drop this answer (and count it against the first rule that matches). */
  take(vendor: string, faulted: boolean, method: string, path: string): boolean {
    const hit = this.rules.find(
      (r) =>
        r.left > 0 &&
        (r.rule.vendor !== undefined ? r.rule.vendor === vendor : faulted) &&
        (r.rule.method === undefined || r.rule.method.toUpperCase() === method) &&
        (r.path === undefined || r.path.test(path)),
    );
    if (!hit) return false;
    hit.left -= 1;
    return true;
  }
}
