/**
 * Other open pull requests that change the same campaigns as this one, for a note in the plan
 * comment: whichever merges first changes what the other's plan shows, so the reviewers of both
 * should know. Told by the campaign files: a file both pull requests change that holds a campaign
 * of this plan (or that this one deletes: a campaign retired). A file can hold several documents,
 * so the note names the file and the campaigns of this plan it holds; the other pull request may
 * have changed another document of the same file.
 *
 * Bounded, since the plan comment runs on every push: the most recently updated open pull requests
 * into the same base (MAX_OTHER_PULLS), each one's first FILE_PAGES pages of files. What was not
 * looked at is said, never passed over in silence.
 */
import { markdownCode, markdownText } from '../report/markdown.js';
import type { Plan } from '../engine/plan-model.js';
import type { GithubRestClient } from './rest-client.js';

/** Open pull requests looked at, most recently updated first. */
export const MAX_OTHER_PULLS = 30;
/** Pages of 100 files read per pull request (this one's included). */
export const FILE_PAGES = 3;
/** Pull requests listed in the note. */
const MAX_LISTED = 10;

export interface Overlap {
  readonly number: number;
  readonly title: string;
  readonly htmlUrl?: string;
  readonly author?: string;
  /** Files both change, from the repository's root, with this plan's campaigns in each. */
  readonly files: readonly { readonly file: string; readonly addresses: readonly string[] }[];
}

export interface OverlapReport {
  readonly overlaps: readonly Overlap[];
  /** Open pull requests not looked at (beyond MAX_OTHER_PULLS), or whose files were not all read. */
  readonly unchecked: number;
}

export interface OverlapQuestion {
  readonly pr: number;
  readonly baseRef?: string;
  readonly plan: Pick<Plan, 'actions'>;
  /** The folder campaignctl runs in, from the repository's root ('' at the root): plan files are relative to it. */
  readonly prefix: string;
}

export async function otherPullsTouching(client: GithubRestClient, q: OverlapQuestion): Promise<OverlapReport> {
  const inRepo = (file: string) => (q.prefix === '' ? file : `${q.prefix}/${file}`);
  const byFile = new Map<string, string[]>();
  for (const a of q.plan.actions) {
    if (!('file' in a) || typeof a.file !== 'string') continue;
    const f = inRepo(a.file);
    byFile.set(f, [...(byFile.get(f) ?? []), a.address]);
  }
  const own = await client.listPullFiles(q.pr, FILE_PAGES * 10);
  const mine = new Set(
    own.files
      .filter((f) => byFile.has(f.filename) || (f.status === 'removed' && /\.ya?ml$/i.test(f.filename) && (q.prefix === '' || f.filename.startsWith(`${q.prefix}/`))))
      .map((f) => f.filename),
  );
  if (mine.size === 0) return { overlaps: [], unchecked: 0 };
  const open = (await client.listOpenPulls(q.baseRef, MAX_OTHER_PULLS + 1)).filter((p) => p.number !== q.pr);
  const looked = open.slice(0, MAX_OTHER_PULLS);
  let unchecked = open.length - looked.length;
  const overlaps: Overlap[] = [];
  for (const p of looked) {
    const theirs = await client.listPullFiles(p.number, FILE_PAGES);
    if (!theirs.complete) unchecked += 1;
    const shared = new Set<string>();
    for (const f of theirs.files) {
      for (const name of [f.filename, f.previousFilename]) if (name !== undefined && mine.has(name)) shared.add(name);
    }
    if (shared.size === 0) continue;
    overlaps.push({
      number: p.number,
      title: p.title,
      ...(p.htmlUrl ? { htmlUrl: p.htmlUrl } : {}),
      ...(p.authorLogin ? { author: p.authorLogin } : {}),
      files: [...shared].sort().map((file) => ({ file, addresses: byFile.get(file) ?? [] })),
    });
  }
  return { overlaps, unchecked };
}

/** The note in the plan comment; empty when no other pull request changes these campaigns. */
export function renderOverlapNote(report: OverlapReport): string {
  if (report.overlaps.length === 0) return '';
  const listed = report.overlaps.slice(0, MAX_LISTED);
  const lines = [
    '#### Other open pull requests change the same campaigns',
    '',
    ...listed.map((o) => {
      const files = o.files
        .map((f) => `${markdownCode(f.file)}${f.addresses.length ? ` (${f.addresses.slice(0, 3).map((a) => markdownCode(a)).join(', ')}${f.addresses.length > 3 ? `, and ${f.addresses.length - 3} more` : ''})` : ' (deleted here)'}`)
        .join(', ');
      return `- ${o.htmlUrl ? `[#${o.number}](${o.htmlUrl})` : `#${o.number}`} ${markdownText(o.title)}${o.author ? ` by @${o.author}` : ''}: ${files}`;
    }),
    ...(report.overlaps.length > listed.length ? [`- and ${report.overlaps.length - listed.length} more`] : []),
    '',
    'Whichever merges first changes these files under the other: the other\'s plan then no longer holds for these campaigns, and its apply leaves them out until its branch is updated and planned again.',
    ...(report.unchecked > 0 ? ['', `(${report.unchecked} other open pull ${report.unchecked === 1 ? 'request was' : 'requests were'} not checked, or not all of their files.)`] : []),
    '',
  ];
  return lines.join('\n');
}
