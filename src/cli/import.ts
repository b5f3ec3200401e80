/**
 * `campaignctl import --account NAME (--all | --id ID…) [--refresh]`: adopts campaigns made in a
 * vendor's dashboard, one campaign file each. What it writes passes `validate`, and a `plan` right
 * after shows no change for it. `import --list` (import-list.ts) only shows what `--all` would adopt.
 *
 * Adoption never destroys work: a campaign that a document under --dir already manages (by its
 * id, or a document without id that stands for it: import-adopt.ts) is left alone, and counted.
 * With --refresh its document is updated from live state in place, only the values that differ
 * (import-refresh.ts), comments, key order, quoting, time zones and write-only fields kept.
 * `--force`, which used to overwrite such files whole, is a deprecated alias of --refresh.
 *
 * All or nothing: every campaign is read, turned into a spec, placed and validated (together with
 * the files already under --dir) before the first file is written. An --id the vendor does not
 * have, or a file that would not validate, stops the command with nothing written. Files are
 * written one by one, each atomically (temporary file, rename).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { campaignAddress } from '../desired/campaign.js';
import { idForFile, renderCampaignFile } from '../desired/campaign-file-text.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { displayPath } from '../desired/discover.js';
import { nearestRealpath } from '../desired/nearest-realpath.js';
import { editInPlace, InPlaceEditError, type InPlaceEdit } from '../desired/refresh-in-place.js';
import { loadSchemas } from '../desired/schema-registry.js';
import { validateSources, type SourceFile } from '../desired/validate.js';
import { fieldKinds } from '../engine/field-kinds.js';
import { withoutIgnored } from '../engine/ignore.js';
import { settleSpec, type DroppedField } from '../engine/import-spec.js';
import type { AccountSession } from '../engine/sessions.js';
import { schemaLocation } from '../init/schema-copy.js';
import { getProvider } from '../providers/registry.js';
import type { LiveCampaign } from '../providers/runtime.js';
import { printable } from '../report/printable.js';
import { plural } from '../report/values.js';
import { readConfig, type CommonOptions } from './common.js';
import { byId, idKeyOf, importFail as fail, NotFound, openImportSessions, readCampaigns, resolveAccount, type ImportAccount } from './import-account.js';
import { matchNewDocuments, newDocumentsOf, type NewDocument } from './import-adopt.js';
import { fileNames, scanExisting, type ExistingDocument, type ExistingFile } from './import-files.js';
import { runImportList, type ListFormat } from './import-list.js';
import { refreshedSpec } from './import-refresh.js';
import type { CliIO } from './io.js';
import { failWith } from './workspace.js';

export interface ImportCommandOptions extends CommonOptions {
  /** Required, except with --list (every account then). */
  readonly account?: string;
  readonly id?: readonly string[];
  readonly all?: boolean;
  /** List the live campaigns no document manages; write nothing. */
  readonly list?: boolean;
  /** Also update the documents that already manage campaigns, in place, from live state. */
  readonly refresh?: boolean;
  /** Deprecated alias of `refresh`. */
  readonly force?: boolean;
  /** --list: `text` or `json`. */
  readonly format?: ListFormat;
  /** --list: also save the listing (JSON) here. */
  readonly out?: string;
  readonly concurrency?: number;
}

/** A live campaign with no document: it gets a file of its own. */
interface NewFile {
  readonly live: LiveCampaign;
  readonly address: string;
  readonly name?: string;
  readonly spec: Record<string, unknown>;
  readonly dropped: readonly DroppedField[];
  /** Absolute. */
  file: string;
}

/** A live campaign and the one document that manages it. */
interface Managed {
  readonly live: LiveCampaign;
  readonly address: string;
  readonly file: ExistingFile;
  readonly doc: ExistingDocument;
}

/** What --refresh does to one document. */
interface Refresh extends Managed {
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export async function runImport(io: CliIO, opts: ImportCommandOptions): Promise<number> {
  const ids = [...new Set(opts.id ?? [])];
  if (opts.list) {
    const extra = [opts.all && '--all', ids.length > 0 && '--id', (opts.refresh || opts.force) && '--refresh'].filter((x): x is string => typeof x === 'string');
    if (extra.length > 0) return fail(io, `--list only lists; give it without ${extra.join(' or ')}`);
    return runImportList(io, opts);
  }
  if (opts.format !== undefined || opts.out !== undefined) return fail(io, `${opts.format !== undefined ? '--format' : '--out'} goes with --list`);
  if (opts.all && ids.length > 0) return fail(io, 'give either --all or --id, not both');
  if (!opts.all && ids.length === 0) {
    return fail(io, 'say which campaigns to import: --all (every campaign of the account) or --id ID (repeatable); --list shows them first');
  }
  if (opts.account === undefined) return fail(io, 'say which account to import from: --account NAME (an account of campaignctl.yaml)');
  if (opts.force) io.stderr.write('warning: --force is deprecated and now means --refresh: files that manage a campaign are updated in place, only where live state differs\n');
  const refresh = Boolean(opts.refresh || opts.force);

  const { config, diagnostics } = await readConfig(io, opts);
  if (!config) return failWith(io, diagnostics);
  const resolved = resolveAccount(config, opts.account);
  if (typeof resolved === 'string') return fail(io, resolved);
  const { account, provider } = resolved;
  const badIds = ids.map((id) => [id, idProblem(provider.name, account.name, id)] as const).filter(([, p]) => p !== undefined);
  if (badIds.length > 0) {
    return fail(io, badIds.map(([id, p]) => `--id ${id} is not a ${provider.title} campaign id (${p!})`).join('\n  '));
  }

  const dirAbs = path.resolve(io.cwd, opts.dir);
  const existing = await scanExisting(opts.dir, io.cwd);

  const sessions = await openImportSessions(io, config, new Set([account.name]), opts.concurrency);
  if (sessions.diagnostics.length) {
    await sessions.close();
    io.stderr.write('campaignctl: nothing was read from any vendor.\n');
    return failWith(io, sessions.diagnostics);
  }
  try {
    const session = sessions.byAccount.get(account.name)!;
    const signal = io.interrupts();
    const what = opts.all ? 'every campaign' : `${ids.length} campaign${ids.length === 1 ? '' : 's'}`;
    io.stderr.write(`Reading ${what} of ${provider.title} account \`${account.name}\`…\n`);
    let live: LiveCampaign[];
    // What the vendor listed but could not be read (rows without a usable id, a listing cut
    // short): said as it comes, and the import ends with exit 1 however much else it wrote.
    const incomplete: string[] = [];
    const warn = (m: string) => {
      incomplete.push(printable(m));
      io.stderr.write(`warning: ${printable(m)}\n`);
    };
    try {
      live = await readCampaigns(session, opts.all ? undefined : ids, signal, warn);
    } catch (err) {
      if (signal.aborted) return interrupted(io);
      if (err instanceof NotFound) {
        const among = incomplete.length > 0 ? ` (it may be among what could not be read: ${incomplete.join('; ')})` : '';
        return fail(io, `${provider.title} account \`${account.name}\` has no campaign with id ${err.ids.join(', ')}${among}; nothing was written`);
      }
      return fail(io, `reading account \`${account.name}\` failed: ${printable(err instanceof Error ? err.message : String(err))}; nothing was written`);
    }
    if (signal.aborted) return interrupted(io);
    // An id the campaign file could not hold (not the vendor's id form): that row is unreadable too.
    const badIds = live.flatMap((c) => {
      const problem = idProblem(provider.name, account.name, c.id);
      return problem === undefined ? [] : [`${printable(c.id)} (${problem})`];
    });
    if (badIds.length > 0) {
      warn(`${provider.title} listed ${plural(badIds.length, 'campaign')} whose id is not a ${provider.title} campaign id: ${badIds.join(', ')}; skipped`);
      live = live.filter((c) => idProblem(provider.name, account.name, c.id) === undefined);
    }
    if (live.length === 0 && incomplete.length > 0) {
      return fail(io, `no campaign of ${provider.title} account \`${account.name}\` could be read (${incomplete.join('; ')}); nothing was written`);
    }
    if (live.length === 0) {
      io.stderr.write(`${provider.title} account \`${account.name}\` has no campaigns; nothing to import.\n`);
      return 0;
    }
    const status = await adopt(io, { resolved, session, live: [...live].sort(byId), existing, dirAbs, refresh, byIdGiven: !opts.all, configFile: config.file, validateWith: { config, now: io.now() } });
    if (status === 0 && incomplete.length > 0) {
      io.stderr.write(`campaignctl import: ${provider.title} account \`${account.name}\` was not read whole (see the warnings above); the campaigns it listed readably were imported.\n`);
      return 1;
    }
    return status;
  } finally {
    await sessions.close();
  }
}

interface AdoptInput {
  readonly resolved: ImportAccount;
  readonly session: AccountSession;
  readonly live: readonly LiveCampaign[];
  readonly existing: readonly ExistingFile[];
  readonly dirAbs: string;
  readonly refresh: boolean;
  /** The campaigns were named by --id (each one's fate is then said). */
  readonly byIdGiven: boolean;
  readonly configFile: string;
  readonly validateWith: Parameters<typeof validateSources>[1];
}

async function adopt(io: CliIO, input: AdoptInput): Promise<number> {
  const { account, provider } = input.resolved;
  const runtime = input.session.runtime;
  const now = input.validateWith.now;
  const key = idKeyOf(provider);

  const managing = new Map<string, { file: ExistingFile; doc: ExistingDocument }[]>();
  for (const file of input.existing) {
    for (const doc of file.documents) {
      if (doc.provider !== provider.name || doc.account !== account.name || doc.id === undefined) continue;
      managing.set(key(doc.id), [...(managing.get(key(doc.id)) ?? []), { file, doc }]);
    }
  }
  const newDocs = newDocumentsOf(input.existing, provider.name, account.name, path.resolve(io.cwd, input.configFile));
  const matches = matchNewDocuments(runtime, newDocs, input.live, now);

  const fresh: NewFile[] = [];
  const managed: Managed[] = [];
  const skipped: { address: string; where: string }[] = [];
  const identified: { live: LiveCampaign; address: string; doc: NewDocument }[] = [];
  const broken: string[] = [];
  for (const c of input.live) {
    const address = campaignAddress(provider.name, account.name, c.id);
    const docs = managing.get(key(c.id)) ?? [];
    const ambiguity = matches.ambiguous.get(c.id);
    const matched = matches.byId.get(c.id);
    if (docs.length > 1) {
      if (input.refresh) broken.push(`${address} is managed by several documents (${docs.map((d) => d.file.source.path).join(', ')}); keep one, then import again`);
      else skipped.push({ address, where: docs.map((d) => d.file.source.path).join(', ') });
    } else if (docs.length === 1) {
      if (input.refresh) managed.push({ live: c, address, ...docs[0]! });
      else skipped.push({ address, where: docs[0]!.file.source.path });
    } else if (ambiguity !== undefined) {
      broken.push(`${address}: ${ambiguity}; give the right document \`id: ${c.id}\` by hand`);
    } else if (matched !== undefined) {
      // --id adopts it into the document that stands for it; --all leaves it to that document's plan.
      if (input.byIdGiven) identified.push({ live: c, address, doc: matched });
      else skipped.push({ address, where: `${matched.file.source.path} (a new campaign's document, which plan adopts it into)` });
    } else {
      const imported = runtime.importSpec(c, { now });
      const settled = settleSpec(provider, withoutIgnored(imported.spec, account.ignore), { id: c.id, now });
      if (settled.invalid) broken.push(`${address}: campaignctl could not write a valid spec (${settled.invalid})`);
      fresh.push({ live: c, address, ...(imported.name !== undefined ? { name: imported.name } : {}), spec: settled.spec, dropped: settled.dropped, file: '' });
    }
  }

  // Documents edited in place, by file: --refresh's new specs, --id's ids.
  const edits = new Map<ExistingFile, InPlaceEdit[]>();
  const addEdit = (file: ExistingFile, edit: InPlaceEdit) => edits.set(file, [...(edits.get(file) ?? []), edit]);
  const refreshed: Refresh[] = [];
  for (const m of managed) {
    if (m.doc.spec === undefined) {
      broken.push(`${m.address}: the document in ${m.file.source.path} has no \`spec\` mapping to refresh`);
      continue;
    }
    const imported = runtime.importSpec(m.live, { now });
    const settled = settleSpec(provider, withoutIgnored(imported.spec, [...account.ignore, ...m.doc.ignore]), { id: m.live.id, now });
    const r = refreshedSpec({ provider, runtime, spec: m.doc.spec, ignore: m.doc.ignore, accountIgnore: account.ignore, live: m.live, imported: settled.spec, now });
    if (r.kind === 'problem') {
      broken.push(`${m.address} (${m.file.source.path}): ${r.message}`);
      continue;
    }
    refreshed.push({ ...m, changed: r.changed, removed: r.removed });
    if (r.changed.length + r.removed.length > 0) addEdit(m.file, { document: m.doc.index, path: ['spec'], value: r.spec });
  }
  for (const a of identified) addEdit(a.doc.file, { document: a.doc.doc.index, path: [], value: withId(a.doc.doc, provider.name, a.live.id) });
  if (broken.length > 0) return fail(io, `${broken.join('\n  ')}\nnothing was written`);

  const folder = path.join(input.dirAbs, provider.name);
  const inUse = input.existing.filter((f) => path.dirname(f.file) === folder).map((f) => path.basename(f.file).replace(/\.ya?ml$/i, ''));
  const names = fileNames(fresh.map((p) => ({ id: p.live.id, ...(p.name !== undefined ? { name: p.name } : {}) })), inUse);
  fresh.forEach((p, i) => (p.file = path.join(folder, names[i]!)));

  const comments = fileComments(provider.name, provider.title, account.name);
  const schemas = schemaLocation(path.resolve(io.cwd, input.configFile));
  const files: SourceFile[] = fresh.map((p) => ({
    path: show(io, p.file),
    text: renderCampaignFile(p.file, {
      provider: provider.name,
      account: account.name,
      id: idForFile(provider.name, p.live.id),
      spec: p.spec,
      comments: [...comments, ...p.dropped.map((d) => `Left out ${d.field} (${brief(d.value)}): ${d.reason}`)],
    }, schemas),
  }));
  const edited: { file: ExistingFile; text: string }[] = [];
  for (const [file, list] of edits) {
    try {
      edited.push({ file, text: editInPlace(textOf(file), list) });
    } catch (err) {
      if (!(err instanceof InPlaceEditError)) throw err;
      return fail(io, `${file.source.path}: ${err.message}\nnothing was written`);
    }
  }
  const introduced = newDiagnostics(input.existing, [...edited.map((e) => ({ path: e.file.source.path, text: e.text, replaces: e.file.file })), ...files], input.validateWith);
  if (introduced.length > 0) {
    io.stderr.write('campaignctl import: the files would not pass validate; nothing was written.\n');
    return failWith(io, introduced);
  }

  // Every file lands inside --dir, links resolved: a linked folder or file that leads elsewhere
  // refuses the whole import before anything is written.
  const targets = await writeTargets(input.dirAbs, [...edited.map((e) => e.file.file), ...fresh.map((p) => p.file)], io.cwd);
  if (typeof targets === 'string') return fail(io, `${targets}\nimport writes only inside ${show(io, input.dirAbs)}; nothing was written`);
  for (const [i, e] of edited.entries()) await writeAtomically(targets[i]!, e.text);
  for (const [i, file] of files.entries()) await writeAtomically(targets[edited.length + i]!, file.text as string);

  for (const p of fresh) {
    io.stdout.write(`wrote ${show(io, p.file)}  ${p.address}\n`);
    for (const d of p.dropped) io.stderr.write(`note: ${p.address}: left out \`${d.field}\`: ${d.reason}\n`);
  }
  for (const r of refreshed) {
    if (r.changed.length + r.removed.length === 0) continue;
    const what = [...r.changed, ...r.removed.map((p) => `${p} (removed: no value at ${provider.title})`)];
    io.stdout.write(`refreshed ${r.file.source.path}  ${r.address}: ${what.join(', ')}\n`);
  }
  for (const a of identified) io.stdout.write(`adopted ${a.doc.file.source.path}  ${a.address}: wrote its id into the document without one that stands for it\n`);

  const dirShown = show(io, input.dirAbs);
  if (fresh.length > 0) {
    io.stderr.write(
      `Imported ${plural(fresh.length, 'campaign')} of account \`${account.name}\` into ${dirShown}; ` +
        'write-only fields cannot be read and are not in the files (each file names them).\n',
    );
  }
  const upToDate = refreshed.filter((r) => r.changed.length + r.removed.length === 0).length;
  if (refreshed.length > 0) {
    io.stderr.write(
      `Refreshed ${plural(refreshed.length - upToDate, 'file')} in place from live state (comments, key order and write-only fields kept)` +
        `${upToDate > 0 ? `; ${plural(upToDate, 'campaign')} already matched` : ''}.\n`,
    );
  }
  if (skipped.length > 0) {
    if (input.byIdGiven) for (const s of skipped) io.stderr.write(`note: ${s.address} is managed by ${s.where}; left alone\n`);
    io.stderr.write(
      `Left ${plural(skipped.length, 'campaign')} alone that documents under ${dirShown} already manage; ` +
        '`--refresh` updates their files from live state, in place.\n',
    );
  }
  return 0;
}

/** The document's top-level value with `id` placed right after `account`. */
function withId(doc: ExistingDocument, provider: string, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc.whole)) {
    out[k] = v;
    if (k === 'account') out.id = idForFile(provider, id);
  }
  return out;
}

function textOf(file: ExistingFile): string {
  const t = file.source.text;
  return typeof t === 'string' ? t : Buffer.from(t).toString('utf8');
}

/** Whether an --id has the form the campaign-file schema demands for this provider (undefined: fine). */
function idProblem(provider: string, account: string, id: string): string | undefined {
  const validate = loadSchemas().validator('campaign-file.schema.json');
  const doc = { provider, account, id: idForFile(provider, id), spec: {} };
  if (validate(doc)) return undefined;
  const e = (validate.errors ?? []).find((x) => x.instancePath === '/id');
  if (!e) return undefined;
  const custom = (e.parentSchema as { 'x-message'?: unknown } | undefined)?.['x-message'];
  const what = typeof custom === 'string' ? /campaign id: (.+)$/.exec(custom)?.[1] : undefined;
  return what ?? `it ${e.message ?? 'is invalid'}`;
}

/** Diagnostics the new and edited files bring: validate of the folder as it would be, less what it says today. */
function newDiagnostics(
  existing: readonly ExistingFile[],
  files: readonly (SourceFile & { readonly replaces?: string })[],
  opts: Parameters<typeof validateSources>[1],
): Diagnostic[] {
  const replaced = new Set(files.flatMap((f) => (f.replaces !== undefined ? [f.replaces] : [])));
  const kept = existing.filter((f) => !replaced.has(f.file)).map((f) => f.source);
  const current = existing.map((f) => f.source);
  const key = (d: Diagnostic) => `${d.file}\u0000${d.line}\u0000${d.col}\u0000${d.code}\u0000${d.message}`;
  const before = new Set(validateSources(current, opts).diagnostics.map(key));
  return validateSources([...kept, ...files.map((f) => ({ path: f.path, text: f.text }))], opts).diagnostics.filter((d) => !before.has(key(d)));
}

/** The comment under the schema line: where the file came from and which fields it cannot hold. */
function fileComments(providerName: string, title: string, account: string): string[] {
  const provider = getProvider(providerName);
  const writeOnly = provider ? [...fieldKinds(provider).writeOnly] : [];
  const text =
    `Imported by campaignctl from ${title} account ${account}.` +
    (writeOnly.length > 0
      ? ` Write-only fields are never returned by ${title}, so they are not here: ${writeOnly.join(', ')}. Add those this campaign uses before its first apply.`
      : '');
  return wrap(text, COMMENT_WIDTH);
}

const COMMENT_WIDTH = 98;

/** Words into lines of at most `width` characters (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Where each file is really written, links resolved (a linked file's target, so the link stays),
 * or why one would land outside `dir` (a folder or file under it that links elsewhere).
 */
async function writeTargets(dir: string, files: readonly string[], cwd: string): Promise<string[] | string> {
  const root = await nearestRealpath(dir);
  const out: string[] = [];
  for (const file of files) {
    const real = await nearestRealpath(file);
    const rel = path.relative(root, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      return `${displayPath(file, cwd)} leads outside the import folder (to ${real}) through a symbolic link`;
    }
    out.push(real);
  }
  return out;
}


async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** A value in one short line, for a comment. */
function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function show(io: CliIO, abs: string): string {
  return displayPath(abs, io.cwd);
}

function interrupted(io: CliIO): number {
  io.stderr.write('campaignctl import: interrupted; nothing was written.\n');
  return 130;
}
