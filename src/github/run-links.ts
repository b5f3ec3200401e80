/**
 * Where a reader finds what a comment, summary or issue could not hold: the workflow run's page
 * (its job summaries) and the uploaded plan artifact.
 */

export interface RunLinks {
  /** `GITHUB_SERVER_URL/OWNER/REPO/actions/runs/GITHUB_RUN_ID`. */
  readonly runUrl?: string;
  /** The uploaded plan (actions/upload-artifact's `artifact-url` output). */
  readonly artifactUrl?: string;
}

/** For a PR comment or an issue: the job summary first, then the artifact. */
export function wholePlanFromComment(links: RunLinks): string {
  const parts: string[] = [];
  if (links.runUrl) parts.push(`the [job summary](${links.runUrl})`);
  if (links.artifactUrl) parts.push(`the [plan artifact](${links.artifactUrl})`);
  else if (links.runUrl) parts.push(`the plan artifact of [the same run](${links.runUrl})`);
  return parts.length > 0 ? parts.join(', then ') : 'the output of `campaignctl plan` in the job log';
}

/** For the job summary itself: the artifact. */
export function wholePlanFromSummary(links: RunLinks): string {
  if (links.artifactUrl) return `the [plan artifact](${links.artifactUrl})`;
  if (links.runUrl) return `the plan artifact of [this run](${links.runUrl}) (listed under Artifacts)`;
  return 'the output of `campaignctl plan` in the job log';
}

/** One small line under a comment or issue body: which commit, which run, when. */
export function footerLine(links: RunLinks, at: Date, commit?: string): string {
  const parts = ['campaignctl'];
  if (commit && /^[0-9a-f]{7,40}$/i.test(commit)) parts.push(`commit ${commit.slice(0, 7)}`);
  if (links.runUrl) parts.push(`[workflow run](${links.runUrl})`);
  parts.push(`${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
