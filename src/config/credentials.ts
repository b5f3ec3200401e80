/**
 * Credential values, read from the environment when a command needs to talk to a vendor. A value
 * never leaves this module except into the HTTP layer, which also receives it for redaction.
 */
import type { Diagnostic } from '../desired/diagnostic.js';
import type { AccountConfig, LoadedConfig } from './load.js';

export interface ResolvedCredentials {
  readonly values: Readonly<Record<string, string>>;
  readonly diagnostics: Diagnostic[];
}

/**
 * For a sandbox account every declared credential is optional, and keys left undeclared get a
 * placeholder value: the fakes demand the vendor's headers, not real secrets.
 */
export function resolveCredentials(
  config: LoadedConfig,
  account: AccountConfig,
  keys: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ResolvedCredentials {
  const values: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const sandbox = account.endpoint === 'sandbox';
  for (const key of keys) {
    const variable = account.credentials[key];
    const value = variable === undefined ? undefined : env[variable];
    if (value !== undefined && value.trim() !== '') {
      values[key] = value;
      continue;
    }
    if (sandbox) {
      values[key] = `sandbox-${key}`;
      continue;
    }
    const where = config.locator?.at(['accounts', account.name, 'credentials', ...(variable ? [key, 'env'] : [])]) ?? account.position;
    diagnostics.push({
      ...where,
      file: config.file,
      code: 'credentials',
      message:
        variable === undefined
          ? `account \`${account.name}\` declares no \`${key}\` credential`
          : `environment variable ${variable} (credential \`${key}\` of account \`${account.name}\`) is ${value === undefined ? 'not set' : 'empty'}`,
      hint: variable === undefined ? `add \`${key}: { env: NAME }\` under \`credentials:\`` : `export ${variable} before running, or set it as a CI secret`,
    });
  }
  return { values, diagnostics };
}
