/**
 * What a git revision declared (`plan --base REF`): its campaignctl.yaml and campaign files, read
 * from git (git-base.ts) and loaded and validated in memory as the working tree's are. The plan
 * judges each change's origin against it (origins.ts).
 *
 * REF's files are history, not input to fix: one that does not validate (against REF's own
 * configuration) is left out with a warning, and its campaigns count as this branch's changes. A
 * fault of git itself (REF unknown, no repository) is the caller's to report: GitBaseError.
 */
import { parseConfigText, type LoadedConfig } from '../config/load.js';
import type { CampaignDocument } from '../desired/campaign.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { finishValidation, validateDocuments, type FileOutcome } from '../desired/validate.js';
import { loadYaml, type YamlDocument } from '../desired/yaml-source.js';
import { readBaseTree, type ReadBaseOptions } from './git-base.js';
import { withoutIgnored } from './ignore.js';
import { baseKey, type OriginBase } from './origins.js';

export interface OriginBaseOptions extends ReadBaseOptions {
  /** "Today" for the rules that depend on it, as for the working tree. */
  readonly now: Date;
  /** Told once per configuration, file or document left out, with where and why. */
  readonly warn: (message: string) => void;
}

export async function readOriginBase(opts: OriginBaseOptions): Promise<OriginBase> {
  const tree = await readBaseTree(opts);
  const ref = opts.ref;
  const none = { ref, sha: tree.commit, desired: new Map<string, Record<string, unknown>>() };
  if (!tree.config) {
    opts.warn(`${opts.config} is not in ${ref}, so ${ref} declares no campaign: every change counts as this branch's`);
    return none;
  }
  const parsed = parseConfigText(tree.config.text, tree.config.path);
  if (!parsed.config) {
    opts.warn(`${at(parsed.diagnostics[0], tree.config.path)}: in ${ref} the configuration does not validate${reason(parsed.diagnostics[0])}: every change counts as this branch's`);
    return none;
  }
  const config = parsed.config;

  // Each document on its own, so that a fault is pinned to one; then the checks across files.
  const docs: YamlDocument[] = [];
  const outcomes: FileOutcome[] = [];
  for (const file of tree.files) {
    const loaded = loadYaml(file.path, file.text);
    if (loaded.diagnostics.length > 0) {
      opts.warn(`${at(loaded.diagnostics[0], file.path)}: in ${ref} this file does not load${reason(loaded.diagnostics[0])}; its campaigns count as changed by this branch`);
      continue;
    }
    for (const doc of loaded.documents) {
      docs.push(doc);
      outcomes.push(validateDocuments([doc], { config, now: opts.now, cwd: opts.cwd }, false));
    }
  }
  const result = finishValidation(outcomes, { config, now: opts.now, cwd: opts.cwd });
  const faults = new Map<YamlDocument, Diagnostic>();
  const own = new Set<Diagnostic>();
  outcomes.forEach((o, i) => {
    for (const d of o.diagnostics) own.add(d);
    if (o.diagnostics[0]) faults.set(docs[i]!, o.diagnostics[0]);
  });
  // A fault across files (an unknown account, a campaign declared twice) names a line: its document is the one starting at or before it.
  for (const d of result.diagnostics) {
    if (own.has(d)) continue;
    const doc = docs.filter((x) => x.file === d.file && x.start.line <= d.line).at(-1);
    if (doc && !faults.has(doc)) faults.set(doc, d);
  }
  for (const [doc, d] of faults) {
    opts.warn(`${doc.file}:${doc.start.line}: in ${ref} this document does not validate${reason(d)}; its campaign counts as changed by this branch`);
  }
  const failed = new Set([...faults.keys()].map((d) => `${d.file}\u0000${d.index}`));
  const desired = new Map<string, Record<string, unknown>>();
  for (const c of result.campaigns) {
    if (!failed.has(`${c.file}\u0000${c.index}`)) desired.set(baseKey(c), managedAtBase(c, config));
  }
  return { ref, sha: tree.commit, desired };
}

/** The spec less the document's and its account's `ignore`, as REF's configuration has them. */
function managedAtBase(c: CampaignDocument, config: LoadedConfig): Record<string, unknown> {
  const ignore = [...c.ignore, ...(config.accounts.get(c.account)?.ignore ?? [])];
  return ignore.length === 0 ? { ...c.spec } : withoutIgnored(c.spec, ignore);
}

function at(d: Diagnostic | undefined, file: string): string {
  return d ? `${d.file}:${d.line}:${d.col}` : file;
}

function reason(d: Diagnostic | undefined): string {
  return d ? ` (${d.message})` : '';
}
