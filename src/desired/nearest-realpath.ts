import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * The real path of the deepest part of `abs` that exists (its links resolved), with the rest
 * appended as written: for a file that may not exist yet (import's new files) or exists only at a
 * git revision (plan --base). `abs` itself when no part of it resolves.
 */
export async function nearestRealpath(abs: string): Promise<string> {
  const rest: string[] = [];
  let current = abs;
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return abs;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}
