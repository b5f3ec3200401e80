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
 */
import { createHash } from 'node:crypto';
import type { Plan, PlanAction } from '../engine/plan-model.js';
import { plural } from '../report/values.js';
import type { GithubRestClient, Issue } from './rest-client.js';
import { footerLine, wholePlanFromComment, type RunLinks } from './run-links.js';
import { COMMENT_LIMIT, fitText } from './text-budget.js';

export const DRIFT_MARKER = '<!-- campaignctl:drift -->';
export const DRIFT_LABEL = 'campaignctl-drift';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Live campaigns differ from git (opened and closed by the campaignctl drift check)';
/** Changed fields named per campaign before "and N more". */
const PATHS_PER_CAMPAIGN = 10;

export type DriftFinding =
  | { readonly kind: 'plan'; readonly plan: Plan }
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
  return finding.kind === 'plan' && finding.plan.summary.update === 0 && finding.plan.summary.error === 0;
}

/** Identifies what drifted (addresses, paths, error codes), not when: equal digests mean no news. */
export function driftDigest(finding: DriftFinding): string {
  const lines =
    finding.kind === 'failed'
      ? ['failed']
      : finding.plan.actions.flatMap((a) =>
          a.action === 'update'
            ? (a.changes ?? []).map((c) => `${a.address} ${c.path}`)
            : a.action === 'error'
              ? [`${a.address} !${a.error?.code ?? 'error'}`]
              : [],
        );
  return `sha256:${createHash('sha256').update(lines.sort().join('\n')).digest('hex').slice(0, 16)}`;
}

const digestLine = (digest: string) => `<!-- campaignctl:drift-digest ${digest} -->`;

function digestOf(body: string): string | undefined {
  return /<!-- campaignctl:drift-digest (\S+) -->/.exec(body)?.[1];
}

export function driftTitle(finding: DriftFinding): string {
  if (finding.kind === 'failed') return 'campaignctl drift check could not run';
  const { update, error } = finding.plan.summary;
  const parts: string[] = [];
  if (update > 0) parts.push(`${plural(update, 'campaign')} changed outside git`);
  if (error > 0) parts.push(plural(error, 'campaign error', 'campaign errors'));
  return `campaignctl drift: ${parts.join(', ')}`;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function codeCell(text: string): string {
  return text.includes('`') ? `<code>${cell(text)}</code>` : `\`${cell(text)}\``;
}

function driftRow(a: PlanAction): string {
  const changes = a.changes ?? [];
  const shown = changes.slice(0, PATHS_PER_CAMPAIGN).map((c) => `${codeCell(c.path)}${c.write_only ? ' (write-only)' : ''}`);
  const more = changes.length > PATHS_PER_CAMPAIGN ? `, and ${changes.length - PATHS_PER_CAMPAIGN} more` : '';
  return `| ${codeCell(a.address)} | ${codeCell(`${a.file}:${a.line}`)} | ${shown.join(', ')}${more} |`;
}

function errorRow(a: PlanAction): string {
  const message = a.error?.message ?? '';
  return `| ${codeCell(a.address)} | ${codeCell(`${a.file}:${a.line}`)} | ${codeCell(a.error?.code ?? 'error')}: ${cell(message.length > 300 ? `${message.slice(0, 299)}…` : message)} |`;
}

export function renderDriftBody(finding: DriftFinding, ctx: DriftContext): string {
  const limit = ctx.limit ?? COMMENT_LIMIT;
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
    const updates = plan.actions.filter((a) => a.action === 'update');
    const errors = plan.actions.filter((a) => a.action === 'error');
    const lines: string[] = [
      `The scheduled plan found live campaigns that differ from the YAML (plan of ${plan.created_at || ctx.now.toISOString()}).`,
      '',
    ];
    if (errors.length > 0) {
      lines.push(`### ${plural(errors.length, 'campaign')} could not be planned`, '', '| campaign | file | error |', '|---|---|---|', ...errors.map(errorRow), '');
    }
    if (updates.length > 0) {
      lines.push(`### ${plural(updates.length, 'campaign')} drifted`, '', '| campaign | file | fields that differ |', '|---|---|---|', ...updates.map(driftRow), '');
    }
    lines.push(
      '**To resolve:** apply the YAML again (run the apply workflow, or merge a change) to overwrite what was changed in the dashboard, ' +
        'or change the YAML to adopt it. The next drift check that finds no difference closes this issue.',
      '',
      `The values on both sides: ${whole}.`,
      '',
    );
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
