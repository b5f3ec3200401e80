import { defineProvider } from '../types.js';
import type { LulaSpec } from '../../generated/lula.js';
import { accountRules, specRules } from './rules.js';
import { runtime } from './runtime.js';
import { createRules } from './create-rules.js';
import { roles } from './roles.js';

export const provider = defineProvider<LulaSpec>({
  name: 'lula',
  title: 'Lula Commerce',
  schemaFile: 'lula.schema.json',
  credentialKeys: ['token'],
  campaignIdKey: (id) => id.replace(/^0+(?=\d)/, ''), // a number: leading zeros do not make another id
  specRules,
  createRules,
  accountRules,
  roles,
  runtime,
  // Names are unique within a company; accounts on the same company are judged together.
  ruleScope: (options) => {
    const scope = options['company_id'];
    return typeof scope === 'string' || typeof scope === 'number' ? String(scope) : undefined;
  },
});
