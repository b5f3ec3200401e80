/**
 * What the forms of `import` share: the account named by --account, a session on it, and the live
 * campaigns read through it.
 */
import type { AccountConfig, LoadedConfig } from '../config/load.js';
import { listSome, nearest } from '../desired/suggest.js';
import { openSessions, type AccountSession, type Sessions } from '../engine/sessions.js';
import { getProvider } from '../providers/registry.js';
import type { LiveCampaign } from '../providers/runtime.js';
import type { ProviderDefinition } from '../providers/types.js';
import type { CliIO } from './io.js';

export const importFail = (io: CliIO, message: string): 1 => {
  io.stderr.write(`campaignctl import: ${message}\n`);
  return 1;
};

/** An account of campaignctl.yaml whose provider can read campaigns. */
export interface ImportAccount {
  readonly account: AccountConfig;
  readonly provider: ProviderDefinition;
}

/** The account named `name`, or the message that says why there is none to read. */
export function resolveAccount(config: LoadedConfig, name: string): ImportAccount | string {
  const account = config.accounts.get(name);
  if (!account) {
    const names = [...config.accounts.keys()];
    const guess = nearest(name, names);
    const hint = guess ? `did you mean \`${guess}\`?` : names.length ? `declared accounts: ${listSome(names)}` : 'declare it under `accounts:`';
    return `account \`${name}\` is not declared in ${config.file}; ${hint}`;
  }
  const provider = getProvider(account.provider);
  if (!provider?.runtime) return `campaignctl cannot import ${provider?.title ?? account.provider} campaigns yet`;
  return { account, provider };
}

export async function openImportSessions(io: CliIO, config: LoadedConfig, accounts: ReadonlySet<string>, concurrency: number | undefined): Promise<Sessions> {
  return openSessions({ config, accounts, env: io.env, cwd: io.cwd, ...(concurrency !== undefined ? { concurrency } : {}) });
}

export class NotFound extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`not found: ${ids.join(', ')}`);
  }
}

/** Every campaign of the account (`ids` undefined), or those; NotFound names the ids it lacks. */
export async function readCampaigns(
  session: AccountSession,
  ids: readonly string[] | undefined,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<LiveCampaign[]> {
  const ctx = { http: session.http, account: session.account, signal, warn };
  if (ids === undefined) return session.runtime.readAll(ctx);
  const found = await session.runtime.read(ids, ctx);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFound(missing);
  return ids.map((id) => found.get(id)!);
}

/** The vendor's identity of an id (UUIDs in any case, leading zeros): two ids with one key are one campaign. */
export function idKeyOf(provider: ProviderDefinition): (id: string) => string {
  return (id) => provider.campaignIdKey?.(id) ?? id;
}

export function byId(a: LiveCampaign, b: LiveCampaign): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
