/**
 * `validate`: every campaign document through the loader, its schema, its vendor's rules, and the
 * checks that span files (accounts, duplicate addresses, vendor uniqueness). No network. A fault
 * in one document never hides another's: each is judged on its own, then together.
 */
import type { AccountConfig, LoadedConfig } from '../config/load.js';
import { getProvider, providers } from '../providers/registry.js';
import type { AccountCampaign, RuleViolation } from '../providers/types.js';
import { campaignAddress, type CampaignDocument } from './campaign.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { creationKeyOf, newCampaignAddress, pathFromConfig } from './new-campaign.js';
import { formatPath, parsePath, type Path, type PathSegment } from './path.js';
import { schemaDiagnostics } from './schema-errors.js';
import { SharedStrings } from './shared-strings.js';
import { CAMPAIGN_FILE_SCHEMA, loadSchemas } from './schema-registry.js';
import { listSome, nearest } from './suggest.js';
import { loadYaml, type Locator, type YamlDocument } from './yaml-source.js';

export interface SourceFile {
  /** As shown in messages: relative to the working directory, or as given. */
  readonly path: string;
  readonly text: string | Uint8Array;
  /**
   * Reads the file again, for positions in messages: given, `text` is not kept once the file is
   * validated (see YamlLoadOptions.readAgain).
   */
  readonly readAgain?: () => string | Uint8Array;
}

export interface ValidateOptions {
  readonly config: LoadedConfig;
  /** "Today" for rules that depend on it. */
  readonly now: Date;
  /**
   * The folder the shown paths of the files and of the configuration are relative to (the
   * process's working directory when absent): a new document's address and creation key name its
   * file relative to the configuration's folder.
   */
  readonly cwd?: string;
  /**
   * The campaigns are held while a command reads the vendors (plan, apply): their specs then keep
   * each repeated short string once (shared-strings.ts), which `validate` has no need to pay for.
   */
  readonly held?: boolean;
}

export interface ValidateResult {
  readonly diagnostics: Diagnostic[];
  /** Documents that passed their own checks (cross-file errors may still name them). */
  readonly campaigns: CampaignDocument[];
  readonly files: number;
  readonly documents: number;
}

/** In messages, spec fields are named as the user thinks of them: `budget.amount`, not `spec.budget.amount`. */
function nameInDocument(path: Path): string {
  return path[0] === 'spec' && path.length > 1 ? formatPath(path.slice(1)) : formatPath(path);
}

export function validateSources(files: readonly SourceFile[], opts: ValidateOptions): ValidateResult {
  return finishValidation(
    files.map((source) => validateSource(source, opts)),
    opts,
  );
}

/** What one file brings to a validation: its own diagnostics, and the campaigns that passed their own checks. */
export interface FileOutcome {
  readonly diagnostics: Diagnostic[];
  readonly campaigns: CampaignDocument[];
  readonly documents: number;
}

/** One file through the loader and each of its documents through its own checks. */
export function validateSource(source: SourceFile, opts: ValidateOptions): FileOutcome {
  const loaded = loadYaml(source.path, source.text, source.readAgain ? { readAgain: source.readAgain } : {});
  const outcome = validateDocuments(loaded.documents, opts, false);
  return loaded.diagnostics.length ? { ...outcome, diagnostics: [...loaded.diagnostics, ...outcome.diagnostics] } : outcome;
}

/**
 * Documents already loaded through their own checks; `schemaChecked` when they are known to pass
 * the campaign-file schema (read and checked on another thread).
 */
export function validateDocuments(docs: readonly YamlDocument[], opts: ValidateOptions, schemaChecked: boolean): FileOutcome {
  const diagnostics: Diagnostic[] = [];
  const campaigns: CampaignDocument[] = [];
  for (const doc of docs) {
    const checked = checkDocument(doc, opts, schemaChecked);
    diagnostics.push(...checked.diagnostics);
    if (checked.campaign) campaigns.push(checked.campaign);
  }
  return { diagnostics, campaigns, documents: docs.length };
}

/** The files' outcomes, in the files' order, judged together. */
export function finishValidation(outcomes: readonly FileOutcome[], opts: ValidateOptions): ValidateResult {
  const diagnostics: Diagnostic[] = [];
  const campaigns: CampaignDocument[] = [];
  const strings = opts.held ? new SharedStrings() : undefined;
  let documents = 0;
  for (const o of outcomes) {
    diagnostics.push(...o.diagnostics);
    for (const c of o.campaigns) {
      strings?.shareIn(c.spec);
      campaigns.push(c);
    }
    documents += o.documents;
  }
  diagnostics.push(...checkAcrossFiles(campaigns, opts));
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, campaigns, files: outcomes.length, documents };
}

const NOTHING_IGNORED: readonly string[] = Object.freeze([]);

function checkDocument(doc: YamlDocument, opts: ValidateOptions, schemaChecked: boolean): { campaign?: CampaignDocument; diagnostics: Diagnostic[] } {
  const value = doc.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      diagnostics: [
        {
          ...doc.start,
          code: 'schema',
          message: 'a campaign document must be a mapping with `provider`, `account`, `id` and `spec`',
          hint: 'start the document with `provider: <vendor>`',
        },
      ],
    };
  }
  if (!schemaChecked && !loadSchemas().check(CAMPAIGN_FILE_SCHEMA)(value)) {
    // Only now the errors: Ajv compiled at run time names every one of them.
    const validate = loadSchemas().validator(CAMPAIGN_FILE_SCHEMA);
    validate(value);
    return {
      diagnostics: schemaDiagnostics(validate.errors, { file: doc.file, locator: doc.locator, name: nameInDocument }),
    };
  }
  const raw = value as { provider: string; account: string; id?: string | number; spec: Record<string, unknown>; ignore?: string[] };
  const provider = getProvider(raw.provider);
  if (!provider) {
    // The schema's enum and the registry disagree: a packaging fault, not the user's.
    return {
      diagnostics: [
        { ...doc.locator.at(['provider']), code: 'internal', message: `provider \`${raw.provider}\` has no implementation` },
      ],
    };
  }
  const id = raw.id === undefined ? undefined : String(raw.id);
  // Only a new document's address and creation key name its file (the path costs a tenth of a loaded file's time).
  const place = () => ({ provider: raw.provider, account: raw.account, file: pathFromConfig(doc.file, opts.config.file, opts.cwd ?? process.cwd()), index: doc.index });
  const campaign: CampaignDocument = {
    file: doc.file,
    index: doc.index,
    start: doc.start,
    provider: raw.provider,
    account: raw.account,
    ...(id !== undefined ? { id, address: campaignAddress(raw.provider, raw.account, id) } : { address: newCampaignAddress(place()), creationKey: creationKeyOf(place()) }),
    spec: raw.spec,
    ignore: raw.ignore ?? NOTHING_IGNORED,
    locator: doc.locator,
  };
  const diagnostics = [...checkIgnore(campaign)];
  // A new document is also held to the vendor's create call (its schema part is in the envelope).
  const rules = id === undefined ? [...provider.specRules, ...(provider.createRules ?? [])] : provider.specRules;
  for (const rule of rules) {
    for (const v of rule(raw.spec, { now: opts.now, id: id ?? '' })) diagnostics.push(ruleDiagnostic(campaign, v));
  }
  return { campaign, diagnostics };
}

/** `ignore` must name fields the vendor's spec has, or it silently ignores nothing. */
function checkIgnore(campaign: CampaignDocument): Diagnostic[] {
  if (campaign.ignore.length === 0) return [];
  const provider = getProvider(campaign.provider);
  const schema = provider ? loadSchemas().schemas.get(provider.schemaFile) : undefined;
  const known = schema && typeof schema.properties === 'object' && schema.properties ? Object.keys(schema.properties) : [];
  const out: Diagnostic[] = [];
  campaign.ignore.forEach((entry, i) => {
    const head = parsePath(entry)?.[0];
    if (typeof head === 'string' && known.length > 0 && !known.includes(head)) {
      const guess = nearest(head, known);
      out.push({
        ...campaign.locator.at(['ignore', i]),
        code: 'unknown-field',
        message: `\`ignore\` names \`${head}\`, which is not a ${provider!.title} campaign field`,
        hint: guess ? `did you mean \`${guess}\`?` : `fields: ${listSome(known, 20)}`,
      });
    }
  });
  return out;
}

/** The later of the fields a rule involves, as it stands in the file. */
function laterPath(locator: Locator, paths: readonly Path[]): Path {
  const present = paths.filter((p) => locator.has(p));
  if (present.length === 0) return paths[0]!;
  return present.reduce((a, b) => (locator.offset(b) > locator.offset(a) ? b : a));
}

function ruleDiagnostic(campaign: CampaignDocument, v: RuleViolation): Diagnostic {
  const inSpec = (p: readonly PathSegment[]): Path => ['spec', ...p];
  const path = laterPath(campaign.locator, [inSpec(v.path), ...(v.otherPaths ?? []).map(inSpec)]);
  return {
    ...campaign.locator.at(path),
    code: 'rule',
    rule: v.rule,
    message: v.message,
    ...(v.hint ? { hint: v.hint } : {}),
  };
}

/** Accounts whose campaigns a vendor's uniqueness rules judge together (same company, same chain). */
function ruleScopes(accounts: ReadonlyMap<string, AccountConfig>): { provider: string; accounts: string[] }[] {
  const groups = new Map<string, { provider: string; accounts: string[] }>();
  for (const [name, account] of accounts) {
    const scope = providers.get(account.provider)?.ruleScope?.(account.options);
    const key = `${account.provider}\u0000${scope === undefined ? `account:${name}` : `scope:${scope}`}`;
    const group = groups.get(key) ?? { provider: account.provider, accounts: [] };
    group.accounts.push(name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function checkAcrossFiles(campaigns: readonly CampaignDocument[], opts: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const accounts = opts.config.accounts;
  const usable: CampaignDocument[] = [];
  for (const c of campaigns) {
    const account = accounts.get(c.account);
    if (!account) {
      const guess = nearest(c.account, accounts.keys());
      out.push({
        ...c.locator.at(['account']),
        code: 'unknown-account',
        message: `account \`${c.account}\` is not declared in ${opts.config.file}`,
        hint: guess
          ? `did you mean \`${guess}\`?`
          : accounts.size > 0
            ? `declared accounts: ${listSome([...accounts.keys()])}`
            : `declare it under \`accounts:\` in ${opts.config.file}`,
      });
      continue;
    }
    if (account.provider !== c.provider) {
      const sameProvider = [...accounts.values()].filter((a) => a.provider === c.provider).map((a) => a.name);
      out.push({
        ...c.locator.at(['provider']),
        code: 'provider-mismatch',
        message: `account \`${c.account}\` is a ${account.provider} account, but this campaign says \`provider: ${c.provider}\``,
        hint: sameProvider.length
          ? `use a ${c.provider} account (${listSome(sameProvider)}) or \`provider: ${account.provider}\``
          : `use \`provider: ${account.provider}\`, or declare a ${c.provider} account`,
        related: [{ ...account.position, file: opts.config.file, message: `account \`${c.account}\` is declared here` }],
      });
      continue;
    }
    usable.push(c);
  }

  const byAddress = new Map<string, CampaignDocument>();
  const unique: CampaignDocument[] = [];
  for (const c of usable) {
    const first = byAddress.get(c.address);
    if (first) {
      const firstAt = first.locator.at(['id']);
      out.push({
        ...c.locator.at(['id']),
        code: 'duplicate-campaign',
        message: `campaign ${c.address} is also managed by ${first.file}:${firstAt.line}:${firstAt.col}`,
        hint: 'keep one document per campaign: merge the two, or fix the id',
        related: [{ ...firstAt, message: 'first managed here' }],
      });
      continue;
    }
    byAddress.set(c.address, c);
    unique.push(c);
  }

  for (const group of ruleScopes(accounts)) {
    const provider = providers.get(group.provider);
    if (!provider || provider.accountRules.length === 0) continue;
    const members = unique.filter((c) => group.accounts.includes(c.account));
    // New documents take part with id '': two of them the vendor would take for one campaign clash too.
    const entries: AccountCampaign<unknown>[] = members.map((c, key) => ({ ref: { key }, id: c.id ?? '', spec: c.spec }));
    const first = accounts.get(group.accounts[0]!)!;
    for (const rule of provider.accountRules) {
      for (const v of rule(entries, { account: group.accounts.join(', '), options: first.options, now: opts.now })) {
        const c = members[v.campaign.key];
        if (!c) continue;
        const diag = ruleDiagnostic(c, v);
        const related = (v.related ?? []).flatMap((r) => {
          const other = members[r.campaign.key];
          if (!other) return [];
          return [{ ...other.locator.at(['spec', ...r.path]), message: `${other.address} uses it here` }];
        });
        out.push(related.length ? { ...diag, related } : diag);
      }
    }
  }
  return out;
}
