/**
 * Where a released campaignctl can be found from a team's repository: the GitHub action its
 * workflows call and the URLs that serve its schemas. Both carry the package version, so a
 * repository made by `campaignctl init` keeps the campaignctl it was made with until the team moves
 * it on (docs/getting-started.md).
 */
import { VERSION } from '../cli/version.js';

/** The npm package, as published. */
export const PACKAGE_NAME = 'campaignctl';

/**
 * The GitHub repository holding action.yml. Releases tag it `v<package version>` (v0.1.0), which is
 * the ref generated workflows pin; a fork that publishes its own action changes this one line.
 */
export const ACTION_REPOSITORY = 'campaignctl/campaignctl';

/** The `uses:` of the campaignctl steps in generated workflows: `campaignctl/campaignctl@v0.1.0`. */
export function actionRef(version: string = VERSION): string {
  return `${ACTION_REPOSITORY}@v${version}`;
}

/** The folder URL serving a published version's schemas/ (the npm package through jsDelivr), with a trailing slash. */
export function publishedSchemaBase(version: string = VERSION): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/schemas/`;
}

/** The same for the latest release, for catalogs that follow releases. */
export function latestSchemaBase(): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}/schemas/`;
}
