/**
 * The last safeguard of `import`: what it writes must pass `validate`. Each provider's
 * `importSpec` already writes only what its schema and rules take; should a live campaign still
 * hold something they refuse (a value the vendor accepted once under older rules, a vocabulary the
 * schema does not know), the field is left out — unmanaged, so plan neither compares nor writes it —
 * and the reason is reported, rather than writing a file that fails validation or failing the import.
 */
import type { ErrorObject } from 'ajv';
import { formatPath } from '../desired/path.js';
import { pointerToPath } from '../desired/schema-errors.js';
import { loadSchemas } from '../desired/schema-registry.js';
import type { ProviderDefinition } from '../providers/types.js';

export interface DroppedField {
  readonly field: string;
  /** The live value that was left out. */
  readonly value: unknown;
  readonly reason: string;
}

export interface SettledSpec {
  readonly spec: Record<string, unknown>;
  readonly dropped: readonly DroppedField[];
  /** Set when the spec still fails and no single field can be blamed (a provider bug). */
  readonly invalid?: string;
}

/** Enough rounds for every field of a spec; each round leaves out at least one. */
const MAX_ROUNDS = 100;

export function settleSpec(
  provider: ProviderDefinition,
  spec: Readonly<Record<string, unknown>>,
  ctx: { readonly id: string; readonly now: Date },
): SettledSpec {
  const validate = loadSchemas().validator(provider.schemaFile);
  const current: Record<string, unknown> = { ...spec };
  const dropped: DroppedField[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const blamed = new Map<string, string>();
    let unplaced: string | undefined;
    if (!validate(current)) {
      for (const e of validate.errors ?? []) {
        const field = blamedField(e);
        if (field !== undefined && field in current) {
          if (!blamed.has(field)) blamed.set(field, `${formatPath(pointerToPath(e.instancePath)) || field} ${e.message ?? 'is invalid'}`);
        } else if (e.keyword !== 'if') {
          unplaced ??= `${e.instancePath || 'spec'} ${e.message ?? 'is invalid'}`;
        }
      }
    } else {
      for (const rule of provider.specRules) {
        for (const v of rule(current, ctx)) {
          const field = v.path[0];
          if (typeof field === 'string' && field in current && !blamed.has(field)) blamed.set(field, `[${v.rule}] ${v.message}`);
        }
      }
    }
    if (blamed.size === 0) return unplaced === undefined ? { spec: current, dropped } : { spec: current, dropped, invalid: unplaced };
    for (const [field, reason] of blamed) {
      dropped.push({ field, value: current[field], reason });
      delete current[field];
    }
  }
  return { spec: current, dropped, invalid: 'the spec could not be made valid' };
}

/** The top-level spec field an Ajv error is about, when it names one. */
function blamedField(e: ErrorObject): string | undefined {
  const first = pointerToPath(e.instancePath)[0];
  if (typeof first === 'string') return first;
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty?: unknown }).additionalProperty;
    return typeof extra === 'string' ? extra : undefined;
  }
  return undefined;
}
