/**
 * What a reading thread does with its share of the campaign files: read each, take the fast path
 * (yaml-fast-path.ts), and check each document against the campaign-file schema. A file that is
 * not read to the end that way (unreadable, too large, not UTF-8, not understood by the fast path,
 * invalid) comes back as null, and the main thread takes it through the loader from the start,
 * which reports what is wrong with positions.
 */
import { readFileSync } from 'node:fs';
import { readYamlFast, type FastDocument } from '../yaml-fast-path.js';
import { readableText } from '../yaml-text.js';

export function readFilesFast(
  files: readonly string[],
  maxBytes: number,
  check: ((value: unknown) => boolean) | undefined,
): (FastDocument[] | null)[] {
  return files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    const text = readableText(bytes, maxBytes);
    const docs = text === undefined ? undefined : readYamlFast(text);
    if (!docs) return null;
    if (check && docs.some((d) => d.value !== undefined && !check(d.value))) return null;
    return docs;
  });
}
