/**
 * GitHub's size limits (the comment and issue limit is the markdown renderer's: MARKDOWN_LIMIT in
 * report/markdown.ts), and the last-resort cut that keeps a text inside them. Renderers cut whole
 * campaigns first (`renderPlanMarkdown`'s own limit); this cut catches what they cannot, at a line
 * boundary, closing any `<details>` or code fence left open so the note after it stays visible.
 */

/** A step's job summary may hold 1 MiB; beyond it GitHub drops the summary and shows an error. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface TextLimits {
  readonly chars?: number;
  readonly bytes?: number;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function fits(text: string, limits: TextLimits): boolean {
  return (limits.chars === undefined || text.length <= limits.chars) && (limits.bytes === undefined || byteLength(text) <= limits.bytes);
}

/**
 * `text` unchanged when it fits; else its longest run of whole lines that fits together with
 * `note` (and whatever closes the markup left open), then the note.
 */
export function fitText(text: string, limits: TextLimits, note: string): { text: string; cut: boolean } {
  if (fits(text, limits)) return { text, cut: false };
  const tail = `\n\n${note}\n`;
  // Room for closing tags and a fence, measured generously.
  const reserve = tail.length + 64;
  let end = Math.min(text.length, (limits.chars ?? Infinity) - reserve);
  for (;;) {
    if (end <= 0) return { text: note.slice(0, Math.max(0, Math.min(limits.chars ?? Infinity, limits.bytes ?? Infinity))), cut: true };
    const lineEnd = text.lastIndexOf('\n', end);
    const kept = text.slice(0, lineEnd > 0 ? lineEnd : 0);
    const candidate = `${kept}${closeOpenMarkup(kept)}${tail}`;
    if (fits(candidate, limits)) return { text: candidate, cut: true };
    // Bytes over: shrink in proportion, then a little more, so the loop ends in a few rounds.
    const over = limits.bytes !== undefined ? byteLength(candidate) / limits.bytes : candidate.length / (limits.chars ?? candidate.length);
    end = Math.min(lineEnd - 1, Math.floor(kept.length / Math.max(over, 1.0001)) - 16);
  }
}

function closeOpenMarkup(text: string): string {
  let close = '';
  const fences = text.split('\n').filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 === 1) close += '\n```';
  const open = (text.match(/<details[\s>]/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) close += '\n\n</details>';
  return close;
}
