/**
 * One session per account a command needs: the provider, its runtime, and an HTTP client bound
 * to the account's endpoint, credentials, concurrency and rate limit. Accounts on
 * `endpoint: sandbox` share one embedded sandbox for the whole command, loaded only then.
 */
import path from 'node:path';
import type { AccountConfig, LoadedConfig } from '../config/load.js';
import { resolveCredentials } from '../config/credentials.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { createHttpClient } from '../http/client.js';
import { HTTP_DEFAULTS } from '../http/policy.js';
import type { HttpClient } from '../http/types.js';
import { getProvider } from '../providers/registry.js';
import type { ProviderRuntime } from '../providers/runtime.js';
import type { ProviderDefinition } from '../providers/types.js';
import type { Sandbox } from '../sandbox/server.js';

export interface AccountSession {
  readonly account: AccountConfig;
  readonly provider: ProviderDefinition;
  readonly runtime: ProviderRuntime<unknown>;
  readonly http: HttpClient;
  /** Requests (and so writes) in flight at once for this account. */
  readonly concurrency: number;
}

export interface Sessions {
  readonly byAccount: ReadonlyMap<string, AccountSession>;
  readonly diagnostics: Diagnostic[];
  /** The embedded sandbox, when an account uses one. */
  readonly sandbox?: Sandbox;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly config: LoadedConfig;
  readonly accounts: ReadonlySet<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory the config path is relative to. */
  readonly cwd: string;
  /** Overrides every account's concurrency (--concurrency). */
  readonly concurrency?: number;
  readonly log?: (line: string) => void;
}

/** Resolves every credential first: any missing one is an error before a single request is sent. */
export async function openSessions(opts: OpenOptions): Promise<Sessions> {
  const diagnostics: Diagnostic[] = [];
  const prepared: { account: AccountConfig; provider: ProviderDefinition; runtime: ProviderRuntime<unknown>; credentials: Readonly<Record<string, string>> }[] = [];
  for (const name of [...opts.accounts].sort()) {
    const account = opts.config.accounts.get(name);
    const provider = account ? getProvider(account.provider) : undefined;
    if (!account || !provider) continue;
    if (!provider.runtime) {
      diagnostics.push({
        ...account.position,
        file: opts.config.file,
        code: 'unsupported',
        message: `campaignctl cannot plan ${provider.title} campaigns yet (account \`${name}\`)`,
      });
      continue;
    }
    const creds = resolveCredentials(opts.config, account, provider.credentialKeys, opts.env);
    diagnostics.push(...creds.diagnostics);
    prepared.push({ account, provider, runtime: provider.runtime, credentials: creds.values });
  }
  if (diagnostics.length > 0) return { byAccount: new Map(), diagnostics, close: async () => {} };

  let sandbox: Sandbox | undefined;
  if (prepared.some((p) => p.account.endpoint === 'sandbox')) {
    // Imported only here: a command against real vendors never loads the sandbox or its fakes.
    const { startEmbeddedSandbox } = await import('../sandbox/embedded.js');
    sandbox = await startEmbeddedSandbox(path.resolve(opts.cwd, opts.config.file));
  }
  const byAccount = new Map<string, AccountSession>();
  for (const p of prepared) {
    const baseUrl = p.account.endpoint === 'sandbox' ? sandbox!.endpoint(p.provider.name) : p.account.endpoint;
    const auth = p.runtime.auth({ account: p.account, credentials: p.credentials });
    const concurrency = opts.concurrency ?? p.account.concurrency;
    const http = createHttpClient({
      baseUrl,
      name: p.account.name,
      secrets: Object.values(p.credentials),
      ...(auth ? { auth } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(p.account.rateLimit !== undefined ? { rateLimit: p.account.rateLimit } : {}),
      ...(p.account.requestTimeout !== undefined || p.account.runTimeout !== undefined
        ? {
            policy: {
              timeouts: {
                ...(p.account.requestTimeout !== undefined ? { totalMs: p.account.requestTimeout * 1000 } : {}),
                ...(p.account.runTimeout !== undefined ? { runMs: p.account.runTimeout * 1000 } : {}),
              },
            },
          }
        : {}),
      ...(opts.log ? { log: opts.log } : {}),
    });
    byAccount.set(p.account.name, {
      account: p.account,
      provider: p.provider,
      runtime: p.runtime,
      http,
      concurrency: concurrency ?? HTTP_DEFAULTS.concurrency,
    });
  }
  return {
    byAccount,
    diagnostics: [],
    ...(sandbox ? { sandbox } : {}),
    async close() {
      await Promise.all([...byAccount.values()].map((s) => s.http.close()));
      await sandbox?.stop();
    },
  };
}
