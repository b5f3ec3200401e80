/**
 * Import meets create: a document without `id` declares a campaign that apply will create, and
 * plan first looks for a live campaign that is already that document's (by the identity the
 * provider gives it: a unique name, or a marker create wrote). `import` looks the same way, so that
 * a campaign a new document stands for is never imported a second time into a file of its own:
 * `--all` and `--list` count it as managed, and `--id` writes its id into that document.
 */
import path from 'node:path';
import { creationKeyOf, pathFromConfig } from '../desired/new-campaign.js';
import type { LiveCampaign, ProviderRuntime } from '../providers/runtime.js';
import type { ExistingDocument, ExistingFile } from './import-files.js';

/** A document without `id` of the account being imported. */
export interface NewDocument {
  readonly file: ExistingFile;
  readonly doc: ExistingDocument;
  /** The document's creation key (a digest of its account, file and position), which marker identities are made of. */
  readonly creationKey: string;
}

/**
 * The documents without `id` of one account, in the files under --dir, with the creation key the
 * loader gives each (its account, its file's path from the configuration's folder and its position
 * in the file), so that marker identities are matched as plan matches them. `configFile` is absolute.
 */
export function newDocumentsOf(existing: readonly ExistingFile[], provider: string, account: string, configFile: string): NewDocument[] {
  return existing.flatMap((file) =>
    file.documents
      .filter((d) => d.provider === provider && d.account === account && d.id === undefined && d.spec !== undefined)
      .map((doc) => {
        const place = { provider, account, file: pathFromConfig(file.file, configFile, path.dirname(configFile)), index: doc.index };
        return { file, doc, creationKey: creationKeyOf(place) };
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

/** The document's identity key (a unique name, or the marker its create writes). */
function identityKey(create: NonNullable<ProviderRuntime<unknown>['create']>, d: NewDocument, now: Date): string | undefined {
  try {
    return create.identity(d.doc.spec, { creationKey: d.creationKey, now })?.key;
  } catch {
    // A document too broken for its identity is validate's to report; it stands for nothing here.
    return undefined;
  }
}
