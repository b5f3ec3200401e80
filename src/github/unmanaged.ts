/**
 * The live campaigns no document manages (`campaignctl import --list`): what still lives only in
 * the vendors' dashboards. Its JSON form is what `import --list --out FILE` saves and what
 * `github drift --unmanaged FILE` reads to list them in the drift issue.
 */
import { readFile } from 'node:fs/promises';
import { isJsonObject } from '../json/guards.js';
import { markdownCode, markdownText } from '../report/markdown.js';
import { plural } from '../report/values.js';

export const UNMANAGED_FORMAT_VERSION = 1;

export interface UnmanagedCampaign {
  readonly id: string;
  readonly address: string;
  readonly name?: string;
  readonly status?: string;
  readonly start?: string;
  readonly end?: string;
}

export interface AccountListing {
  readonly account: string;
  readonly provider: string;
  /** Live campaigns read (deleted ones are not listed by vendors). */
  readonly live: number;
  readonly unmanaged: readonly UnmanagedCampaign[];
  /** Why the account could not be listed; then `live` is 0 and `unmanaged` empty. */
  readonly error?: string;
}

export interface UnmanagedListing {
  readonly format_version: typeof UNMANAGED_FORMAT_VERSION;
  readonly created_at: string;
  readonly accounts: readonly AccountListing[];
}

export class UnmanagedListingError extends Error {
  override readonly name = 'UnmanagedListingError';
}

export function unmanagedCount(listing: UnmanagedListing): number {
  return listing.accounts.reduce((n, a) => n + a.unmanaged.length, 0);
}

/** Reads a listing saved by `import --list --out`; refuses anything else, naming the file. */
export async function readUnmanagedListing(file: string, shown = file): Promise<UnmanagedListing> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? 'it is not JSON' : 'it cannot be read';
    throw new UnmanagedListingError(`${shown}: ${why}; save one with \`campaignctl import --list --out ${shown}\``);
  }
  if (!isJsonObject(parsed) || parsed.format_version !== UNMANAGED_FORMAT_VERSION || !Array.isArray(parsed.accounts)) {
    throw new UnmanagedListingError(`${shown} is not a listing of \`campaignctl import --list --out\` (format_version ${UNMANAGED_FORMAT_VERSION})`);
  }
  const accounts = parsed.accounts.filter(isJsonObject).map((a): AccountListing => ({
    account: String(a.account),
    provider: String(a.provider),
    live: typeof a.live === 'number' ? a.live : 0,
    unmanaged: Array.isArray(a.unmanaged) ? a.unmanaged.filter(isJsonObject).map(toCampaign) : [],
    ...(typeof a.error === 'string' ? { error: a.error } : {}),
  }));
  return { format_version: UNMANAGED_FORMAT_VERSION, created_at: typeof parsed.created_at === 'string' ? parsed.created_at : '', accounts };
}

function toCampaign(c: Record<string, unknown>): UnmanagedCampaign {
  const text = (v: unknown) => (typeof v === 'string' ? { value: v } : undefined);
  const out: Record<string, string> = { id: String(c.id), address: String(c.address) };
  for (const key of ['name', 'status', 'start', 'end'] as const) {
    const v = text(c[key]);
    if (v) out[key] = v.value;
  }
  return out as unknown as UnmanagedCampaign;
}

/** At most this many campaigns are listed per account in the drift issue; the rest are counted. */
const ISSUE_ROWS_PER_ACCOUNT = 50;

/** The drift issue's section: one table per account with campaigns no document manages. */
export function unmanagedMarkdownLines(listing: UnmanagedListing): string[] {
  const withSome = listing.accounts.filter((a) => a.unmanaged.length > 0 || a.error !== undefined);
  if (withSome.length === 0) return [];
  const lines = [
    `### Only in the dashboard: ${plural(unmanagedCount(listing), 'campaign')} no document manages`,
    '',
    'These live campaigns are not in git: campaignctl neither plans nor applies them. Adopt them with `campaignctl import --account ACCOUNT --all` (one file each), or leave them to the dashboard.',
    '',
  ];
  for (const a of withSome) {
    if (a.error !== undefined) {
      lines.push(`**${markdownText(`${a.provider}/${a.account}`)}**: could not be listed: ${markdownText(a.error)}`, '');
      continue;
    }
    lines.push(`**${markdownText(`${a.provider}/${a.account}`)}**: ${a.unmanaged.length} of ${plural(a.live, 'live campaign')}`, '');
    lines.push('| Campaign | Id | Status | Start | End |', '| --- | --- | --- | --- | --- |');
    for (const c of a.unmanaged.slice(0, ISSUE_ROWS_PER_ACCOUNT)) {
      lines.push(`| ${cell(c.name)} | ${markdownCode(c.id, { inTable: true })} | ${cell(c.status)} | ${cell(c.start)} | ${cell(c.end)} |`);
    }
    const more = a.unmanaged.length - ISSUE_ROWS_PER_ACCOUNT;
    if (more > 0) lines.push('', `…and ${plural(more, 'more campaign')}: ${markdownCode(`campaignctl import --list --account ${a.account}`)} lists them all.`);
    lines.push('');
  }
  return lines;
}

/** A vendor's text in a table cell, cut to a readable length; a dash when there is none. */
function cell(text: string | undefined): string {
  if (text === undefined || text === '') return '—';
  return markdownText(text.length > 100 ? `${text.slice(0, 99)}…` : text);
}
