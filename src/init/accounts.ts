/**
 * The accounts `campaignctl init` declares: read from `--account NAME:PROVIDER` (or the prompt),
 * checked before anything is written, and given the settings their vendor needs. Names follow the
 * configuration schema's rule and providers come from the registry, so nothing here names a vendor;
 * what a vendor's account takes is read from its schema (`$defs.account`), and what its sandbox
 * account needs from its fake's harness.
 */
import { loadSchemas } from '../desired/schema-registry.js';
import { listSome, nearest } from '../desired/suggest.js';
import { isJsonObject } from '../json/guards.js';
import { accountOptions, requiredOptions, type DerivedVendor } from '../providers/derive/envelope-schemas.js';
import { getProvider, providers, registry } from '../providers/registry.js';
import type { ProviderDefinition } from '../providers/types.js';

/** An account as asked for: its name and provider, both checked. */
export interface RequestedAccount {
  readonly name: string;
  readonly provider: ProviderDefinition;
}

/** A setting of an account that init cannot know (the vendor's URL, a required id) and leaves to fill in. */
export interface OpenSetting {
  readonly key: string;
  /** What the schema says it is. */
  readonly description?: string;
  /** The schema's type for it, for the placeholder (`""` for a string, `null` otherwise). */
  readonly type?: string;
}

/** An account as init writes it. */
export interface InitAccount extends RequestedAccount {
  /** `sandbox`, or the vendor's base URL; undefined when it is left to fill in. */
  readonly endpoint?: string;
  /** Settings beside provider and endpoint (company_id, chain_id…), in schema order. */
  readonly options: Readonly<Record<string, string | number>>;
  /** Required settings with no value yet (written as placeholders `validate` refuses until filled in). */
  readonly open: readonly OpenSetting[];
}

/** Bad input: the message says what is wrong and what would be right. */
export class InitInputError extends Error {}

interface NameRule {
  readonly pattern: RegExp;
  readonly message: string;
}

/** The account-name rule of config.schema.json (`accounts.propertyNames`). */
function accountNameRule(): NameRule {
  const schema = loadSchemas().schemas.get('config.schema.json');
  const accounts = isJsonObject(schema?.properties) ? schema.properties.accounts : undefined;
  const names = isJsonObject(accounts) ? accounts.propertyNames : undefined;
  if (!isJsonObject(names) || typeof names.pattern !== 'string') throw new Error('config.schema.json states no rule for account names');
  return { pattern: new RegExp(names.pattern, 'u'), message: typeof names['x-message'] === 'string' ? names['x-message'] : `an account name must match ${names.pattern}` };
}

/** Why `name` cannot name an account, or undefined when it can. */
export function accountNameProblem(name: string): string | undefined {
  const rule = accountNameRule();
  if (name === '') return 'the account name is empty';
  return rule.pattern.test(name) ? undefined : `\`${name}\` is not a valid account name: ${rule.message}`;
}

/** The provider called `name`, or an error naming the ones there are. */
export function providerNamed(name: string): ProviderDefinition {
  const found = getProvider(name);
  if (found) return found;
  const names = [...providers.keys()];
  const guess = nearest(name, names);
  throw new InitInputError(
    `${name === '' ? 'no provider given' : `unknown provider \`${name}\``}${guess ? `; did you mean \`${guess}\`?` : ''} (providers: ${names.join(', ')})`,
  );
}

/** One `--account NAME:PROVIDER`. */
export function parseAccountArgument(value: string): RequestedAccount {
  const colon = value.lastIndexOf(':');
  if (colon < 0) {
    throw new InitInputError(`--account takes NAME:PROVIDER, e.g. shop-eu:${[...providers.keys()][0] ?? 'provider'} (got "${value}")`);
  }
  const name = value.slice(0, colon).trim();
  const problem = accountNameProblem(name);
  if (problem) throw new InitInputError(`--account ${value}: ${problem}`);
  try {
    return { name, provider: providerNamed(value.slice(colon + 1).trim()) };
  } catch (err) {
    if (err instanceof InitInputError) throw new InitInputError(`--account ${value}: ${err.message}`);
    throw err;
  }
}

/** Refuses an account declared twice (names are compared as written: YAML keys are case-sensitive). */
export function checkDistinct(accounts: readonly RequestedAccount[]): void {
  const seen = new Set<string>();
  for (const a of accounts) {
    if (seen.has(a.name)) throw new InitInputError(`account \`${a.name}\` is given twice; each account is declared once (give the others other names)`);
    seen.add(a.name);
  }
}

function vendorOf(provider: ProviderDefinition): DerivedVendor {
  const schema = loadSchemas().schemas.get(provider.schemaFile);
  return { name: provider.name, title: provider.title, schemaFile: provider.schemaFile, credentialKeys: provider.credentialKeys, ...(schema ? { schema } : {}) };
}

/** The settings a vendor's account requires beside provider and endpoint, as its schema describes them. */
export function requiredSettings(provider: ProviderDefinition): OpenSetting[] {
  const vendor = vendorOf(provider);
  const described = new Map(accountOptions(vendor));
  return requiredOptions(vendor).map((key) => {
    const schema = described.get(key);
    return {
      key,
      ...(typeof schema?.description === 'string' ? { description: schema.description } : {}),
      ...(typeof schema?.type === 'string' ? { type: schema.type } : {}),
    };
  });
}

/** The settings a sandbox account of `provider` needs to see the seeded campaigns (its fake's harness). */
export async function sandboxSettings(provider: ProviderDefinition): Promise<Readonly<Record<string, string | number>>> {
  const entry = registry.find((e) => e.provider === provider);
  const harness = await (await entry?.fake())?.harness?.();
  return harness?.seedAccount ?? {};
}

/** The account on the embedded sandbox, with the settings of the sandbox's seeded campaigns. */
export async function sandboxAccount(requested: RequestedAccount): Promise<InitAccount> {
  const options = await sandboxSettings(requested.provider);
  const missing = requiredSettings(requested.provider).filter((s) => options[s.key] === undefined);
  if (missing.length > 0) {
    // A fake whose harness lacks them: the registry's fault, not the user's.
    throw new Error(`the ${requested.provider.name} sandbox names no ${listSome(missing.map((s) => s.key))} for its seeded campaigns (src/sandbox/${requested.provider.name}/harness.ts, seedAccount)`);
  }
  return { ...requested, endpoint: 'sandbox', options, open: [] };
}

/** A real account whose endpoint and required settings are left to fill in (or given, from the prompt). */
export function liveAccount(
  requested: RequestedAccount,
  given: { readonly endpoint?: string; readonly options?: Readonly<Record<string, string | number>> } = {},
): InitAccount {
  const options = given.options ?? {};
  return {
    ...requested,
    ...(given.endpoint !== undefined ? { endpoint: given.endpoint } : {}),
    options,
    open: requiredSettings(requested.provider).filter((s) => options[s.key] === undefined),
  };
}
