import { defineProvider } from '../types.js';
import type { LulaSpec } from '../../generated/lula.js';
import { accountRules, specRules } from './rules.js';

export const provider = defineProvider<LulaSpec>({
  name: 'lula',
  title: 'Lula Commerce',
  schemaFile: 'lula.schema.json',
  specRules,
  accountRules,
});
