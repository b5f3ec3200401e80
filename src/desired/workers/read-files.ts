/**
 * What a reading thread does with its share of the campaign files: read each, take the fast path
 * (yaml-fast-path.ts), and check each document against the campaign-file schema. A file that is
 * not read to the end that way (unreadable, too large, not UTF-8, not understood by the fast path,
 * invalid) comes back as null, and the main thread takes it through the loader from the start,
 * which reports what is wrong with positions.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readYamlFast, type FastDocument } from '../yaml-fast-path.js';
import { readableText } from '../yaml-text.js';

/**
 * Each thread reads into one buffer (a file is decoded before the next is read): no fstat and no
 * new buffer per file, which for small files cost as much as the read itself.
 */
let buffer: Buffer | undefined;

/** The file's bytes (valid until the next call), or undefined when it cannot be read or exceeds maxBytes. */
function readBytes(file: string, maxBytes: number): Uint8Array | undefined {
  if (!buffer || buffer.length < maxBytes + 1) buffer = Buffer.allocUnsafe(maxBytes + 1);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // A regular file returns all it holds up to the buffer's size in one read.
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return n > maxBytes ? undefined : buffer.subarray(0, n);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export function readFilesFast(
  files: readonly string[],
  maxBytes: number,
  check: ((value: unknown) => boolean) | undefined,
): (FastDocument[] | null)[] {
  return files.map((file) => {
    const bytes = readBytes(file, maxBytes);
    const text = bytes === undefined ? undefined : readableText(bytes, maxBytes);
    const docs = text === undefined ? undefined : readYamlFast(text);
    if (!docs) return null;
    if (check && docs.some((d) => d.value !== undefined && !check(d.value))) return null;
    return docs;
  });
}
