/**
 * What `campaignctl init` writes into a repository, composed before anything is written: the
 * configuration (unless there is one), the campaign folder, the schema copy, the workflows and the
 * .gitignore entry, each as a path relative to the repository root and its text.
 */
import { conventionalCredentials, credentialVariables, sharedVariables, type CredentialSource } from '../config/credential-env.js';
import { CONFIG_SCHEMA } from '../providers/derive/project-files.js';
import { InitInputError, type InitAccount } from './accounts.js';
import { campaignsReadme } from './campaigns-readme.js';
import { renderConfig } from './config-text.js';
import { withIgnoredFolder } from './gitignore.js';
import { packageSchemas, SCHEMA_COPY_DIR } from './schema-copy.js';
import { renderWorkflows, WORKFLOWS_DIR } from './workflows.js';

/** One file: written when it does not exist, else skipped (never overwritten). */
export interface NewFile {
  readonly kind: 'new';
  /** Relative to the repository root, forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** The .gitignore: appended to (or created); undefined text when it ignores the folder already. */
export interface IgnoreEntry {
  readonly kind: 'ignore';
  readonly path: string;
  readonly text?: string;
  readonly existed: boolean;
}

export type InitFile = NewFile | IgnoreEntry;

/** The accounts' credential variables by the convention, refusing two accounts that would share one. */
export function credentialsFor(accounts: readonly InitAccount[]): CredentialSource[] {
  const sources = conventionalCredentials(accounts.map((a) => ({ name: a.name, provider: a.provider.name, credentialKeys: a.provider.credentialKeys })));
  const shared = [...sharedVariables(sources)];
  if (shared.length > 0) {
    const [variable, users] = shared[0]!;
    throw new InitInputError(
      `${users.join(' and ')} would both read ${variable}: account names that differ only in punctuation or case make the same variable names; rename one`,
    );
  }
  return sources;
}

export interface ProjectInput {
  /** The accounts to declare; undefined when campaignctl.yaml exists and is kept. */
  readonly accounts?: readonly InitAccount[];
  /** The credentials the workflows pass: the new accounts', or those the kept configuration names. */
  readonly credentials: readonly CredentialSource[];
  /** The campaign folder, relative to the root, forward slashes. */
  readonly dir: string;
  /** Whether the campaign folder is missing or empty (it then gets its README). */
  readonly dirIsEmpty: boolean;
  /** The current .gitignore, if any. */
  readonly gitignore?: string;
  /** The `uses:` of the workflows' campaignctl steps. */
  readonly action: string;
  readonly configFile: string;
}

export function projectFiles(input: ProjectInput): InitFile[] {
  const files: InitFile[] = [];
  if (input.accounts) {
    const schemaRef = `./${SCHEMA_COPY_DIR}/${CONFIG_SCHEMA}`;
    files.push({ kind: 'new', path: input.configFile, text: renderConfig(input.accounts, input.credentials, schemaRef) });
  }
  if (input.dirIsEmpty) files.push({ kind: 'new', path: `${input.dir}/README.md`, text: campaignsReadme(input.dir) });
  for (const [name, text] of packageSchemas()) files.push({ kind: 'new', path: `${SCHEMA_COPY_DIR}/${name}`, text });
  const variables = credentialVariables(input.credentials);
  for (const [name, text] of renderWorkflows({ action: input.action, variables, dir: input.dir })) {
    files.push({ kind: 'new', path: `${WORKFLOWS_DIR}/${name}`, text });
  }
  const ignored = withIgnoredFolder(input.gitignore);
  files.push({ kind: 'ignore', path: '.gitignore', existed: input.gitignore !== undefined, ...(ignored !== undefined ? { text: ignored } : {}) });
  return files;
}
