/**
 * campaignctl.yaml: the accounts campaigns are reconciled against. Only names of environment
 * variables live here; values are read when a command needs them (see credentials.ts).
 */
import type { Diagnostic, SourcePosition } from '../desired/diagnostic.js';
import { readInputFile } from '../desired/read-input.js';
import { loadSchemas } from '../desired/schema-registry.js';
import { schemaDiagnostics } from '../desired/schema-errors.js';
import { loadYaml, type Locator } from '../desired/yaml-source.js';
import type { Account, Config } from '../generated/config.js';
import { policyOf, type Policy } from './policy.js';
import { configuredTimeZone } from './timezone.js';

export const DEFAULT_CONFIG_FILE = 'campaignctl.yaml';

/** Keys every account has; anything else beside them is a vendor option (company_id, chain_id…). */
const COMMON_KEYS = new Set(['provider', 'endpoint', 'credentials', 'concurrency', 'rate_limit', 'request_timeout', 'run_timeout', 'ignore', 'prune']);

export interface AccountConfig {
  readonly name: string;
  readonly provider: Account['provider'];
  /** `sandbox`, or the vendor base URL. */
  readonly endpoint: string;
  /** Credential key → name of the environment variable holding it. */
  readonly credentials: Readonly<Record<string, string>>;
  readonly concurrency?: number;
  readonly rateLimit?: number;
  /** `request_timeout`, in seconds: one request, every attempt and wait included. */
  readonly requestTimeout?: number;
  /** `run_timeout`, in seconds: everything one command does with the account. */
  readonly runTimeout?: number;
  readonly ignore: readonly string[];
  /**
   * What plan does with a campaign apply manages that no document declares any more: `none` (absent)
   * forgets it, `deactivate` stops it, `delete` deletes it.
   */
  readonly prune?: Account['prune'];
  /** Vendor-specific options, e.g. Lula `company_id`, Spaaza `chain_id`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Where the account is declared, for errors about it. */
  readonly position: SourcePosition;
}

export interface LoadedConfig {
  readonly file: string;
  readonly accounts: ReadonlyMap<string, AccountConfig>;
  /** `policy:`, its defaults filled in (policy.ts). */
  readonly policy: Policy;
  /** `timezone:`, the IANA zone plans show dates in (as written; checked to be one the runtime knows); absent: UTC. */
  readonly timezone?: string;
  readonly locator?: Locator;
}

export interface ConfigResult {
  readonly config?: LoadedConfig;
  readonly diagnostics: Diagnostic[];
}

export function parseConfigText(content: string | Uint8Array, file: string): ConfigResult {
  const loaded = loadYaml(file, content);
  if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics };
  if (loaded.documents.length !== 1) {
    return {
      diagnostics: [
        {
          file,
          line: loaded.documents[1]?.start.line ?? 1,
          col: 1,
          code: 'config',
          message:
            loaded.documents.length === 0
              ? 'the configuration file is empty'
              : 'the configuration file must hold one YAML document',
          hint: 'declare all accounts under one `accounts:` mapping',
        },
      ],
    };
  }
  const doc = loaded.documents[0]!;
  if (!loadSchemas().check('config.schema.json')(doc.value)) {
    const validate = loadSchemas().validator('config.schema.json');
    validate(doc.value);
    return { diagnostics: schemaDiagnostics(validate.errors, { file, locator: doc.locator }) };
  }
  const raw = doc.value as Config;
  const zone = configuredTimeZone(raw.timezone, () => doc.locator.at(['timezone']));
  if ('diagnostic' in zone) return { diagnostics: [zone.diagnostic] };
  const accounts = new Map<string, AccountConfig>();
  for (const [name, account] of Object.entries(raw.accounts)) {
    if (!account) continue;
    const options: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(account)) if (!COMMON_KEYS.has(k)) options[k] = v;
    const credentials: Record<string, string> = {};
    for (const [k, v] of Object.entries(account.credentials ?? {})) if (v) credentials[k] = v.env;
    accounts.set(name, {
      name,
      provider: account.provider,
      endpoint: account.endpoint,
      credentials,
      ...(account.concurrency !== undefined ? { concurrency: account.concurrency } : {}),
      ...(account.rate_limit !== undefined ? { rateLimit: account.rate_limit } : {}),
      ...(account.request_timeout !== undefined ? { requestTimeout: account.request_timeout } : {}),
      ...(account.run_timeout !== undefined ? { runTimeout: account.run_timeout } : {}),
      ignore: account.ignore ?? [],
      ...(account.prune !== undefined ? { prune: account.prune } : {}),
      options,
      // Found when an error names the account: locating parses the file again with the `yaml` package.
      get position() {
        return doc.locator.at(['accounts', name], 'key');
      },
    });
  }
  return { config: { file, accounts, policy: policyOf(raw.policy), ...(zone.timezone !== undefined ? { timezone: zone.timezone } : {}), locator: doc.locator }, diagnostics: [] };
}

export async function loadConfigFile(file: string): Promise<ConfigResult> {
  const input = await readInputFile(file, 'configuration file', 'create campaignctl.yaml at the repository root, or pass --config PATH');
  return 'diagnostic' in input ? { diagnostics: [input.diagnostic] } : parseConfigText(input.bytes, file);
}
