import type { VoucherifySpec } from '../../generated/voucherify.js';
import { defineProvider } from '../types.js';
import { createRules } from './create-rules.js';
import { accountRules, specRules } from './rules.js';
import { runtime } from './runtime.js';
import { roles } from './roles.js';

export const provider = defineProvider<VoucherifySpec>({
  name: 'voucherify',
  title: 'Voucherify',
  schemaFile: 'voucherify.schema.json',
  credentialKeys: ['app_id', 'app_token'],
  campaignIdKey: (id) => id, // `camp_` and 24 letters or digits, upper and lower case distinct
  specRules,
  createRules,
  accountRules,
  roles,
  runtime,
});
