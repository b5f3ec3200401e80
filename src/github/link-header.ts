/**
 * RFC 8288 `Link` headers as GitHub sends them for pagination:
 * `<https://api.github.com/repositories/1/issues/2/comments?per_page=100&page=2>; rel="next", <…>; rel="last"`.
 */

/** The URL of the link whose `rel` includes `rel`, if any. */
export function linkTarget(header: string | undefined, rel: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(m[2] ?? '');
    const names = (rels?.[1] ?? rels?.[2] ?? '').split(/\s+/);
    if (names.includes(rel)) return m[1];
  }
  return undefined;
}
