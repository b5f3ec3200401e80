/**
 * Import meets create: a document without `id` declares a campaign that apply will create, and
 * plan first looks for a live campaign that is already that document's (by the identity the
 * provider gives it: a unique name, or a marker create wrote). `import` looks the same way, so that
 * a campaign a new document stands for is never imported a second time into a file of its own:
 * `--all` and `--list` count it as managed, and `--id` writes its id into that document.
 */
import type { LiveCampaign, ProviderRuntime } from '../providers/runtime.js';
import type { ExistingDocument, ExistingFile } from './import-files.js';

/** A document without `id` of the account being imported. */
export interface NewDocument {
  readonly file: ExistingFile;
  readonly doc: ExistingDocument;
  /**
   * The document's creation key (a digest of its account, file and position, the same in every
   * checkout), which marker identities are made of; undefined where it is not known, and then only
   * identities that do not depend on it (unique names) are looked for.
   */
  readonly creationKey?: string;
}

/**
 * The creation key of a document without id: a digest of its account, its file's path from the
 * configuration's folder and its position in the file, which the loader gives new documents.
 * Unknown here yet: until it is, only identities that do not depend on it (unique names) are
 * matched, and marker identities (made of the key) are not looked for.
 */
export function creationKeyOf(_file: ExistingFile, _doc: ExistingDocument): string | undefined {
  return undefined;
}

/** The documents without `id` of one account, in the files under --dir. */
export function newDocumentsOf(existing: readonly ExistingFile[], provider: string, account: string): NewDocument[] {
  return existing.flatMap((file) =>
    file.documents
      .filter((d) => d.provider === provider && d.account === account && d.id === undefined && d.spec !== undefined)
      .map((doc) => {
        const creationKey = creationKeyOf(file, doc);
        return { file, doc, ...(creationKey !== undefined ? { creationKey } : {}) };
      }),
  );
}

export interface Matches {
  /** Live campaign id → the new document it stands for. */
  readonly byId: ReadonlyMap<string, NewDocument>;
  /** Live campaigns that several new documents, or one document and several campaigns, claim: named in messages. */
  readonly ambiguous: ReadonlyMap<string, string>;
}

/** Which live campaigns new documents stand for, by the provider's create identity. */
export function matchNewDocuments(
  runtime: ProviderRuntime<unknown>,
  docs: readonly NewDocument[],
  live: readonly LiveCampaign[],
  now: Date,
): Matches {
  const byId = new Map<string, NewDocument>();
  const ambiguous = new Map<string, string>();
  const create = runtime.create;
  if (!create || docs.length === 0) return { byId, ambiguous };
  const byKey = new Map<string, NewDocument[]>();
  for (const d of docs) {
    const key = identityKey(create, d, now);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const claimed = new Map<string, LiveCampaign[]>();
  for (const c of live) {
    const key = create.identityOf(c);
    if (key === undefined || !byKey.has(key)) continue;
    claimed.set(key, [...(claimed.get(key) ?? []), c]);
  }
  for (const [key, campaigns] of claimed) {
    const claimants = byKey.get(key)!;
    if (claimants.length === 1 && campaigns.length === 1) {
      byId.set(campaigns[0]!.id, claimants[0]!);
      continue;
    }
    const where = claimants.map((d) => `${d.file.source.path} (document ${d.doc.index + 1})`).join(', ');
    for (const c of campaigns) {
      ambiguous.set(c.id, campaigns.length > 1 ? `${campaigns.length} live campaigns match the new document in ${where}` : `several new documents match it: ${where}`);
    }
  }
  return { byId, ambiguous };
}

/** The document's identity key; a marker identity only when the creation key is known. */
function identityKey(create: NonNullable<ProviderRuntime<unknown>['create']>, d: NewDocument, now: Date): string | undefined {
  try {
    const identity = create.identity(d.doc.spec, { creationKey: d.creationKey ?? '', now });
    if (!identity || (identity.kind === 'marker' && d.creationKey === undefined)) return undefined;
    return identity.key;
  } catch {
    // A document too broken for its identity is validate's to report; it stands for nothing here.
    return undefined;
  }
}
