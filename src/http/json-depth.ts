/**
 * How deep a JSON text nests, measured without parsing it. `JSON.parse` itself copes with deep
 * nesting, but everything after it (comparing, copying, fingerprinting, printing a value) walks it
 * recursively, so an answer a few thousand levels deep would end the whole run with a stack
 * overflow instead of failing the one request. Measured on the text, iteratively, before parsing.
 */

/** Deepest nesting of `[`/`{` outside strings; stops counting once past `limit`. */
export function jsonNestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
