/**
 * `campaignctl import --list [--account NAME]`: the live campaigns that no document under --dir
 * manages (by id, or a document without id that stands for them), with name, status and dates:
 * what `import --all` would adopt, and what still lives only in the vendors' dashboards. Every
 * account of campaignctl.yaml when --account is not given. Writes no file but --out.
 *
 * Exit status: 0 listed (whatever it found), 1 an account could not be read (the others are still
 * listed) or bad input.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { campaignAddress } from '../desired/campaign.js';
import { displayPath } from '../desired/discover.js';
import type { AccountSession } from '../engine/sessions.js';
import { UNMANAGED_FORMAT_VERSION, unmanagedCount, type AccountListing, type UnmanagedListing } from '../github/unmanaged.js';
import { getProvider } from '../providers/registry.js';
import { printable } from '../report/printable.js';
import { plural } from '../report/values.js';
import { readConfig, type CommonOptions } from './common.js';
import { byId, idKeyOf, importFail as fail, openImportSessions, readCampaigns, resolveAccount } from './import-account.js';
import { matchNewDocuments, newDocumentsOf } from './import-adopt.js';
import { scanExisting, type ExistingFile } from './import-files.js';
import type { CliIO } from './io.js';
import type { ListFormat } from './list-formats.js';
import { failWith } from './workspace.js';

export { LIST_FORMATS, type ListFormat } from './list-formats.js';

export interface ListOptions extends CommonOptions {
  readonly account?: string;
  readonly format?: ListFormat;
  readonly out?: string;
  readonly concurrency?: number;
}

export async function runImportList(io: CliIO, opts: ListOptions): Promise<number> {
  const { config, diagnostics } = await readConfig(io, opts);
  if (!config) return failWith(io, diagnostics);
  let accounts: string[];
  if (opts.account !== undefined) {
    const resolved = resolveAccount(config, opts.account);
    if (typeof resolved === 'string') return fail(io, resolved);
    accounts = [opts.account];
  } else {
    accounts = [...config.accounts.values()].filter((a) => getProvider(a.provider)?.runtime).map((a) => a.name);
    if (accounts.length === 0) return fail(io, `${config.file} declares no account campaignctl can read`);
  }
  const existing = await scanExisting(opts.dir, io.cwd);
  const sessions = await openImportSessions(io, config, new Set(accounts), opts.concurrency);
  if (sessions.diagnostics.length) {
    await sessions.close();
    io.stderr.write('campaignctl: nothing was read from any vendor.\n');
    return failWith(io, sessions.diagnostics);
  }
  let listing: UnmanagedListing;
  try {
    const signal = io.interrupts();
    listing = await listUnmanaged(existing, accounts.map((a) => sessions.byAccount.get(a)!), {
      now: io.now(),
      configFile: path.resolve(io.cwd, config.file),
      signal,
      warn: (m) => io.stderr.write(`warning: ${printable(m)}\n`),
      reading: (s) => io.stderr.write(`Reading every campaign of ${s.provider.title} account \`${s.account.name}\`…\n`),
    });
    if (signal.aborted) {
      io.stderr.write('campaignctl import: interrupted.\n');
      return 130;
    }
  } finally {
    await sessions.close();
  }
  if (opts.out !== undefined) await writeFile(path.resolve(io.cwd, opts.out), `${JSON.stringify(listing, null, 2)}\n`);
  io.stdout.write(opts.format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : renderListingText(listing, displayPath(path.resolve(io.cwd, opts.dir), io.cwd)));
  return listing.accounts.some((a) => a.error !== undefined) ? 1 : 0;
}

export interface ListContext {
  readonly now: Date;
  /** The configuration file, absolute: new documents' creation keys are made from paths relative to it. */
  readonly configFile: string;
  readonly signal?: AbortSignal;
  readonly warn?: (message: string) => void;
  /** Called before each account is read (progress). */
  readonly reading?: (session: AccountSession) => void;
}

/**
 * The live campaigns of each account that no document in `existing` manages, by the same rules
 * as `import --all`: a document with the campaign's id, or a document without id whose create
 * identity the campaign has. An account that cannot be read gets its `error`; the others go on.
 */
export async function listUnmanaged(
  existing: readonly ExistingFile[],
  sessions: readonly AccountSession[],
  ctx: ListContext,
): Promise<UnmanagedListing> {
  const accounts: AccountListing[] = [];
  for (const session of sessions) {
    const { account, provider } = session;
    ctx.reading?.(session);
    const base = { account: account.name, provider: provider.name };
    let live;
    try {
      live = await readCampaigns(session, undefined, ctx.signal ?? new AbortController().signal, ctx.warn ?? (() => {}));
    } catch (err) {
      if (ctx.signal?.aborted) break;
      accounts.push({ ...base, live: 0, unmanaged: [], error: printable(err instanceof Error ? err.message : String(err)) });
      continue;
    }
    const key = idKeyOf(provider);
    const managed = new Set(
      existing.flatMap((f) => f.documents.filter((d) => d.provider === provider.name && d.account === account.name && d.id !== undefined).map((d) => key(d.id!))),
    );
    const matches = matchNewDocuments(session.runtime, newDocumentsOf(existing, provider.name, account.name, ctx.configFile), live, ctx.now);
    const unmanaged = [...live]
      .sort(byId)
      .filter((c) => !managed.has(key(c.id)) && !matches.byId.has(c.id))
      .map((c) => ({ id: c.id, address: campaignAddress(provider.name, account.name, c.id), ...session.runtime.glance(c) }));
    accounts.push({ ...base, live: live.length, unmanaged });
  }
  return { format_version: UNMANAGED_FORMAT_VERSION, created_at: ctx.now.toISOString(), accounts };
}

const NAME_WIDTH = 40;

/** One block per account: a line that counts, then a table of the campaigns. */
export function renderListingText(listing: UnmanagedListing, dirShown: string): string {
  const out: string[] = [];
  for (const a of listing.accounts) {
    const title = getProvider(a.provider)?.title ?? a.provider;
    const where = `${a.provider}/${a.account}`;
    if (a.error !== undefined) {
      out.push(`${where}: could not be read: ${a.error}`, '');
      continue;
    }
    if (a.unmanaged.length === 0) {
      out.push(a.live === 0 ? `${where}: no live campaigns.` : `${where}: all ${plural(a.live, 'live campaign')} are managed by documents under ${dirShown}.`, '');
      continue;
    }
    out.push(`${where}: ${a.unmanaged.length} of ${plural(a.live, `live ${title} campaign`)} managed by no document under ${dirShown}:`);
    const rows = a.unmanaged.map((c) => [c.id, short(c.name ?? '—'), c.status ?? '—', c.start ?? '—', c.end ?? '—'].map(printable));
    const header = ['ID', 'NAME', 'STATUS', 'START', 'END'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`;
    out.push(line(header), ...rows.map(line));
    out.push(`  \`campaignctl import --account ${a.account} --all\` adopts them (one file each).`, '');
  }
  if (listing.accounts.length > 1) out.push(`${plural(unmanagedCount(listing), 'campaign')} in all managed by no document.`);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function short(name: string): string {
  return name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name;
}
