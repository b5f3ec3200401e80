/**
 * Drift as one GitHub issue: opened when a scheduled plan finds campaigns whose live state moved
 * away from git (or campaigns it could not plan), kept up to date while that lasts, and closed by
 * the first run that finds every campaign matching the YAML.
 *
 * The issue is found by its label among open issues, and confirmed by a hidden marker in its body
 * (a person may reuse the label on an issue of their own). Editing a body notifies nobody, so when
 * what drifted changes, a short comment says so; a run that finds the same drift edits silently.
 * A run that could not plan at all (bad credentials, invalid files) is drift nobody would notice
 * otherwise: it opens or updates the issue too, and never closes it.
 *
 * With the listing of `import --list` (unmanaged.ts), live campaigns that no document manages are
 * drift too, the GitOps kind: they live only in a dashboard. They get a section of their own, count
 * in the title and the digest (a campaign newly made in a dashboard is news), and keep the issue
 * open until they are adopted or ended.
 */
import { createHash } from 'node:crypto';
import { ACTION_KINDS, allMatch, unknownAction, type ActionKind, type Plan, type PlanAction } from '../engine/plan-model.js';
import { driftMarkdownLines } from '../report/drift-markdown.js';
import { MARKDOWN_LIMIT } from '../report/markdown.js';
import { plural } from '../report/values.js';
import type { GithubRestClient, Issue } from './rest-client.js';
import { footerLine, wholePlanFromComment, type RunLinks } from './run-links.js';
import { fitText } from './text-budget.js';
import { unmanagedCount, unmanagedMarkdownLines, type UnmanagedListing } from './unmanaged.js';

export const DRIFT_MARKER = '<!-- campaignctl:drift -->';
export const DRIFT_LABEL = 'campaignctl-drift';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Live campaigns differ from git (opened and closed by the campaignctl drift check)';

export type DriftFinding =
  | { readonly kind: 'plan'; readonly plan: Plan; readonly unmanaged?: UnmanagedListing }
  | { readonly kind: 'failed'; readonly reason: string };

export interface DriftContext {
  readonly links: RunLinks;
  readonly now: Date;
  readonly label?: string;
  readonly limit?: number;
}

export type DriftAction = 'opened' | 'updated' | 'closed' | 'none';

export interface DriftOutcome {
  readonly action: DriftAction;
  readonly issue?: Issue;
  /** Updated with a different set of drifted fields than before (a comment said so). */
  readonly changed?: boolean;
}

export function isClean(finding: DriftFinding): boolean {
  return finding.kind === 'plan' && allMatch(finding.plan) && unmanagedOf(finding) === 0;
}

/** Live campaigns the finding's listing says no document manages (0 without a listing). */
function unmanagedOf(finding: DriftFinding): number {
  return finding.kind === 'plan' && finding.unmanaged ? unmanagedCount(finding.unmanaged) : 0;
}

/** Identifies what drifted (addresses, paths, error codes), not when: equal digests mean no news. */
export function driftDigest(finding: DriftFinding): string {
  const lines =
    finding.kind === 'failed'
      ? ['failed']
      : [
          ...finding.plan.actions.flatMap(digestLines),
          ...(finding.unmanaged?.accounts ?? []).flatMap((a) => a.unmanaged.map((c) => `${c.address} +unmanaged`)),
        ];
  return `sha256:${createHash('sha256').update(lines.sort().join('\n')).digest('hex').slice(0, 16)}`;
}

/** What of one action counts as drift. */
function digestLines(a: PlanAction): string[] {
  switch (a.action) {
    case 'no_change':
      return a.adopt ? [`${a.address} =${a.adopt.id}`] : [];
    case 'update':
      return a.changes.map((c) => `${a.address} ${c.path}`);
    case 'create':
    case 'retire':
    case 'delete':
    case 'forget':
      return [`${a.address} ${a.action}`];
    case 'error':
      return [`${a.address} !${a.error.code}`];
    default:
      return unknownAction(a);
  }
}

const digestLine = (digest: string) => `<!-- campaignctl:drift-digest ${digest} -->`;

function digestOf(body: string): string | undefined {
  return /<!-- campaignctl:drift-digest (\S+) -->/.exec(body)?.[1];
}

/** How the title counts each kind that is drift, in the order of ACTION_KINDS. */
const TITLE_PART: { readonly [K in ActionKind]?: (n: number) => string } = {
  create: (n) => `${plural(n, 'campaign')} to create`,
  update: (n) => `${plural(n, 'campaign')} changed outside git`,
  retire: (n) => `${plural(n, 'campaign')} to retire`,
  delete: (n) => `${plural(n, 'campaign')} to delete`,
  forget: (n) => `${plural(n, 'campaign')} to forget`,
  error: (n) => plural(n, 'campaign error', 'campaign errors'),
};

export function driftTitle(finding: DriftFinding): string {
  if (finding.kind === 'failed') return 'campaignctl drift check could not run';
  const summary = finding.plan.summary;
  const parts = ACTION_KINDS.flatMap((k) => {
    const part = TITLE_PART[k];
    return part && summary[k] > 0 ? [part(summary[k])] : [];
  });
  const unmanaged = unmanagedOf(finding);
  if (unmanaged > 0) parts.push(`${plural(unmanaged, 'campaign')} only in the dashboard`);
  return `campaignctl drift: ${parts.length > 0 ? parts.join(', ') : 'ids of created campaigns not yet in git'}`;
}

export function renderDriftBody(finding: DriftFinding, ctx: DriftContext): string {
  const limit = ctx.limit ?? MARKDOWN_LIMIT;
  const head = `${DRIFT_MARKER}\n${digestLine(driftDigest(finding))}\n`;
  const footer = `\n---\n${footerLine(ctx.links, ctx.now)}\n`;
  const whole = wholePlanFromComment(ctx.links);
  let main: string;
  if (finding.kind === 'failed') {
    main = [
      '### The drift check could not run',
      '',
      finding.reason.trim().slice(0, 2_000),
      '',
      `Until it runs again, changes made in the vendors' dashboards go unnoticed.${ctx.links.runUrl ? ` Details: the [workflow run](${ctx.links.runUrl}).` : ''}`,
      '',
    ].join('\n');
  } else {
    const plan = finding.plan;
    const lines: string[] = [];
    if (!allMatch(plan)) {
      lines.push(
        `The scheduled plan found live campaigns that differ from the YAML (plan of ${plan.created_at || ctx.now.toISOString()}).`,
        '',
        ...driftMarkdownLines(plan),
        '**To resolve:** apply the YAML again (run the apply workflow, or merge a change) to overwrite what was changed in the dashboard, ' +
          'or change the YAML to adopt it. The next drift check that finds no difference closes this issue.',
        '',
        `The values on both sides: ${whole}.`,
        '',
      );
    } else {
      lines.push(`Every managed campaign matches the YAML (plan of ${plan.created_at || ctx.now.toISOString()}), but some live campaigns are in no document.`, '');
    }
    if (finding.unmanaged) lines.push(...unmanagedMarkdownLines(finding.unmanaged));
    main = lines.join('\n');
  }
  const note = `> ✂️ Cut to stay under GitHub's issue limit. The whole plan: ${whole}.`;
  return `${head}${fitText(main, { chars: limit - head.length - footer.length }, note).text}${footer}`;
}

function isDriftIssue(issue: Issue): boolean {
  return issue.body.includes(DRIFT_MARKER);
}

/** Opens, updates or closes the drift issue so that it says what `finding` found. */
export async function reconcileDriftIssue(client: GithubRestClient, finding: DriftFinding, ctx: DriftContext): Promise<DriftOutcome> {
  const label = ctx.label ?? DRIFT_LABEL;
  const open = (await client.listOpenIssues(label)).filter(isDriftIssue).sort((a, b) => a.number - b.number)[0];
  const runLink = ctx.links.runUrl ? ` ([workflow run](${ctx.links.runUrl}))` : '';

  if (isClean(finding)) {
    if (!open) return { action: 'none' };
    const total = finding.kind === 'plan' ? finding.plan.summary.no_change : 0;
    await client.createIssueComment(
      open.number,
      `No drift any more: all ${plural(total, 'campaign')} match the YAML${runLink}. Closing.`,
    );
    return { action: 'closed', issue: await client.updateIssue(open.number, { state: 'closed', state_reason: 'completed' }) };
  }

  const title = driftTitle(finding);
  const body = renderDriftBody(finding, ctx);
  if (!open) {
    await client.ensureLabel({ name: label, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
    return { action: 'opened', issue: await client.createIssue({ title, body, labels: [label] }) };
  }
  const changed = digestOf(open.body) !== driftDigest(finding);
  const issue = await client.updateIssue(open.number, { title, body });
  if (changed) {
    const news = finding.kind === 'failed' ? 'The drift check could not run' : `The drift changed: ${title.replace(/^campaignctl drift: /, '')}`;
    await client.createIssueComment(open.number, `${news}${runLink}. The description above is up to date.`);
  }
  return { action: 'updated', issue, changed };
}
