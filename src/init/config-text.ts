/**
 * The text of the campaignctl.yaml that `campaignctl init` writes: the editor's schema line, a
 * comment on where credentials come from, then one entry per account. A setting init cannot know
 * is written as an empty placeholder with a comment saying what goes there, so that `validate`
 * points at its line until it is filled in.
 */
import { stringify } from 'yaml';
import type { CredentialSource } from '../config/credential-env.js';
import type { InitAccount, OpenSetting } from './accounts.js';

/** A key or value as YAML reads it back unchanged (quoted where it would read as something else). */
function scalar(value: string | number | null): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function placeholder(setting: OpenSetting): string {
  const what = setting.description ? `: ${setting.description.replace(/\s+/g, ' ')}` : '';
  return `${scalar(setting.key)}: ${setting.type === 'string' ? '""' : 'null'}  # fill in${what}`;
}

/**
 * campaignctl.yaml for `accounts`, each with the credential variables of the source of the same
 * account; `schemaRef` is the config schema relative to the file.
 */
export function renderConfig(accounts: readonly InitAccount[], credentials: readonly CredentialSource[], schemaRef: string): string {
  const lines = [
    `# yaml-language-server: $schema=${schemaRef}`,
    '#',
    '# The vendor accounts campaignctl reconciles campaigns against; campaign files name them with',
    '# `account:`. Credentials are never written here, only the environment variables that hold them:',
    '# <PROVIDER>_<KEY>, or <PROVIDER>_<ACCOUNT>_<KEY> for accounts sharing a provider. The workflows in',
    '# .github/workflows pass each from the repository secret of the same name.',
    'accounts:',
  ];
  for (const account of accounts) {
    lines.push(`  ${scalar(account.name)}:`, `    provider: ${scalar(account.provider.name)}`);
    if (account.endpoint === 'sandbox') {
      lines.push('    endpoint: sandbox  # the embedded local fake; the vendor\'s https:// API base URL to go live');
    } else if (account.endpoint !== undefined) lines.push(`    endpoint: ${scalar(account.endpoint)}`);
    else lines.push(`    endpoint: ""  # fill in: the ${account.provider.title} API base URL (https://…), or sandbox`);
    for (const [key, value] of Object.entries(account.options)) lines.push(`    ${scalar(key)}: ${scalar(value)}`);
    for (const setting of account.open) lines.push(`    ${placeholder(setting)}`);
    const variables = credentials.find((c) => c.account === account.name)?.credentials ?? {};
    const keys = Object.entries(variables);
    if (keys.length > 0) {
      lines.push('    credentials:', ...keys.map(([key, variable]) => `      ${scalar(key)}: { env: ${variable} }`));
    }
  }
  return `${lines.join('\n')}\n`;
}
