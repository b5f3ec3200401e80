/**
 * The workflows `campaignctl init` writes: campaignctl's own plan, apply and drift workflows
 * (.github/workflows/campaigns-*.yml, shipped in the package), so that a team gets exactly what this
 * repository runs and fixes to them reach new repositories, with three changes:
 *   - the campaignctl steps call the published action at the pinned version instead of `uses: ./`;
 *   - the credentials region passes exactly the variables the team's campaignctl.yaml names
 *     (none: the step's `env:` goes);
 *   - a campaign folder other than `campaigns` is passed to each step (`dir:`) and filtered on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { SECRETS_BEGIN, SECRETS_END, withSecretEnv } from '../config/credential-env.js';
import { DEFAULT_DIR } from '../cli/common.js';

/** The package's own workflows: src/init and dist/init sit at the same depth. */
export const workflowTemplatesDir = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));

/** Where workflows go, relative to the repository root. */
export const WORKFLOWS_DIR = '.github/workflows';

/** The note that replaces the generator's marker in a team's workflow (nothing regenerates it there). */
export const CREDENTIALS_NOTE = '# The credentials campaignctl.yaml names, each from the secret of the same name: add a line when an account is added.';

export interface WorkflowOptions {
  /** The `uses:` of the campaignctl steps. */
  readonly action: string;
  /** The variables to pass from secrets, each once. */
  readonly variables: readonly string[];
  /** The campaign folder, relative to the repository root, in forward slashes. */
  readonly dir: string;
}

/** The templates' names (the workflows campaignctl itself runs for campaigns), sorted. */
export function workflowNames(): string[] {
  return readdirSync(workflowTemplatesDir)
    .filter((f) => /^campaigns-.*\.ya?ml$/.test(f))
    .sort();
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The template's text turned into a team's workflow. */
export function renderWorkflow(template: string, opts: WorkflowOptions): string {
  const filled = withSecretEnv(template, opts.variables).split('\n');
  const out: string[] = [];
  const dir = stringify(opts.dir, { lineWidth: 0 }).trimEnd();
  for (let i = 0; i < filled.length; i++) {
    const line = filled[i]!;
    const trimmed = line.trim();
    if (trimmed === SECRETS_BEGIN) {
      const indent = line.slice(0, indentOf(line));
      if (filled[i + 1]?.trim() === SECRETS_END) {
        dropEmptyEnv(out, indent.length);
        i++;
        continue;
      }
      out.push(`${indent}${CREDENTIALS_NOTE}`);
      continue;
    }
    if (trimmed === SECRETS_END) continue;
    const uses = /^(\s*)(- )?uses: \.\/\s*$/.exec(line);
    if (uses) {
      out.push(line.replace(/\.\/\s*$/, opts.action));
      if (opts.dir !== DEFAULT_DIR) i = passDir(filled, i, out, indentOf(line) + (uses[2] ? 2 : 0), dir);
      continue;
    }
    if (opts.dir !== DEFAULT_DIR && trimmed === `- "${DEFAULT_DIR}/**"`) {
      out.push(line.replace(`"${DEFAULT_DIR}/**"`, stringify(`${opts.dir}/**`, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd()));
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Drops the comment lines just written for an `env:` whose only entries were the credentials,
 * and the `env:` itself: an empty mapping is no valid `env:`.
 */
function dropEmptyEnv(out: string[], entryIndent: number): void {
  let j = out.length;
  while (j > 0 && indentOf(out[j - 1]!) === entryIndent && out[j - 1]!.trim().startsWith('#')) j--;
  if (j > 0 && out[j - 1]!.trim() === 'env:' && indentOf(out[j - 1]!) === entryIndent - 2) out.splice(j - 1);
}

/**
 * Adds `dir:` to the `with:` of the step whose `uses:` line is at `at` (its keys at `keyIndent`),
 * copying the step's lines up to it; returns the last line consumed.
 */
function passDir(lines: readonly string[], at: number, out: string[], keyIndent: number, dir: string): number {
  const pad = ' '.repeat(keyIndent);
  let end = at + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) >= keyIndent)) end++;
  const withAt = lines.findIndex((line, i) => i > at && i < end && indentOf(line) === keyIndent && line.trim() === 'with:');
  if (withAt < 0) {
    out.push(`${pad}with:`, `${pad}  dir: ${dir}`);
    return at;
  }
  out.push(...lines.slice(at + 1, withAt + 1), `${pad}  dir: ${dir}`);
  return withAt;
}

/** Every workflow as a team's repository gets it: file name → text. */
export function renderWorkflows(opts: WorkflowOptions): Map<string, string> {
  return new Map(workflowNames().map((name) => [name, renderWorkflow(readFileSync(`${workflowTemplatesDir}${name}`, 'utf8'), opts)]));
}
