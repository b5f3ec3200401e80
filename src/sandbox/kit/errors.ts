/**
 * How a vendor answers the errors every fake meets. Each fake declares its format once (in its
 * errors.ts); the kit's router answers unknown routes and wrong methods with it, and `defineFake`
 * takes the 429 and the injected 5xx from it, so no vendor's error shape is written twice.
 */
import type { FakeResponse, RateLimitInfo } from '../fake.js';

export interface ErrorFormat {
  /**
   * 404 for a path no route serves, a path whose percent-encoding is broken included (a path
   * that cannot be decoded names nothing).
   */
  routeNotFound(method: string, path: string): FakeResponse;
  /**
   * 405 for a known path asked with a method it does not serve; `allow` lists the ones it does,
   * in the order the route declares them. Absent: such a request is answered as an unknown route.
   */
  methodNotAllowed?(method: string, path: string, allow: readonly string[]): FakeResponse;
  /** The vendor's 429, with its own rate-limit headers and body. */
  rateLimited(info: RateLimitInfo): FakeResponse;
  /** The vendor's answer to an injected server fault (500/502/503). */
  serverFault(status: number): FakeResponse;
}

/** An answer with a status, a body and, when there are any, headers. */
export function answer(status: number, body: unknown, headers?: Readonly<Record<string, string>>): FakeResponse {
  return headers ? { status, body, headers } : { status, body };
}
