/**
 * The embedded sandbox's Spaaza chain 1 ("Van Dalen", account rewards-nl): one live campaign
 * per example in campaigns/spaaza/, two campaigns no YAML manages, and three deliberate
 * differences, as if someone had edited the campaigns in the Spaaza Console:
 * - 4117 `cashback_ratio` is "1.5000" (a double-points weekend left on), the YAML says 1;
 * - 4133 `voucher_expiry_days` is 60, the YAML says 30;
 * - 4150 `active_time_until` is "22:00" (extended late-night opening), the YAML says "21:00:00".
 * Unmanaged: 4090, the retired loyalty programme (inactive, still flagged default, so
 * get-campaigns hides it unless exclude_inactive=false, and switching it back on is refused
 * while 4101 is the active default), and 4102, the points wallet 4117 pays into.
 *
 * Each campaign is built the way the API would build it: its parameters go through the same
 * parser, read-shape conversion and rules as alter-campaign, so the seed is valid by
 * construction. Dates come from a fixed calendar, not from `now`: no Spaaza rule depends on today.
 */
import type { VendorObject, VendorState } from '../fake.js';
import { applyWrite, newCampaign, storeWriteOnly, touch } from './campaign.js';
import { HOME_CHAIN_ID } from './catalogue.js';
import { parseWrite } from './fields.js';
import { checkCampaign, checkReferences } from './rules.js';

interface SeedCampaign {
  readonly id: number;
  readonly type: string;
  readonly created: string;
  readonly modified: string;
  readonly by: { readonly name: string; readonly user_id: number };
  /** alter-campaign parameters, as a client would send them. */
  readonly params: Record<string, unknown>;
}

const CRM = { name: 'Marloes de Vries', user_id: 1548854 };
const STORE_OPS = { name: 'Jeroen Bakker', user_id: 1550231 };

const SEED: readonly SeedCampaign[] = [
  {
    id: 4090,
    type: 'loyalty',
    created: '2021-11-30T10:02:11Z',
    modified: '2025-03-01T07:55:40Z',
    by: CRM,
    params: {
      title: 'Van Dalen Voordeelpas',
      description: 'Het spaarprogramma tot maart 2025, opgevolgd door Club Van Dalen.',
      active: false,
      is_default: true,
      active_date_from: '2022-01-01 00:00:00',
      active_date_until: '2025-02-28 23:00:00',
      currency_code: 'EUR',
      recipient_reward_method: 'voucher',
      recipient_reward_amount: 5,
      voucher_expiry_days: 365,
      owner_code: 'LOY_VOORDEELPAS',
    },
  },
  {
    id: 4101,
    type: 'loyalty',
    created: '2025-02-20T09:12:44Z',
    modified: '2025-03-01T08:00:00Z',
    by: CRM,
    params: {
      title: 'Club Van Dalen',
      subtitle: 'Sparen bij elke aankoop',
      description: 'Spaar punten bij elke aankoop in onze winkels en webshop en wissel ze in voor een tegoedbon.',
      subtext: 'Punten zijn 12 maanden geldig. Niet geldig in combinatie met personeelskorting.',
      notes: 'Chain-wide default programme; owned by CRM team (loyalty@vandalen.nl).',
      active: true,
      is_default: true,
      active_date_from: '2025-03-01 00:00:00',
      active_date_until: null,
      operator_type: 'or',
      currency_code: 'EUR',
      rounding_strategy: 'neutral',
      rounding_precision: 2,
      recipient_reward_method: 'voucher',
      recipient_reward_amount: 5,
      voucher_expiry_days: 365,
      created_voucher_claimed_by_default: false,
      allows_end_user_to_claim_voucher: true,
      visible_to_all_user_segments: true,
      owner_code: 'LOY_CLUB',
    },
  },
  {
    id: 4102,
    type: 'points_wallet',
    created: '2025-02-20T09:20:03Z',
    modified: '2025-02-20T09:20:03Z',
    by: CRM,
    params: {
      title: 'Club Van Dalen punten',
      description: 'Je gespaarde punten bij Club Van Dalen.',
      active: true,
      is_default: true,
      currency_code: 'PTS',
      rounding_strategy: 'round_down',
      rounding_precision: 0,
      recipient_reward_method: 'points',
      owner_code: 'WAL_POINTS',
    },
  },
  {
    id: 4117,
    type: 'cashback',
    created: '2025-02-21T13:40:00Z',
    modified: '2026-11-20T16:42:10Z',
    by: CRM,
    params: {
      title: '1 punt per euro',
      description: 'Ontvang 1 punt voor elke euro die je besteedt.',
      active: true,
      cashback_ratio: 1.5, // drift: the YAML says 1
      recipient_reward_method: 'points',
      recipient_campaign_id: 4102,
      rounding_strategy: 'round_down',
      rounding_precision: 0,
      minimum_basket_total_value_earn: 10,
      maximum_basket_total_value_earn: null,
      earn_on_promotional_items: false,
      return_reclaims_earned_rewards: true,
      assigned_business_ids: [2797, 2801, 2815, 2822],
      excluded_user_segment_id: 58,
      owner_code: 'CB_POINTS_EUR',
    },
  },
  {
    id: 4133,
    type: 'birthday',
    created: '2025-12-08T11:05:27Z',
    modified: '2026-09-14T10:31:52Z',
    by: CRM,
    params: {
      title: 'Verjaardagscadeau',
      description: 'Gefeliciteerd! Als clublid krijg je een tegoedbon van €10 voor je verjaardag.',
      active: true,
      active_date_from: '2026-01-01T00:00:00Z',
      active_date_until: '2027-12-31T23:00:00Z',
      currency_id: 2,
      recipient_reward_method: 'voucher',
      recipient_reward_amount: 10,
      voucher_title: 'Verjaardagsbon: €10',
      voucher_description: 'Besteedbaar in alle Van Dalen-winkels en online vanaf €25.',
      voucher_text: 'Fijne verjaardag!',
      voucher_expiry_days: 60, // drift: the YAML says 30
      created_voucher_claimed_by_default: true,
      minimum_basket_total_value_spend: 25,
      max_reward_quantity: 1,
      user_segment_id: 12,
      visible_to_all_user_segments: false,
    },
  },
  {
    id: 4150,
    type: 'basket',
    created: '2026-10-15T14:22:09Z',
    modified: '2026-11-12T09:03:45Z',
    by: STORE_OPS,
    params: {
      title: 'Koopavond: 20% op winterlaarzen',
      subtitle: 'Elke donderdagavond in de winkel',
      description: 'Op donderdagavond krijg je als clublid 20% korting op geselecteerde winterlaarzen.',
      subtext: 'Alleen in de winkel, op = op.',
      active: true,
      active_date_from: '2026-11-05T00:00:00Z',
      active_date_until: '2027-02-26T23:00:00Z',
      active_time_from: '18:00:00',
      active_time_until: '22:00:00', // drift: the YAML says 21:00:00
      active_weekdays: '4',
      operator_type: 'and',
      recipient_reward_method: 'voucher',
      recipient_reward_discount_ratio: 0.2,
      allows_unrecognised_items: false,
      assigned_barcodes: ['8712345001018', '8712345001025', '8712345001032'],
      assigned_business_ids: [2797, 2801],
      reward_priority: 10,
      owner_code: 'BSK_KOOPAVOND_W26',
    },
  },
];

export function seed(): VendorState {
  const state: VendorState = { campaigns: [] };
  for (const s of SEED) {
    const parsed = parseWrite(s.params);
    if (!parsed.ok) throw new Error(`spaaza seed ${s.id}: ${parsed.message}`);
    const refs = checkReferences(parsed.values, HOME_CHAIN_ID, state, s.id);
    const campaign: VendorObject = newCampaign(s.id, HOME_CHAIN_ID, s.type, Date.parse(s.created), s.by.user_id);
    const writeOnly = applyWrite(campaign, parsed.values, state);
    const rule = refs ?? checkCampaign(campaign, parsed.values, state);
    if (rule) throw new Error(`spaaza seed ${s.id}: ${rule}`);
    touch(campaign, Date.parse(s.modified), s.by.user_id);
    campaign.last_updated_by = { ...s.by };
    state.campaigns.push(campaign);
    storeWriteOnly(state, s.id, writeOnly);
  }
  return state;
}
