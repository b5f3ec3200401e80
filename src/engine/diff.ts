/**
 * Field ownership: only what the desired spec holds is compared, leaf by leaf (objects recurse
 * into the keys the spec names; lists and scalars compare whole). Write-only fields, which the
 * vendor never returns, are compared with the last-applied record instead of live state.
 */
import { formatPath, type PathSegment } from '../desired/path.js';
import { isJsonObject } from '../json/guards.js';
import type { FieldChange } from '../providers/runtime.js';
import { fingerprint, jsonEqual } from './canonical-json.js';

export interface DiffInput {
  /** The managed spec as written (after ignore): what `after` shows and what fingerprints cover. */
  readonly desired: Readonly<Record<string, unknown>>;
  /** The same in canonical form, compared with `live`. */
  readonly canonical: Readonly<Record<string, unknown>>;
  /** The live campaign in the spec's shape. */
  readonly live: Readonly<Record<string, unknown>>;
  readonly writeOnly: ReadonlySet<string>;
  /** Fields whose read loses detail: also compared with the last-applied record when there is one. */
  readonly lossy: ReadonlySet<string>;
  /** Field → fingerprint of the value last applied (write-only and lossy fields). */
  readonly lastApplied: Readonly<Record<string, string>>;
  readonly fieldEquals?: (field: string, desired: unknown, live: unknown) => boolean | undefined;
}

export function diffSpec(input: DiffInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(input.canonical)) {
    // A field the provider's canonical form implies (Masivo: `withoutEndDate` means no end date)
    // shows its canonical value as `after`.
    const written = field in input.desired ? input.desired[field] : input.canonical[field];
    if (input.writeOnly.has(field)) {
      if (input.lastApplied[field] !== fingerprint(written)) {
        changes.push({ path: field, before: undefined, after: written, writeOnly: true });
      }
      continue;
    }
    const want = input.canonical[field];
    const have = input.live[field];
    const verdict = input.fieldEquals?.(field, want, have);
    const before = changes.length;
    if (verdict === false) changes.push({ path: field, before: have, after: written });
    else if (verdict === undefined) leafDiff([field], want, have, written, changes);
    if (changes.length === before && input.lossy.has(field)) {
      const recorded = input.lastApplied[field];
      if (recorded !== undefined && recorded !== fingerprint(written)) {
        changes.push({ path: field, before: have, after: written, writeOnly: true });
      }
    }
  }
  return changes;
}

function leafDiff(path: PathSegment[], want: unknown, have: unknown, written: unknown, out: FieldChange[]): void {
  if (isJsonObject(want) && isJsonObject(have)) {
    const w = isJsonObject(written) ? written : {};
    for (const key of Object.keys(want)) leafDiff([...path, key], want[key], have[key], w[key], out);
    return;
  }
  // An absent live field equals a desired null ("no value"), and nothing else.
  if (!jsonEqual(want, have === undefined ? null : have)) {
    out.push({ path: formatPath(path), before: have, after: written === undefined ? want : written });
  }
}
