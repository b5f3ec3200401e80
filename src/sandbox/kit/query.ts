/**
 * Integer query parameters, parsed one way for every fake: optional surrounding whitespace and
 * sign, then digits (what Python's `int()` and JavaScript's `Number()` both take), then the
 * bounds. The fake turns a problem into its vendor's own error (each vendor words it differently).
 */

export interface IntBounds {
  readonly min?: number;
  readonly max?: number;
}

export interface IntProblem extends IntBounds {
  readonly name: string;
  readonly kind: 'not-an-integer' | 'below-min' | 'above-max';
}

export type QueryInt = { readonly value: number | undefined; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: IntProblem };

const INTEGER = /^\s*[+-]?\d+\s*$/;

/** The parameter `name` of `query`: its value (undefined when absent), or what is wrong with it. */
export function queryInt(query: URLSearchParams, name: string, bounds: IntBounds): QueryInt {
  const raw = query.get(name);
  if (raw === null) return { value: undefined };
  const problem = (kind: IntProblem['kind']): QueryInt => ({ problem: { name, kind, ...bounds } });
  if (!INTEGER.test(raw)) return problem('not-an-integer');
  const value = Number(raw.trim());
  if (bounds.min !== undefined && value < bounds.min) return problem('below-min');
  if (bounds.max !== undefined && value > bounds.max) return problem('above-max');
  return { value };
}
