/**
 * The one router the fakes share: a table of path patterns (`/campaigns/:id`, named parameters
 * after a colon), each with a handler per method.
 *
 *   const handle = router([
 *     route('/campaigns', { GET: list, POST: create }),
 *     route('/campaigns/:id', { GET: (req, ctx, { id }) => read(ctx, id) }),
 *   ], { errors });
 *
 * A path matches a pattern when it has as many segments, every literal segment is equal and every
 * parameter is non-empty; segments are compared decoded (path.ts). The first pattern that matches
 * decides: its handler for the method, else the vendor's 405 (or, for a vendor without one, its
 * 404). No pattern, or a path that does not decode: the vendor's 404 for an unknown route.
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import type { ErrorFormat } from './errors.js';
import { decodePath } from './path.js';

/** `'/a/:x/b/:y'` → `'x' | 'y'`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string };

export type Handler<P extends string = string> = (
  req: FakeRequest,
  ctx: FakeContext,
  params: PathParams<P>,
) => FakeResponse | Promise<FakeResponse>;

export type Answer = FakeResponse | Promise<FakeResponse>;

export interface Route {
  readonly pattern: string;
  /** The methods served, in the order declared (a 405's `Allow`). */
  readonly allow: readonly string[];
  /** Handles the request when `segments` match the pattern and the method is served. */
  match(segments: readonly string[]): { handle(method: string, req: FakeRequest, ctx: FakeContext): Answer | undefined } | undefined;
}

export function route<P extends string>(pattern: P, methods: Readonly<Record<string, Handler<P>>>): Route {
  const parts = pattern.split('/').slice(1);
  return {
    pattern,
    allow: Object.keys(methods),
    match(segments) {
      if (segments.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        const segment = segments[i]!;
        if (part.startsWith(':')) {
          if (segment === '') return undefined;
          params[part.slice(1)] = segment;
        } else if (part !== segment) {
          return undefined;
        }
      }
      return {
        handle: (method, req, ctx) => {
          const handler = Object.hasOwn(methods, method) ? methods[method] : undefined;
          // The pattern's own names were filled in above, so `params` has exactly PathParams<P>'s keys.
          return handler?.(req, ctx, params as PathParams<P>);
        },
      };
    },
  };
}

export interface RouterOptions {
  readonly errors: ErrorFormat;
  /**
   * `distinct` (the default): `/campaigns/` is another path than `/campaigns`, unknown unless
   * declared. `ignored`: one trailing slash is dropped before matching (Express's non-strict routing).
   */
  readonly trailingSlash?: 'distinct' | 'ignored';
}

export function router(routes: readonly Route[], opts: RouterOptions): (req: FakeRequest, ctx: FakeContext) => Answer {
  const { errors } = opts;
  return (req, ctx) => {
    const path = opts.trailingSlash === 'ignored' && req.path.length > 1 && req.path.endsWith('/') ? req.path.slice(0, -1) : req.path;
    const segments = decodePath(path);
    if (segments) {
      for (const r of routes) {
        const matched = r.match(segments);
        if (!matched) continue;
        const answer = matched.handle(req.method, req, ctx);
        if (answer) return answer;
        return errors.methodNotAllowed ? errors.methodNotAllowed(req.method, req.path, r.allow) : errors.routeNotFound(req.method, req.path);
      }
    }
    return errors.routeNotFound(req.method, req.path);
  };
}
