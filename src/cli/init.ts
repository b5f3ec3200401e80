/**
 * `campaignctl init [--account NAME:PROVIDER]… [--sandbox] [--import] [--dir campaigns]`: makes the
 * current folder, the root of a git repository, a campaign repository: campaignctl.yaml, the
 * campaign folder, a copy of the schemas (for editor completion, see src/init/schema-copy.ts), the
 * plan, apply and drift workflows, and the .gitignore entry.
 *
 * It never overwrites a file: one that exists is skipped and named. Bad input (an unknown provider,
 * a bad or repeated account name) is refused before anything is written. With --import it then
 * adopts every live campaign of each account, as `import --all` does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CredentialSource } from '../config/credential-env.js';
import { DEFAULT_CONFIG_FILE, parseConfigText } from '../config/load.js';
import { loadYaml } from '../desired/yaml-source.js';
import { InitInputError, liveAccount, parseAccountArgument, checkDistinct, sandboxAccount, type InitAccount } from '../init/accounts.js';
import { IGNORED_FOLDER } from '../init/gitignore.js';
import { credentialsFor, projectFiles, type InitFile } from '../init/project.js';
import { askAccounts, InputEnded, type AnsweredAccount } from '../init/prompt.js';
import { actionRef } from '../init/published.js';
import { SCHEMA_COPY_DIR, schemaCopyNote } from '../init/schema-copy.js';
import { CONFIG_SCHEMA } from '../providers/derive/project-files.js';
import { providers } from '../providers/registry.js';
import { readConfig } from './common.js';
import { runImport } from './import.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';
import { failWith } from './workspace.js';

export interface InitCommandOptions {
  readonly account?: readonly string[];
  readonly sandbox?: boolean;
  readonly import?: boolean;
  readonly dir: string;
}

const fail = (io: CliIO, message: string): 1 => {
  io.stderr.write(`campaignctl init: ${message}\n`);
  return 1;
};

/** The campaign folder, relative to the repository root, in forward slashes. */
function campaignDir(value: string): string {
  const dir = path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (dir === '' || dir === '.' || path.posix.isAbsolute(dir) || dir === '..' || dir.startsWith('../')) {
    throw new InitInputError(`--dir takes a folder inside the repository, relative to its root, such as campaigns (got "${value}")`);
  }
  return dir;
}

/** The accounts to declare, from --account or, on a terminal, from the questions. */
async function requestedAccounts(io: CliIO, opts: InitCommandOptions): Promise<AnsweredAccount[]> {
  const given = (opts.account ?? []).map(parseAccountArgument);
  checkDistinct(given);
  if (given.length > 0) return given.map((a) => ({ ...a, options: {} }));
  if (!io.stdinIsTTY || !io.ask) {
    const example = [...providers.keys()][0] ?? 'provider';
    throw new InitInputError(`say which accounts campaignctl.yaml declares: --account NAME:PROVIDER (repeatable), e.g. --account shop:${example}; on a terminal, init asks`);
  }
  return askAccounts((q) => io.ask!(q), (text) => io.stderr.write(text), { sandbox: Boolean(opts.sandbox) });
}

async function initAccounts(io: CliIO, opts: InitCommandOptions): Promise<InitAccount[]> {
  const out: InitAccount[] = [];
  for (const a of await requestedAccounts(io, opts)) {
    out.push(opts.sandbox || a.endpoint === 'sandbox' ? await sandboxAccount(a) : liveAccount(a, { ...(a.endpoint !== undefined ? { endpoint: a.endpoint } : {}), options: a.options }));
  }
  return out;
}

/** `accounts.<name>.<setting>` for every setting left to fill in. */
function openSettings(accounts: readonly InitAccount[]): string[] {
  return accounts.flatMap((a) => [...(a.endpoint === undefined ? ['endpoint'] : []), ...a.open.map((s) => s.key)].map((k) => `accounts.${a.name}.${k}`));
}

/** What the new configuration holds that no placeholder explains (a name YAML refuses as a key, say). */
function configProblem(text: string, accounts: readonly InitAccount[]): string | undefined {
  const yaml = loadYaml(DEFAULT_CONFIG_FILE, text).diagnostics[0];
  if (yaml) return yaml.message;
  if (openSettings(accounts).length > 0) return undefined;
  const schema = parseConfigText(text, DEFAULT_CONFIG_FILE).diagnostics[0];
  return schema ? `${schema.message} (campaignctl.yaml line ${schema.line})` : undefined;
}

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function runInit(io: CliIO, opts: InitCommandOptions): Promise<number> {
  const root = io.cwd;
  if (!existsSync(path.join(root, '.git'))) {
    return fail(io, `${root} is not the root of a git repository: run init there (or \`git init\` first); nothing was written`);
  }
  const configFile = path.join(root, DEFAULT_CONFIG_FILE);
  const notes: string[] = [];
  let dir: string;
  let accounts: InitAccount[] | undefined;
  let accountNames: string[];
  let credentials: readonly CredentialSource[];
  try {
    dir = campaignDir(opts.dir);
    if (existsSync(configFile)) {
      const { config, diagnostics } = await readConfig(io, { config: DEFAULT_CONFIG_FILE, dir });
      if (!config) {
        io.stderr.write(`campaignctl init: ${DEFAULT_CONFIG_FILE} exists and is kept, but it is not valid; nothing was written\n`);
        return failWith(io, diagnostics);
      }
      const ignored = [...(opts.account ?? []).map((a) => `--account ${a}`), ...(opts.sandbox ? ['--sandbox'] : [])];
      if (ignored.length > 0) notes.push(`${DEFAULT_CONFIG_FILE} exists and is kept as it is, so ${ignored.join(', ')} changed nothing in it: edit it by hand`);
      if (!/^# yaml-language-server: \$schema=/.test(readFileSync(configFile, 'utf8'))) {
        notes.push(`for completion in ${DEFAULT_CONFIG_FILE}, make its first line \`# yaml-language-server: $schema=./${SCHEMA_COPY_DIR}/${CONFIG_SCHEMA}\``);
      }
      accountNames = [...config.accounts.keys()];
      credentials = [...config.accounts.values()].map((a) => ({ provider: a.provider, account: a.name, credentials: a.credentials }));
    } else {
      accounts = await initAccounts(io, opts);
      credentials = credentialsFor(accounts);
      accountNames = accounts.map((a) => a.name);
      const open = openSettings(accounts);
      if (opts.import && open.length > 0) {
        throw new InitInputError(
          `--import reads the accounts' live campaigns, so it needs ${open.join(', ')}: pass --sandbox, or run init without --import, fill them in and run \`campaignctl import --account NAME --all\``,
        );
      }
    }
  } catch (err) {
    if (err instanceof InitInputError) return fail(io, `${err.message}; nothing was written`);
    if (err instanceof InputEnded) return fail(io, 'input ended before the accounts were complete; nothing was written');
    throw err;
  }

  const gitignoreFile = path.join(root, '.gitignore');
  const files = projectFiles({
    ...(accounts ? { accounts } : {}),
    credentials,
    dir,
    dirIsEmpty: isEmptyFolder(path.join(root, dir)),
    ...(existsSync(gitignoreFile) ? { gitignore: readFileSync(gitignoreFile, 'utf8') } : {}),
    action: actionRef(),
    configFile: DEFAULT_CONFIG_FILE,
  });
  const config = files.find((f) => f.path === DEFAULT_CONFIG_FILE);
  const problem = config?.kind === 'new' && accounts ? configProblem(config.text, accounts) : undefined;
  if (problem) return fail(io, `the accounts given make no valid ${DEFAULT_CONFIG_FILE}: ${problem}; nothing was written`);

  const { written, skipped } = await writeFiles(io, root, files, { configKept: !accounts, dir });

  const copyNote = schemaCopyNote(configFile, root);
  if (copyNote) notes.push(copyNote);
  for (const n of notes) io.stderr.write(`note: ${n}\n`);
  const filesText = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  io.stderr.write(
    `campaignctl ${VERSION} init: wrote ${filesText(written)}${skipped > 0 ? `; skipped ${filesText(skipped)} that exist (init never overwrites)` : ''}.\n`,
  );
  io.stderr.write(nextSteps(accounts, credentials, Boolean(opts.import)));

  if (!opts.import) return 0;
  const failed: string[] = [];
  for (const account of accountNames) {
    const status = await runImport(io, { account, all: true, dir, config: DEFAULT_CONFIG_FILE });
    if (status === 130) return status;
    if (status !== 0) failed.push(account);
  }
  if (failed.length === 0) return 0;
  return fail(
    io,
    `the import of ${failed.map((a) => `\`${a}\``).join(', ')} did not complete (see above); what init wrote is kept: run \`campaignctl import --account NAME --all\` once it is fixed`,
  );
}

/** Writes each file that does not exist and appends the .gitignore entry, saying what it did with each. */
async function writeFiles(
  io: CliIO,
  root: string,
  files: readonly InitFile[],
  kept: { readonly configKept: boolean; readonly dir: string },
): Promise<{ written: number; skipped: number }> {
  let written = 0;
  let skipped = 0;
  const skip = (what: string, why = 'it exists') => {
    io.stdout.write(`skipped ${what} (${why})\n`);
    skipped++;
  };
  const wrote = (line: string) => {
    io.stdout.write(`${line}\n`);
    written++;
  };
  if (kept.configKept) skip(DEFAULT_CONFIG_FILE);
  if (!isEmptyFolder(path.join(root, kept.dir))) skip(`${kept.dir}/`);
  for (const f of files) {
    const abs = path.join(root, ...f.path.split('/'));
    if (f.kind === 'ignore') {
      if (f.text === undefined) skip(f.path, `it ignores ${IGNORED_FOLDER} already`);
      else if (f.existed) {
        await appendFile(abs, f.text.slice(readFileSync(abs, 'utf8').length));
        wrote(`appended ${IGNORED_FOLDER} to ${f.path}`);
      } else {
        await writeFile(abs, f.text, { flag: 'wx' });
        wrote(`wrote ${f.path}`);
      }
    } else if (existsSync(abs)) skip(f.path);
    else {
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, f.text, { flag: 'wx' });
      wrote(`wrote ${f.path}`);
    }
  }
  return { written, skipped };
}

function nextSteps(accounts: readonly InitAccount[] | undefined, credentials: readonly CredentialSource[], imported: boolean): string {
  const variables = [...new Set(credentials.flatMap((c) => Object.values(c.credentials)))];
  const open = accounts ? openSettings(accounts) : [];
  const steps = [
    ...(open.length > 0 ? [`fill in ${DEFAULT_CONFIG_FILE}: ${open.join(', ')}`] : []),
    ...(variables.length > 0
      ? [
          `create the secrets the workflows pass (Settings → Secrets and variables → Actions): ${variables.join(', ')}; ` +
            'read-only credentials as repository secrets, write ones as secrets of the environment campaigns-production (sandbox accounts need none)',
        ]
      : []),
    ...(imported ? [] : ['adopt live campaigns: campaignctl import --account NAME --all']),
    'commit, and open a pull request: its plan comes as a comment, and merging it applies',
  ];
  return `Next:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`;
}
