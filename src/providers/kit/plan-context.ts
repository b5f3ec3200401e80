/**
 * Plan rules are a list of small functions of the same input, and several of one vendor's rules
 * need the same facts derived from it (the fields the write would send, the campaign after the
 * write, the live ad format). `perInput` derives them once per campaign: the engine hands every
 * rule the very same input object.
 */
import type { PlanInput } from '../runtime.js';

export function perInput<S, C>(derive: (input: PlanInput<S>) => C): (input: PlanInput<S>) => C {
  const cache = new WeakMap<PlanInput<S>, C>();
  return (input) => {
    if (cache.has(input)) return cache.get(input)!;
    const derived = derive(input);
    cache.set(input, derived);
    return derived;
  };
}
