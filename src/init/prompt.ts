/**
 * `campaignctl init` on a terminal with no `--account`: asks for the accounts one at a time, and
 * for each real one its endpoint and the settings its vendor requires. A wrong answer is said and
 * asked again; an empty account name ends the list; the end of input (Ctrl-D) gives up.
 */
import type { ValidateFunction } from 'ajv';
import { SCHEMA_BASE, loadSchemas } from '../desired/schema-registry.js';
import { providers } from '../providers/registry.js';
import { accountNameProblem, InitInputError, providerNamed, requiredSettings, type OpenSetting, type RequestedAccount } from './accounts.js';

/** Asks one question; the answer typed, or undefined when input ended. */
export type Ask = (question: string) => Promise<string | undefined>;

/** An account as answered: the endpoint and settings the person gave (none for `--sandbox`). */
export interface AnsweredAccount extends RequestedAccount {
  /** `sandbox`, a URL, or undefined: fill in later. */
  readonly endpoint?: string;
  readonly options: Readonly<Record<string, string | number>>;
}

/** Input ended before the accounts were complete. */
export class InputEnded extends Error {}

/** The schema of one spot of a shipped schema, by JSON pointer. */
function validatorAt(file: string, pointer: string): ValidateFunction {
  const fn = loadSchemas().ajv.getSchema(`${SCHEMA_BASE}${file}#${pointer}`);
  if (!fn) throw new Error(`${file} has nothing at ${pointer}`);
  return fn;
}

const customMessage = (schema: unknown): string | undefined => {
  const m = (schema as { 'x-message'?: unknown } | undefined)?.['x-message'];
  return typeof m === 'string' ? m : undefined;
};

/**
 * Why `value` does not pass `validate`, in the schema's words when it has some: those of the
 * outermost failing part (an `anyOf`'s, not one of its branches').
 */
function refusal(validate: ValidateFunction, value: unknown): string | undefined {
  if (validate(value)) return undefined;
  const errors = [...(validate.errors ?? [])].sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const custom = errors.map((e) => customMessage(e.parentSchema)).find((m) => m !== undefined);
  return custom ?? `it ${errors[0]?.message ?? 'is not valid'}`;
}

/** The answer as the setting's type reads it: a whole number for an integer, else the text. */
function typed(setting: OpenSetting, answer: string): string | number {
  return (setting.type === 'integer' || setting.type === 'number') && answer !== '' && Number.isFinite(Number(answer)) ? Number(answer) : answer;
}

export async function askAccounts(ask: Ask, say: (text: string) => void, opts: { readonly sandbox: boolean }): Promise<AnsweredAccount[]> {
  const answer = async (question: string): Promise<string> => {
    const a = await ask(question);
    if (a === undefined) throw new InputEnded('input ended');
    return a.trim();
  };
  say(
    'No --account given: name the vendor accounts for campaignctl.yaml, one at a time; an empty name ends the list.\n' +
      `Providers: ${[...providers.values()].map((p) => `${p.name} (${p.title})`).join(', ')}.\n`,
  );
  const accounts: AnsweredAccount[] = [];
  for (;;) {
    const name = await answer(accounts.length === 0 ? 'Account name: ' : 'Account name (empty to finish): ');
    if (name === '') {
      if (accounts.length > 0) return accounts;
      say('campaignctl.yaml needs at least one account.\n');
      continue;
    }
    const problem = accountNameProblem(name) ?? (accounts.some((a) => a.name === name) ? `account \`${name}\` is declared already` : undefined);
    if (problem) {
      say(`${problem}\n`);
      continue;
    }
    let provider;
    while (!provider) {
      try {
        provider = providerNamed(await answer(`Provider of ${name}: `));
      } catch (err) {
        if (!(err instanceof InitInputError)) throw err;
        say(`${err.message}\n`);
      }
    }
    if (opts.sandbox) {
      accounts.push({ name, provider, endpoint: 'sandbox', options: {} });
      continue;
    }
    const endpointRule = validatorAt('config.schema.json', '/$defs/account/properties/endpoint');
    let endpoint: string | undefined;
    for (;;) {
      const a = await answer(`Endpoint of ${name} (the ${provider.title} API's https:// base URL, or sandbox; empty to fill in later): `);
      const wrong = a === '' ? undefined : refusal(endpointRule, a);
      if (!wrong) {
        endpoint = a === '' ? undefined : a;
        break;
      }
      say(`${wrong}\n`);
    }
    const options: Record<string, string | number> = {};
    if (endpoint !== 'sandbox') {
      for (const setting of requiredSettings(provider)) {
        const rule = validatorAt(provider.schemaFile, `/$defs/account/properties/${setting.key}`);
        for (;;) {
          const a = await answer(`${setting.key} of ${name}${setting.description ? ` (${setting.description})` : ''}; empty to fill in later: `);
          const value = typed(setting, a);
          const wrong = a === '' ? undefined : refusal(rule, value);
          if (!wrong) {
            if (a !== '') options[setting.key] = value;
            break;
          }
          say(`${wrong}\n`);
        }
      }
    }
    accounts.push({ name, provider, ...(endpoint !== undefined ? { endpoint } : {}), options });
  }
}
