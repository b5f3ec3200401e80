/** `ignore:` paths: fields never compared nor written, removed from the desired spec before diffing. */
import { parsePath, type PathSegment } from '../desired/path.js';

export function withoutIgnored(spec: Readonly<Record<string, unknown>>, ignore: readonly string[]): Record<string, unknown> {
  let out: unknown = structuredClone(spec);
  for (const entry of ignore) {
    const path = parsePath(entry);
    if (path) out = removePath(out, path);
  }
  return out as Record<string, unknown>;
}

function removePath(value: unknown, path: readonly PathSegment[]): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (Array.isArray(value)) {
    if (typeof head !== 'number' || head >= value.length) return value;
    if (rest.length === 0) return value; // an array item cannot be unmanaged alone: the list is one value
    const copy: unknown[] = [...(value as unknown[])];
    copy[head] = removePath(copy[head], rest);
    return copy;
  }
  const obj = value as Record<string, unknown>;
  if (!(String(head) in obj)) return value;
  if (rest.length === 0) {
    const { [String(head)]: _gone, ...kept } = obj;
    return kept;
  }
  return { ...obj, [String(head)]: removePath(obj[String(head)], rest) };
}

/** True when `path` (dotted) is at or below one of the ignored paths. */
export function isIgnored(path: string, ignore: readonly string[]): boolean {
  return ignore.some((i) => path === i || path.startsWith(`${i}.`) || path.startsWith(`${i}[`));
}
