/**
 * A key written twice in one JSON object. JSON.parse keeps the last value and says nothing, so a
 * saved plan with a second `"budget"` inside `desired` would apply what no reviewer saw (a viewer
 * or another JSON reader may show the first). This scan finds such keys in text JSON.parse has
 * already accepted, in one pass, without building anything but the keys of the objects open at
 * the time: the plan of 100,000 campaigns (over 100 MB) costs a fraction of its parse.
 */
import type { PathSegment } from '../desired/path.js';

export interface DuplicateKey {
  readonly key: string;
  /** Offset in the text of the second occurrence's opening quote. */
  readonly offset: number;
  /** Offset of the first occurrence's opening quote. */
  readonly firstOffset: number;
  /** The object holding both, from the top: keys and list indexes. */
  readonly path: readonly PathSegment[];
}

export interface KeyScan {
  readonly duplicate?: DuplicateKey;
  /** A key of `flagged` was seen (the first one), wherever it was. */
  readonly flagged?: string;
}

/** Past this many keys an object's keys go into a Set rather than being searched one by one. */
const LINEAR_KEYS = 12;

/**
 * The first duplicate key, and whether any key of `flagged` occurs. `text` must be JSON that
 * JSON.parse accepts: the scan trusts its structure.
 */
export function scanJsonKeys(text: string, flagged: ReadonlySet<string> = new Set()): KeyScan {
  // One frame per open object or list, reused by depth so that a million small objects cost no
  // allocation each.
  const isObject: boolean[] = [];
  const expectKey: boolean[] = [];
  const keys: string[][] = [];
  const offsets: number[][] = [];
  const sets: (Map<string, number> | undefined)[] = [];
  const at: PathSegment[] = [];
  let depth = -1;
  let seenFlag: string | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (depth >= 0 && isObject[depth] && expectKey[depth]) {
        expectKey[depth] = false;
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (seenFlag === undefined && flagged.has(key)) seenFlag = key;
        const first = remember(key, i, keys[depth]!, offsets[depth]!, sets, depth);
        if (first !== undefined) {
          return { duplicate: { key, offset: i, firstOffset: first, path: at.slice(0, depth) }, ...(seenFlag !== undefined ? { flagged: seenFlag } : {}) };
        }
        at[depth] = key;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      const object = c === 0x7b;
      isObject[depth] = object;
      expectKey[depth] = object;
      at[depth] = 0;
      if (object) {
        if (keys[depth]) {
          keys[depth]!.length = 0;
          offsets[depth]!.length = 0;
        } else {
          keys[depth] = [];
          offsets[depth] = [];
        }
        sets[depth] = undefined;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth -= 1;
    } else if (c === 0x2c /* , */) {
      if (isObject[depth]) expectKey[depth] = true;
      else at[depth] = (at[depth] as number) + 1;
    }
  }
  return seenFlag !== undefined ? { flagged: seenFlag } : {};
}

/** Adds a key to its object's; returns the offset of the same key seen before, if it was. */
function remember(key: string, offset: number, list: string[], offs: number[], sets: (Map<string, number> | undefined)[], depth: number): number | undefined {
  const set = sets[depth];
  if (set) {
    const first = set.get(key);
    if (first !== undefined) return first;
    set.set(key, offset);
    return undefined;
  }
  const index = list.indexOf(key);
  if (index >= 0) return offs[index];
  list.push(key);
  offs.push(offset);
  if (list.length > LINEAR_KEYS) sets[depth] = new Map(list.map((k, j) => [k, offs[j]!]));
  return undefined;
}

/** The offset of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  // A quote after an odd number of backslashes is escaped.
  for (;;) {
    let b = end - 1;
    while (text.charCodeAt(b) === 0x5c /* \ */) b -= 1;
    if ((end - 1 - b) % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}
