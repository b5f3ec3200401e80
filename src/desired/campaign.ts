import type { SourcePosition } from './diagnostic.js';
import type { Locator } from './yaml-source.js';

/** One campaign document that passed loading and schema checks. */
export interface CampaignDocument {
  readonly file: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  /** Where the document starts. */
  readonly start: SourcePosition;
  readonly provider: string;
  readonly account: string;
  /** The vendor id, as a string even where YAML wrote a number; absent for a campaign apply is to create. */
  readonly id?: string;
  /**
   * `<provider>/<account>/<id>`: stable, used in plans and --target. A document without id has
   * `<provider>/<account>/new:<file relative to campaignctl.yaml>[#n]` (new-campaign.ts).
   */
  readonly address: string;
  /** Present exactly when `id` is not: the document's creation key (new-campaign.ts). */
  readonly creationKey?: string;
  readonly spec: Readonly<Record<string, unknown>>;
  readonly ignore: readonly string[];
  readonly locator: Locator;
}

export function campaignAddress(provider: string, account: string, id: string): string {
  return `${provider}/${account}/${id}`;
}
