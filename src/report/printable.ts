/**
 * Text that came from outside (a vendor's error page, a campaign name, a saved plan) shown to
 * people. A terminal acts on some characters instead of showing them: ESC starts sequences that
 * clear the screen, move the cursor or set the window title (OSC), BEL rings, CR goes back over
 * the line, the C1 range holds one-byte forms of the same, and bidirectional overrides reorder
 * what follows. Each is written as an escape instead, `\n` or `\u001b`, the way JSON writes
 * control characters in diff values, so the raw bytes never reach a terminal, a CI log or a
 * comment.
 */

/** C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every character that acts on a terminal written as an escape. */
export function printable(text: string): string {
  return text.replace(ACTIVE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
