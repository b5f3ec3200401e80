/**
 * The contract between the sandbox server and one vendor's fake. The server owns the socket,
 * the state file, the request log and the faults; a fake owns everything the vendor means:
 * paths, auth, rules, error bodies, and the quirks that make naive diffs lie.
 */
import type { FakeHarness } from './fake-harness.js';
import type { EndlessList } from './faults.js';

/** A campaign object exactly as the vendor returns it (plus the scope keys DESIGN asks for). */
export type VendorObject = Record<string, unknown>;

/** One vendor's slice of the state file: `{ campaigns: [...] }`, plus anything else the fake keeps. */
export interface VendorState {
  campaigns: VendorObject[];
  [extra: string]: unknown;
}

export interface FakeRequest {
  readonly method: string;
  /** Path after the vendor prefix, without the query, exactly as sent (trailing slash kept). */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, or a plain object for form bodies; undefined when there is no body. */
  readonly body: unknown;
  /** Set when a body was sent but could not be parsed (the fake answers with its vendor's error). */
  readonly bodyError?: string;
  readonly contentType?: string;
}

export interface FakeResponse {
  readonly status: number;
  /** Serialised as JSON; omit for an empty body. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeContext {
  /** The sandbox clock (injectable in tests). */
  now(): Date;
  /** This vendor's state; mutate it in place, then call commit(). */
  readonly state: VendorState;
  /** Persists the state file. Call after every accepted write, never on a rejected one. */
  commit(): void;
  /** Seeded randomness, for ids and anything else that must be reproducible. */
  random(): number;
  readonly options: FakeOptions;
  /** The faults a fake itself carries out (the server does the rest); none when absent. */
  readonly faults?: FakeFaults;
}

export interface FakeFaults {
  /** The campaign list never ends (kit/endless.ts). */
  readonly endlessList?: EndlessList;
}

export interface FakeOptions {
  /** Lifetime of issued access tokens (Masivo: 3600 s in production; tests shorten it). */
  readonly tokenLifetimeSeconds: number;
}

export interface RateLimitInfo {
  /** Requests allowed per window. */
  readonly limit: number;
  /** Left in the current window after this request (0 when limited). */
  readonly remaining: number;
  /** When the window frees a slot again. */
  readonly resetAt: Date;
  /** Whole seconds until then, at least 1. */
  readonly retryAfterSeconds: number;
}

export interface VendorFake {
  /** Path prefix and `vendor` in the request log: `/masivo`, `/voucherify`, … */
  readonly name: string;
  handle(req: FakeRequest, ctx: FakeContext): FakeResponse | Promise<FakeResponse>;
  /** The vendor's 429, with its own rate-limit headers and body. */
  rateLimited(info: RateLimitInfo): FakeResponse;
  /** Headers the vendor sends on every answer while a rate limit applies (may be empty). */
  rateLimitHeaders(info: RateLimitInfo): Record<string, string>;
  /** The vendor's answer to an injected server fault (500/502/503). */
  serverFault(status: number): FakeResponse;
  /** Initial campaigns for the embedded sandbox: consistent with campaigns/<vendor>/ plus some drift. */
  seed(now: Date): VendorState;
  /** What the contract suite and the benchmark need to drive this fake (its folder's harness.ts), loaded on demand. */
  readonly harness?: () => Promise<FakeHarness>;
}
