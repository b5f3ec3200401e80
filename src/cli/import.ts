/**
 * `campaignctl import --account NAME (--all | --id ID…)`: writes one campaign file per live
 * campaign, to adopt campaigns made in a vendor's dashboard. What it writes passes `validate`, and
 * a `plan` right after shows no change for it.
 *
 * All or nothing: every campaign is read, turned into a spec, placed and validated (together with
 * the files already under --dir) before the first file is written. An --id the vendor does not
 * have, a file in the way (unless --force), or a file that would not validate stops the command
 * with nothing written. Files are written one by one, each atomically (temporary file, rename).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { campaignAddress } from '../desired/campaign.js';
import { idForFile, renderCampaignFile } from '../desired/campaign-file-text.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { displayPath } from '../desired/discover.js';
import { loadSchemas } from '../desired/schema-registry.js';
import { listSome, nearest } from '../desired/suggest.js';
import { validateSources, type SourceFile } from '../desired/validate.js';
import { fieldKinds } from '../engine/field-kinds.js';
import { withoutIgnored } from '../engine/ignore.js';
import { settleSpec, type DroppedField } from '../engine/import-spec.js';
import { openSessions, type AccountSession } from '../engine/sessions.js';
import { schemaLocation } from '../init/schema-copy.js';
import { getProvider } from '../providers/registry.js';
import type { LiveCampaign } from '../providers/runtime.js';
import { printable } from '../report/printable.js';
import { readConfig, type CommonOptions } from './common.js';
import { fileNames, scanExisting, type ExistingFile } from './import-files.js';
import type { CliIO } from './io.js';
import { failWith } from './workspace.js';

export interface ImportCommandOptions extends CommonOptions {
  readonly account: string;
  readonly id?: readonly string[];
  readonly all?: boolean;
  readonly force?: boolean;
  readonly concurrency?: number;
}

/** One campaign on its way to a file. */
interface Planned {
  readonly live: LiveCampaign;
  readonly address: string;
  readonly name?: string;
  readonly spec: Record<string, unknown>;
  readonly dropped: readonly DroppedField[];
  /** Absolute. */
  file: string;
  /** The file is there already (it is overwritten with --force). */
  exists: boolean;
}

const fail = (io: CliIO, message: string): 1 => {
  io.stderr.write(`campaignctl import: ${message}\n`);
  return 1;
};

export async function runImport(io: CliIO, opts: ImportCommandOptions): Promise<number> {
  const ids = [...new Set(opts.id ?? [])];
  if (opts.all && ids.length > 0) return fail(io, 'give either --all or --id, not both');
  if (!opts.all && ids.length === 0) {
    return fail(io, 'say which campaigns to import: --all (every campaign of the account) or --id ID (repeatable)');
  }

  const { config, diagnostics } = await readConfig(io, opts);
  if (!config) return failWith(io, diagnostics);
  const account = config.accounts.get(opts.account);
  if (!account) {
    const names = [...config.accounts.keys()];
    const guess = nearest(opts.account, names);
    const hint = guess ? `did you mean \`${guess}\`?` : names.length ? `declared accounts: ${listSome(names)}` : 'declare it under `accounts:`';
    return fail(io, `account \`${opts.account}\` is not declared in ${config.file}; ${hint}`);
  }
  const provider = getProvider(account.provider);
  if (!provider?.runtime) return fail(io, `campaignctl cannot import ${provider?.title ?? account.provider} campaigns yet`);
  const badIds = ids.map((id) => [id, idProblem(provider.name, account.name, id)] as const).filter(([, p]) => p !== undefined);
  if (badIds.length > 0) {
    return fail(io, badIds.map(([id, p]) => `--id ${id} is not a ${provider.title} campaign id (${p!})`).join('\n  '));
  }

  const dirAbs = path.resolve(io.cwd, opts.dir);
  const existing = await scanExisting(opts.dir, io.cwd);

  const sessions = await openSessions({
    config,
    accounts: new Set([account.name]),
    env: io.env,
    cwd: io.cwd,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
  });
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
    try {
      live = await readCampaigns(session, opts.all ? undefined : ids, signal, (m) => io.stderr.write(`warning: ${printable(m)}\n`));
    } catch (err) {
      if (signal.aborted) return interrupted(io);
      if (err instanceof NotFound) {
        return fail(io, `${provider.title} account \`${account.name}\` has no campaign with id ${err.ids.join(', ')}; nothing was written`);
      }
      return fail(io, `reading account \`${account.name}\` failed: ${printable(err instanceof Error ? err.message : String(err))}; nothing was written`);
    }
    if (signal.aborted) return interrupted(io);
    if (live.length === 0) {
      io.stderr.write(`${provider.title} account \`${account.name}\` has no campaigns; nothing to import.\n`);
      return 0;
    }

    const now = io.now();
    const planned: Planned[] = [];
    const broken: string[] = [];
    for (const c of [...live].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const address = campaignAddress(provider.name, account.name, c.id);
      const imported = session.runtime.importSpec(c, { now });
      const settled = settleSpec(provider, withoutIgnored(imported.spec, account.ignore), { id: c.id, now });
      if (settled.invalid) broken.push(`${address}: ${settled.invalid}`);
      planned.push({
        live: c,
        address,
        ...(imported.name !== undefined ? { name: imported.name } : {}),
        spec: settled.spec,
        dropped: settled.dropped,
        file: '',
        exists: false,
      });
    }
    if (broken.length > 0) return fail(io, `campaignctl could not write a valid spec for:\n  ${broken.join('\n  ')}\nnothing was written`);

    const blocked = place(planned, existing, path.join(dirAbs, provider.name));
    if (blocked.length > 0) return fail(io, `${blocked.join('\n  ')}\nnothing was written`);
    const inTheWay = planned.filter((p) => p.exists);
    if (inTheWay.length > 0 && !opts.force) {
      const lines = inTheWay.map((p) => `${show(io, p.file)} already exists (${p.address}${managedBy(existing, p) ? ', managed there' : ''})`);
      return fail(io, `${lines.join('\n  ')}\nnothing was written; pass --force to overwrite ${inTheWay.length === 1 ? 'it' : 'them'}`);
    }

    const comments = fileComments(provider.name, provider.title, account.name);
    const schemas = schemaLocation(path.resolve(io.cwd, config.file));
    const files: SourceFile[] = planned.map((p) => ({
      path: show(io, p.file),
      text: renderCampaignFile(p.file, {
        provider: provider.name,
        account: account.name,
        id: idForFile(provider.name, p.live.id),
        spec: p.spec,
        comments: [...comments, ...p.dropped.map((d) => `Left out ${d.field} (${brief(d.value)}): ${d.reason}`)],
      }, schemas),
    }));
    const introduced = newDiagnostics(existing, planned, files, { config, now });
    if (introduced.length > 0) {
      io.stderr.write('campaignctl import: the files would not pass validate; nothing was written.\n');
      return failWith(io, introduced);
    }

    for (const [i, p] of planned.entries()) await writeAtomically(p.file, files[i]!.text as string);
    for (const p of planned) {
      io.stdout.write(`${p.exists ? 'overwrote' : 'wrote'} ${show(io, p.file)}  ${p.address}\n`);
      for (const d of p.dropped) io.stderr.write(`note: ${p.address}: left out \`${d.field}\`: ${d.reason}\n`);
    }
    const dirShown = show(io, dirAbs);
    io.stderr.write(
      `Imported ${planned.length} campaign${planned.length === 1 ? '' : 's'} of account \`${account.name}\` into ${dirShown}; ` +
        'write-only fields cannot be read and are not in the files (each file names them).\n',
    );
    return 0;
  } finally {
    await sessions.close();
  }
}

class NotFound extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`not found: ${ids.join(', ')}`);
  }
}

async function readCampaigns(
  session: AccountSession,
  ids: readonly string[] | undefined,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<LiveCampaign[]> {
  const ctx = { http: session.http, account: session.account, signal, warn };
  if (ids === undefined) return session.runtime.readAll(ctx);
  const found = await session.runtime.read(ids, ctx);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFound(missing);
  return ids.map((id) => found.get(id)!);
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

/**
 * Chooses each campaign's file: the file that already manages it, else a new name under the
 * provider's folder. Returns what cannot be resolved even with --force.
 */
function place(planned: Planned[], existing: readonly ExistingFile[], folder: string): string[] {
  const blocked: string[] = [];
  const byFile = new Map(existing.map((f) => [path.normalize(f.file).toLowerCase(), f]));
  const names = fileNames(planned.map((p) => ({ id: p.live.id, ...(p.name !== undefined ? { name: p.name } : {}) })));
  planned.forEach((p, i) => {
    const managing = existing.filter((f) => f.addresses.has(p.address));
    if (managing.length > 1) {
      blocked.push(`${p.address} is managed by several files (${managing.map((f) => f.source.path).join(', ')}); keep one, then import again`);
      return;
    }
    p.file = managing[0]?.file ?? path.join(folder, names[i]!);
    const there = byFile.get(path.normalize(p.file).toLowerCase());
    p.exists = there !== undefined;
    if (!there) return;
    const others = [...there.addresses].filter((a) => a !== p.address);
    if (others.length > 0 || there.documents > 1) {
      blocked.push(
        `${there.source.path} holds ${others.length > 0 ? `other campaigns (${listSome(others, 3)})` : 'several documents'}; ` +
          `import writes whole files and will not overwrite it for ${p.address}: move the document to its own file, or remove it`,
      );
    }
  });
  return blocked;
}

function managedBy(existing: readonly ExistingFile[], p: Planned): boolean {
  return existing.some((f) => f.file === p.file && f.addresses.has(p.address));
}

/** Diagnostics the new files bring: validate of the folder as it would be, less what it says today. */
function newDiagnostics(
  existing: readonly ExistingFile[],
  planned: readonly Planned[],
  files: readonly SourceFile[],
  opts: Parameters<typeof validateSources>[1],
): Diagnostic[] {
  const replaced = new Set(planned.map((p) => p.file));
  const kept = existing.filter((f) => !replaced.has(f.file)).map((f) => f.source);
  const key = (d: Diagnostic) => `${d.file}\u0000${d.line}\u0000${d.col}\u0000${d.code}\u0000${d.message}`;
  const before = new Set(validateSources(kept, opts).diagnostics.map(key));
  return validateSources([...kept, ...files], opts).diagnostics.filter((d) => !before.has(key(d)));
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
