import type { SpaazaSpec } from '../../generated/spaaza.js';
import { defineProvider } from '../types.js';
import { accountRules, specRules } from './rules.js';
import { runtime } from './runtime.js';
import { roles } from './roles.js';

export const provider = defineProvider<SpaazaSpec>({
  name: 'spaaza',
  title: 'Spaaza',
  schemaFile: 'spaaza.schema.json',
  credentialKeys: ['session_user_id', 'session_key'],
  campaignIdKey: (id) => id.replace(/^0+(?=\d)/, ''), // a number: leading zeros do not make another id
  specRules,
  accountRules,
  // One active default loyalty campaign per chain; accounts on the same chain are judged together.
  ruleScope: (options) => {
    const scope = options['chain_id'];
    return typeof scope === 'string' || typeof scope === 'number' ? String(scope) : undefined;
  },
  roles,
  runtime,
});
