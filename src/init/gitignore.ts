/**
 * The .gitignore entry for `.campaignctl/`: the embedded sandbox's state, saved plans and the local
 * last-applied record, none of which belongs in git (CI keeps the record on its own branch).
 */

export const IGNORED_FOLDER = '.campaignctl/';

/** Lines that already ignore the folder at any depth or at the root. */
const ALREADY = new Set(['.campaignctl', '.campaignctl/', '/.campaignctl', '/.campaignctl/', '**/.campaignctl', '**/.campaignctl/', '.campaignctl/*', '/.campaignctl/*']);

/**
 * `current` (undefined: no .gitignore yet) with the entry appended, or undefined when a line of it
 * ignores the folder already.
 */
export function withIgnoredFolder(current: string | undefined): string | undefined {
  const lines = (current ?? '').split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => ALREADY.has(l))) return undefined;
  const base = current === undefined || current === '' ? '' : current.endsWith('\n') ? current : `${current}\n`;
  return `${base}# campaignctl: sandbox state, saved plans, the local last-applied record\n${IGNORED_FOLDER}\n`;
}
