/**
 * Fields a vendor stores as JSON text (Masivo's `rules` and `metadata`, a JWT's payload), parsed
 * with bounds. `JSON.parse` itself copes with deep nesting, but everything after it (comparison,
 * fingerprints, copies) walks the value recursively, and a campaign whose rules nest a hundred
 * thousand levels deep would end the whole run with a stack overflow. So the text is measured
 * first, without recursion, and a field beyond the bounds is reported unreadable on its campaign.
 */

export interface JsonTextBounds {
  /** Deepest nesting of arrays and objects accepted. Real rules nest fewer than ten levels. */
  readonly maxDepth: number;
  /** Longest text accepted, in UTF-16 code units (about bytes for the ASCII vendors send). */
  readonly maxLength: number;
}

export const JSON_TEXT_BOUNDS: JsonTextBounds = {
  maxDepth: 64,
  // A campaign's rules are a few kilobytes; 1 MiB leaves room for large code lists.
  maxLength: 1024 * 1024,
};

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: 'not-json' | 'too-deep' | 'too-long'; readonly reason: string };

/** Deepest nesting of `[`/`{` outside strings; stops counting once past `limit`. */
function nestingDepth(text: string, limit: number): number {
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

/** Parses JSON text within the bounds; says which bound was passed otherwise. */
export function parseJsonText(text: string, bounds: JsonTextBounds = JSON_TEXT_BOUNDS): JsonText {
  if (text.length > bounds.maxLength) {
    return { ok: false, problem: 'too-long', reason: `it is ${text.length} characters long, more than the ${bounds.maxLength} campaignctl reads` };
  }
  if (nestingDepth(text, bounds.maxDepth) > bounds.maxDepth) {
    return { ok: false, problem: 'too-deep', reason: `it nests more than ${bounds.maxDepth} levels deep` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json', reason: 'it is not valid JSON' };
  }
}

/** The parsed value, or undefined when the text is not JSON or passes a bound. */
export function jsonTextValue(text: string, bounds?: JsonTextBounds): unknown {
  const parsed = parseJsonText(text, bounds);
  return parsed.ok ? parsed.value : undefined;
}
