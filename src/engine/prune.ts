/**
 * Campaigns apply managed whose document is gone: every address in the last-applied record's
 * managed set that no document of the repository claims any more, by its id or (for a document
 * still without one) by the id an earlier apply created it as. Each is planned per its account's
 * `prune` in campaignctl.yaml (planner.ts): forgotten, retired or deleted.
 */
import type { AccountConfig } from '../config/load.js';
import type { CampaignDocument } from '../desired/campaign.js';
import type { PruneMode } from '../providers/derive/envelope-schemas.js';
import type { LastAppliedRecord } from './last-applied.js';
import { campaignKey } from './plan-check.js';

export interface PruneCandidate {
  /** `<provider>/<account>/<id>`, as the managed set holds it. */
  readonly address: string;
  readonly provider: string;
  readonly account: string;
  readonly id: string;
  /** The account's `prune`; undefined when the account is no longer declared (for this provider). */
  readonly prune: PruneMode | undefined;
}

/** `<provider>/<account>/<id>` split; provider and account names hold no `/`, an id may. */
export function splitAddress(address: string): { provider: string; account: string; id: string } | undefined {
  const m = /^([^/]+)\/([^/]+)\/(.+)$/.exec(address);
  return m ? { provider: m[1]!, account: m[2]!, id: m[3]! } : undefined;
}

/** The managed campaigns no document claims, in address order. */
export function pruneCandidates(
  record: LastAppliedRecord,
  documents: readonly CampaignDocument[],
  accounts: ReadonlyMap<string, AccountConfig>,
): PruneCandidate[] {
  const claimed = new Set<string>();
  for (const c of documents) {
    const id = c.id ?? (c.creationKey !== undefined ? record.creates[c.creationKey]?.id : undefined);
    if (id !== undefined) claimed.add(campaignKey(c.provider, c.account, id));
  }
  const out: PruneCandidate[] = [];
  for (const address of [...new Set(record.managed)].sort()) {
    const parts = splitAddress(address);
    if (!parts || claimed.has(campaignKey(parts.provider, parts.account, parts.id))) continue;
    const account = accounts.get(parts.account);
    out.push({ address, ...parts, prune: account?.provider === parts.provider ? (account.prune ?? 'none') : undefined });
  }
  return out;
}

/** Whether planning a candidate reads its campaign (to retire or delete it): it needs its account's session. */
export function needsSession(c: PruneCandidate): boolean {
  return c.prune === 'deactivate' || c.prune === 'delete';
}

/**
 * The `creates` entries that are done with: their campaign's id is now written in a document (the
 * write-back reached git), so the record no longer needs to stand in for it.
 */
export function settledCreates(record: LastAppliedRecord, documents: readonly CampaignDocument[]): string[] {
  const named = new Set(documents.flatMap((c) => (c.id !== undefined ? [campaignKey(c.provider, c.account, c.id)] : [])));
  return Object.entries(record.creates).flatMap(([key, entry]) => {
    const place = splitAddress(entry.address);
    return entry.id !== undefined && place && named.has(campaignKey(place.provider, place.account, entry.id)) ? [key] : [];
  });
}
