import type { TopsortSpec } from '../../generated/topsort.js';
import { defineProvider } from '../types.js';
import { createRules } from './create-rules.js';
import { endAfterStart } from './dates.js';
import { uniqueExternalCampaignId } from './external-campaign-id.js';
import { runtime } from './runtime.js';
import { roles } from './roles.js';

export const provider = defineProvider<TopsortSpec>({
  name: 'topsort',
  title: 'Topsort',
  schemaFile: 'topsort.schema.json',
  credentialKeys: ['api_key'],
  campaignIdKey: (id) => id.toLowerCase(), // a UUID: letter case does not tell two apart
  specRules: [endAfterStart],
  createRules,
  accountRules: [uniqueExternalCampaignId],
  roles,
  runtime,
});
