/** The README `campaignctl init` leaves in a new campaign folder, so that git keeps the folder. */

export function campaignsReadme(dir: string): string {
  return [
    '# Campaigns',
    '',
    `Campaign files for campaignctl: every \`*.yaml\` under \`${dir}/\`, any folder layout, one campaign per`,
    'YAML document, each naming its `provider`, its `account` (declared in campaignctl.yaml), the',
    "vendor's `id` and the `spec` fields you manage. A field left out of `spec` is never touched.",
    '',
    '- `npx campaignctl import --account NAME --all` writes a file for every live campaign of an',
    `  account (\`${dir}/<provider>/<name>-<id>.yaml\`), to adopt them;`,
    '- `npx campaignctl validate` checks the files (no network), `npx campaignctl plan` shows what',
    "  apply would change at the vendors;",
    '- a pull request that changes them gets the plan as a comment, and merging it applies.',
    '',
  ].join('\n');
}
