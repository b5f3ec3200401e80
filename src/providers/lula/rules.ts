/** The Lula rules beyond JSON Schema, in the order they are reported. */
import type { LulaSpec } from '../../generated/lula.js';
import type { AccountRule, SpecRule } from '../types.js';
import { endAfterStart } from './date-range.js';
import { statusMatchesDates } from './status-dates.js';
import { uniqueCampaignIdentifier, uniqueName } from './uniqueness.js';

export { endAfterStart, statusMatchesDates, uniqueCampaignIdentifier, uniqueName };

export const specRules: readonly SpecRule<LulaSpec>[] = [endAfterStart, statusMatchesDates];
export const accountRules: readonly AccountRule<LulaSpec>[] = [uniqueName, uniqueCampaignIdentifier];
