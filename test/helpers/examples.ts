/**
 * The repository's example campaigns (campaigns/<vendor>/) that name a campaign the sandbox's seed
 * holds: every example but the new ones, which have no `id` yet (apply creates them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** Whether every document of a campaign file names its campaign's id. */
export function namesExistingCampaigns(text: string): boolean {
  return parseAllDocuments(text).every((d) => (d.toJS() as { id?: unknown } | null)?.id !== undefined);
}

/** The `.yaml` files of an example folder whose documents name existing campaigns, sorted. */
export function existingExampleFiles(dir: string): string[] {
  const folder = dir.endsWith('/') ? dir : `${dir}/`;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml') && namesExistingCampaigns(readFileSync(`${folder}${f}`, 'utf8')))
    .sort();
}
