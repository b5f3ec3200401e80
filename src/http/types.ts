/**
 * The one HTTP layer every provider talks through. Providers describe requests; the client owns
 * connections (keep-alive per endpoint), concurrency, pacing, retries, timeouts, auth refresh and
 * redaction of credentials.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  readonly method: HttpMethod;
  /** Appended to the account endpoint (whose own path is kept): `/v1/campaigns/camp_x`. */
  readonly path: string;
  /** Undefined values are left out. */
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as application/x-www-form-urlencoded. */
  readonly form?: Readonly<Record<string, string>>;
  /**
   * Statuses that are answers rather than failures (e.g. 404 when reading a campaign that may not
   * exist). 2xx are always answers.
   */
  readonly accept?: readonly number[];
  /** What the call does, for progress lines and errors: `read campaign 123`. */
  readonly purpose?: string;
  /** Auth requests themselves skip the auth strategy. */
  readonly skipAuth?: boolean;
  /**
   * Largest answer accepted, in bytes, for a call the vendor documents as one unpaginated answer
   * that grows with the account (Spaaza's get-campaigns: the whole chain); the policy's
   * `maxResponseBytes` otherwise.
   */
  readonly maxResponseBytes?: number;
  /**
   * Whether sending this request twice has the effect of sending it once, so that the client may
   * retry it after a lost answer. Undefined: GET, PUT and DELETE are idempotent, POST and PATCH
   * are not (a provider marks the safe ones, e.g. an enable/disable POST, with `true`). A
   * non-idempotent request is never retried once it may have reached the vendor (the rule:
   * `mayRetry` in policy.ts).
   */
  readonly idempotent?: boolean;
}

export interface HttpResponse<T = unknown> {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON when the answer is JSON, else the text ('' when empty). */
  readonly body: T;
}

/** How a provider authenticates; the client asks it for headers before every request. */
export interface AuthStrategy {
  /** Headers to add (e.g. `Authorization: Bearer …`); may fetch a token through `client`. */
  headers(client: HttpClient, signal?: AbortSignal): Promise<Readonly<Record<string, string>>>;
  /**
   * Called once after a 401: drop cached tokens. When it returns true the request is retried
   * once with fresh headers; otherwise the 401 is final.
   */
  invalidate?(): boolean;
}

export interface HttpClient {
  /**
   * Resolves with the answer, or rejects with an HttpError once retries are spent. Aborting
   * `signal` rejects it with kind `aborted` unless a write's attempt is already on its way: that
   * attempt is let finish, and only what would follow it (a retry) is abandoned.
   */
  request<T = unknown>(req: HttpRequest, signal?: AbortSignal): Promise<HttpResponse<T>>;
  /** Counters for progress lines and benchmarks. */
  stats(): HttpStats;
  close(): Promise<void>;
}

export interface HttpStats {
  readonly requests: number;
  readonly retries: number;
  readonly rateLimited: number;
  /** The pace currently in force, requests per second (undefined: not yet known). */
  readonly pace?: number;
}

/** `deadline`: the account's run deadline passed (policy `timeouts.runMs`); it stops requests as an interrupt does. */
export type HttpErrorKind = 'status' | 'timeout' | 'network' | 'rate-limit-budget' | 'aborted' | 'deadline' | 'invalid-response';
