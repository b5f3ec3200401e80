/**
 * Credential values, read from the environment when a command needs to talk to a vendor. A value
 * never leaves this module except into the HTTP layer, which also receives it for redaction.
 */
import type { Diagnostic } from '../desired/diagnostic.js';
import type { AccountConfig, LoadedConfig } from './load.js';

/** C0 controls and DEL: never part of a credential, and CR/LF would end an HTTP header. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

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
    // Surrounding whitespace (a pasted secret's trailing newline) is never part of a credential.
    const value = variable === undefined ? undefined : env[variable]?.trim();
    const control = value === undefined ? -1 : value.search(CONTROL_CHARACTER);
    if (variable !== undefined && value !== undefined && control >= 0) {
      // A line break inside a header value would end the header: refuse it, and never show the value.
      diagnostics.push({
        ...(config.locator?.at(['accounts', account.name, 'credentials', key, 'env']) ?? account.position),
        file: config.file,
        code: 'credentials',
        message: `environment variable ${variable} (credential \`${key}\` of account \`${account.name}\`) holds a line break or another control character (character ${control + 1})`,
        hint: `set ${variable} to the credential alone, e.g. with printf '%s' rather than echo, or re-save the CI secret`,
      });
      continue;
    }
    if (value !== undefined && value !== '') {
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
