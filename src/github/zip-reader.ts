/**
 * The files of a zip archive, as GitHub serves a workflow artifact (actions/upload-artifact@v4:
 * one zip, entries stored or deflated, no encryption, no multi-disk, no zip64 for a plan-sized
 * file). Read from the central directory at the end, each entry inflated with node:zlib and its
 * CRC-32 checked, so that a cut or damaged download is an error rather than a different plan.
 * No dependency: the little of the format an artifact uses is below.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  override readonly name = 'ZipError';
}

export interface ZipEntry {
  /** The path inside the archive, `/`-separated. */
  readonly name: string;
  readonly size: number;
  /** The entry's bytes, inflated and checked; throws a ZipError when they are not what the archive says. */
  read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** The entries of `zip` (folders left out), each read only when asked; `maxEntryBytes` caps what one may inflate to. */
export function zipEntries(zip: Buffer, maxEntryBytes: number): ZipEntry[] {
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('a zip64 archive; an artifact of a plan is never that large');
  if (dirOffset + dirSize > end) throw new ZipError('the central directory lies outside the archive (a cut download?)');
  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new ZipError(`entry ${i + 1} of the central directory is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    entries.push({
      name,
      size,
      read: () => {
        if (flags & 0x1) throw new ZipError(`${name} is encrypted`);
        if (size > maxEntryBytes) throw new ZipError(`${name} is ${size} bytes, over the ${maxEntryBytes} this reader takes`);
        const data = localData(zip, localOffset, compressed, name);
        let bytes: Buffer;
        if (method === STORED) bytes = Buffer.from(data);
        else if (method === DEFLATED) {
          try {
            bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, maxEntryBytes) });
          } catch (err) {
            throw new ZipError(`${name} cannot be inflated (${err instanceof Error ? err.message : String(err)})`);
          }
        } else throw new ZipError(`${name} is compressed with method ${method}; only stored and deflated entries are read`);
        if (bytes.length !== size || crc32(bytes) !== crc) throw new ZipError(`${name} is damaged (its size or CRC-32 is not what the archive says)`);
        return bytes;
      },
    });
  }
  return entries;
}

function findEnd(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - END_SEARCH); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('not a zip archive (no end of central directory)');
}

function localData(zip: Buffer, offset: number, compressed: number, name: string): Buffer {
  if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL_FILE_HEADER) throw new ZipError(`the local header of ${name} is damaged`);
  const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  if (start + compressed > zip.length) throw new ZipError(`${name} runs past the end of the archive (a cut download?)`);
  return zip.subarray(start, start + compressed);
}
