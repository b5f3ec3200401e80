/** Reads a file the user pointed at; a missing or unreadable one becomes a positioned error. */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostic.js';

export async function readInputFile(
  file: string,
  what: string,
  hint: string,
): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  try {
    return { bytes: await readFile(file) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      diagnostic: {
        file,
        line: 1,
        col: 1,
        code: 'unreadable',
        message: code === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${code ?? 'error'})`,
        hint,
      },
    };
  }
}
