import type { MasivoSpec } from '../../generated/masivo.js';
import { defineProvider } from '../types.js';
import { accountRules, specRules } from './rules.js';
import { runtime } from './runtime.js';
import { createRules } from './create-rules.js';
import { roles } from './roles.js';

export const provider = defineProvider<MasivoSpec>({
  name: 'masivo',
  title: 'Masivo',
  schemaFile: 'masivo.schema.json',
  credentialKeys: ['api_key'],
  campaignIdKey: (id) => id.toLowerCase(), // a UUID: letter case does not tell two apart
  specRules,
  createRules,
  accountRules,
  roles,
  runtime,
});
