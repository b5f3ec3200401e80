/**
 * Request paths, decoded one way for every fake: split at `/`, then each segment percent-decoded
 * on its own (so an encoded `%2F` stays inside its segment). A segment that does not decode makes
 * the whole path undecodable, and the router answers it as an unknown route in the vendor's format.
 */

/** Segments of `/a/b%20c` → `['a', 'b c']`; undefined when a segment's percent-encoding is broken. */
export function decodePath(path: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
  }
  return segments;
}
