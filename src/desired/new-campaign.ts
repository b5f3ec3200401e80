/**
 * A document without `id` declares a campaign apply is to create. Until it has an id it is known
 * by where it stands: its account, its file (relative to the folder of campaignctl.yaml, so the
 * same in every checkout) and its place in the file. From these come its address, which plans,
 * --target and --shard use, and its creation key, which the last-applied record and the providers'
 * markers use to find the campaign again should a create's answer be lost.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** `new:` in an address marks a campaign that has no id yet. */
export const NEW_MARKER = 'new:';

export interface NewCampaignPlace {
  readonly provider: string;
  readonly account: string;
  /** The file relative to the folder of campaignctl.yaml, with `/` separators. */
  readonly file: string;
  /** 0-based position of the document in its file, as the loader counts documents. */
  readonly index: number;
}

/** `<provider>/<account>/new:<file>`, `#<n>` (1-based) added when the document is not its file's first. */
export function newCampaignAddress(place: NewCampaignPlace): string {
  return `${place.provider}/${place.account}/${NEW_MARKER}${place.file}${place.index > 0 ? `#${place.index + 1}` : ''}`;
}

/** A digest of the place: stable across checkouts and machines, and different for every document. */
export function creationKeyOf(place: NewCampaignPlace): string {
  const text = `${place.provider}/${place.account}\u0000${place.file}\u0000${place.index}`;
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}

/**
 * `file` as the creation key names it: relative to the folder of the configuration file. Both
 * paths are as shown to the user (relative to `cwd`, or absolute).
 */
export function pathFromConfig(file: string, configFile: string, cwd: string): string {
  const rel = path.relative(path.dirname(path.resolve(cwd, configFile)), path.resolve(cwd, file));
  return rel.split(path.sep).join('/');
}

/** Whether an address names a campaign that has no id yet. */
export function isNewAddress(address: string): boolean {
  const parts = address.split('/');
  return parts.length > 2 && parts[2]!.startsWith(NEW_MARKER);
}
