/**
 * What `github reviewed-plan` found out about a push, saved for the steps after apply (the job
 * summary, the comment on the merged pull request): where the plan came from, which campaigns it
 * leaves out and why, who approved its guardrails, or why nothing was applied.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface NotApplied {
  readonly address: string;
  readonly file?: string;
  readonly reason: string;
}

export interface ReviewedPull {
  readonly number: number;
  readonly title: string;
  readonly htmlUrl?: string;
  /** The head commit whose plan was reviewed. */
  readonly headSha: string;
}

export type ReviewedNotes =
  /** The push came from no pull request: plan afresh, as before. */
  | { readonly source: 'none'; readonly sha: string }
  | {
      readonly source: 'reviewed';
      readonly sha: string;
      readonly pull: ReviewedPull;
      readonly artifact: string;
      readonly planCreatedAt: string;
      /** Campaigns the reviewed plan did not show as the files are now: not applied. */
      readonly notApplied: readonly NotApplied[];
      /** Campaigns with guardrails, and whether CI found them approved. */
      readonly guarded: readonly string[];
      readonly approvedBy: readonly string[];
    }
  /** A merged pull request whose reviewed plan cannot be had: nothing is applied. */
  | { readonly source: 'refused'; readonly sha: string; readonly pull?: ReviewedPull; readonly reason: string };

export class ReviewedNotesError extends Error {
  override readonly name = 'ReviewedNotesError';
}

export async function writeReviewedNotes(file: string, notes: ReviewedNotes): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(notes, null, 2)}\n`);
}

export async function readReviewedNotes(file: string, shown: string = file): Promise<ReviewedNotes> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReviewedNotesError(`${shown}: ${code === 'ENOENT' ? 'not found' : code ? `cannot read it (${code})` : 'not JSON'}; \`campaignctl github reviewed-plan --notes ${shown}\` writes it`);
  }
  const r = raw as { source?: unknown; sha?: unknown };
  if (typeof raw !== 'object' || raw === null || !['none', 'reviewed', 'refused'].includes(String(r.source)) || typeof r.sha !== 'string') {
    throw new ReviewedNotesError(`${shown}: not what \`campaignctl github reviewed-plan --notes\` writes`);
  }
  return raw as ReviewedNotes;
}
