import type { SpaazaSpec } from '../../generated/spaaza.js';
import { defineProvider } from '../types.js';
import { accountRules, specRules } from './rules.js';

export const provider = defineProvider<SpaazaSpec>({
  name: 'spaaza',
  title: 'Spaaza',
  schemaFile: 'spaaza.schema.json',
  specRules,
  accountRules,
});
