/**
 * A vendor fake from its parts: its name, its error format (declared once, in its errors.ts),
 * its request handler (usually the kit's router behind the vendor's auth), and its seed.
 */
import type { FakeHarness } from '../fake-harness.js';
import type { FakeContext, FakeRequest, RateLimitInfo, VendorFake, VendorState } from '../fake.js';
import type { ErrorFormat } from './errors.js';
import type { Answer } from './router.js';

export interface FakeDefinition {
  /** The provider's name in the registry, and the sandbox path prefix. */
  readonly name: string;
  readonly errors: ErrorFormat;
  handle(req: FakeRequest, ctx: FakeContext): Answer;
  /** Headers the vendor sends on every answer while a rate limit applies; none when absent. */
  rateLimitHeaders?(info: RateLimitInfo): Record<string, string>;
  seed(now: Date): VendorState;
  /** What the contract suite and the benchmark need to drive this fake (its folder's harness.ts), loaded on demand. */
  readonly harness?: () => Promise<FakeHarness>;
}

export function defineFake(def: FakeDefinition): VendorFake {
  return {
    name: def.name,
    handle: def.handle,
    rateLimited: (info) => def.errors.rateLimited(info),
    rateLimitHeaders: (info) => def.rateLimitHeaders?.(info) ?? {},
    serverFault: (status) => def.errors.serverFault(status),
    seed: def.seed,
    ...(def.harness ? { harness: def.harness } : {}),
  };
}
