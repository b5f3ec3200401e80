/**
 * Who may approve a plan's guardrails in CI: `policy.approvers` in campaignctl.yaml, a list of
 * GitHub users (`alice`) and teams (`acme/marketing-leads`). It is read from the configuration of
 * the pull request's base, never from the pull request itself: a pull request that added its own
 * approver would otherwise approve itself.
 *
 * Read leniently from the file's text: the configuration's schema judges the whole file where it
 * is loaded; here an entry that names no user or team is skipped and said, and a file that is not
 * YAML names no approver.
 */
import { parse } from 'yaml';

export type Approver = { readonly kind: 'user'; readonly login: string } | { readonly kind: 'team'; readonly org: string; readonly slug: string };

export interface ApproverList {
  readonly approvers: readonly Approver[];
  /** Entries skipped, and why, for the log. */
  readonly problems: readonly string[];
}

/** A login: letters, digits and single hyphens, up to 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^[A-Za-z0-9._-]{1,100}$/;

export function readApprovers(configText: string | undefined): ApproverList {
  if (configText === undefined) return { approvers: [], problems: [] };
  let doc: unknown;
  try {
    doc = parse(configText);
  } catch (err) {
    return { approvers: [], problems: [`the configuration is not YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`] };
  }
  const policy = isObject(doc) ? doc.policy : undefined;
  const list = isObject(policy) ? policy.approvers : undefined;
  if (list === undefined || list === null) return { approvers: [], problems: [] };
  if (!Array.isArray(list)) return { approvers: [], problems: ['policy.approvers must be a list of users and org/team names'] };
  const approvers: Approver[] = [];
  const problems: string[] = [];
  for (const entry of list as unknown[]) {
    const text = typeof entry === 'string' ? entry.trim().replace(/^@/, '') : undefined;
    const [a, b, ...rest] = text?.split('/') ?? [];
    if (text !== undefined && b === undefined && LOGIN.test(a!)) approvers.push({ kind: 'user', login: a! });
    else if (text !== undefined && rest.length === 0 && b !== undefined && LOGIN.test(a!) && TEAM.test(b)) approvers.push({ kind: 'team', org: a!, slug: b });
    else problems.push(`policy.approvers: ${JSON.stringify(entry)} is neither a user (alice) nor a team (org/team-slug); skipped`);
  }
  return { approvers, problems };
}

export function approverName(a: Approver): string {
  return a.kind === 'user' ? a.login : `${a.org}/${a.slug}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
