/* Generated from schemas/ by `npm run generate` (scripts/generate-validators.ts). Do not edit. */
/* eslint-disable */
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const campaignFile = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/campaign-file.schema.json","title":"campaignctl campaign","description":"One campaign managed by campaignctl: which vendor account it lives in, its vendor id, and the fields you manage.","type":"object","additionalProperties":false,"required":["provider","account","id","spec"],"properties":{"provider":{"enum":["masivo","voucherify","lula","spaaza","topsort"],"description":"The vendor the campaign lives at; decides which fields spec takes."},"account":{"type":"string","minLength":1,"description":"An account name from campaignctl.yaml; it must be an account of the same provider."},"id":{"type":["string","integer"],"description":"The vendor's id of the campaign."},"spec":{"type":"object","description":"The fields you manage, named exactly as the vendor's API names them. Fields left out are not managed."},"ignore":{"$ref":"config.schema.json#/$defs/ignore"}},"allOf":[{"if":{"required":["provider"],"properties":{"provider":{"const":"masivo"}}},"then":{"properties":{"id":{"type":"string","format":"uuid","description":"The Masivo campaign id (a UUID).","x-hint":"use the campaign's UUID from the Masivo dashboard, e.g. 3c90c3cc-0d44-4b50-8888-8dd25736052a"},"spec":{"$ref":"masivo.schema.json"}}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"voucherify"}}},"then":{"properties":{"id":{"type":"string","pattern":"^camp_[A-Za-z0-9]{24}$","description":"The Voucherify campaign id: camp_ followed by 24 letters or digits.","x-message":"`id` must be a Voucherify campaign id: `camp_` followed by 24 letters or digits","x-hint":"copy the id from the campaign's URL in Voucherify, e.g. camp_rRsfatlwN7unSeUIJDCYedal"},"spec":{"$ref":"voucherify.schema.json"}}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"lula"}}},"then":{"properties":{"id":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"description":"The Lula Commerce campaign id, a string of digits.","x-message":"`id` must be a Lula Commerce campaign id: a string of digits","x-hint":"write it quoted, e.g. id: \"1000010\""},"spec":{"$ref":"lula.schema.json"}}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"spaaza"}}},"then":{"properties":{"id":{"type":["integer","string"],"minimum":1,"pattern":"^[1-9][0-9]*$","description":"The Spaaza campaign id, a positive integer.","x-message":"`id` must be a Spaaza campaign id: a positive integer","x-hint":"e.g. id: 1234"},"spec":{"$ref":"spaaza.schema.json"}}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"topsort"}}},"then":{"properties":{"id":{"type":"string","format":"uuid","description":"The Topsort campaign id (a UUID).","x-hint":"use the campaignId from Topsort, e.g. 3c90c3cc-0d44-4b50-8888-8dd25736052a"},"spec":{"$ref":"topsort.schema.json"}}}}]};
const schema48 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/lula.schema.json","title":"Lula Commerce campaign","description":"The managed fields of a Lula Commerce (stores-service) campaign, named as the update call names them.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Campaign name shown to stores and customers; at most 200 characters, unique within the company.","type":"string","maxLength":200,"allOf":[{"pattern":"\\S","x-message":"`name` must not be empty or blank.","x-hint":"give the campaign a name of 1–200 characters, e.g. `Holiday Deals 2026`"}],"x-assumed":"Lengths are counted in Unicode characters. 'Cannot be empty' is read as 'not blank' (whitespace only is rejected). Uniqueness within the company is checked ignoring case and surrounding spaces."},"description":{"description":"Longer campaign text shown with the campaign; at most 1000 characters, basic formatting allowed.","type":"string","maxLength":1000,"x-assumed":"The docs do not say which formatting is 'basic'; the text is passed through unchanged and its length counted in Unicode characters."},"campaign_identifier":{"description":"Internal tracking key for integrations: letters, digits and underscores only, unique across all campaigns. Never returned on read.","type":"string","pattern":"^[A-Za-z0-9_]+$","writeOnly":true,"x-message":"`campaign_identifier` must be a string of letters, digits and underscores only.","x-hint":"use something like `HOLIDAY_DEALS_2026`; quote it if it is all digits","x-assumed":"No length limit is documented; at least one character is required. Uniqueness is checked across the campaigns of this account, ignoring case."},"starts_at":{"description":"When the campaign starts, as an ISO-8601 date-time with a time zone. Lula reads back only the day (start_date).","type":"string","format":"date-time","x-message":"`starts_at` must be an ISO-8601 date-time with a time zone.","x-hint":"write e.g. `2026-12-01T00:00:00Z` or `2026-12-01T00:00:00-05:00`","x-assumed":"ISO 8601 is read as its RFC 3339 profile: seconds and a time zone are required. Reads return start_date as YYYY-MM-DD only, so the day (taken in UTC; the docs do not give the time zone) is compared with live state and the time of day is write-only."},"ends_at":{"description":"When the campaign ends, as an ISO-8601 date-time with a time zone; must be after starts_at. Lula reads back only the day (end_date).","type":"string","format":"date-time","x-message":"`ends_at` must be an ISO-8601 date-time with a time zone.","x-hint":"write e.g. `2027-01-31T23:59:59Z` or `2027-01-31T23:59:59-05:00`","x-assumed":"ISO 8601 is read as its RFC 3339 profile: seconds and a time zone are required. Reads return end_date as YYYY-MM-DD only, so the day (taken in UTC; the docs do not give the time zone) is compared with live state and the time of day is write-only."},"status":{"description":"Campaign status. `active`/`inactive` switch a campaign on or off; `scheduled` and `expired` must agree with the dates.","type":"string","enum":["active","inactive","scheduled","expired"],"x-assumed":"The allowed transitions are undocumented business rules (some need extra permissions) and cannot be checked offline. `scheduled` and `expired` look date-derived, so a desired `scheduled` must start in the future and a desired `expired` must have ended."}}};
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/spaaza.schema.json","title":"Spaaza campaign","description":"Fields of a Spaaza campaign that campaignctl manages through alter-campaign, named as that call names them.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Campaign type, fixed when the campaign is created; plan checks it against the live campaign and never sends it.","readOnly":true,"enum":["basket","birthday","cashback","competition","composable","content","interaction","item_purchase_count","login","loyalty","matching_item","mobile_content","points_wallet","product","profile_completion","progress","purchase_count","referral","signup","subscription","wallet"],"x-assumed":"add-campaign lists twenty types; `composable` is added from Spaaza's composable-campaign page, which creates campaigns with that type."},"title":{"description":"Campaign name shown to customers in the app and embed.","type":"string","minLength":1},"subtitle":{"description":"Secondary headline shown to customers in the Spaaza embed.","type":["string","null"],"x-assumed":"null clears the text; the docs do not say how a text field is emptied."},"description":{"description":"Customer-facing explanation of the campaign.","type":["string","null"],"x-assumed":"null clears the text; the docs do not say how a text field is emptied."},"subtext":{"description":"Small print such as terms and conditions, shown under the description.","type":["string","null"],"x-assumed":"null clears the text; the docs do not say how a text field is emptied."},"notes":{"description":"Internal notes, visible only to administrators of the campaign.","type":["string","null"],"x-assumed":"null clears the text; the docs do not say how a text field is emptied."},"active":{"description":"Whether the campaign is switched on (read also returns it as `is_active`).","type":"boolean"},"active_date_from":{"description":"Moment the campaign starts (RFC 3339, sent as UTC); null means no start bound.","type":["string","null"],"format":"date-time","x-assumed":"Written in YAML as an RFC 3339 date-time with offset and converted to UTC for the API; the exact input format alter-campaign accepts is not documented for campaigns."},"active_date_until":{"description":"Moment the campaign ends (RFC 3339, sent as UTC); null means no end bound.","type":["string","null"],"format":"date-time","x-assumed":"Written in YAML as an RFC 3339 date-time with offset and converted to UTC for the API; the exact input format alter-campaign accepts is not documented for campaigns."},"active_time_from":{"description":"Time of day (HH:MM:SS) from which the campaign applies; null means from the start of the day.","x-assumed":"The docs do not say which time zone the daily window is in; values are compared and sent as written.","type":["string","null"],"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$","x-message":"`active_time_from` must be a quoted time of day as HH:MM:SS (00:00:00 to 23:59:59), or null.","x-hint":"write it like \"09:00:00\""},"active_time_until":{"description":"Time of day (HH:MM:SS) at which the campaign stops applying; null means until the end of the day.","x-assumed":"The docs do not say which time zone the daily window is in; values are compared and sent as written.","type":["string","null"],"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$","x-message":"`active_time_until` must be a quoted time of day as HH:MM:SS (00:00:00 to 23:59:59), or null.","x-hint":"write it like \"17:30:00\""},"active_weekdays":{"description":"Comma-separated day numbers (1 = Monday … 7 = Sunday) on which the campaign applies; null means every day.","type":["string","null"],"pattern":"^[1-7](,[1-7]){0,6}$","x-message":"`active_weekdays` must be a quoted, comma-separated list of day numbers from 1 to 7 without spaces, or null for every day.","x-hint":"write it like \"6,7\" (quotes keep a single day such as \"7\" a string)","x-assumed":"Day numbers run 1 (Monday) to 7 (Sunday), ISO-8601 style; the docs only show the example \"7\"."},"operator_type":{"description":"How the campaign's rules combine: all must hold (and) or any may hold (or).","enum":["or","and"]},"currency_id":{"description":"Spaaza id of the currency the campaign rewards in (defaults to the chain's currency); give this or currency_code.","type":"integer","minimum":1},"currency_code":{"description":"ISO 4217 code of the currency the campaign rewards in, e.g. EUR; give this or currency_id.","type":"string","pattern":"^[A-Z]{3}$","x-message":"`currency_code` must be a three-letter upper-case ISO 4217 code.","x-hint":"for example EUR, GBP or USD"},"is_default":{"description":"Marks a loyalty, wallet or points_wallet campaign as the chain's default; one active default loyalty campaign per chain.","type":"boolean"},"assigned_business_ids":{"description":"Spaaza store (business) ids the campaign applies in; read returns them as {id, name} objects.","type":"array","uniqueItems":true,"items":{"type":"integer","minimum":1},"x-assumed":"The whole list is replaced on write, as documented for assigned_currencies."},"assigned_barcodes":{"description":"Product barcodes the campaign applies to in basket pricing.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"x-message":"Each barcode in `assigned_barcodes` must be a non-empty quoted string.","x-hint":"quote barcodes, e.g. \"8718299435640\", so YAML keeps leading zeros"},"x-assumed":"The whole list is replaced on write, as documented for assigned_currencies."},"assigned_barcodes_earn":{"description":"Product barcodes on which customers earn from the campaign.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"x-message":"Each barcode in `assigned_barcodes_earn` must be a non-empty quoted string.","x-hint":"quote barcodes, e.g. \"8718299435640\", so YAML keeps leading zeros"},"x-assumed":"The whole list is replaced on write, as documented for assigned_currencies."},"assigned_barcodes_spend":{"description":"Product barcodes on which customers can spend the campaign's rewards.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"x-message":"Each barcode in `assigned_barcodes_spend` must be a non-empty quoted string.","x-hint":"quote barcodes, e.g. \"8718299435640\", so YAML keeps leading zeros"},"x-assumed":"The whole list is replaced on write, as documented for assigned_currencies."},"assigned_currencies":{"description":"Spaaza currency ids assigned to the campaign; a write replaces the whole list.","type":"array","uniqueItems":true,"items":{"type":"integer","minimum":1}},"allows_end_user_to_claim_voucher":{"description":"Whether customers may claim or unclaim the campaign's vouchers themselves (read returns it as allows_user_to_claim_voucher).","type":"boolean"},"allows_unrecognised_items":{"description":"Basket campaigns only: whether the campaign may apply to basket items Spaaza does not recognise.","type":"boolean","writeOnly":true},"created_voucher_claimed_by_default":{"description":"Whether vouchers the campaign issues start out claimed.","type":"boolean"},"voucher_expiry_days":{"description":"Days an issued voucher stays valid; null means issued vouchers do not expire.","type":["integer","null"],"minimum":1,"x-assumed":"At least one day, and null for no expiry; the docs give only the example 365."},"voucher_title":{"description":"Title printed on vouchers the campaign issues.","type":["string","null"]},"voucher_description":{"description":"Description shown on vouchers the campaign issues.","type":["string","null"]},"voucher_notes":{"description":"Notes attached to vouchers the campaign issues.","type":["string","null"]},"voucher_text":{"description":"Short text shown with vouchers the campaign issues.","type":["string","null"]},"voucher_image_url":{"description":"Image shown on vouchers the campaign issues.","type":["string","null"],"format":"uri","x-assumed":"Writable through alter-campaign; the read samples return it and create-voucher accepts a field of that name."},"rounding_strategy":{"description":"How reward amounts are rounded to rounding_precision decimals.","enum":["neutral","round_up","round_down"],"x-assumed":"The samples show neutral and round_up; round_down is assumed as their counterpart."},"rounding_precision":{"description":"Number of decimals reward amounts are rounded to.","type":"integer","minimum":0,"maximum":4,"x-assumed":"0 to 4 decimals; Spaaza stores ratios with four decimals and the samples show 0 and 2."},"recipient_reward_method":{"description":"How the reward is paid out, e.g. voucher or points.","type":"string","pattern":"^[a-z][a-z_]*$","x-message":"`recipient_reward_method` must be a lower-case method name such as voucher or points.","x-assumed":"The samples show voucher and points; the Console offers further methods (wallet and credit contributions) whose API names are not documented, so the value is not enumerated."},"recipient_reward_amount":{"description":"Size of the reward in the campaign's currency (or points).","type":"number","minimum":0},"recipient_reward_discount_ratio":{"description":"Share of the price given as the reward for percentage rewards, from 0 to 1.","type":"number","minimum":0,"maximum":1,"x-assumed":"A ratio between 0 and 1, like create-voucher's voucher_discount_ratio (example 0.25)."},"recipient_campaign_id":{"description":"Campaign (e.g. a points wallet) that receives what this campaign awards; null for none.","type":["integer","null"],"minimum":1,"x-assumed":"Writable through alter-campaign; only read samples show it."},"cashback_ratio":{"description":"Reward per unit of currency spent, e.g. 1 for one point per euro; read returns it as a decimal string.","type":"number","minimum":0,"x-assumed":"Spaaza keeps four decimals; more are rounded by the vendor."},"reward_priority":{"description":"Order in which this campaign's reward is applied relative to others (0 = default).","type":"integer","minimum":0,"x-assumed":"Writable through alter-campaign; only read samples and the Console show it."},"max_reward_quantity":{"description":"Most rewards one customer can receive from the campaign; null for no limit.","type":["integer","null"],"minimum":1,"x-assumed":"At least 1, null for no limit; read samples show 1 and null."},"point_cost":{"description":"Points a customer spends to take part (exchange/interaction campaigns).","type":["number","null"],"minimum":0,"x-assumed":"Writable through alter-campaign; only read samples show it."},"point_cost_method":{"description":"What point_cost is paid from, e.g. points.","type":["string","null"],"pattern":"^[a-z][a-z_]*$","x-message":"`point_cost_method` must be a lower-case method name such as points, or null.","x-assumed":"Only the value points is documented (in a read sample), so the value is not enumerated."},"point_cost_method_wallet_campaign_id":{"description":"Points wallet campaign that point_cost is taken from.","type":["integer","null"],"minimum":1,"x-assumed":"Writable through alter-campaign; only read samples show it."},"minimum_basket_total_value":{"description":"Smallest basket total for which the campaign applies.","type":["number","null"],"minimum":0},"minimum_basket_total_value_earn":{"description":"Smallest basket total on which customers earn from the campaign; null for no minimum.","type":["number","null"],"minimum":0},"maximum_basket_total_value_earn":{"description":"Largest basket total on which customers earn from the campaign; null for no maximum.","type":["number","null"],"minimum":0},"minimum_basket_total_value_spend":{"description":"Smallest basket total on which the campaign's rewards can be spent; null for no minimum.","type":["number","null"],"minimum":0},"maximum_basket_total_value_spend":{"description":"Largest basket total on which the campaign's rewards can be spent; null for no maximum.","type":["number","null"],"minimum":0},"redemption_grace_period":{"description":"Grace period for redeeming rewards after the campaign or voucher ends (unit not documented).","type":"integer","minimum":0,"x-assumed":"A non-negative whole number; the alter-campaign sample shows 0 and the unit is not documented."},"earn_on_promotional_items":{"description":"Whether customers also earn on items that are already on promotion.","type":"boolean","x-assumed":"Writable through alter-campaign; only read samples show it."},"return_reclaims_earned_rewards":{"description":"Whether returning items takes back the rewards earned on them.","type":"boolean","x-assumed":"Writable through alter-campaign; only read samples show it."},"excludes_assignment_matches":{"description":"Inverts the assignments: the campaign applies to items that do NOT match the assigned barcodes or stores.","type":"boolean","x-assumed":"Writable through alter-campaign and meaning an inverted match, as the assigned-group field of the same name does; only read samples show it."},"excludes_referred_users":{"description":"Whether customers who joined through a referral are left out of the campaign.","type":"boolean","x-assumed":"Writable through alter-campaign; only read samples show it."},"user_segment_id":{"description":"Customer segment the campaign is limited to; null for no limit.","type":["integer","null"],"minimum":1},"excluded_user_segment_id":{"description":"Customer segment left out of the campaign; null for none.","type":["integer","null"],"minimum":1},"visible_to_all_user_segments":{"description":"Whether customers outside the campaign's segment can still see it.","type":"boolean"},"owner_code":{"description":"The retailer's own reference for the campaign, e.g. PTX_001.","type":["string","null"],"minLength":1,"x-assumed":"Writable through add/alter-campaign; the docs show it only in read samples."}},"allOf":[{"if":{"required":["type"],"properties":{"type":{"enum":["basket","birthday","cashback","competition","composable","content","interaction","item_purchase_count","login","matching_item","mobile_content","product","profile_completion","progress","purchase_count","referral","signup","subscription"]}}},"then":{"properties":{"is_default":{"not":{},"x-message":"`is_default` applies only to loyalty, wallet and points_wallet campaigns, not to this campaign's `type`.","x-hint":"remove `is_default` from this campaign"}}}},{"if":{"required":["type"],"properties":{"type":{"enum":["birthday","cashback","competition","composable","content","interaction","item_purchase_count","login","loyalty","matching_item","mobile_content","points_wallet","product","profile_completion","progress","purchase_count","referral","signup","subscription","wallet"]}}},"then":{"properties":{"allows_unrecognised_items":{"not":{},"x-message":"`allows_unrecognised_items` applies only to basket campaigns, not to this campaign's `type`.","x-hint":"remove `allows_unrecognised_items` from this campaign"}}}},{"if":{"required":["currency_id"]},"then":{"properties":{"currency_code":{"not":{},"x-message":"`currency_code` and `currency_id` both set the campaign's currency; give only one of them.","x-hint":"remove `currency_code` or `currency_id`"}}}}]};
const schema63 = {"type":"array","description":"Spec paths never compared nor written, e.g. a field a dashboard user owns (budget.amount, rules[0]).","items":{"type":"string","pattern":"^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$","x-message":"an `ignore` entry must be a dotted field path such as `budget.amount` or `rules[0].effects`"},"uniqueItems":true};
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats6 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats30 = require("ajv-formats/dist/formats").fullFormats.uri;
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/masivo.schema.json","title":"Masivo campaign","description":"The managed fields of a Masivo storefront campaign, as written by PUT /campaigns/{id}?type=.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["BEHAVIOR","COUPONS","PUNCH_CARDS","REFERRALS"],"readOnly":true,"description":"Campaign type; sent as the ?type= query parameter and must equal the campaign's existing type (it cannot be changed)."},"brand_id":{"type":["string","null"],"minLength":1,"description":"Brand the campaign belongs to; null makes it a global campaign. Cannot change once the campaign has started.","x-assumed":"an empty string is not a brand id; null is the documented way to say 'global'"},"platforms":{"type":["array","null"],"items":{"$ref":"#/$defs/selectValue"},"writeOnly":true,"description":"Platforms the campaign applies to, as dashboard select values ({label, value}).","x-assumed":"write-only: not in any read example; the older create example shows plain strings, the newer PUT shows {label, value} objects, which we follow"},"name":{"type":"string","minLength":1,"description":"Campaign name shown in the dashboard and to customers.","x-assumed":"a campaign name cannot be empty"},"description":{"type":"string","description":"Free-text description of the campaign."},"rules":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/rule"},"description":"Main (or referrer) rules: each grants its effects when its conditions hold. Written here as YAML; campaignctl sends it as the JSON string Masivo expects. Cannot change once the campaign has started.","x-hint":"give `rules` as a YAML list (not a JSON string) holding at least one rule with `conditions` and `effects`; every campaign type needs one, REFERRALS included","x-assumed":"item shape from the older read/create docs ({conditions: [[…]], effects: […]}); the newer write docs only say 'JSON string'"},"attributes":{"type":"object","description":"Type-specific campaign attributes, e.g. trigger and privacy. Cannot change once the campaign has started.","properties":{"trigger":{"type":"string","description":"Event that triggers the campaign, e.g. PURCHASE."},"privacy":{"type":"string","description":"Who may join the campaign, e.g. PRIVATE."}},"additionalProperties":true,"x-assumed":"the docs give only an example ({trigger: PURCHASE, privacy: PRIVATE}); other keys and values are allowed"},"status":{"enum":["ACTIVE","INACTIVE"],"description":"Persisted status on write. Reads report RUNNING, PAUSED, SCHEDULED or FINISHED instead.","x-hint":"write ACTIVE or INACTIVE; RUNNING, PAUSED, SCHEDULED and FINISHED are read-only states Masivo derives"},"start_date":{"type":"string","format":"date-time","description":"Start instant; less than one year from now. Can change only while the campaign is scheduled."},"withoutEndDate":{"type":"boolean","writeOnly":true,"description":"When true, the campaign has no end date and `end_date` must be left out."},"end_date":{"type":["string","null"],"format":"date-time","description":"End instant: after start_date, less than one year after it, and never moved into the past."},"funded_by":{"type":["string","null"],"description":"Who funds the campaign's rewards (e.g. a supplier or the retailer itself)."},"budget":{"type":"number","minimum":1,"description":"Campaign budget; at least 1."},"divide_budget_in":{"enum":["daily","weekly","monthly","total"],"writeOnly":true,"description":"Period the budget applies to: per day, week, month, or for the whole campaign.","x-assumed":"write-only: not in any read example"},"labels":{"type":"array","items":{"$ref":"#/$defs/selectValue"},"writeOnly":true,"description":"Labels for filtering campaigns, as dashboard select values ({label, value}).","x-assumed":"write-only: not in any read example"},"metadata":{"type":"object","additionalProperties":true,"description":"Free-form key/value data. Written here as a YAML mapping; campaignctl sends it as the JSON-object string Masivo expects.","x-message":"`metadata` must be a mapping (a JSON object); campaignctl encodes it as the string Masivo expects","x-hint":"write metadata as YAML keys and values, not as a quoted JSON string","x-assumed":"returned on read: DESIGN's sandbox state format carries Masivo metadata as a JSON string (like `rules`), so reads return it as compact JSON text"},"quantity":{"type":"integer","minimum":1,"writeOnly":true,"description":"COUPONS only: how many coupon codes to generate or keep.","x-assumed":"a count of codes, so an integer (the docs say number); write-only: reads show it at most as attributes.codes_summary.total"},"useCustomCodes":{"type":"boolean","writeOnly":true,"description":"COUPONS only: when true, the codes in `customCodes` are used instead of generated ones."},"customCodes":{"type":"string","writeOnly":true,"description":"COUPONS only: comma-separated custom coupon codes."},"confirm_changes":{"type":"boolean","writeOnly":true,"description":"COUPONS only: must be true on an update that changes the code format or the quantity."},"referee_rules_json":{"type":"array","items":{"$ref":"#/$defs/rule"},"writeOnly":true,"description":"REFERRALS only: rules for the referred customer, written here as YAML and sent as a JSON string. Optional; does not replace `rules`.","x-hint":"write `referee_rules_json` as a YAML list (not a JSON string) of rules with `conditions` and `effects`","x-assumed":"same item shape as `rules`"}},"allOf":[{"if":{"required":["withoutEndDate"],"properties":{"withoutEndDate":{"const":true}}},"then":{"properties":{"end_date":{"not":{},"x-message":"`end_date` must be left out when `withoutEndDate` is true","x-hint":"remove `end_date`, or set `withoutEndDate: false`"}}}},{"if":{"required":["type"],"properties":{"type":{"enum":["BEHAVIOR","PUNCH_CARDS","REFERRALS"]}}},"then":{"properties":{"quantity":{"not":{},"x-message":"`quantity` applies to COUPONS campaigns only","x-hint":"remove `quantity`"},"useCustomCodes":{"not":{},"x-message":"`useCustomCodes` applies to COUPONS campaigns only","x-hint":"remove `useCustomCodes`"},"customCodes":{"not":{},"x-message":"`customCodes` applies to COUPONS campaigns only","x-hint":"remove `customCodes`"},"confirm_changes":{"not":{},"x-message":"`confirm_changes` applies to COUPONS campaigns only","x-hint":"remove `confirm_changes`"}}}},{"if":{"required":["type"],"properties":{"type":{"enum":["BEHAVIOR","COUPONS","PUNCH_CARDS"]}}},"then":{"properties":{"referee_rules_json":{"not":{},"x-message":"`referee_rules_json` applies to REFERRALS campaigns only","x-hint":"remove `referee_rules_json`, or put these rules in `rules`"}}}},{"if":{"required":["useCustomCodes"],"properties":{"useCustomCodes":{"const":true}}},"then":{"properties":{"customCodes":{"not":{"type":"string","pattern":"^[\\s,]*$"},"x-message":"`customCodes` must list at least one non-empty code when `useCustomCodes` is true","x-hint":"list the codes separated by commas, e.g. \"NAVIDAD-AB12, NAVIDAD-CD34\", or set `useCustomCodes: false`"}}}}],"$defs":{"selectValue":{"title":"MasivoSelectValue","type":"object","additionalProperties":false,"required":["label","value"],"properties":{"label":{"type":"string","description":"Text shown in the dashboard."},"value":{"type":"string","description":"Value Masivo stores."}}},"rule":{"title":"MasivoRule","type":"object","description":"One rule: the customer gets every effect when at least one group of conditions holds in full.","required":["effects"],"properties":{"conditions":{"type":"array","description":"Groups of conditions: the conditions inside a group must all hold (AND); at least one group must hold (OR).","items":{"type":"array","items":{"$ref":"#/$defs/condition"}}},"effects":{"type":"array","minItems":1,"description":"Rewards granted when the rule matches.","items":{"$ref":"#/$defs/effect"}}},"additionalProperties":true,"x-assumed":"only BEHAVIOR examples are documented; other campaign types may carry more keys, so extra keys are allowed; a rule without effects would grant nothing, so one effect is required"},"condition":{"title":"MasivoCondition","type":"object","description":"One test on the customer event, e.g. order value greater than 500.","required":["type","operator"],"properties":{"type":{"type":"string","minLength":1,"description":"What is tested, e.g. Order Value."},"operator":{"type":"string","minLength":1,"description":"How it is compared, as the dashboard names it."},"primitive":{"type":"string","description":"Data type of `value`, e.g. number or string."},"value":{"type":["string","number","boolean","array","object","null"],"description":"Value compared against (number, text, list…)."}},"additionalProperties":true,"x-assumed":"the docs show one example and no vocabulary for type/operator/primitive, so they are free strings and extra keys are allowed"},"effect":{"title":"MasivoEffect","type":"object","description":"One reward granted by a rule.","required":["reward_id"],"properties":{"reward_id":{"type":"string","format":"uuid","description":"Id of the Masivo reward to grant."},"type":{"type":"string","minLength":1,"description":"Kind of reward, e.g. POINTS."},"tier_id":{"type":["string","null"],"format":"uuid","description":"Tier whose members get the reward; null for every tier.","x-assumed":"null meaning 'every tier' is not documented"},"reward":{"type":"object","additionalProperties":true,"description":"The reward object that reads embed; not needed on write."},"expiration_date":{"type":"string","minLength":1,"description":"How long the granted reward stays valid, e.g. 12/months."},"amount":{"type":"number","exclusiveMinimum":0,"description":"How much of the reward is granted, e.g. 1 (times the reward's own value).","x-assumed":"a granted amount is positive"}},"additionalProperties":true,"x-assumed":"only reward_id is required; extra keys are allowed because the docs show one example only"}}};
const schema33 = {"title":"MasivoSelectValue","type":"object","additionalProperties":false,"required":["label","value"],"properties":{"label":{"type":"string","description":"Text shown in the dashboard."},"value":{"type":"string","description":"Value Masivo stores."}}};
const pattern4 = new RegExp("^[\\s,]*$", "u");
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema34 = {"title":"MasivoRule","type":"object","description":"One rule: the customer gets every effect when at least one group of conditions holds in full.","required":["effects"],"properties":{"conditions":{"type":"array","description":"Groups of conditions: the conditions inside a group must all hold (AND); at least one group must hold (OR).","items":{"type":"array","items":{"$ref":"#/$defs/condition"}}},"effects":{"type":"array","minItems":1,"description":"Rewards granted when the rule matches.","items":{"$ref":"#/$defs/effect"}}},"additionalProperties":true,"x-assumed":"only BEHAVIOR examples are documented; other campaign types may carry more keys, so extra keys are allowed; a rule without effects would grant nothing, so one effect is required"};
const schema35 = {"title":"MasivoCondition","type":"object","description":"One test on the customer event, e.g. order value greater than 500.","required":["type","operator"],"properties":{"type":{"type":"string","minLength":1,"description":"What is tested, e.g. Order Value."},"operator":{"type":"string","minLength":1,"description":"How it is compared, as the dashboard names it."},"primitive":{"type":"string","description":"Data type of `value`, e.g. number or string."},"value":{"type":["string","number","boolean","array","object","null"],"description":"Value compared against (number, text, list…)."}},"additionalProperties":true,"x-assumed":"the docs show one example and no vocabulary for type/operator/primitive, so they are free strings and extra keys are allowed"};
const schema36 = {"title":"MasivoEffect","type":"object","description":"One reward granted by a rule.","required":["reward_id"],"properties":{"reward_id":{"type":"string","format":"uuid","description":"Id of the Masivo reward to grant."},"type":{"type":"string","minLength":1,"description":"Kind of reward, e.g. POINTS."},"tier_id":{"type":["string","null"],"format":"uuid","description":"Tier whose members get the reward; null for every tier.","x-assumed":"null meaning 'every tier' is not documented"},"reward":{"type":"object","additionalProperties":true,"description":"The reward object that reads embed; not needed on write."},"expiration_date":{"type":"string","minLength":1,"description":"How long the granted reward stays valid, e.g. 12/months."},"amount":{"type":"number","exclusiveMinimum":0,"description":"How much of the reward is granted, e.g. 1 (times the reward's own value).","x-assumed":"a granted amount is positive"}},"additionalProperties":true,"x-assumed":"only reward_id is required; extra keys are allowed because the docs show one example only"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.effects === undefined) && (missing0 = "effects")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.conditions !== undefined){
let data0 = data.conditions;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
var valid2 = true;
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.type === undefined) && (missing1 = "type")) || ((data2.operator === undefined) && (missing1 = "operator"))){
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1,schemaPath:"#/$defs/condition/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.type !== undefined){
let data3 = data2.type;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/type",schemaPath:"#/$defs/condition/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/type",schemaPath:"#/$defs/condition/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operator !== undefined){
let data4 = data2.operator;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/operator",schemaPath:"#/$defs/condition/properties/operator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/operator",schemaPath:"#/$defs/condition/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.primitive !== undefined){
const _errs16 = errors;
if(typeof data2.primitive !== "string"){
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/primitive",schemaPath:"#/$defs/condition/properties/primitive/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.value !== undefined){
let data6 = data2.value;
const _errs18 = errors;
if((((typeof data6 != "object") && (typeof data6 !== "string")) && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")){
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1+"/value",schemaPath:"#/$defs/condition/properties/value/type",keyword:"type",params:{type: schema35.properties.value.type},message:"must be string,number,boolean,array,object,null"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0+"/" + i1,schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conditions/" + i0,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.effects !== undefined){
let data7 = data.effects;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data7)){
if(data7.length < 1){
validate22.errors = [{instancePath:instancePath+"/effects",schemaPath:"#/properties/effects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid5 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.reward_id === undefined) && (missing2 = "reward_id")){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2,schemaPath:"#/$defs/effect/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.reward_id !== undefined){
let data9 = data8.reward_id;
const _errs27 = errors;
if(errors === _errs27){
if(errors === _errs27){
if(typeof data9 === "string"){
if(!(formats0.test(data9))){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/reward_id",schemaPath:"#/$defs/effect/properties/reward_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/reward_id",schemaPath:"#/$defs/effect/properties/reward_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.type !== undefined){
let data10 = data8.type;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/type",schemaPath:"#/$defs/effect/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/type",schemaPath:"#/$defs/effect/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.tier_id !== undefined){
let data11 = data8.tier_id;
const _errs31 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/tier_id",schemaPath:"#/$defs/effect/properties/tier_id/type",keyword:"type",params:{type: schema36.properties.tier_id.type},message:"must be string,null"}];
return false;
}
if(errors === _errs31){
if(errors === _errs31){
if(typeof data11 === "string"){
if(!(formats0.test(data11))){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/tier_id",schemaPath:"#/$defs/effect/properties/tier_id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid7 = _errs31 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.reward !== undefined){
let data12 = data8.reward;
const _errs34 = errors;
if(errors === _errs34){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/reward",schemaPath:"#/$defs/effect/properties/reward/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.expiration_date !== undefined){
let data13 = data8.expiration_date;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data13 === "string"){
if(func2(data13) < 1){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/expiration_date",schemaPath:"#/$defs/effect/properties/expiration_date/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/expiration_date",schemaPath:"#/$defs/effect/properties/expiration_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.amount !== undefined){
let data14 = data8.amount;
const _errs39 = errors;
if(errors === _errs39){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 <= 0 || isNaN(data14)){
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/amount",schemaPath:"#/$defs/effect/properties/amount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2+"/amount",schemaPath:"#/$defs/effect/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects/" + i2,schemaPath:"#/$defs/effect/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs22 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/effects",schemaPath:"#/properties/effects/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://campaignctl.dev/schemas/masivo.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.withoutEndDate === undefined) && (missing0 = "withoutEndDate")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.withoutEndDate !== undefined){
if(true !== data.withoutEndDate){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.end_date !== undefined){
validate21.errors = [{instancePath:instancePath+"/end_date",schemaPath:"#/allOf/0/then/properties/end_date/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.end_date = true;
props0.withoutEndDate = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs10 = errors;
const _errs11 = errors;
let valid4 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
let data2 = data.type;
if(!(((data2 === "BEHAVIOR") || (data2 === "PUNCH_CARDS")) || (data2 === "REFERRALS"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.quantity !== undefined){
const _errs15 = errors;
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/allOf/1/then/properties/quantity/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.useCustomCodes !== undefined){
const _errs19 = errors;
validate21.errors = [{instancePath:instancePath+"/useCustomCodes",schemaPath:"#/allOf/1/then/properties/useCustomCodes/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.customCodes !== undefined){
const _errs23 = errors;
validate21.errors = [{instancePath:instancePath+"/customCodes",schemaPath:"#/allOf/1/then/properties/customCodes/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.confirm_changes !== undefined){
const _errs27 = errors;
validate21.errors = [{instancePath:instancePath+"/confirm_changes",schemaPath:"#/allOf/1/then/properties/confirm_changes/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.quantity = true;
props1.useCustomCodes = true;
props1.customCodes = true;
props1.confirm_changes = true;
props1.type = true;
}
}
if(!valid4){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs10 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs31 = errors;
const _errs32 = errors;
let valid7 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
let data7 = data.type;
if(!(((data7 === "BEHAVIOR") || (data7 === "COUPONS")) || (data7 === "PUNCH_CARDS"))){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.referee_rules_json !== undefined){
validate21.errors = [{instancePath:instancePath+"/referee_rules_json",schemaPath:"#/allOf/2/then/properties/referee_rules_json/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid2 = _errs35 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.referee_rules_json = true;
props2.type = true;
}
}
if(!valid7){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs31 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs40 = errors;
const _errs41 = errors;
let valid10 = true;
const _errs42 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.useCustomCodes === undefined) && (missing3 = "useCustomCodes")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.useCustomCodes !== undefined){
if(true !== data.useCustomCodes){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs42 === errors;
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customCodes !== undefined){
let data10 = data.customCodes;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid13 = _errs47 === errors;
if(valid13){
validate21.errors = [{instancePath:instancePath+"/customCodes",schemaPath:"#/allOf/3/then/properties/customCodes/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
var _valid3 = _errs44 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.customCodes = true;
props3.useCustomCodes = true;
}
}
if(!valid10){
const err13 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate21.errors = vErrors;
return false;
}
var valid0 = _errs40 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs51 = errors;
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs51 === errors){
if(data.type !== undefined){
let data11 = data.type;
const _errs52 = errors;
if(!((((data11 === "BEHAVIOR") || (data11 === "COUPONS")) || (data11 === "PUNCH_CARDS")) || (data11 === "REFERRALS"))){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs52 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.brand_id !== undefined){
let data12 = data.brand_id;
const _errs53 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate21.errors = [{instancePath:instancePath+"/brand_id",schemaPath:"#/properties/brand_id/type",keyword:"type",params:{type: schema32.properties.brand_id.type},message:"must be string,null"}];
return false;
}
if(errors === _errs53){
if(typeof data12 === "string"){
if(func2(data12) < 1){
validate21.errors = [{instancePath:instancePath+"/brand_id",schemaPath:"#/properties/brand_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
var valid14 = _errs53 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.platforms !== undefined){
let data13 = data.platforms;
const _errs56 = errors;
if((!(Array.isArray(data13))) && (data13 !== null)){
validate21.errors = [{instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: schema32.properties.platforms.type},message:"must be array,null"}];
return false;
}
if(errors === _errs56){
if(Array.isArray(data13)){
var valid15 = true;
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
const _errs59 = errors;
const _errs60 = errors;
if(errors === _errs60){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing5;
if(((data14.label === undefined) && (missing5 = "label")) || ((data14.value === undefined) && (missing5 = "value"))){
validate21.errors = [{instancePath:instancePath+"/platforms/" + i0,schemaPath:"#/$defs/selectValue/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs62 = errors;
for(const key1 in data14){
if(!((key1 === "label") || (key1 === "value"))){
validate21.errors = [{instancePath:instancePath+"/platforms/" + i0,schemaPath:"#/$defs/selectValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs62 === errors){
if(data14.label !== undefined){
const _errs63 = errors;
if(typeof data14.label !== "string"){
validate21.errors = [{instancePath:instancePath+"/platforms/" + i0+"/label",schemaPath:"#/$defs/selectValue/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs63 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data14.value !== undefined){
const _errs65 = errors;
if(typeof data14.value !== "string"){
validate21.errors = [{instancePath:instancePath+"/platforms/" + i0+"/value",schemaPath:"#/$defs/selectValue/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs65 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/platforms/" + i0,schemaPath:"#/$defs/selectValue/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs59 === errors;
if(!valid15){
break;
}
}
}
}
var valid14 = _errs56 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.name !== undefined){
let data17 = data.name;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data17 === "string"){
if(func2(data17) < 1){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.description !== undefined){
const _errs70 = errors;
if(typeof data.description !== "string"){
validate21.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs70 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.rules !== undefined){
let data19 = data.rules;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data19)){
if(data19.length < 1){
validate21.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid18 = true;
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
const _errs76 = errors;
if(!(validate22(data19[i1], {instancePath:instancePath+"/rules/" + i1,parentData:data19,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid18 = _errs76 === errors;
if(!valid18){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs72 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.attributes !== undefined){
let data21 = data.attributes;
const _errs77 = errors;
if(errors === _errs77){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.trigger !== undefined){
const _errs81 = errors;
if(typeof data21.trigger !== "string"){
validate21.errors = [{instancePath:instancePath+"/attributes/trigger",schemaPath:"#/properties/attributes/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs81 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data21.privacy !== undefined){
const _errs83 = errors;
if(typeof data21.privacy !== "string"){
validate21.errors = [{instancePath:instancePath+"/attributes/privacy",schemaPath:"#/properties/attributes/properties/privacy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid19 = _errs83 === errors;
}
else {
var valid19 = true;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs77 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.status !== undefined){
let data24 = data.status;
const _errs85 = errors;
if(!((data24 === "ACTIVE") || (data24 === "INACTIVE"))){
validate21.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema32.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs85 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.start_date !== undefined){
let data25 = data.start_date;
const _errs87 = errors;
if(errors === _errs87){
if(errors === _errs87){
if(typeof data25 === "string"){
if(!(formats6.validate(data25))){
validate21.errors = [{instancePath:instancePath+"/start_date",schemaPath:"#/properties/start_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/start_date",schemaPath:"#/properties/start_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid14 = _errs87 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.withoutEndDate !== undefined){
const _errs89 = errors;
if(typeof data.withoutEndDate !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/withoutEndDate",schemaPath:"#/properties/withoutEndDate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs89 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.end_date !== undefined){
let data27 = data.end_date;
const _errs91 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate21.errors = [{instancePath:instancePath+"/end_date",schemaPath:"#/properties/end_date/type",keyword:"type",params:{type: schema32.properties.end_date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs91){
if(errors === _errs91){
if(typeof data27 === "string"){
if(!(formats6.validate(data27))){
validate21.errors = [{instancePath:instancePath+"/end_date",schemaPath:"#/properties/end_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid14 = _errs91 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.funded_by !== undefined){
let data28 = data.funded_by;
const _errs93 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate21.errors = [{instancePath:instancePath+"/funded_by",schemaPath:"#/properties/funded_by/type",keyword:"type",params:{type: schema32.properties.funded_by.type},message:"must be string,null"}];
return false;
}
var valid14 = _errs93 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.budget !== undefined){
let data29 = data.budget;
const _errs95 = errors;
if(errors === _errs95){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
validate21.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid14 = _errs95 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.divide_budget_in !== undefined){
let data30 = data.divide_budget_in;
const _errs97 = errors;
if(!((((data30 === "daily") || (data30 === "weekly")) || (data30 === "monthly")) || (data30 === "total"))){
validate21.errors = [{instancePath:instancePath+"/divide_budget_in",schemaPath:"#/properties/divide_budget_in/enum",keyword:"enum",params:{allowedValues: schema32.properties.divide_budget_in.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs97 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.labels !== undefined){
let data31 = data.labels;
const _errs99 = errors;
if(errors === _errs99){
if(Array.isArray(data31)){
var valid20 = true;
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
let data32 = data31[i2];
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing6;
if(((data32.label === undefined) && (missing6 = "label")) || ((data32.value === undefined) && (missing6 = "value"))){
validate21.errors = [{instancePath:instancePath+"/labels/" + i2,schemaPath:"#/$defs/selectValue/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs105 = errors;
for(const key2 in data32){
if(!((key2 === "label") || (key2 === "value"))){
validate21.errors = [{instancePath:instancePath+"/labels/" + i2,schemaPath:"#/$defs/selectValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs105 === errors){
if(data32.label !== undefined){
const _errs106 = errors;
if(typeof data32.label !== "string"){
validate21.errors = [{instancePath:instancePath+"/labels/" + i2+"/label",schemaPath:"#/$defs/selectValue/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs106 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data32.value !== undefined){
const _errs108 = errors;
if(typeof data32.value !== "string"){
validate21.errors = [{instancePath:instancePath+"/labels/" + i2+"/value",schemaPath:"#/$defs/selectValue/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid22 = _errs108 === errors;
}
else {
var valid22 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/labels/" + i2,schemaPath:"#/$defs/selectValue/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs102 === errors;
if(!valid20){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs99 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.metadata !== undefined){
let data35 = data.metadata;
const _errs110 = errors;
if(errors === _errs110){
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
}
else {
validate21.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid14 = _errs110 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.quantity !== undefined){
let data36 = data.quantity;
const _errs116 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs116){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
validate21.errors = [{instancePath:instancePath+"/quantity",schemaPath:"#/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid14 = _errs116 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.useCustomCodes !== undefined){
const _errs119 = errors;
if(typeof data.useCustomCodes !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/useCustomCodes",schemaPath:"#/properties/useCustomCodes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs119 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.customCodes !== undefined){
const _errs121 = errors;
if(typeof data.customCodes !== "string"){
validate21.errors = [{instancePath:instancePath+"/customCodes",schemaPath:"#/properties/customCodes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs121 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.confirm_changes !== undefined){
const _errs123 = errors;
if(typeof data.confirm_changes !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/confirm_changes",schemaPath:"#/properties/confirm_changes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs123 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data.referee_rules_json !== undefined){
let data40 = data.referee_rules_json;
const _errs125 = errors;
if(errors === _errs125){
if(Array.isArray(data40)){
var valid23 = true;
const len3 = data40.length;
for(let i3=0; i3<len3; i3++){
const _errs129 = errors;
if(!(validate22(data40[i3], {instancePath:instancePath+"/referee_rules_json/" + i3,parentData:data40,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid23 = _errs129 === errors;
if(!valid23){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/referee_rules_json",schemaPath:"#/properties/referee_rules_json/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs125 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/voucherify.schema.json","title":"Voucherify campaign","description":"The managed fields of a Voucherify campaign, as PUT /v1/campaigns/{campaignId} names them.","type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"readOnly":true,"description":"Campaign name, unique in the project; set at creation, checked by plan, never sent."},"campaign_type":{"type":"string","enum":["LOYALTY_PROGRAM","GIFT_VOUCHERS","DISCOUNT_COUPONS","PROMOTION","REFERRAL_PROGRAM"],"readOnly":true,"description":"Kind of campaign; fixed at creation, checked by plan, decides which fields apply.","x-assumed":"Not in the update body (the vendor ignores it there); kept in spec as a checked field so the per-type rules can be stated."},"active":{"type":"boolean","description":"Whether the campaign is switched on; changed through the enable/disable calls."},"type":{"type":"string","enum":["AUTO_UPDATE","STATIC"],"description":"AUTO_UPDATE: new codes can be added after creation; STATIC: codes are published by hand.","x-hint":"use AUTO_UPDATE or STATIC; a STANDALONE campaign keeps that type for good, so leave `type` out for it"},"description":{"type":"string","description":"Free text about the campaign for your team."},"category":{"type":"string","minLength":1,"description":"Category name; give this or `category_id`, not both."},"category_id":{"type":"string","pattern":"^cat_[A-Za-z0-9]+$","description":"Category id (`cat_…`); give this or `category`, not both.","x-assumed":"Ids are `cat_` followed by letters and digits, as in the vendor examples."},"start_date":{"type":"string","format":"date-time","description":"When the campaign becomes active (ISO 8601 date-time with zone).","x-assumed":"Not nullable: the docs do not say whether null clears the date."},"expiration_date":{"type":"string","format":"date-time","description":"When the campaign stops being active (ISO 8601 date-time with zone).","x-assumed":"Not nullable: the docs do not say whether null clears the date."},"validity_timeframe":{"type":"object","additionalProperties":false,"required":["interval","duration"],"description":"Recurring window: active for `duration` every `interval` from `start_date` (needs `start_date`).","x-assumed":"Both parts are required: a recurring window needs an interval and a duration.","properties":{"interval":{"type":"string","format":"duration","description":"Time between the starts of two windows, e.g. `P2D` (every other day)."},"duration":{"type":"string","format":"duration","description":"Length of each window, e.g. `PT1H`."}}},"validity_day_of_week":{"$ref":"#/$defs/DaysOfWeek"},"validity_hours":{"type":"object","additionalProperties":false,"description":"Daily hours of validity, e.g. happy hours.","properties":{"daily":{"type":"array","description":"Recurring periods; they must not overlap.","items":{"type":"object","additionalProperties":false,"required":["start_time","expiration_time","days_of_week"],"x-assumed":"All three parts are required and `expiration_time` is later than `start_time` on the same day: the docs describe the period as active from start to expiration.","properties":{"start_time":{"type":"string","description":"Start of the period, HH:mm.","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","x-message":"`start_time` must be a time of day in 24-hour HH:mm form, e.g. `09:00` or `17:30`.","x-hint":"use two-digit hours 00–23 and minutes 00–59, quoted in YAML: \"09:00\"","x-assumed":"HH:mm as the docs describe it, although the OpenAPI tags the field `format: time` (which would need seconds)."},"expiration_time":{"type":"string","description":"End of the period, HH:mm.","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","x-message":"`expiration_time` must be a time of day in 24-hour HH:mm form, e.g. `09:00` or `17:30`.","x-hint":"use two-digit hours 00–23 and minutes 00–59, quoted in YAML: \"09:00\"","x-assumed":"HH:mm as the docs describe it, although the OpenAPI tags the field `format: time` (which would need seconds)."},"days_of_week":{"$ref":"#/$defs/DaysOfWeek"}}}}}},"activity_duration_after_publishing":{"type":"string","format":"duration","description":"How long a code stays valid after it is published, e.g. `P24D` (not for PROMOTION campaigns)."},"join_once":{"type":"boolean","description":"Whether a customer can join only once (always true for LOYALTY_PROGRAM; not for PROMOTION)."},"auto_join":{"type":"boolean","description":"Whether customers join automatically when they fulfil an earning rule (not for PROMOTION).","x-assumed":"Accepted on every campaign type but PROMOTION, where the update body places it, though its description speaks of loyalty campaigns."},"metadata":{"type":"object","additionalProperties":true,"description":"Your own key/value attributes; merged into the live ones, see `unset_metadata_fields` to remove."},"unset_metadata_fields":{"type":["array","null"],"writeOnly":true,"uniqueItems":true,"description":"Metadata keys to remove from the campaign (sent once, never read back).","items":{"type":"string","minLength":1}},"access_settings":{"type":"object","additionalProperties":false,"writeOnly":true,"description":"Areas and stores to assign or unassign (Areas and Stores enterprise feature; never read back).","properties":{"assign":{"$ref":"#/$defs/AreaAndStoreIds"},"unassign":{"$ref":"#/$defs/AreaAndStoreIds"}}},"discount":{"type":"object","additionalProperties":false,"required":["type"],"description":"The discount the campaign's codes give (DISCOUNT_COUPONS and REFERRAL_PROGRAM campaigns).","properties":{"type":{"type":"string","enum":["AMOUNT","PERCENT","FIXED","UNIT"],"description":"Kind of discount."},"amount_off":{"type":"number","minimum":0,"description":"AMOUNT: money taken off, in cents (1000 = 10.00).","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"amount_off_formula":{"type":"string","minLength":1,"description":"AMOUNT: formula computing the amount off."},"percent_off":{"type":"number","minimum":0,"maximum":100,"description":"PERCENT: percentage taken off.","x-assumed":"Between 0 and 100: the docs give no bound, a percentage outside it is meaningless."},"percent_off_formula":{"type":"string","minLength":1,"description":"PERCENT: formula computing the percentage."},"amount_limit":{"type":"number","minimum":0,"description":"PERCENT: cap on the discount, in cents.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"aggregated_amount_limit":{"type":"integer","minimum":0,"description":"AMOUNT or PERCENT: cap on the discount per order, in cents.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"fixed_amount":{"type":"number","minimum":0,"description":"FIXED: the price the order or item is set to, in cents; the fallback when a formula fails.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"fixed_amount_formula":{"type":"string","minLength":1,"description":"FIXED: formula computing the fixed amount."},"unit_off":{"type":"integer","minimum":0,"description":"UNIT: how many units are given free.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"unit_off_formula":{"type":"string","minLength":1,"description":"UNIT: formula computing the number of free units."},"unit_type":{"type":"string","minLength":1,"description":"UNIT: what is given free (a product id or e.g. time)."},"product":{"$ref":"#/$defs/FreeProduct"},"sku":{"$ref":"#/$defs/FreeProduct"},"units":{"type":"array","minItems":1,"description":"UNIT with several free items: one entry per item (then `effect` is ADD_MANY_ITEMS).","items":{"$ref":"#/$defs/FreeUnit"}},"effect":{"type":"string","description":"How the discount applies to the order; the allowed values depend on `type`.","tsType":"'APPLY_TO_ORDER' | 'APPLY_TO_ITEMS' | 'APPLY_TO_ITEMS_PROPORTIONALLY' | 'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY' | 'APPLY_TO_ITEMS_BY_QUANTITY' | 'ADD_MISSING_ITEMS' | 'ADD_NEW_ITEMS' | 'ADD_MANY_ITEMS' | 'ADD_SAME_ITEMS'"},"is_dynamic":{"type":"boolean","description":"Whether the discount is computed by its formula."}},"allOf":[{"if":{"required":["type"],"properties":{"type":{"const":"AMOUNT"}}},"then":{"properties":{"percent_off":{"not":{},"x-message":"`percent_off` belongs to PERCENT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `percent_off`, or change `type`"},"percent_off_formula":{"not":{},"x-message":"`percent_off_formula` belongs to PERCENT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `percent_off_formula`, or change `type`"},"amount_limit":{"not":{},"x-message":"`amount_limit` belongs to PERCENT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `amount_limit`, or change `type`"},"fixed_amount":{"not":{},"x-message":"`fixed_amount` belongs to FIXED discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `fixed_amount`, or change `type`"},"fixed_amount_formula":{"not":{},"x-message":"`fixed_amount_formula` belongs to FIXED discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `fixed_amount_formula`, or change `type`"},"unit_off":{"not":{},"x-message":"`unit_off` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `unit_off`, or change `type`"},"unit_off_formula":{"not":{},"x-message":"`unit_off_formula` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `unit_off_formula`, or change `type`"},"unit_type":{"not":{},"x-message":"`unit_type` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `unit_type`, or change `type`"},"product":{"not":{},"x-message":"`product` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `product`, or change `type`"},"sku":{"not":{},"x-message":"`sku` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `sku`, or change `type`"},"units":{"not":{},"x-message":"`units` belongs to UNIT discounts and must be left out when `type` is AMOUNT.","x-hint":"remove `units`, or change `type`"},"effect":{"enum":["APPLY_TO_ORDER","APPLY_TO_ITEMS","APPLY_TO_ITEMS_PROPORTIONALLY","APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY","APPLY_TO_ITEMS_BY_QUANTITY"],"x-message":"`effect` of a AMOUNT discount must be one of APPLY_TO_ORDER, APPLY_TO_ITEMS, APPLY_TO_ITEMS_PROPORTIONALLY, APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY, APPLY_TO_ITEMS_BY_QUANTITY.","x-hint":"pick one of those, or check `type`"}},"required":["amount_off"]}},{"if":{"required":["type"],"properties":{"type":{"const":"PERCENT"}}},"then":{"properties":{"amount_off":{"not":{},"x-message":"`amount_off` belongs to AMOUNT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `amount_off`, or change `type`"},"amount_off_formula":{"not":{},"x-message":"`amount_off_formula` belongs to AMOUNT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `amount_off_formula`, or change `type`"},"fixed_amount":{"not":{},"x-message":"`fixed_amount` belongs to FIXED discounts and must be left out when `type` is PERCENT.","x-hint":"remove `fixed_amount`, or change `type`"},"fixed_amount_formula":{"not":{},"x-message":"`fixed_amount_formula` belongs to FIXED discounts and must be left out when `type` is PERCENT.","x-hint":"remove `fixed_amount_formula`, or change `type`"},"unit_off":{"not":{},"x-message":"`unit_off` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `unit_off`, or change `type`"},"unit_off_formula":{"not":{},"x-message":"`unit_off_formula` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `unit_off_formula`, or change `type`"},"unit_type":{"not":{},"x-message":"`unit_type` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `unit_type`, or change `type`"},"product":{"not":{},"x-message":"`product` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `product`, or change `type`"},"sku":{"not":{},"x-message":"`sku` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `sku`, or change `type`"},"units":{"not":{},"x-message":"`units` belongs to UNIT discounts and must be left out when `type` is PERCENT.","x-hint":"remove `units`, or change `type`"},"effect":{"enum":["APPLY_TO_ORDER","APPLY_TO_ITEMS"],"x-message":"`effect` of a PERCENT discount must be one of APPLY_TO_ORDER, APPLY_TO_ITEMS.","x-hint":"pick one of those, or check `type`"}},"required":["percent_off"]}},{"if":{"required":["type"],"properties":{"type":{"const":"FIXED"}}},"then":{"properties":{"amount_off":{"not":{},"x-message":"`amount_off` belongs to AMOUNT discounts and must be left out when `type` is FIXED.","x-hint":"remove `amount_off`, or change `type`"},"amount_off_formula":{"not":{},"x-message":"`amount_off_formula` belongs to AMOUNT discounts and must be left out when `type` is FIXED.","x-hint":"remove `amount_off_formula`, or change `type`"},"aggregated_amount_limit":{"not":{},"x-message":"`aggregated_amount_limit` belongs to AMOUNT/PERCENT discounts and must be left out when `type` is FIXED.","x-hint":"remove `aggregated_amount_limit`, or change `type`"},"percent_off":{"not":{},"x-message":"`percent_off` belongs to PERCENT discounts and must be left out when `type` is FIXED.","x-hint":"remove `percent_off`, or change `type`"},"percent_off_formula":{"not":{},"x-message":"`percent_off_formula` belongs to PERCENT discounts and must be left out when `type` is FIXED.","x-hint":"remove `percent_off_formula`, or change `type`"},"amount_limit":{"not":{},"x-message":"`amount_limit` belongs to PERCENT discounts and must be left out when `type` is FIXED.","x-hint":"remove `amount_limit`, or change `type`"},"unit_off":{"not":{},"x-message":"`unit_off` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `unit_off`, or change `type`"},"unit_off_formula":{"not":{},"x-message":"`unit_off_formula` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `unit_off_formula`, or change `type`"},"unit_type":{"not":{},"x-message":"`unit_type` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `unit_type`, or change `type`"},"product":{"not":{},"x-message":"`product` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `product`, or change `type`"},"sku":{"not":{},"x-message":"`sku` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `sku`, or change `type`"},"units":{"not":{},"x-message":"`units` belongs to UNIT discounts and must be left out when `type` is FIXED.","x-hint":"remove `units`, or change `type`"},"effect":{"enum":["APPLY_TO_ORDER","APPLY_TO_ITEMS"],"x-message":"`effect` of a FIXED discount must be one of APPLY_TO_ORDER, APPLY_TO_ITEMS.","x-hint":"pick one of those, or check `type`"}},"required":["fixed_amount"]}},{"if":{"required":["type"],"properties":{"type":{"const":"UNIT"}}},"then":{"properties":{"amount_off":{"not":{},"x-message":"`amount_off` belongs to AMOUNT discounts and must be left out when `type` is UNIT.","x-hint":"remove `amount_off`, or change `type`"},"amount_off_formula":{"not":{},"x-message":"`amount_off_formula` belongs to AMOUNT discounts and must be left out when `type` is UNIT.","x-hint":"remove `amount_off_formula`, or change `type`"},"aggregated_amount_limit":{"not":{},"x-message":"`aggregated_amount_limit` belongs to AMOUNT/PERCENT discounts and must be left out when `type` is UNIT.","x-hint":"remove `aggregated_amount_limit`, or change `type`"},"percent_off":{"not":{},"x-message":"`percent_off` belongs to PERCENT discounts and must be left out when `type` is UNIT.","x-hint":"remove `percent_off`, or change `type`"},"percent_off_formula":{"not":{},"x-message":"`percent_off_formula` belongs to PERCENT discounts and must be left out when `type` is UNIT.","x-hint":"remove `percent_off_formula`, or change `type`"},"amount_limit":{"not":{},"x-message":"`amount_limit` belongs to PERCENT discounts and must be left out when `type` is UNIT.","x-hint":"remove `amount_limit`, or change `type`"},"fixed_amount":{"not":{},"x-message":"`fixed_amount` belongs to FIXED discounts and must be left out when `type` is UNIT.","x-hint":"remove `fixed_amount`, or change `type`"},"fixed_amount_formula":{"not":{},"x-message":"`fixed_amount_formula` belongs to FIXED discounts and must be left out when `type` is UNIT.","x-hint":"remove `fixed_amount_formula`, or change `type`"}}}},{"if":{"required":["type","units"],"properties":{"type":{"const":"UNIT"}}},"then":{"properties":{"unit_off":{"not":{},"x-message":"`unit_off` must be left out when `units` lists the free items; put it inside each `units` entry.","x-hint":"move `unit_off` into the `units` entries, or drop `units` for a single free item"},"unit_off_formula":{"not":{},"x-message":"`unit_off_formula` must be left out when `units` lists the free items; put it inside each `units` entry.","x-hint":"move `unit_off_formula` into the `units` entries, or drop `units` for a single free item"},"unit_type":{"not":{},"x-message":"`unit_type` must be left out when `units` lists the free items; put it inside each `units` entry.","x-hint":"move `unit_type` into the `units` entries, or drop `units` for a single free item"},"product":{"not":{},"x-message":"`product` must be left out when `units` lists the free items; put it inside each `units` entry.","x-hint":"move `product` into the `units` entries, or drop `units` for a single free item"},"sku":{"not":{},"x-message":"`sku` must be left out when `units` lists the free items; put it inside each `units` entry.","x-hint":"move `sku` into the `units` entries, or drop `units` for a single free item"},"effect":{"const":"ADD_MANY_ITEMS","x-message":"`effect` must be ADD_MANY_ITEMS when `units` lists several free items.","x-hint":"set `effect: ADD_MANY_ITEMS`"}}}},{"if":{"required":["type"],"properties":{"type":{"const":"UNIT"}},"not":{"required":["units"]}},"then":{"required":["unit_type"],"properties":{"effect":{"enum":["ADD_MISSING_ITEMS","ADD_NEW_ITEMS","ADD_MANY_ITEMS","ADD_SAME_ITEMS"],"x-message":"`effect` of a UNIT discount must be one of ADD_MISSING_ITEMS, ADD_NEW_ITEMS, ADD_MANY_ITEMS, ADD_SAME_ITEMS.","x-hint":"pick one of those, or check `type`"}}}}]},"gift":{"type":"object","additionalProperties":false,"required":["amount","balance"],"description":"Credit loaded on the campaign's gift cards (GIFT_VOUCHERS campaigns).","properties":{"amount":{"type":"number","minimum":0,"description":"Credit put on each card, in cents (10000 = 100.00).","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"subtracted_amount":{"type":"integer","minimum":0,"description":"Credit taken off the cards, in cents.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"balance":{"type":"number","minimum":0,"description":"Credit still available on each card, in cents.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"effect":{"type":"string","enum":["APPLY_TO_ORDER","APPLY_TO_ITEMS"],"description":"Whether the credit pays for the whole order or for items only."}}},"referral_program":{"type":"object","additionalProperties":false,"description":"When a referral counts and what the referee gets (REFERRAL_PROGRAM campaigns).","properties":{"conversion_event_type":{"type":"string","enum":["redemption","custom_event"],"description":"What makes a referral count: the referee redeeming the code, or a custom event."},"custom_event":{"type":"object","additionalProperties":false,"description":"The custom event that makes a referral count.","properties":{"id":{"type":"string","pattern":"^ms_[A-Za-z0-9]+$","description":"Voucherify id of the custom event (`ms_…`).","x-assumed":"Ids start with `ms_` followed by letters and digits, as in the vendor examples."},"name":{"type":"string","minLength":1,"description":"Name of the custom event."}}},"referee_reward":{"type":"object","additionalProperties":false,"description":"What the referee is given.","properties":{"related_object_parent":{"type":"object","additionalProperties":false,"description":"The loyalty or gift card campaign the reward is paid from.","properties":{"id":{"type":"string","pattern":"^camp_[A-Za-z0-9]{24}$","description":"Id of that campaign (`camp_…`)."},"name":{"type":"string","minLength":1,"description":"Name of that campaign."},"object":{"type":"string","enum":["CAMPAIGN"],"description":"Kind of source; always CAMPAIGN."}}},"type":{"type":"string","enum":["LOYALTY_CARD","GIFT_VOUCHER"],"description":"Whether the reward is loyalty points or gift card credit."},"amount":{"type":"integer","minimum":0,"description":"Points (loyalty card) or credit in cents (gift card) given to the referee.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."}}}},"allOf":[{"if":{"required":["conversion_event_type"],"properties":{"conversion_event_type":{"const":"redemption"}}},"then":{"properties":{"custom_event":{"not":{},"x-message":"`custom_event` must be left out when `conversion_event_type` is redemption.","x-hint":"remove `custom_event`, or set `conversion_event_type: custom_event`"}}}},{"if":{"required":["conversion_event_type"],"properties":{"conversion_event_type":{"const":"custom_event"}}},"then":{"required":["custom_event"],"x-message":"`custom_event` is required when `conversion_event_type` is custom_event.","x-hint":"add `custom_event:` with the `id` and `name` of the event that counts as a referral"}}],"x-assumed":"`custom_event` goes with `conversion_event_type: custom_event` only; the docs describe it no further."},"loyalty_tiers_expiration":{"type":"object","additionalProperties":false,"required":["qualification_type","start_date","expiration_date"],"description":"How customers qualify for loyalty tiers and when tiers start and expire (LOYALTY_PROGRAM campaigns).","properties":{"qualification_type":{"type":"string","enum":["BALANCE","POINTS_IN_PERIOD"],"description":"Qualify by current points balance, or by points collected within a period."},"qualification_period":{"type":"string","enum":["MONTH","QUARTER","HALF_YEAR","YEAR"],"description":"The calendar period points are summed over (POINTS_IN_PERIOD)."},"start_date":{"type":"object","additionalProperties":false,"required":["type"],"description":"When a reached tier starts to apply.","properties":{"type":{"type":"string","enum":["IMMEDIATE","NEXT_PERIOD"],"description":"At once, or when the next qualification period starts."}}},"expiration_date":{"type":"object","additionalProperties":false,"required":["type","extend"],"description":"When a tier expires.","properties":{"type":{"type":"string","enum":["END_OF_PERIOD","END_OF_NEXT_PERIOD","BALANCE_DROP","CUSTOM"],"description":"What ends the tier for a customer."},"extend":{"type":"string","format":"duration","description":"Extra time the tier is kept after it would expire, e.g. `P3M`."},"rounding":{"type":"object","additionalProperties":false,"description":"How the expiration date is rounded.","properties":{"type":{"type":"string","enum":["MONTH","QUARTER","HALF_YEAR","YEAR","CUSTOM"],"description":"The period the expiration is rounded to."},"strategy":{"type":"string","enum":["START","END"],"description":"Round to the start or the end of that period."},"unit":{"type":"string","enum":["MONTH"],"description":"Unit of `value`; only MONTH."},"value":{"type":"integer","minimum":0,"maximum":11,"description":"Month for CUSTOM rounding, 0 = January … 11 = December."}}}}}},"allOf":[{"if":{"required":["qualification_type"],"properties":{"qualification_type":{"const":"POINTS_IN_PERIOD"}}},"then":{"required":["qualification_period"],"x-message":"`qualification_period` is required when `qualification_type` is POINTS_IN_PERIOD.","x-hint":"add `qualification_period:` MONTH, QUARTER, HALF_YEAR or YEAR"}},{"if":{"required":["qualification_type"],"properties":{"qualification_type":{"const":"BALANCE"}}},"then":{"properties":{"qualification_period":{"not":{},"x-message":"`qualification_period` must be left out when `qualification_type` is BALANCE.","x-hint":"remove `qualification_period`, or set `qualification_type: POINTS_IN_PERIOD`"}}}}],"x-assumed":"`qualification_period` is required with POINTS_IN_PERIOD and not allowed with BALANCE: the docs define the period only for POINTS_IN_PERIOD."},"options":{"type":"object","additionalProperties":false,"writeOnly":true,"description":"One-off instructions for a LOYALTY_PROGRAM update (never read back).","x-assumed":"Write-only: the campaign object returned by reads has no `options`.","properties":{"recalculate_tiers":{"type":"boolean","description":"Recalculate every member's tier after this update."}}}},"allOf":[{"if":{"required":["category"]},"then":{"properties":{"category_id":{"not":{},"x-message":"`category` and `category_id` must not both be given.","x-hint":"keep either `category` (the name) or `category_id` (the id)"}}}},{"if":{"required":["validity_timeframe"]},"then":{"required":["start_date"],"x-message":"`validity_timeframe` needs `start_date` beside it: the recurring windows are counted from it.","x-hint":"add `start_date:` (the moment the first window opens), or remove `validity_timeframe`"}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"type":{"not":{},"x-message":"`type` must be left out on a PROMOTION campaign: PROMOTION campaigns do not have it.","x-hint":"remove `type`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"activity_duration_after_publishing":{"not":{},"x-message":"`activity_duration_after_publishing` must be left out on a PROMOTION campaign: PROMOTION campaigns do not have it.","x-hint":"remove `activity_duration_after_publishing`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"join_once":{"not":{},"x-message":"`join_once` must be left out on a PROMOTION campaign: PROMOTION campaigns do not have it.","x-hint":"remove `join_once`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"auto_join":{"not":{},"x-message":"`auto_join` must be left out on a PROMOTION campaign: PROMOTION campaigns do not have it.","x-hint":"remove `auto_join`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"LOYALTY_PROGRAM"}}},"then":{"properties":{"discount":{"not":{},"x-message":"`discount` must be left out on a LOYALTY_PROGRAM campaign: it applies only to DISCOUNT_COUPONS and REFERRAL_PROGRAM campaigns.","x-hint":"remove `discount`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"GIFT_VOUCHERS"}}},"then":{"properties":{"discount":{"not":{},"x-message":"`discount` must be left out on a GIFT_VOUCHERS campaign: it applies only to DISCOUNT_COUPONS and REFERRAL_PROGRAM campaigns.","x-hint":"remove `discount`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"discount":{"not":{},"x-message":"`discount` must be left out on a PROMOTION campaign: it applies only to DISCOUNT_COUPONS and REFERRAL_PROGRAM campaigns.","x-hint":"remove `discount`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"LOYALTY_PROGRAM"}}},"then":{"properties":{"gift":{"not":{},"x-message":"`gift` must be left out on a LOYALTY_PROGRAM campaign: it applies only to GIFT_VOUCHERS campaigns.","x-hint":"remove `gift`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"DISCOUNT_COUPONS"}}},"then":{"properties":{"gift":{"not":{},"x-message":"`gift` must be left out on a DISCOUNT_COUPONS campaign: it applies only to GIFT_VOUCHERS campaigns.","x-hint":"remove `gift`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"gift":{"not":{},"x-message":"`gift` must be left out on a PROMOTION campaign: it applies only to GIFT_VOUCHERS campaigns.","x-hint":"remove `gift`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"REFERRAL_PROGRAM"}}},"then":{"properties":{"gift":{"not":{},"x-message":"`gift` must be left out on a REFERRAL_PROGRAM campaign: it applies only to GIFT_VOUCHERS campaigns.","x-hint":"remove `gift`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"LOYALTY_PROGRAM"}}},"then":{"properties":{"referral_program":{"not":{},"x-message":"`referral_program` must be left out on a LOYALTY_PROGRAM campaign: it applies only to REFERRAL_PROGRAM campaigns.","x-hint":"remove `referral_program`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"GIFT_VOUCHERS"}}},"then":{"properties":{"referral_program":{"not":{},"x-message":"`referral_program` must be left out on a GIFT_VOUCHERS campaign: it applies only to REFERRAL_PROGRAM campaigns.","x-hint":"remove `referral_program`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"DISCOUNT_COUPONS"}}},"then":{"properties":{"referral_program":{"not":{},"x-message":"`referral_program` must be left out on a DISCOUNT_COUPONS campaign: it applies only to REFERRAL_PROGRAM campaigns.","x-hint":"remove `referral_program`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"referral_program":{"not":{},"x-message":"`referral_program` must be left out on a PROMOTION campaign: it applies only to REFERRAL_PROGRAM campaigns.","x-hint":"remove `referral_program`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"GIFT_VOUCHERS"}}},"then":{"properties":{"loyalty_tiers_expiration":{"not":{},"x-message":"`loyalty_tiers_expiration` must be left out on a GIFT_VOUCHERS campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `loyalty_tiers_expiration`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"DISCOUNT_COUPONS"}}},"then":{"properties":{"loyalty_tiers_expiration":{"not":{},"x-message":"`loyalty_tiers_expiration` must be left out on a DISCOUNT_COUPONS campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `loyalty_tiers_expiration`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"loyalty_tiers_expiration":{"not":{},"x-message":"`loyalty_tiers_expiration` must be left out on a PROMOTION campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `loyalty_tiers_expiration`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"REFERRAL_PROGRAM"}}},"then":{"properties":{"loyalty_tiers_expiration":{"not":{},"x-message":"`loyalty_tiers_expiration` must be left out on a REFERRAL_PROGRAM campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `loyalty_tiers_expiration`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"GIFT_VOUCHERS"}}},"then":{"properties":{"options":{"not":{},"x-message":"`options` must be left out on a GIFT_VOUCHERS campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `options`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"DISCOUNT_COUPONS"}}},"then":{"properties":{"options":{"not":{},"x-message":"`options` must be left out on a DISCOUNT_COUPONS campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `options`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"PROMOTION"}}},"then":{"properties":{"options":{"not":{},"x-message":"`options` must be left out on a PROMOTION campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `options`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"REFERRAL_PROGRAM"}}},"then":{"properties":{"options":{"not":{},"x-message":"`options` must be left out on a REFERRAL_PROGRAM campaign: it applies only to LOYALTY_PROGRAM campaigns.","x-hint":"remove `options`, or check `campaign_type`"}}}},{"if":{"required":["campaign_type"],"properties":{"campaign_type":{"const":"LOYALTY_PROGRAM"}}},"then":{"properties":{"join_once":{"const":true,"x-message":"`join_once` is always true for LOYALTY_PROGRAM campaigns and cannot be changed.","x-hint":"set `join_once: true`, or leave it out"}}}}],"$defs":{"FreeProduct":{"title":"FreeProduct","type":"object","additionalProperties":false,"required":["id","name"],"description":"A product or SKU given free by a UNIT discount.","properties":{"id":{"type":"string","minLength":1,"description":"Voucherify id of the product or SKU."},"source_id":{"type":"string","minLength":1,"description":"Your own id for it."},"name":{"type":"string","minLength":1,"description":"Its name."}}},"FreeUnit":{"title":"FreeUnit","type":"object","additionalProperties":false,"required":["effect","unit_type"],"properties":{"unit_off":{"type":"number","minimum":0,"description":"How many of this item are given free.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"unit_off_formula":{"type":"string","minLength":1,"description":"Formula computing how many of this item are given free."},"effect":{"type":"string","enum":["ADD_NEW_ITEMS","ADD_MISSING_ITEMS"],"description":"Whether the free item is added to the cart or only discounted when already there."},"unit_type":{"type":"string","minLength":1,"description":"What is given free (a product id or e.g. time)."},"product":{"$ref":"#/$defs/FreeProduct"},"sku":{"$ref":"#/$defs/FreeProduct"}}},"DaysOfWeek":{"title":"DaysOfWeek","type":"array","description":"Days of the week the campaign (or period) is valid on: 0 = Sunday … 6 = Saturday.","uniqueItems":true,"x-assumed":"Each day listed at most once; the docs do not say whether repeats are rejected.","items":{"type":"integer","enum":[0,1,2,3,4,5,6],"x-message":"Days of the week are numbered 0 (Sunday) to 6 (Saturday).","x-hint":"use 0=Sunday, 1=Monday, 2=Tuesday, 3=Wednesday, 4=Thursday, 5=Friday, 6=Saturday"}},"AreaAndStoreIds":{"title":"AreaAndStoreIds","type":"object","description":"Area and store ids the campaign is assigned to (under `assign`) or taken from (under `unassign`).","additionalProperties":false,"properties":{"areas_ids":{"type":"array","description":"Area ids.","uniqueItems":true,"items":{"type":"string","minLength":1}},"area_stores_ids":{"type":"array","description":"Store ids.","uniqueItems":true,"items":{"type":"string","minLength":1}},"area_all_stores_ids":{"type":"array","description":"Area ids meaning every store of that area (not the same as listing the stores).","uniqueItems":true,"items":{"type":"string","minLength":1}}}}}};
const schema39 = {"title":"DaysOfWeek","type":"array","description":"Days of the week the campaign (or period) is valid on: 0 = Sunday … 6 = Saturday.","uniqueItems":true,"x-assumed":"Each day listed at most once; the docs do not say whether repeats are rejected.","items":{"type":"integer","enum":[0,1,2,3,4,5,6],"x-message":"Days of the week are numbered 0 (Sunday) to 6 (Saturday).","x-hint":"use 0=Sunday, 1=Monday, 2=Tuesday, 3=Wednesday, 4=Thursday, 5=Friday, 6=Saturday"}};
const schema41 = {"title":"AreaAndStoreIds","type":"object","description":"Area and store ids the campaign is assigned to (under `assign`) or taken from (under `unassign`).","additionalProperties":false,"properties":{"areas_ids":{"type":"array","description":"Area ids.","uniqueItems":true,"items":{"type":"string","minLength":1}},"area_stores_ids":{"type":"array","description":"Store ids.","uniqueItems":true,"items":{"type":"string","minLength":1}},"area_all_stores_ids":{"type":"array","description":"Area ids meaning every store of that area (not the same as listing the stores).","uniqueItems":true,"items":{"type":"string","minLength":1}}}};
const schema43 = {"title":"FreeProduct","type":"object","additionalProperties":false,"required":["id","name"],"description":"A product or SKU given free by a UNIT discount.","properties":{"id":{"type":"string","minLength":1,"description":"Voucherify id of the product or SKU."},"source_id":{"type":"string","minLength":1,"description":"Your own id for it."},"name":{"type":"string","minLength":1,"description":"Its name."}}};
const pattern6 = new RegExp("^cat_[A-Za-z0-9]+$", "u");
const pattern7 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern9 = new RegExp("^ms_[A-Za-z0-9]+$", "u");
const pattern5 = new RegExp("^camp_[A-Za-z0-9]{24}$", "u");
const formats14 = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
const schema45 = {"title":"FreeUnit","type":"object","additionalProperties":false,"required":["effect","unit_type"],"properties":{"unit_off":{"type":"number","minimum":0,"description":"How many of this item are given free.","x-assumed":"Non-negative: the docs give no bound, a negative value would be meaningless."},"unit_off_formula":{"type":"string","minLength":1,"description":"Formula computing how many of this item are given free."},"effect":{"type":"string","enum":["ADD_NEW_ITEMS","ADD_MISSING_ITEMS"],"description":"Whether the free item is added to the cart or only discounted when already there."},"unit_type":{"type":"string","minLength":1,"description":"What is given free (a product id or e.g. time)."},"product":{"$ref":"#/$defs/FreeProduct"},"sku":{"$ref":"#/$defs/FreeProduct"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.effect === undefined) && (missing0 = "effect")) || ((data.unit_type === undefined) && (missing0 = "unit_type"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "unit_off") || (key0 === "unit_off_formula")) || (key0 === "effect")) || (key0 === "unit_type")) || (key0 === "product")) || (key0 === "sku"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.unit_off !== undefined){
let data0 = data.unit_off;
const _errs2 = errors;
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/unit_off",schemaPath:"#/properties/unit_off/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/unit_off",schemaPath:"#/properties/unit_off/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unit_off_formula !== undefined){
let data1 = data.unit_off_formula;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate27.errors = [{instancePath:instancePath+"/unit_off_formula",schemaPath:"#/properties/unit_off_formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/unit_off_formula",schemaPath:"#/properties/unit_off_formula/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.effect !== undefined){
let data2 = data.effect;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate27.errors = [{instancePath:instancePath+"/effect",schemaPath:"#/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "ADD_NEW_ITEMS") || (data2 === "ADD_MISSING_ITEMS"))){
validate27.errors = [{instancePath:instancePath+"/effect",schemaPath:"#/properties/effect/enum",keyword:"enum",params:{allowedValues: schema45.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unit_type !== undefined){
let data3 = data.unit_type;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate27.errors = [{instancePath:instancePath+"/unit_type",schemaPath:"#/properties/unit_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/unit_type",schemaPath:"#/properties/unit_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product !== undefined){
let data4 = data.product;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.id === undefined) && (missing1 = "id")) || ((data4.name === undefined) && (missing1 = "name"))){
validate27.errors = [{instancePath:instancePath+"/product",schemaPath:"#/$defs/FreeProduct/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key1 in data4){
if(!(((key1 === "id") || (key1 === "source_id")) || (key1 === "name"))){
validate27.errors = [{instancePath:instancePath+"/product",schemaPath:"#/$defs/FreeProduct/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data4.id !== undefined){
let data5 = data4.id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate27.errors = [{instancePath:instancePath+"/product/id",schemaPath:"#/$defs/FreeProduct/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/product/id",schemaPath:"#/$defs/FreeProduct/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.source_id !== undefined){
let data6 = data4.source_id;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) < 1){
validate27.errors = [{instancePath:instancePath+"/product/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/product/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.name !== undefined){
let data7 = data4.name;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate27.errors = [{instancePath:instancePath+"/product/name",schemaPath:"#/$defs/FreeProduct/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/product/name",schemaPath:"#/$defs/FreeProduct/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/product",schemaPath:"#/$defs/FreeProduct/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sku !== undefined){
let data8 = data.sku;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((data8.id === undefined) && (missing2 = "id")) || ((data8.name === undefined) && (missing2 = "name"))){
validate27.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/$defs/FreeProduct/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs24 = errors;
for(const key2 in data8){
if(!(((key2 === "id") || (key2 === "source_id")) || (key2 === "name"))){
validate27.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/$defs/FreeProduct/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs24 === errors){
if(data8.id !== undefined){
let data9 = data8.id;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(func2(data9) < 1){
validate27.errors = [{instancePath:instancePath+"/sku/id",schemaPath:"#/$defs/FreeProduct/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/sku/id",schemaPath:"#/$defs/FreeProduct/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.source_id !== undefined){
let data10 = data8.source_id;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate27.errors = [{instancePath:instancePath+"/sku/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/sku/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.name !== undefined){
let data11 = data8.name;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data11 === "string"){
if(func2(data11) < 1){
validate27.errors = [{instancePath:instancePath+"/sku/name",schemaPath:"#/$defs/FreeProduct/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/sku/name",schemaPath:"#/$defs/FreeProduct/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/sku",schemaPath:"#/$defs/FreeProduct/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://campaignctl.dev/schemas/voucherify.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.category === undefined) && (missing0 = "category")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.category_id !== undefined){
validate26.errors = [{instancePath:instancePath+"/category_id",schemaPath:"#/allOf/0/then/properties/category_id/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.category_id = true;
}
}
if(!valid1){
const err1 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs9 = errors;
const _errs10 = errors;
let valid3 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.validity_timeframe === undefined) && (missing1 = "validity_timeframe")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.start_date === undefined) && (missing2 = "start_date")){
validate26.errors = [{instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
}
}
var _valid1 = _errs12 === errors;
valid3 = _valid1;
}
if(!valid3){
const err3 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs9 === errors;
if(valid0){
const _errs15 = errors;
const _errs16 = errors;
let valid4 = true;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.campaign_type === undefined) && (missing3 = "campaign_type")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/allOf/2/then/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid2 = _errs19 === errors;
valid4 = _valid2;
if(valid4){
var props1 = {};
props1.type = true;
props1.campaign_type = true;
}
}
if(!valid4){
const err6 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs15 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs24 = errors;
const _errs25 = errors;
let valid7 = true;
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.campaign_type === undefined) && (missing4 = "campaign_type")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid3 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.activity_duration_after_publishing !== undefined){
validate26.errors = [{instancePath:instancePath+"/activity_duration_after_publishing",schemaPath:"#/allOf/3/then/properties/activity_duration_after_publishing/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid3 = _errs28 === errors;
valid7 = _valid3;
if(valid7){
var props2 = {};
props2.activity_duration_after_publishing = true;
props2.campaign_type = true;
}
}
if(!valid7){
const err9 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs24 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs33 = errors;
const _errs34 = errors;
let valid10 = true;
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.campaign_type === undefined) && (missing5 = "campaign_type")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
var _valid4 = _errs35 === errors;
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.join_once !== undefined){
validate26.errors = [{instancePath:instancePath+"/join_once",schemaPath:"#/allOf/4/then/properties/join_once/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid4 = _errs37 === errors;
valid10 = _valid4;
if(valid10){
var props3 = {};
props3.join_once = true;
props3.campaign_type = true;
}
}
if(!valid10){
const err12 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs33 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs42 = errors;
const _errs43 = errors;
let valid13 = true;
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.campaign_type === undefined) && (missing6 = "campaign_type")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid5 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.auto_join !== undefined){
validate26.errors = [{instancePath:instancePath+"/auto_join",schemaPath:"#/allOf/5/then/properties/auto_join/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid5 = _errs46 === errors;
valid13 = _valid5;
if(valid13){
var props4 = {};
props4.auto_join = true;
props4.campaign_type = true;
}
}
if(!valid13){
const err15 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs42 === errors;
if(valid0){
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs51 = errors;
const _errs52 = errors;
let valid16 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.campaign_type === undefined) && (missing7 = "campaign_type")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("LOYALTY_PROGRAM" !== data.campaign_type){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
var _valid6 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.discount !== undefined){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/allOf/6/then/properties/discount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid6 = _errs55 === errors;
valid16 = _valid6;
if(valid16){
var props5 = {};
props5.discount = true;
props5.campaign_type = true;
}
}
if(!valid16){
const err18 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs51 === errors;
if(valid0){
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs60 = errors;
const _errs61 = errors;
let valid19 = true;
const _errs62 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.campaign_type === undefined) && (missing8 = "campaign_type")){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("GIFT_VOUCHERS" !== data.campaign_type){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
var _valid7 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.discount !== undefined){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/allOf/7/then/properties/discount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid7 = _errs64 === errors;
valid19 = _valid7;
if(valid19){
var props6 = {};
props6.discount = true;
props6.campaign_type = true;
}
}
if(!valid19){
const err21 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs60 === errors;
if(valid0){
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs69 = errors;
const _errs70 = errors;
let valid22 = true;
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.campaign_type === undefined) && (missing9 = "campaign_type")){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
var _valid8 = _errs71 === errors;
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs73 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.discount !== undefined){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/allOf/8/then/properties/discount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid8 = _errs73 === errors;
valid22 = _valid8;
if(valid22){
var props7 = {};
props7.discount = true;
props7.campaign_type = true;
}
}
if(!valid22){
const err24 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs69 === errors;
if(valid0){
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs78 = errors;
const _errs79 = errors;
let valid25 = true;
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.campaign_type === undefined) && (missing10 = "campaign_type")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("LOYALTY_PROGRAM" !== data.campaign_type){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
var _valid9 = _errs80 === errors;
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs82 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.gift !== undefined){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/allOf/9/then/properties/gift/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid9 = _errs82 === errors;
valid25 = _valid9;
if(valid25){
var props8 = {};
props8.gift = true;
props8.campaign_type = true;
}
}
if(!valid25){
const err27 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs78 === errors;
if(valid0){
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs87 = errors;
const _errs88 = errors;
let valid28 = true;
const _errs89 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.campaign_type === undefined) && (missing11 = "campaign_type")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("DISCOUNT_COUPONS" !== data.campaign_type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
var _valid10 = _errs89 === errors;
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs91 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.gift !== undefined){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/allOf/10/then/properties/gift/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid10 = _errs91 === errors;
valid28 = _valid10;
if(valid28){
var props9 = {};
props9.gift = true;
props9.campaign_type = true;
}
}
if(!valid28){
const err30 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs87 === errors;
if(valid0){
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs96 = errors;
const _errs97 = errors;
let valid31 = true;
const _errs98 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.campaign_type === undefined) && (missing12 = "campaign_type")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
var _valid11 = _errs98 === errors;
errors = _errs97;
if(vErrors !== null){
if(_errs97){
vErrors.length = _errs97;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs100 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.gift !== undefined){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/allOf/11/then/properties/gift/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid11 = _errs100 === errors;
valid31 = _valid11;
if(valid31){
var props10 = {};
props10.gift = true;
props10.campaign_type = true;
}
}
if(!valid31){
const err33 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs96 === errors;
if(valid0){
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs105 = errors;
const _errs106 = errors;
let valid34 = true;
const _errs107 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.campaign_type === undefined) && (missing13 = "campaign_type")){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("REFERRAL_PROGRAM" !== data.campaign_type){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
var _valid12 = _errs107 === errors;
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs109 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.gift !== undefined){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/allOf/12/then/properties/gift/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid12 = _errs109 === errors;
valid34 = _valid12;
if(valid34){
var props11 = {};
props11.gift = true;
props11.campaign_type = true;
}
}
if(!valid34){
const err36 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs105 === errors;
if(valid0){
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs114 = errors;
const _errs115 = errors;
let valid37 = true;
const _errs116 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.campaign_type === undefined) && (missing14 = "campaign_type")){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("LOYALTY_PROGRAM" !== data.campaign_type){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
var _valid13 = _errs116 === errors;
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs118 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.referral_program !== undefined){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/allOf/13/then/properties/referral_program/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid13 = _errs118 === errors;
valid37 = _valid13;
if(valid37){
var props12 = {};
props12.referral_program = true;
props12.campaign_type = true;
}
}
if(!valid37){
const err39 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs114 === errors;
if(valid0){
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs123 = errors;
const _errs124 = errors;
let valid40 = true;
const _errs125 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.campaign_type === undefined) && (missing15 = "campaign_type")){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("GIFT_VOUCHERS" !== data.campaign_type){
const err41 = {};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
var _valid14 = _errs125 === errors;
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs127 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.referral_program !== undefined){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/allOf/14/then/properties/referral_program/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid14 = _errs127 === errors;
valid40 = _valid14;
if(valid40){
var props13 = {};
props13.referral_program = true;
props13.campaign_type = true;
}
}
if(!valid40){
const err42 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs123 === errors;
if(valid0){
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs132 = errors;
const _errs133 = errors;
let valid43 = true;
const _errs134 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.campaign_type === undefined) && (missing16 = "campaign_type")){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("DISCOUNT_COUPONS" !== data.campaign_type){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
}
var _valid15 = _errs134 === errors;
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs136 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.referral_program !== undefined){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/allOf/15/then/properties/referral_program/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid15 = _errs136 === errors;
valid43 = _valid15;
if(valid43){
var props14 = {};
props14.referral_program = true;
props14.campaign_type = true;
}
}
if(!valid43){
const err45 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs132 === errors;
if(valid0){
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs141 = errors;
const _errs142 = errors;
let valid46 = true;
const _errs143 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.campaign_type === undefined) && (missing17 = "campaign_type")){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
var _valid16 = _errs143 === errors;
errors = _errs142;
if(vErrors !== null){
if(_errs142){
vErrors.length = _errs142;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs145 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.referral_program !== undefined){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/allOf/16/then/properties/referral_program/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid16 = _errs145 === errors;
valid46 = _valid16;
if(valid46){
var props15 = {};
props15.referral_program = true;
props15.campaign_type = true;
}
}
if(!valid46){
const err48 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs141 === errors;
if(valid0){
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs150 = errors;
const _errs151 = errors;
let valid49 = true;
const _errs152 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.campaign_type === undefined) && (missing18 = "campaign_type")){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("GIFT_VOUCHERS" !== data.campaign_type){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
var _valid17 = _errs152 === errors;
errors = _errs151;
if(vErrors !== null){
if(_errs151){
vErrors.length = _errs151;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs154 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.loyalty_tiers_expiration !== undefined){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/allOf/17/then/properties/loyalty_tiers_expiration/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid17 = _errs154 === errors;
valid49 = _valid17;
if(valid49){
var props16 = {};
props16.loyalty_tiers_expiration = true;
props16.campaign_type = true;
}
}
if(!valid49){
const err51 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs150 === errors;
if(valid0){
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs159 = errors;
const _errs160 = errors;
let valid52 = true;
const _errs161 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.campaign_type === undefined) && (missing19 = "campaign_type")){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("DISCOUNT_COUPONS" !== data.campaign_type){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
var _valid18 = _errs161 === errors;
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs163 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.loyalty_tiers_expiration !== undefined){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/allOf/18/then/properties/loyalty_tiers_expiration/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid18 = _errs163 === errors;
valid52 = _valid18;
if(valid52){
var props17 = {};
props17.loyalty_tiers_expiration = true;
props17.campaign_type = true;
}
}
if(!valid52){
const err54 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs159 === errors;
if(valid0){
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
const _errs168 = errors;
const _errs169 = errors;
let valid55 = true;
const _errs170 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.campaign_type === undefined) && (missing20 = "campaign_type")){
const err55 = {};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
var _valid19 = _errs170 === errors;
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs172 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.loyalty_tiers_expiration !== undefined){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/allOf/19/then/properties/loyalty_tiers_expiration/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid19 = _errs172 === errors;
valid55 = _valid19;
if(valid55){
var props18 = {};
props18.loyalty_tiers_expiration = true;
props18.campaign_type = true;
}
}
if(!valid55){
const err57 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs168 === errors;
if(valid0){
if(props0 !== true && props18 !== undefined){
if(props18 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props18);
}
}
const _errs177 = errors;
const _errs178 = errors;
let valid58 = true;
const _errs179 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.campaign_type === undefined) && (missing21 = "campaign_type")){
const err58 = {};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("REFERRAL_PROGRAM" !== data.campaign_type){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
var _valid20 = _errs179 === errors;
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs181 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.loyalty_tiers_expiration !== undefined){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/allOf/20/then/properties/loyalty_tiers_expiration/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid20 = _errs181 === errors;
valid58 = _valid20;
if(valid58){
var props19 = {};
props19.loyalty_tiers_expiration = true;
props19.campaign_type = true;
}
}
if(!valid58){
const err60 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs177 === errors;
if(valid0){
if(props0 !== true && props19 !== undefined){
if(props19 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props19);
}
}
const _errs186 = errors;
const _errs187 = errors;
let valid61 = true;
const _errs188 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing22;
if((data.campaign_type === undefined) && (missing22 = "campaign_type")){
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("GIFT_VOUCHERS" !== data.campaign_type){
const err62 = {};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
var _valid21 = _errs188 === errors;
errors = _errs187;
if(vErrors !== null){
if(_errs187){
vErrors.length = _errs187;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs190 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options !== undefined){
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/allOf/21/then/properties/options/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid21 = _errs190 === errors;
valid61 = _valid21;
if(valid61){
var props20 = {};
props20.options = true;
props20.campaign_type = true;
}
}
if(!valid61){
const err63 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs186 === errors;
if(valid0){
if(props0 !== true && props20 !== undefined){
if(props20 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props20);
}
}
const _errs195 = errors;
const _errs196 = errors;
let valid64 = true;
const _errs197 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing23;
if((data.campaign_type === undefined) && (missing23 = "campaign_type")){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("DISCOUNT_COUPONS" !== data.campaign_type){
const err65 = {};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
}
var _valid22 = _errs197 === errors;
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs199 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options !== undefined){
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/allOf/22/then/properties/options/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid22 = _errs199 === errors;
valid64 = _valid22;
if(valid64){
var props21 = {};
props21.options = true;
props21.campaign_type = true;
}
}
if(!valid64){
const err66 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs195 === errors;
if(valid0){
if(props0 !== true && props21 !== undefined){
if(props21 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props21);
}
}
const _errs204 = errors;
const _errs205 = errors;
let valid67 = true;
const _errs206 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing24;
if((data.campaign_type === undefined) && (missing24 = "campaign_type")){
const err67 = {};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("PROMOTION" !== data.campaign_type){
const err68 = {};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
}
var _valid23 = _errs206 === errors;
errors = _errs205;
if(vErrors !== null){
if(_errs205){
vErrors.length = _errs205;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs208 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options !== undefined){
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/allOf/23/then/properties/options/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid23 = _errs208 === errors;
valid67 = _valid23;
if(valid67){
var props22 = {};
props22.options = true;
props22.campaign_type = true;
}
}
if(!valid67){
const err69 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs204 === errors;
if(valid0){
if(props0 !== true && props22 !== undefined){
if(props22 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props22);
}
}
const _errs213 = errors;
const _errs214 = errors;
let valid70 = true;
const _errs215 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing25;
if((data.campaign_type === undefined) && (missing25 = "campaign_type")){
const err70 = {};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("REFERRAL_PROGRAM" !== data.campaign_type){
const err71 = {};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
var _valid24 = _errs215 === errors;
errors = _errs214;
if(vErrors !== null){
if(_errs214){
vErrors.length = _errs214;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs217 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options !== undefined){
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/allOf/24/then/properties/options/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid24 = _errs217 === errors;
valid70 = _valid24;
if(valid70){
var props23 = {};
props23.options = true;
props23.campaign_type = true;
}
}
if(!valid70){
const err72 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs213 === errors;
if(valid0){
if(props0 !== true && props23 !== undefined){
if(props23 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props23);
}
}
const _errs222 = errors;
const _errs223 = errors;
let valid73 = true;
const _errs224 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing26;
if((data.campaign_type === undefined) && (missing26 = "campaign_type")){
const err73 = {};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
if(data.campaign_type !== undefined){
if("LOYALTY_PROGRAM" !== data.campaign_type){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
var _valid25 = _errs224 === errors;
errors = _errs223;
if(vErrors !== null){
if(_errs223){
vErrors.length = _errs223;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs226 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.join_once !== undefined){
if(true !== data.join_once){
validate26.errors = [{instancePath:instancePath+"/join_once",schemaPath:"#/allOf/25/then/properties/join_once/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
}
}
var _valid25 = _errs226 === errors;
valid73 = _valid25;
if(valid73){
var props24 = {};
props24.join_once = true;
props24.campaign_type = true;
}
}
if(!valid73){
const err75 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid0 = _errs222 === errors;
if(valid0){
if(props0 !== true && props24 !== undefined){
if(props24 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props24);
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs230 = errors;
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs230 === errors){
if(data.name !== undefined){
let data49 = data.name;
const _errs231 = errors;
if(errors === _errs231){
if(typeof data49 === "string"){
if(func2(data49) < 1){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid76 = _errs231 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.campaign_type !== undefined){
let data50 = data.campaign_type;
const _errs233 = errors;
if(typeof data50 !== "string"){
validate26.errors = [{instancePath:instancePath+"/campaign_type",schemaPath:"#/properties/campaign_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data50 === "LOYALTY_PROGRAM") || (data50 === "GIFT_VOUCHERS")) || (data50 === "DISCOUNT_COUPONS")) || (data50 === "PROMOTION")) || (data50 === "REFERRAL_PROGRAM"))){
validate26.errors = [{instancePath:instancePath+"/campaign_type",schemaPath:"#/properties/campaign_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.campaign_type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid76 = _errs233 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.active !== undefined){
const _errs236 = errors;
if(typeof data.active !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid76 = _errs236 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.type !== undefined){
let data52 = data.type;
const _errs238 = errors;
if(typeof data52 !== "string"){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data52 === "AUTO_UPDATE") || (data52 === "STATIC"))){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid76 = _errs238 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.description !== undefined){
const _errs241 = errors;
if(typeof data.description !== "string"){
validate26.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid76 = _errs241 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.category !== undefined){
let data54 = data.category;
const _errs243 = errors;
if(errors === _errs243){
if(typeof data54 === "string"){
if(func2(data54) < 1){
validate26.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid76 = _errs243 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.category_id !== undefined){
let data55 = data.category_id;
const _errs245 = errors;
if(errors === _errs245){
if(typeof data55 === "string"){
if(!pattern6.test(data55)){
validate26.errors = [{instancePath:instancePath+"/category_id",schemaPath:"#/properties/category_id/pattern",keyword:"pattern",params:{pattern: "^cat_[A-Za-z0-9]+$"},message:"must match pattern \""+"^cat_[A-Za-z0-9]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/category_id",schemaPath:"#/properties/category_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid76 = _errs245 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.start_date !== undefined){
let data56 = data.start_date;
const _errs248 = errors;
if(errors === _errs248){
if(errors === _errs248){
if(typeof data56 === "string"){
if(!(formats6.validate(data56))){
validate26.errors = [{instancePath:instancePath+"/start_date",schemaPath:"#/properties/start_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/start_date",schemaPath:"#/properties/start_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid76 = _errs248 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.expiration_date !== undefined){
let data57 = data.expiration_date;
const _errs251 = errors;
if(errors === _errs251){
if(errors === _errs251){
if(typeof data57 === "string"){
if(!(formats6.validate(data57))){
validate26.errors = [{instancePath:instancePath+"/expiration_date",schemaPath:"#/properties/expiration_date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/expiration_date",schemaPath:"#/properties/expiration_date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid76 = _errs251 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.validity_timeframe !== undefined){
let data58 = data.validity_timeframe;
const _errs254 = errors;
if(errors === _errs254){
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
let missing27;
if(((data58.interval === undefined) && (missing27 = "interval")) || ((data58.duration === undefined) && (missing27 = "duration"))){
validate26.errors = [{instancePath:instancePath+"/validity_timeframe",schemaPath:"#/properties/validity_timeframe/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"}];
return false;
}
else {
const _errs257 = errors;
for(const key1 in data58){
if(!((key1 === "interval") || (key1 === "duration"))){
validate26.errors = [{instancePath:instancePath+"/validity_timeframe",schemaPath:"#/properties/validity_timeframe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs257 === errors){
if(data58.interval !== undefined){
let data59 = data58.interval;
const _errs258 = errors;
if(errors === _errs258){
if(errors === _errs258){
if(typeof data59 === "string"){
if(!(formats14.test(data59))){
validate26.errors = [{instancePath:instancePath+"/validity_timeframe/interval",schemaPath:"#/properties/validity_timeframe/properties/interval/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_timeframe/interval",schemaPath:"#/properties/validity_timeframe/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid77 = _errs258 === errors;
}
else {
var valid77 = true;
}
if(valid77){
if(data58.duration !== undefined){
let data60 = data58.duration;
const _errs260 = errors;
if(errors === _errs260){
if(errors === _errs260){
if(typeof data60 === "string"){
if(!(formats14.test(data60))){
validate26.errors = [{instancePath:instancePath+"/validity_timeframe/duration",schemaPath:"#/properties/validity_timeframe/properties/duration/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_timeframe/duration",schemaPath:"#/properties/validity_timeframe/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid77 = _errs260 === errors;
}
else {
var valid77 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_timeframe",schemaPath:"#/properties/validity_timeframe/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs254 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.validity_day_of_week !== undefined){
let data61 = data.validity_day_of_week;
const _errs262 = errors;
const _errs263 = errors;
if(errors === _errs263){
if(Array.isArray(data61)){
var valid79 = true;
const len0 = data61.length;
for(let i0=0; i0<len0; i0++){
let data62 = data61[i0];
const _errs266 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
validate26.errors = [{instancePath:instancePath+"/validity_day_of_week/" + i0,schemaPath:"#/$defs/DaysOfWeek/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!(((((((data62 === 0) || (data62 === 1)) || (data62 === 2)) || (data62 === 3)) || (data62 === 4)) || (data62 === 5)) || (data62 === 6))){
validate26.errors = [{instancePath:instancePath+"/validity_day_of_week/" + i0,schemaPath:"#/$defs/DaysOfWeek/items/enum",keyword:"enum",params:{allowedValues: schema39.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid79 = _errs266 === errors;
if(!valid79){
break;
}
}
if(valid79){
let i1 = data61.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data61[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate26.errors = [{instancePath:instancePath+"/validity_day_of_week",schemaPath:"#/$defs/DaysOfWeek/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_day_of_week",schemaPath:"#/$defs/DaysOfWeek/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid76 = _errs262 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.validity_hours !== undefined){
let data63 = data.validity_hours;
const _errs270 = errors;
if(errors === _errs270){
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
const _errs272 = errors;
for(const key2 in data63){
if(!(key2 === "daily")){
validate26.errors = [{instancePath:instancePath+"/validity_hours",schemaPath:"#/properties/validity_hours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs272 === errors){
if(data63.daily !== undefined){
let data64 = data63.daily;
const _errs273 = errors;
if(errors === _errs273){
if(Array.isArray(data64)){
var valid82 = true;
const len1 = data64.length;
for(let i2=0; i2<len1; i2++){
let data65 = data64[i2];
const _errs275 = errors;
if(errors === _errs275){
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
let missing28;
if((((data65.start_time === undefined) && (missing28 = "start_time")) || ((data65.expiration_time === undefined) && (missing28 = "expiration_time"))) || ((data65.days_of_week === undefined) && (missing28 = "days_of_week"))){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2,schemaPath:"#/properties/validity_hours/properties/daily/items/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"}];
return false;
}
else {
const _errs278 = errors;
for(const key3 in data65){
if(!(((key3 === "start_time") || (key3 === "expiration_time")) || (key3 === "days_of_week"))){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2,schemaPath:"#/properties/validity_hours/properties/daily/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs278 === errors){
if(data65.start_time !== undefined){
let data66 = data65.start_time;
const _errs279 = errors;
if(errors === _errs279){
if(typeof data66 === "string"){
if(!pattern7.test(data66)){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/start_time",schemaPath:"#/properties/validity_hours/properties/daily/items/properties/start_time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/start_time",schemaPath:"#/properties/validity_hours/properties/daily/items/properties/start_time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid83 = _errs279 === errors;
}
else {
var valid83 = true;
}
if(valid83){
if(data65.expiration_time !== undefined){
let data67 = data65.expiration_time;
const _errs284 = errors;
if(errors === _errs284){
if(typeof data67 === "string"){
if(!pattern7.test(data67)){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/expiration_time",schemaPath:"#/properties/validity_hours/properties/daily/items/properties/expiration_time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/expiration_time",schemaPath:"#/properties/validity_hours/properties/daily/items/properties/expiration_time/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid83 = _errs284 === errors;
}
else {
var valid83 = true;
}
if(valid83){
if(data65.days_of_week !== undefined){
let data68 = data65.days_of_week;
const _errs289 = errors;
const _errs290 = errors;
if(errors === _errs290){
if(Array.isArray(data68)){
var valid85 = true;
const len2 = data68.length;
for(let i3=0; i3<len2; i3++){
let data69 = data68[i3];
const _errs293 = errors;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/days_of_week/" + i3,schemaPath:"#/$defs/DaysOfWeek/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!(((((((data69 === 0) || (data69 === 1)) || (data69 === 2)) || (data69 === 3)) || (data69 === 4)) || (data69 === 5)) || (data69 === 6))){
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/days_of_week/" + i3,schemaPath:"#/$defs/DaysOfWeek/items/enum",keyword:"enum",params:{allowedValues: schema39.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid85 = _errs293 === errors;
if(!valid85){
break;
}
}
if(valid85){
let i4 = data68.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data68[i4];
if(!(((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1))) && (isFinite(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/days_of_week",schemaPath:"#/$defs/DaysOfWeek/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"}];
return false;
break;
}
indices1[item1] = i4;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2+"/days_of_week",schemaPath:"#/$defs/DaysOfWeek/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid83 = _errs289 === errors;
}
else {
var valid83 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily/" + i2,schemaPath:"#/properties/validity_hours/properties/daily/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid82 = _errs275 === errors;
if(!valid82){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours/daily",schemaPath:"#/properties/validity_hours/properties/daily/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/validity_hours",schemaPath:"#/properties/validity_hours/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs270 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.activity_duration_after_publishing !== undefined){
let data70 = data.activity_duration_after_publishing;
const _errs297 = errors;
if(errors === _errs297){
if(errors === _errs297){
if(typeof data70 === "string"){
if(!(formats14.test(data70))){
validate26.errors = [{instancePath:instancePath+"/activity_duration_after_publishing",schemaPath:"#/properties/activity_duration_after_publishing/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/activity_duration_after_publishing",schemaPath:"#/properties/activity_duration_after_publishing/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid76 = _errs297 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.join_once !== undefined){
const _errs299 = errors;
if(typeof data.join_once !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/join_once",schemaPath:"#/properties/join_once/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid76 = _errs299 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.auto_join !== undefined){
const _errs301 = errors;
if(typeof data.auto_join !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/auto_join",schemaPath:"#/properties/auto_join/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid76 = _errs301 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.metadata !== undefined){
let data73 = data.metadata;
const _errs304 = errors;
if(errors === _errs304){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
}
else {
validate26.errors = [{instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs304 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.unset_metadata_fields !== undefined){
let data74 = data.unset_metadata_fields;
const _errs307 = errors;
if((!(Array.isArray(data74))) && (data74 !== null)){
validate26.errors = [{instancePath:instancePath+"/unset_metadata_fields",schemaPath:"#/properties/unset_metadata_fields/type",keyword:"type",params:{type: schema38.properties.unset_metadata_fields.type},message:"must be array,null"}];
return false;
}
if(errors === _errs307){
if(Array.isArray(data74)){
var valid87 = true;
const len3 = data74.length;
for(let i5=0; i5<len3; i5++){
let data75 = data74[i5];
const _errs309 = errors;
if(errors === _errs309){
if(typeof data75 === "string"){
if(func2(data75) < 1){
validate26.errors = [{instancePath:instancePath+"/unset_metadata_fields/" + i5,schemaPath:"#/properties/unset_metadata_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/unset_metadata_fields/" + i5,schemaPath:"#/properties/unset_metadata_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid87 = _errs309 === errors;
if(!valid87){
break;
}
}
if(valid87){
let i6 = data74.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data74[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
validate26.errors = [{instancePath:instancePath+"/unset_metadata_fields",schemaPath:"#/properties/unset_metadata_fields/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"}];
return false;
break;
}
indices2[item2] = i6;
}
}
}
}
}
var valid76 = _errs307 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.access_settings !== undefined){
let data76 = data.access_settings;
const _errs311 = errors;
if(errors === _errs311){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
const _errs313 = errors;
for(const key4 in data76){
if(!((key4 === "assign") || (key4 === "unassign"))){
validate26.errors = [{instancePath:instancePath+"/access_settings",schemaPath:"#/properties/access_settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs313 === errors){
if(data76.assign !== undefined){
let data77 = data76.assign;
const _errs314 = errors;
const _errs315 = errors;
if(errors === _errs315){
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
const _errs317 = errors;
for(const key5 in data77){
if(!(((key5 === "areas_ids") || (key5 === "area_stores_ids")) || (key5 === "area_all_stores_ids"))){
validate26.errors = [{instancePath:instancePath+"/access_settings/assign",schemaPath:"#/$defs/AreaAndStoreIds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs317 === errors){
if(data77.areas_ids !== undefined){
let data78 = data77.areas_ids;
const _errs318 = errors;
if(errors === _errs318){
if(Array.isArray(data78)){
var valid92 = true;
const len4 = data78.length;
for(let i7=0; i7<len4; i7++){
let data79 = data78[i7];
const _errs320 = errors;
if(errors === _errs320){
if(typeof data79 === "string"){
if(func2(data79) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/areas_ids/" + i7,schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/areas_ids/" + i7,schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid92 = _errs320 === errors;
if(!valid92){
break;
}
}
if(valid92){
let i8 = data78.length;
let j3;
if(i8 > 1){
const indices3 = {};
for(;i8--;){
let item3 = data78[i8];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/areas_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)"}];
return false;
break;
}
indices3[item3] = i8;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/areas_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid91 = _errs318 === errors;
}
else {
var valid91 = true;
}
if(valid91){
if(data77.area_stores_ids !== undefined){
let data80 = data77.area_stores_ids;
const _errs322 = errors;
if(errors === _errs322){
if(Array.isArray(data80)){
var valid94 = true;
const len5 = data80.length;
for(let i9=0; i9<len5; i9++){
let data81 = data80[i9];
const _errs324 = errors;
if(errors === _errs324){
if(typeof data81 === "string"){
if(func2(data81) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_stores_ids/" + i9,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_stores_ids/" + i9,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid94 = _errs324 === errors;
if(!valid94){
break;
}
}
if(valid94){
let i10 = data80.length;
let j4;
if(i10 > 1){
const indices4 = {};
for(;i10--;){
let item4 = data80[i10];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"}];
return false;
break;
}
indices4[item4] = i10;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid91 = _errs322 === errors;
}
else {
var valid91 = true;
}
if(valid91){
if(data77.area_all_stores_ids !== undefined){
let data82 = data77.area_all_stores_ids;
const _errs326 = errors;
if(errors === _errs326){
if(Array.isArray(data82)){
var valid96 = true;
const len6 = data82.length;
for(let i11=0; i11<len6; i11++){
let data83 = data82[i11];
const _errs328 = errors;
if(errors === _errs328){
if(typeof data83 === "string"){
if(func2(data83) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_all_stores_ids/" + i11,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_all_stores_ids/" + i11,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid96 = _errs328 === errors;
if(!valid96){
break;
}
}
if(valid96){
let i12 = data82.length;
let j5;
if(i12 > 1){
const indices5 = {};
for(;i12--;){
let item5 = data82[i12];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_all_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i12+" are identical)"}];
return false;
break;
}
indices5[item5] = i12;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign/area_all_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid91 = _errs326 === errors;
}
else {
var valid91 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/assign",schemaPath:"#/$defs/AreaAndStoreIds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid89 = _errs314 === errors;
}
else {
var valid89 = true;
}
if(valid89){
if(data76.unassign !== undefined){
let data84 = data76.unassign;
const _errs330 = errors;
const _errs331 = errors;
if(errors === _errs331){
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
const _errs333 = errors;
for(const key6 in data84){
if(!(((key6 === "areas_ids") || (key6 === "area_stores_ids")) || (key6 === "area_all_stores_ids"))){
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign",schemaPath:"#/$defs/AreaAndStoreIds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs333 === errors){
if(data84.areas_ids !== undefined){
let data85 = data84.areas_ids;
const _errs334 = errors;
if(errors === _errs334){
if(Array.isArray(data85)){
var valid100 = true;
const len7 = data85.length;
for(let i13=0; i13<len7; i13++){
let data86 = data85[i13];
const _errs336 = errors;
if(errors === _errs336){
if(typeof data86 === "string"){
if(func2(data86) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/areas_ids/" + i13,schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/areas_ids/" + i13,schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid100 = _errs336 === errors;
if(!valid100){
break;
}
}
if(valid100){
let i14 = data85.length;
let j6;
if(i14 > 1){
const indices6 = {};
for(;i14--;){
let item6 = data85[i14];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/areas_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i14+" are identical)"}];
return false;
break;
}
indices6[item6] = i14;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/areas_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/areas_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid99 = _errs334 === errors;
}
else {
var valid99 = true;
}
if(valid99){
if(data84.area_stores_ids !== undefined){
let data87 = data84.area_stores_ids;
const _errs338 = errors;
if(errors === _errs338){
if(Array.isArray(data87)){
var valid102 = true;
const len8 = data87.length;
for(let i15=0; i15<len8; i15++){
let data88 = data87[i15];
const _errs340 = errors;
if(errors === _errs340){
if(typeof data88 === "string"){
if(func2(data88) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_stores_ids/" + i15,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_stores_ids/" + i15,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid102 = _errs340 === errors;
if(!valid102){
break;
}
}
if(valid102){
let i16 = data87.length;
let j7;
if(i16 > 1){
const indices7 = {};
for(;i16--;){
let item7 = data87[i16];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i16+" are identical)"}];
return false;
break;
}
indices7[item7] = i16;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_stores_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid99 = _errs338 === errors;
}
else {
var valid99 = true;
}
if(valid99){
if(data84.area_all_stores_ids !== undefined){
let data89 = data84.area_all_stores_ids;
const _errs342 = errors;
if(errors === _errs342){
if(Array.isArray(data89)){
var valid104 = true;
const len9 = data89.length;
for(let i17=0; i17<len9; i17++){
let data90 = data89[i17];
const _errs344 = errors;
if(errors === _errs344){
if(typeof data90 === "string"){
if(func2(data90) < 1){
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_all_stores_ids/" + i17,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_all_stores_ids/" + i17,schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid104 = _errs344 === errors;
if(!valid104){
break;
}
}
if(valid104){
let i18 = data89.length;
let j8;
if(i18 > 1){
const indices8 = {};
for(;i18--;){
let item8 = data89[i18];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_all_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i18+" are identical)"}];
return false;
break;
}
indices8[item8] = i18;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign/area_all_stores_ids",schemaPath:"#/$defs/AreaAndStoreIds/properties/area_all_stores_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid99 = _errs342 === errors;
}
else {
var valid99 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings/unassign",schemaPath:"#/$defs/AreaAndStoreIds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid89 = _errs330 === errors;
}
else {
var valid89 = true;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/access_settings",schemaPath:"#/properties/access_settings/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs311 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.discount !== undefined){
let data91 = data.discount;
const _errs346 = errors;
const _errs348 = errors;
const _errs349 = errors;
let valid107 = true;
const _errs350 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing29;
if((data91.type === undefined) && (missing29 = "type")){
const err76 = {};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
if(data91.type !== undefined){
if("AMOUNT" !== data91.type){
const err77 = {};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
}
var _valid26 = _errs350 === errors;
errors = _errs349;
if(vErrors !== null){
if(_errs349){
vErrors.length = _errs349;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs352 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing30;
if((data91.amount_off === undefined) && (missing30 = "amount_off")){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/0/then/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"}];
return false;
}
else {
if(data91.percent_off !== undefined){
const _errs353 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/allOf/0/then/properties/percent_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs353 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.percent_off_formula !== undefined){
const _errs357 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off_formula",schemaPath:"#/properties/discount/allOf/0/then/properties/percent_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs357 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.amount_limit !== undefined){
const _errs361 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_limit",schemaPath:"#/properties/discount/allOf/0/then/properties/amount_limit/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs361 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.fixed_amount !== undefined){
const _errs365 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount",schemaPath:"#/properties/discount/allOf/0/then/properties/fixed_amount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs365 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.fixed_amount_formula !== undefined){
const _errs369 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount_formula",schemaPath:"#/properties/discount/allOf/0/then/properties/fixed_amount_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs369 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.unit_off !== undefined){
const _errs373 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/allOf/0/then/properties/unit_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs373 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.unit_off_formula !== undefined){
const _errs377 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/allOf/0/then/properties/unit_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs377 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.unit_type !== undefined){
const _errs381 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/allOf/0/then/properties/unit_type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs381 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.product !== undefined){
const _errs385 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/properties/discount/allOf/0/then/properties/product/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs385 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.sku !== undefined){
const _errs389 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/properties/discount/allOf/0/then/properties/sku/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs389 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.units !== undefined){
const _errs393 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/units",schemaPath:"#/properties/discount/allOf/0/then/properties/units/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid109 = _errs393 === errors;
}
else {
var valid109 = true;
}
if(valid109){
if(data91.effect !== undefined){
let data104 = data91.effect;
const _errs397 = errors;
if(!(((((data104 === "APPLY_TO_ORDER") || (data104 === "APPLY_TO_ITEMS")) || (data104 === "APPLY_TO_ITEMS_PROPORTIONALLY")) || (data104 === "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY")) || (data104 === "APPLY_TO_ITEMS_BY_QUANTITY"))){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/allOf/0/then/properties/effect/enum",keyword:"enum",params:{allowedValues: schema38.properties.discount.allOf[0].then.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid109 = _errs397 === errors;
}
else {
var valid109 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
var _valid26 = _errs352 === errors;
valid107 = _valid26;
if(valid107){
var props25 = {};
props25.percent_off = true;
props25.percent_off_formula = true;
props25.amount_limit = true;
props25.fixed_amount = true;
props25.fixed_amount_formula = true;
props25.unit_off = true;
props25.unit_off_formula = true;
props25.unit_type = true;
props25.product = true;
props25.sku = true;
props25.units = true;
props25.effect = true;
props25.type = true;
}
}
if(!valid107){
const err78 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs348 === errors;
if(valid106){
const _errs400 = errors;
const _errs401 = errors;
let valid110 = true;
const _errs402 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing31;
if((data91.type === undefined) && (missing31 = "type")){
const err79 = {};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
else {
if(data91.type !== undefined){
if("PERCENT" !== data91.type){
const err80 = {};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
}
var _valid27 = _errs402 === errors;
errors = _errs401;
if(vErrors !== null){
if(_errs401){
vErrors.length = _errs401;
}
else {
vErrors = null;
}
}
if(_valid27){
const _errs404 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing32;
if((data91.percent_off === undefined) && (missing32 = "percent_off")){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/1/then/required",keyword:"required",params:{missingProperty: missing32},message:"must have required property '"+missing32+"'"}];
return false;
}
else {
if(data91.amount_off !== undefined){
const _errs405 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off",schemaPath:"#/properties/discount/allOf/1/then/properties/amount_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs405 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.amount_off_formula !== undefined){
const _errs409 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off_formula",schemaPath:"#/properties/discount/allOf/1/then/properties/amount_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs409 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.fixed_amount !== undefined){
const _errs413 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount",schemaPath:"#/properties/discount/allOf/1/then/properties/fixed_amount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs413 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.fixed_amount_formula !== undefined){
const _errs417 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount_formula",schemaPath:"#/properties/discount/allOf/1/then/properties/fixed_amount_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs417 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.unit_off !== undefined){
const _errs421 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/allOf/1/then/properties/unit_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs421 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.unit_off_formula !== undefined){
const _errs425 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/allOf/1/then/properties/unit_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs425 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.unit_type !== undefined){
const _errs429 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/allOf/1/then/properties/unit_type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs429 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.product !== undefined){
const _errs433 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/properties/discount/allOf/1/then/properties/product/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs433 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.sku !== undefined){
const _errs437 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/properties/discount/allOf/1/then/properties/sku/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs437 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.units !== undefined){
const _errs441 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/units",schemaPath:"#/properties/discount/allOf/1/then/properties/units/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid112 = _errs441 === errors;
}
else {
var valid112 = true;
}
if(valid112){
if(data91.effect !== undefined){
let data116 = data91.effect;
const _errs445 = errors;
if(!((data116 === "APPLY_TO_ORDER") || (data116 === "APPLY_TO_ITEMS"))){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/allOf/1/then/properties/effect/enum",keyword:"enum",params:{allowedValues: schema38.properties.discount.allOf[1].then.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid112 = _errs445 === errors;
}
else {
var valid112 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
var _valid27 = _errs404 === errors;
valid110 = _valid27;
if(valid110){
var props26 = {};
props26.amount_off = true;
props26.amount_off_formula = true;
props26.fixed_amount = true;
props26.fixed_amount_formula = true;
props26.unit_off = true;
props26.unit_off_formula = true;
props26.unit_type = true;
props26.product = true;
props26.sku = true;
props26.units = true;
props26.effect = true;
props26.type = true;
}
}
if(!valid110){
const err81 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs400 === errors;
if(valid106){
if(props25 !== true && props26 !== undefined){
if(props26 === true){
props25 = true;
}
else {
props25 = props25 || {};
Object.assign(props25, props26);
}
}
const _errs448 = errors;
const _errs449 = errors;
let valid113 = true;
const _errs450 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing33;
if((data91.type === undefined) && (missing33 = "type")){
const err82 = {};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
if(data91.type !== undefined){
if("FIXED" !== data91.type){
const err83 = {};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
}
var _valid28 = _errs450 === errors;
errors = _errs449;
if(vErrors !== null){
if(_errs449){
vErrors.length = _errs449;
}
else {
vErrors = null;
}
}
if(_valid28){
const _errs452 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing34;
if((data91.fixed_amount === undefined) && (missing34 = "fixed_amount")){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/2/then/required",keyword:"required",params:{missingProperty: missing34},message:"must have required property '"+missing34+"'"}];
return false;
}
else {
if(data91.amount_off !== undefined){
const _errs453 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off",schemaPath:"#/properties/discount/allOf/2/then/properties/amount_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs453 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.amount_off_formula !== undefined){
const _errs457 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off_formula",schemaPath:"#/properties/discount/allOf/2/then/properties/amount_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs457 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.aggregated_amount_limit !== undefined){
const _errs461 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/aggregated_amount_limit",schemaPath:"#/properties/discount/allOf/2/then/properties/aggregated_amount_limit/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs461 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.percent_off !== undefined){
const _errs465 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/allOf/2/then/properties/percent_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs465 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.percent_off_formula !== undefined){
const _errs469 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off_formula",schemaPath:"#/properties/discount/allOf/2/then/properties/percent_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs469 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.amount_limit !== undefined){
const _errs473 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_limit",schemaPath:"#/properties/discount/allOf/2/then/properties/amount_limit/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs473 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.unit_off !== undefined){
const _errs477 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/allOf/2/then/properties/unit_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs477 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.unit_off_formula !== undefined){
const _errs481 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/allOf/2/then/properties/unit_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs481 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.unit_type !== undefined){
const _errs485 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/allOf/2/then/properties/unit_type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs485 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.product !== undefined){
const _errs489 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/properties/discount/allOf/2/then/properties/product/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs489 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.sku !== undefined){
const _errs493 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/properties/discount/allOf/2/then/properties/sku/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs493 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.units !== undefined){
const _errs497 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/units",schemaPath:"#/properties/discount/allOf/2/then/properties/units/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid115 = _errs497 === errors;
}
else {
var valid115 = true;
}
if(valid115){
if(data91.effect !== undefined){
let data130 = data91.effect;
const _errs501 = errors;
if(!((data130 === "APPLY_TO_ORDER") || (data130 === "APPLY_TO_ITEMS"))){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/allOf/2/then/properties/effect/enum",keyword:"enum",params:{allowedValues: schema38.properties.discount.allOf[2].then.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid115 = _errs501 === errors;
}
else {
var valid115 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
var _valid28 = _errs452 === errors;
valid113 = _valid28;
if(valid113){
var props27 = {};
props27.amount_off = true;
props27.amount_off_formula = true;
props27.aggregated_amount_limit = true;
props27.percent_off = true;
props27.percent_off_formula = true;
props27.amount_limit = true;
props27.unit_off = true;
props27.unit_off_formula = true;
props27.unit_type = true;
props27.product = true;
props27.sku = true;
props27.units = true;
props27.effect = true;
props27.type = true;
}
}
if(!valid113){
const err84 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs448 === errors;
if(valid106){
if(props25 !== true && props27 !== undefined){
if(props27 === true){
props25 = true;
}
else {
props25 = props25 || {};
Object.assign(props25, props27);
}
}
const _errs504 = errors;
const _errs505 = errors;
let valid116 = true;
const _errs506 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing35;
if((data91.type === undefined) && (missing35 = "type")){
const err85 = {};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
if(data91.type !== undefined){
if("UNIT" !== data91.type){
const err86 = {};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
var _valid29 = _errs506 === errors;
errors = _errs505;
if(vErrors !== null){
if(_errs505){
vErrors.length = _errs505;
}
else {
vErrors = null;
}
}
if(_valid29){
const _errs508 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.amount_off !== undefined){
const _errs509 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off",schemaPath:"#/properties/discount/allOf/3/then/properties/amount_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs509 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.amount_off_formula !== undefined){
const _errs513 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_off_formula",schemaPath:"#/properties/discount/allOf/3/then/properties/amount_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs513 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.aggregated_amount_limit !== undefined){
const _errs517 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/aggregated_amount_limit",schemaPath:"#/properties/discount/allOf/3/then/properties/aggregated_amount_limit/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs517 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.percent_off !== undefined){
const _errs521 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/allOf/3/then/properties/percent_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs521 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.percent_off_formula !== undefined){
const _errs525 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/percent_off_formula",schemaPath:"#/properties/discount/allOf/3/then/properties/percent_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs525 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.amount_limit !== undefined){
const _errs529 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/amount_limit",schemaPath:"#/properties/discount/allOf/3/then/properties/amount_limit/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs529 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.fixed_amount !== undefined){
const _errs533 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount",schemaPath:"#/properties/discount/allOf/3/then/properties/fixed_amount/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs533 === errors;
}
else {
var valid118 = true;
}
if(valid118){
if(data91.fixed_amount_formula !== undefined){
const _errs537 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount_formula",schemaPath:"#/properties/discount/allOf/3/then/properties/fixed_amount_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid118 = _errs537 === errors;
}
else {
var valid118 = true;
}
}
}
}
}
}
}
}
}
var _valid29 = _errs508 === errors;
valid116 = _valid29;
if(valid116){
var props28 = {};
props28.amount_off = true;
props28.amount_off_formula = true;
props28.aggregated_amount_limit = true;
props28.percent_off = true;
props28.percent_off_formula = true;
props28.amount_limit = true;
props28.fixed_amount = true;
props28.fixed_amount_formula = true;
props28.type = true;
}
}
if(!valid116){
const err87 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs504 === errors;
if(valid106){
if(props25 !== true && props28 !== undefined){
if(props28 === true){
props25 = true;
}
else {
props25 = props25 || {};
Object.assign(props25, props28);
}
}
const _errs541 = errors;
const _errs542 = errors;
let valid119 = true;
const _errs543 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing36;
if(((data91.type === undefined) && (missing36 = "type")) || ((data91.units === undefined) && (missing36 = "units"))){
const err88 = {};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
if(data91.type !== undefined){
if("UNIT" !== data91.type){
const err89 = {};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
var _valid30 = _errs543 === errors;
errors = _errs542;
if(vErrors !== null){
if(_errs542){
vErrors.length = _errs542;
}
else {
vErrors = null;
}
}
if(_valid30){
const _errs545 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.unit_off !== undefined){
const _errs546 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/allOf/4/then/properties/unit_off/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid121 = _errs546 === errors;
}
else {
var valid121 = true;
}
if(valid121){
if(data91.unit_off_formula !== undefined){
const _errs550 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/allOf/4/then/properties/unit_off_formula/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid121 = _errs550 === errors;
}
else {
var valid121 = true;
}
if(valid121){
if(data91.unit_type !== undefined){
const _errs554 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/allOf/4/then/properties/unit_type/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid121 = _errs554 === errors;
}
else {
var valid121 = true;
}
if(valid121){
if(data91.product !== undefined){
const _errs558 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/properties/discount/allOf/4/then/properties/product/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid121 = _errs558 === errors;
}
else {
var valid121 = true;
}
if(valid121){
if(data91.sku !== undefined){
const _errs562 = errors;
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/properties/discount/allOf/4/then/properties/sku/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid121 = _errs562 === errors;
}
else {
var valid121 = true;
}
if(valid121){
if(data91.effect !== undefined){
const _errs566 = errors;
if("ADD_MANY_ITEMS" !== data91.effect){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/allOf/4/then/properties/effect/const",keyword:"const",params:{allowedValue: "ADD_MANY_ITEMS"},message:"must be equal to constant"}];
return false;
}
var valid121 = _errs566 === errors;
}
else {
var valid121 = true;
}
}
}
}
}
}
}
var _valid30 = _errs545 === errors;
valid119 = _valid30;
if(valid119){
var props29 = {};
props29.unit_off = true;
props29.unit_off_formula = true;
props29.unit_type = true;
props29.product = true;
props29.sku = true;
props29.effect = true;
props29.type = true;
}
}
if(!valid119){
const err90 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs541 === errors;
if(valid106){
if(props25 !== true && props29 !== undefined){
if(props29 === true){
props25 = true;
}
else {
props25 = props25 || {};
Object.assign(props25, props29);
}
}
const _errs569 = errors;
const _errs570 = errors;
let valid122 = true;
const _errs571 = errors;
const _errs572 = errors;
const _errs573 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing37;
if((data91.units === undefined) && (missing37 = "units")){
const err91 = {};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var valid123 = _errs573 === errors;
if(valid123){
const err92 = {};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs572;
if(vErrors !== null){
if(_errs572){
vErrors.length = _errs572;
}
else {
vErrors = null;
}
}
}
if(errors === _errs571){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing38;
if((data91.type === undefined) && (missing38 = "type")){
const err93 = {};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
if(data91.type !== undefined){
if("UNIT" !== data91.type){
const err94 = {};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
}
}
var _valid31 = _errs571 === errors;
errors = _errs570;
if(vErrors !== null){
if(_errs570){
vErrors.length = _errs570;
}
else {
vErrors = null;
}
}
if(_valid31){
const _errs575 = errors;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing39;
if((data91.unit_type === undefined) && (missing39 = "unit_type")){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/5/then/required",keyword:"required",params:{missingProperty: missing39},message:"must have required property '"+missing39+"'"}];
return false;
}
else {
if(data91.effect !== undefined){
let data148 = data91.effect;
if(!((((data148 === "ADD_MISSING_ITEMS") || (data148 === "ADD_NEW_ITEMS")) || (data148 === "ADD_MANY_ITEMS")) || (data148 === "ADD_SAME_ITEMS"))){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/allOf/5/then/properties/effect/enum",keyword:"enum",params:{allowedValues: schema38.properties.discount.allOf[5].then.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
var _valid31 = _errs575 === errors;
valid122 = _valid31;
if(valid122){
var props30 = {};
props30.effect = true;
props30.type = true;
}
}
if(!valid122){
const err95 = {instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid106 = _errs569 === errors;
if(valid106){
if(props25 !== true && props30 !== undefined){
if(props30 === true){
props25 = true;
}
else {
props25 = props25 || {};
Object.assign(props25, props30);
}
}
}
}
}
}
}
}
if(errors === _errs346){
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
let missing40;
if((data91.type === undefined) && (missing40 = "type")){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/required",keyword:"required",params:{missingProperty: missing40},message:"must have required property '"+missing40+"'"}];
return false;
}
else {
const _errs579 = errors;
for(const key7 in data91){
if(!(func1.call(schema38.properties.discount.properties, key7))){
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs579 === errors){
if(data91.type !== undefined){
let data149 = data91.type;
const _errs580 = errors;
if(typeof data149 !== "string"){
validate26.errors = [{instancePath:instancePath+"/discount/type",schemaPath:"#/properties/discount/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data149 === "AMOUNT") || (data149 === "PERCENT")) || (data149 === "FIXED")) || (data149 === "UNIT"))){
validate26.errors = [{instancePath:instancePath+"/discount/type",schemaPath:"#/properties/discount/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.discount.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid126 = _errs580 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.amount_off !== undefined){
let data150 = data91.amount_off;
const _errs582 = errors;
if(errors === _errs582){
if((typeof data150 == "number") && (isFinite(data150))){
if(data150 < 0 || isNaN(data150)){
validate26.errors = [{instancePath:instancePath+"/discount/amount_off",schemaPath:"#/properties/discount/properties/amount_off/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/amount_off",schemaPath:"#/properties/discount/properties/amount_off/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid126 = _errs582 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.amount_off_formula !== undefined){
let data151 = data91.amount_off_formula;
const _errs585 = errors;
if(errors === _errs585){
if(typeof data151 === "string"){
if(func2(data151) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/amount_off_formula",schemaPath:"#/properties/discount/properties/amount_off_formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/amount_off_formula",schemaPath:"#/properties/discount/properties/amount_off_formula/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid126 = _errs585 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.percent_off !== undefined){
let data152 = data91.percent_off;
const _errs587 = errors;
if(errors === _errs587){
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 > 100 || isNaN(data152)){
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/properties/percent_off/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data152 < 0 || isNaN(data152)){
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/properties/percent_off/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/percent_off",schemaPath:"#/properties/discount/properties/percent_off/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid126 = _errs587 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.percent_off_formula !== undefined){
let data153 = data91.percent_off_formula;
const _errs590 = errors;
if(errors === _errs590){
if(typeof data153 === "string"){
if(func2(data153) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/percent_off_formula",schemaPath:"#/properties/discount/properties/percent_off_formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/percent_off_formula",schemaPath:"#/properties/discount/properties/percent_off_formula/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid126 = _errs590 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.amount_limit !== undefined){
let data154 = data91.amount_limit;
const _errs592 = errors;
if(errors === _errs592){
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 < 0 || isNaN(data154)){
validate26.errors = [{instancePath:instancePath+"/discount/amount_limit",schemaPath:"#/properties/discount/properties/amount_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/amount_limit",schemaPath:"#/properties/discount/properties/amount_limit/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid126 = _errs592 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.aggregated_amount_limit !== undefined){
let data155 = data91.aggregated_amount_limit;
const _errs595 = errors;
if(!(((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155))) && (isFinite(data155)))){
validate26.errors = [{instancePath:instancePath+"/discount/aggregated_amount_limit",schemaPath:"#/properties/discount/properties/aggregated_amount_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs595){
if((typeof data155 == "number") && (isFinite(data155))){
if(data155 < 0 || isNaN(data155)){
validate26.errors = [{instancePath:instancePath+"/discount/aggregated_amount_limit",schemaPath:"#/properties/discount/properties/aggregated_amount_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid126 = _errs595 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.fixed_amount !== undefined){
let data156 = data91.fixed_amount;
const _errs598 = errors;
if(errors === _errs598){
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 < 0 || isNaN(data156)){
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount",schemaPath:"#/properties/discount/properties/fixed_amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount",schemaPath:"#/properties/discount/properties/fixed_amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid126 = _errs598 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.fixed_amount_formula !== undefined){
let data157 = data91.fixed_amount_formula;
const _errs601 = errors;
if(errors === _errs601){
if(typeof data157 === "string"){
if(func2(data157) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount_formula",schemaPath:"#/properties/discount/properties/fixed_amount_formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/fixed_amount_formula",schemaPath:"#/properties/discount/properties/fixed_amount_formula/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid126 = _errs601 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.unit_off !== undefined){
let data158 = data91.unit_off;
const _errs603 = errors;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/properties/unit_off/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs603){
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 < 0 || isNaN(data158)){
validate26.errors = [{instancePath:instancePath+"/discount/unit_off",schemaPath:"#/properties/discount/properties/unit_off/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid126 = _errs603 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.unit_off_formula !== undefined){
let data159 = data91.unit_off_formula;
const _errs606 = errors;
if(errors === _errs606){
if(typeof data159 === "string"){
if(func2(data159) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/properties/unit_off_formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/unit_off_formula",schemaPath:"#/properties/discount/properties/unit_off_formula/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid126 = _errs606 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.unit_type !== undefined){
let data160 = data91.unit_type;
const _errs608 = errors;
if(errors === _errs608){
if(typeof data160 === "string"){
if(func2(data160) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/properties/unit_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/unit_type",schemaPath:"#/properties/discount/properties/unit_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid126 = _errs608 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.product !== undefined){
let data161 = data91.product;
const _errs610 = errors;
const _errs611 = errors;
if(errors === _errs611){
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
let missing41;
if(((data161.id === undefined) && (missing41 = "id")) || ((data161.name === undefined) && (missing41 = "name"))){
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/$defs/FreeProduct/required",keyword:"required",params:{missingProperty: missing41},message:"must have required property '"+missing41+"'"}];
return false;
}
else {
const _errs613 = errors;
for(const key8 in data161){
if(!(((key8 === "id") || (key8 === "source_id")) || (key8 === "name"))){
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/$defs/FreeProduct/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs613 === errors){
if(data161.id !== undefined){
let data162 = data161.id;
const _errs614 = errors;
if(errors === _errs614){
if(typeof data162 === "string"){
if(func2(data162) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/product/id",schemaPath:"#/$defs/FreeProduct/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/product/id",schemaPath:"#/$defs/FreeProduct/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid128 = _errs614 === errors;
}
else {
var valid128 = true;
}
if(valid128){
if(data161.source_id !== undefined){
let data163 = data161.source_id;
const _errs616 = errors;
if(errors === _errs616){
if(typeof data163 === "string"){
if(func2(data163) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/product/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/product/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid128 = _errs616 === errors;
}
else {
var valid128 = true;
}
if(valid128){
if(data161.name !== undefined){
let data164 = data161.name;
const _errs618 = errors;
if(errors === _errs618){
if(typeof data164 === "string"){
if(func2(data164) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/product/name",schemaPath:"#/$defs/FreeProduct/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/product/name",schemaPath:"#/$defs/FreeProduct/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid128 = _errs618 === errors;
}
else {
var valid128 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/product",schemaPath:"#/$defs/FreeProduct/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid126 = _errs610 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.sku !== undefined){
let data165 = data91.sku;
const _errs620 = errors;
const _errs621 = errors;
if(errors === _errs621){
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
let missing42;
if(((data165.id === undefined) && (missing42 = "id")) || ((data165.name === undefined) && (missing42 = "name"))){
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/$defs/FreeProduct/required",keyword:"required",params:{missingProperty: missing42},message:"must have required property '"+missing42+"'"}];
return false;
}
else {
const _errs623 = errors;
for(const key9 in data165){
if(!(((key9 === "id") || (key9 === "source_id")) || (key9 === "name"))){
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/$defs/FreeProduct/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs623 === errors){
if(data165.id !== undefined){
let data166 = data165.id;
const _errs624 = errors;
if(errors === _errs624){
if(typeof data166 === "string"){
if(func2(data166) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/sku/id",schemaPath:"#/$defs/FreeProduct/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/sku/id",schemaPath:"#/$defs/FreeProduct/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid130 = _errs624 === errors;
}
else {
var valid130 = true;
}
if(valid130){
if(data165.source_id !== undefined){
let data167 = data165.source_id;
const _errs626 = errors;
if(errors === _errs626){
if(typeof data167 === "string"){
if(func2(data167) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/sku/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/sku/source_id",schemaPath:"#/$defs/FreeProduct/properties/source_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid130 = _errs626 === errors;
}
else {
var valid130 = true;
}
if(valid130){
if(data165.name !== undefined){
let data168 = data165.name;
const _errs628 = errors;
if(errors === _errs628){
if(typeof data168 === "string"){
if(func2(data168) < 1){
validate26.errors = [{instancePath:instancePath+"/discount/sku/name",schemaPath:"#/$defs/FreeProduct/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/sku/name",schemaPath:"#/$defs/FreeProduct/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid130 = _errs628 === errors;
}
else {
var valid130 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/sku",schemaPath:"#/$defs/FreeProduct/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid126 = _errs620 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.units !== undefined){
let data169 = data91.units;
const _errs630 = errors;
if(errors === _errs630){
if(Array.isArray(data169)){
if(data169.length < 1){
validate26.errors = [{instancePath:instancePath+"/discount/units",schemaPath:"#/properties/discount/properties/units/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid131 = true;
const len10 = data169.length;
for(let i19=0; i19<len10; i19++){
const _errs632 = errors;
if(!(validate27(data169[i19], {instancePath:instancePath+"/discount/units/" + i19,parentData:data169,parentDataProperty:i19,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid131 = _errs632 === errors;
if(!valid131){
break;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount/units",schemaPath:"#/properties/discount/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid126 = _errs630 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.effect !== undefined){
const _errs633 = errors;
if(typeof data91.effect !== "string"){
validate26.errors = [{instancePath:instancePath+"/discount/effect",schemaPath:"#/properties/discount/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid126 = _errs633 === errors;
}
else {
var valid126 = true;
}
if(valid126){
if(data91.is_dynamic !== undefined){
const _errs636 = errors;
if(typeof data91.is_dynamic !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/discount/is_dynamic",schemaPath:"#/properties/discount/properties/is_dynamic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid126 = _errs636 === errors;
}
else {
var valid126 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/discount",schemaPath:"#/properties/discount/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs346 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.gift !== undefined){
let data173 = data.gift;
const _errs638 = errors;
if(errors === _errs638){
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
let missing43;
if(((data173.amount === undefined) && (missing43 = "amount")) || ((data173.balance === undefined) && (missing43 = "balance"))){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/properties/gift/required",keyword:"required",params:{missingProperty: missing43},message:"must have required property '"+missing43+"'"}];
return false;
}
else {
const _errs640 = errors;
for(const key10 in data173){
if(!((((key10 === "amount") || (key10 === "subtracted_amount")) || (key10 === "balance")) || (key10 === "effect"))){
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/properties/gift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs640 === errors){
if(data173.amount !== undefined){
let data174 = data173.amount;
const _errs641 = errors;
if(errors === _errs641){
if((typeof data174 == "number") && (isFinite(data174))){
if(data174 < 0 || isNaN(data174)){
validate26.errors = [{instancePath:instancePath+"/gift/amount",schemaPath:"#/properties/gift/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/gift/amount",schemaPath:"#/properties/gift/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid132 = _errs641 === errors;
}
else {
var valid132 = true;
}
if(valid132){
if(data173.subtracted_amount !== undefined){
let data175 = data173.subtracted_amount;
const _errs644 = errors;
if(!(((typeof data175 == "number") && (!(data175 % 1) && !isNaN(data175))) && (isFinite(data175)))){
validate26.errors = [{instancePath:instancePath+"/gift/subtracted_amount",schemaPath:"#/properties/gift/properties/subtracted_amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs644){
if((typeof data175 == "number") && (isFinite(data175))){
if(data175 < 0 || isNaN(data175)){
validate26.errors = [{instancePath:instancePath+"/gift/subtracted_amount",schemaPath:"#/properties/gift/properties/subtracted_amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid132 = _errs644 === errors;
}
else {
var valid132 = true;
}
if(valid132){
if(data173.balance !== undefined){
let data176 = data173.balance;
const _errs647 = errors;
if(errors === _errs647){
if((typeof data176 == "number") && (isFinite(data176))){
if(data176 < 0 || isNaN(data176)){
validate26.errors = [{instancePath:instancePath+"/gift/balance",schemaPath:"#/properties/gift/properties/balance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/gift/balance",schemaPath:"#/properties/gift/properties/balance/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid132 = _errs647 === errors;
}
else {
var valid132 = true;
}
if(valid132){
if(data173.effect !== undefined){
let data177 = data173.effect;
const _errs650 = errors;
if(typeof data177 !== "string"){
validate26.errors = [{instancePath:instancePath+"/gift/effect",schemaPath:"#/properties/gift/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data177 === "APPLY_TO_ORDER") || (data177 === "APPLY_TO_ITEMS"))){
validate26.errors = [{instancePath:instancePath+"/gift/effect",schemaPath:"#/properties/gift/properties/effect/enum",keyword:"enum",params:{allowedValues: schema38.properties.gift.properties.effect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid132 = _errs650 === errors;
}
else {
var valid132 = true;
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/gift",schemaPath:"#/properties/gift/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs638 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.referral_program !== undefined){
let data178 = data.referral_program;
const _errs652 = errors;
const _errs654 = errors;
const _errs655 = errors;
let valid134 = true;
const _errs656 = errors;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
let missing44;
if((data178.conversion_event_type === undefined) && (missing44 = "conversion_event_type")){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
if(data178.conversion_event_type !== undefined){
if("redemption" !== data178.conversion_event_type){
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
}
var _valid32 = _errs656 === errors;
errors = _errs655;
if(vErrors !== null){
if(_errs655){
vErrors.length = _errs655;
}
else {
vErrors = null;
}
}
if(_valid32){
const _errs658 = errors;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.custom_event !== undefined){
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event",schemaPath:"#/properties/referral_program/allOf/0/then/properties/custom_event/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid32 = _errs658 === errors;
valid134 = _valid32;
if(valid134){
var props31 = {};
props31.custom_event = true;
props31.conversion_event_type = true;
}
}
if(!valid134){
const err98 = {instancePath:instancePath+"/referral_program",schemaPath:"#/properties/referral_program/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid133 = _errs654 === errors;
if(valid133){
const _errs663 = errors;
const _errs664 = errors;
let valid137 = true;
const _errs665 = errors;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
let missing45;
if((data178.conversion_event_type === undefined) && (missing45 = "conversion_event_type")){
const err99 = {};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
else {
if(data178.conversion_event_type !== undefined){
if("custom_event" !== data178.conversion_event_type){
const err100 = {};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
var _valid33 = _errs665 === errors;
errors = _errs664;
if(vErrors !== null){
if(_errs664){
vErrors.length = _errs664;
}
else {
vErrors = null;
}
}
if(_valid33){
const _errs667 = errors;
if(errors === _errs667){
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
let missing46;
if((data178.custom_event === undefined) && (missing46 = "custom_event")){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/properties/referral_program/allOf/1/then/required",keyword:"required",params:{missingProperty: missing46},message:"must have required property '"+missing46+"'"}];
return false;
}
}
}
var _valid33 = _errs667 === errors;
valid137 = _valid33;
}
if(!valid137){
const err101 = {instancePath:instancePath+"/referral_program",schemaPath:"#/properties/referral_program/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid133 = _errs663 === errors;
if(valid133){
if(props31 !== true){
props31 = props31 || {};
props31.conversion_event_type = true;
}
}
}
if(errors === _errs652){
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
const _errs671 = errors;
for(const key11 in data178){
if(!(((key11 === "conversion_event_type") || (key11 === "custom_event")) || (key11 === "referee_reward"))){
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/properties/referral_program/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs671 === errors){
if(data178.conversion_event_type !== undefined){
let data182 = data178.conversion_event_type;
const _errs672 = errors;
if(typeof data182 !== "string"){
validate26.errors = [{instancePath:instancePath+"/referral_program/conversion_event_type",schemaPath:"#/properties/referral_program/properties/conversion_event_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data182 === "redemption") || (data182 === "custom_event"))){
validate26.errors = [{instancePath:instancePath+"/referral_program/conversion_event_type",schemaPath:"#/properties/referral_program/properties/conversion_event_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.referral_program.properties.conversion_event_type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid139 = _errs672 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data178.custom_event !== undefined){
let data183 = data178.custom_event;
const _errs674 = errors;
if(errors === _errs674){
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
const _errs676 = errors;
for(const key12 in data183){
if(!((key12 === "id") || (key12 === "name"))){
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event",schemaPath:"#/properties/referral_program/properties/custom_event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs676 === errors){
if(data183.id !== undefined){
let data184 = data183.id;
const _errs677 = errors;
if(errors === _errs677){
if(typeof data184 === "string"){
if(!pattern9.test(data184)){
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event/id",schemaPath:"#/properties/referral_program/properties/custom_event/properties/id/pattern",keyword:"pattern",params:{pattern: "^ms_[A-Za-z0-9]+$"},message:"must match pattern \""+"^ms_[A-Za-z0-9]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event/id",schemaPath:"#/properties/referral_program/properties/custom_event/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid140 = _errs677 === errors;
}
else {
var valid140 = true;
}
if(valid140){
if(data183.name !== undefined){
let data185 = data183.name;
const _errs680 = errors;
if(errors === _errs680){
if(typeof data185 === "string"){
if(func2(data185) < 1){
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event/name",schemaPath:"#/properties/referral_program/properties/custom_event/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event/name",schemaPath:"#/properties/referral_program/properties/custom_event/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid140 = _errs680 === errors;
}
else {
var valid140 = true;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/custom_event",schemaPath:"#/properties/referral_program/properties/custom_event/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid139 = _errs674 === errors;
}
else {
var valid139 = true;
}
if(valid139){
if(data178.referee_reward !== undefined){
let data186 = data178.referee_reward;
const _errs682 = errors;
if(errors === _errs682){
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
const _errs684 = errors;
for(const key13 in data186){
if(!(((key13 === "related_object_parent") || (key13 === "type")) || (key13 === "amount"))){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward",schemaPath:"#/properties/referral_program/properties/referee_reward/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs684 === errors){
if(data186.related_object_parent !== undefined){
let data187 = data186.related_object_parent;
const _errs685 = errors;
if(errors === _errs685){
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
const _errs687 = errors;
for(const key14 in data187){
if(!(((key14 === "id") || (key14 === "name")) || (key14 === "object"))){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs687 === errors){
if(data187.id !== undefined){
let data188 = data187.id;
const _errs688 = errors;
if(errors === _errs688){
if(typeof data188 === "string"){
if(!pattern5.test(data188)){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/id",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/id/pattern",keyword:"pattern",params:{pattern: "^camp_[A-Za-z0-9]{24}$"},message:"must match pattern \""+"^camp_[A-Za-z0-9]{24}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/id",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid142 = _errs688 === errors;
}
else {
var valid142 = true;
}
if(valid142){
if(data187.name !== undefined){
let data189 = data187.name;
const _errs690 = errors;
if(errors === _errs690){
if(typeof data189 === "string"){
if(func2(data189) < 1){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/name",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/name",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid142 = _errs690 === errors;
}
else {
var valid142 = true;
}
if(valid142){
if(data187.object !== undefined){
let data190 = data187.object;
const _errs692 = errors;
if(typeof data190 !== "string"){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/object",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data190 === "CAMPAIGN")){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent/object",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/properties/object/enum",keyword:"enum",params:{allowedValues: schema38.properties.referral_program.properties.referee_reward.properties.related_object_parent.properties.object.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid142 = _errs692 === errors;
}
else {
var valid142 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/related_object_parent",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/related_object_parent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid141 = _errs685 === errors;
}
else {
var valid141 = true;
}
if(valid141){
if(data186.type !== undefined){
let data191 = data186.type;
const _errs694 = errors;
if(typeof data191 !== "string"){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/type",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data191 === "LOYALTY_CARD") || (data191 === "GIFT_VOUCHER"))){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/type",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.referral_program.properties.referee_reward.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid141 = _errs694 === errors;
}
else {
var valid141 = true;
}
if(valid141){
if(data186.amount !== undefined){
let data192 = data186.amount;
const _errs696 = errors;
if(!(((typeof data192 == "number") && (!(data192 % 1) && !isNaN(data192))) && (isFinite(data192)))){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/amount",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs696){
if((typeof data192 == "number") && (isFinite(data192))){
if(data192 < 0 || isNaN(data192)){
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward/amount",schemaPath:"#/properties/referral_program/properties/referee_reward/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid141 = _errs696 === errors;
}
else {
var valid141 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program/referee_reward",schemaPath:"#/properties/referral_program/properties/referee_reward/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid139 = _errs682 === errors;
}
else {
var valid139 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/referral_program",schemaPath:"#/properties/referral_program/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs652 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.loyalty_tiers_expiration !== undefined){
let data193 = data.loyalty_tiers_expiration;
const _errs699 = errors;
const _errs701 = errors;
const _errs702 = errors;
let valid144 = true;
const _errs703 = errors;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
let missing47;
if((data193.qualification_type === undefined) && (missing47 = "qualification_type")){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
else {
if(data193.qualification_type !== undefined){
if("POINTS_IN_PERIOD" !== data193.qualification_type){
const err103 = {};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
}
var _valid34 = _errs703 === errors;
errors = _errs702;
if(vErrors !== null){
if(_errs702){
vErrors.length = _errs702;
}
else {
vErrors = null;
}
}
if(_valid34){
const _errs705 = errors;
if(errors === _errs705){
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
let missing48;
if((data193.qualification_period === undefined) && (missing48 = "qualification_period")){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/allOf/0/then/required",keyword:"required",params:{missingProperty: missing48},message:"must have required property '"+missing48+"'"}];
return false;
}
}
}
var _valid34 = _errs705 === errors;
valid144 = _valid34;
}
if(!valid144){
const err104 = {instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid143 = _errs701 === errors;
if(valid143){
const _errs708 = errors;
const _errs709 = errors;
let valid146 = true;
const _errs710 = errors;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
let missing49;
if((data193.qualification_type === undefined) && (missing49 = "qualification_type")){
const err105 = {};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
else {
if(data193.qualification_type !== undefined){
if("BALANCE" !== data193.qualification_type){
const err106 = {};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
}
var _valid35 = _errs710 === errors;
errors = _errs709;
if(vErrors !== null){
if(_errs709){
vErrors.length = _errs709;
}
else {
vErrors = null;
}
}
if(_valid35){
const _errs712 = errors;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
if(data193.qualification_period !== undefined){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/qualification_period",schemaPath:"#/properties/loyalty_tiers_expiration/allOf/1/then/properties/qualification_period/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid35 = _errs712 === errors;
valid146 = _valid35;
if(valid146){
var props32 = {};
props32.qualification_period = true;
props32.qualification_type = true;
}
}
if(!valid146){
const err107 = {instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
validate26.errors = vErrors;
return false;
}
var valid143 = _errs708 === errors;
if(valid143){
if(props32 !== true){
props32 = props32 || {};
props32.qualification_type = true;
}
}
}
if(errors === _errs699){
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
let missing50;
if((((data193.qualification_type === undefined) && (missing50 = "qualification_type")) || ((data193.start_date === undefined) && (missing50 = "start_date"))) || ((data193.expiration_date === undefined) && (missing50 = "expiration_date"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/required",keyword:"required",params:{missingProperty: missing50},message:"must have required property '"+missing50+"'"}];
return false;
}
else {
const _errs718 = errors;
for(const key15 in data193){
if(!((((key15 === "qualification_type") || (key15 === "qualification_period")) || (key15 === "start_date")) || (key15 === "expiration_date"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs718 === errors){
if(data193.qualification_type !== undefined){
let data197 = data193.qualification_type;
const _errs719 = errors;
if(typeof data197 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/qualification_type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/qualification_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data197 === "BALANCE") || (data197 === "POINTS_IN_PERIOD"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/qualification_type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/qualification_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.qualification_type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid149 = _errs719 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data193.qualification_period !== undefined){
let data198 = data193.qualification_period;
const _errs721 = errors;
if(typeof data198 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/qualification_period",schemaPath:"#/properties/loyalty_tiers_expiration/properties/qualification_period/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data198 === "MONTH") || (data198 === "QUARTER")) || (data198 === "HALF_YEAR")) || (data198 === "YEAR"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/qualification_period",schemaPath:"#/properties/loyalty_tiers_expiration/properties/qualification_period/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.qualification_period.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid149 = _errs721 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data193.start_date !== undefined){
let data199 = data193.start_date;
const _errs723 = errors;
if(errors === _errs723){
if(data199 && typeof data199 == "object" && !Array.isArray(data199)){
let missing51;
if((data199.type === undefined) && (missing51 = "type")){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/start_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/start_date/required",keyword:"required",params:{missingProperty: missing51},message:"must have required property '"+missing51+"'"}];
return false;
}
else {
const _errs725 = errors;
for(const key16 in data199){
if(!(key16 === "type")){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/start_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/start_date/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs725 === errors){
if(data199.type !== undefined){
let data200 = data199.type;
if(typeof data200 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/start_date/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/start_date/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data200 === "IMMEDIATE") || (data200 === "NEXT_PERIOD"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/start_date/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/start_date/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.start_date.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/start_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/start_date/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid149 = _errs723 === errors;
}
else {
var valid149 = true;
}
if(valid149){
if(data193.expiration_date !== undefined){
let data201 = data193.expiration_date;
const _errs728 = errors;
if(errors === _errs728){
if(data201 && typeof data201 == "object" && !Array.isArray(data201)){
let missing52;
if(((data201.type === undefined) && (missing52 = "type")) || ((data201.extend === undefined) && (missing52 = "extend"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/required",keyword:"required",params:{missingProperty: missing52},message:"must have required property '"+missing52+"'"}];
return false;
}
else {
const _errs730 = errors;
for(const key17 in data201){
if(!(((key17 === "type") || (key17 === "extend")) || (key17 === "rounding"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs730 === errors){
if(data201.type !== undefined){
let data202 = data201.type;
const _errs731 = errors;
if(typeof data202 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data202 === "END_OF_PERIOD") || (data202 === "END_OF_NEXT_PERIOD")) || (data202 === "BALANCE_DROP")) || (data202 === "CUSTOM"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.expiration_date.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid151 = _errs731 === errors;
}
else {
var valid151 = true;
}
if(valid151){
if(data201.extend !== undefined){
let data203 = data201.extend;
const _errs733 = errors;
if(errors === _errs733){
if(errors === _errs733){
if(typeof data203 === "string"){
if(!(formats14.test(data203))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/extend",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/extend/format",keyword:"format",params:{format: "duration"},message:"must match format \""+"duration"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/extend",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/extend/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid151 = _errs733 === errors;
}
else {
var valid151 = true;
}
if(valid151){
if(data201.rounding !== undefined){
let data204 = data201.rounding;
const _errs735 = errors;
if(errors === _errs735){
if(data204 && typeof data204 == "object" && !Array.isArray(data204)){
const _errs737 = errors;
for(const key18 in data204){
if(!((((key18 === "type") || (key18 === "strategy")) || (key18 === "unit")) || (key18 === "value"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs737 === errors){
if(data204.type !== undefined){
let data205 = data204.type;
const _errs738 = errors;
if(typeof data205 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data205 === "MONTH") || (data205 === "QUARTER")) || (data205 === "HALF_YEAR")) || (data205 === "YEAR")) || (data205 === "CUSTOM"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/type",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.expiration_date.properties.rounding.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid152 = _errs738 === errors;
}
else {
var valid152 = true;
}
if(valid152){
if(data204.strategy !== undefined){
let data206 = data204.strategy;
const _errs740 = errors;
if(typeof data206 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/strategy",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/strategy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data206 === "START") || (data206 === "END"))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/strategy",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/strategy/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.expiration_date.properties.rounding.properties.strategy.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid152 = _errs740 === errors;
}
else {
var valid152 = true;
}
if(valid152){
if(data204.unit !== undefined){
let data207 = data204.unit;
const _errs742 = errors;
if(typeof data207 !== "string"){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/unit",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data207 === "MONTH")){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/unit",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/unit/enum",keyword:"enum",params:{allowedValues: schema38.properties.loyalty_tiers_expiration.properties.expiration_date.properties.rounding.properties.unit.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid152 = _errs742 === errors;
}
else {
var valid152 = true;
}
if(valid152){
if(data204.value !== undefined){
let data208 = data204.value;
const _errs744 = errors;
if(!(((typeof data208 == "number") && (!(data208 % 1) && !isNaN(data208))) && (isFinite(data208)))){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/value",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs744){
if((typeof data208 == "number") && (isFinite(data208))){
if(data208 > 11 || isNaN(data208)){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/value",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 11},message:"must be <= 11"}];
return false;
}
else {
if(data208 < 0 || isNaN(data208)){
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding/value",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid152 = _errs744 === errors;
}
else {
var valid152 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date/rounding",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/properties/rounding/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid151 = _errs735 === errors;
}
else {
var valid151 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration/expiration_date",schemaPath:"#/properties/loyalty_tiers_expiration/properties/expiration_date/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid149 = _errs728 === errors;
}
else {
var valid149 = true;
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/loyalty_tiers_expiration",schemaPath:"#/properties/loyalty_tiers_expiration/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs699 === errors;
}
else {
var valid76 = true;
}
if(valid76){
if(data.options !== undefined){
let data209 = data.options;
const _errs746 = errors;
if(errors === _errs746){
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
const _errs749 = errors;
for(const key19 in data209){
if(!(key19 === "recalculate_tiers")){
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs749 === errors){
if(data209.recalculate_tiers !== undefined){
if(typeof data209.recalculate_tiers !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/options/recalculate_tiers",schemaPath:"#/properties/options/properties/recalculate_tiers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid76 = _errs746 === errors;
}
else {
var valid76 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/topsort.schema.json","title":"Topsort campaign","description":"Desired state of a Topsort retail-media campaign: the fields of PATCH /public/v1/campaign-service/campaigns/{campaign-id}.","x-assumed":"The update call accepts null for every field, but what null does (clear or ignore) is undocumented; null is therefore allowed only where the read model itself can hold null (statusUpdatedBy, targetRoas, externalCampaignId, autobiddingObjective). To stop managing any field, leave it out of spec.","type":"object","additionalProperties":false,"properties":{"name":{"description":"Campaign name shown in the Topsort dashboard and reports.","type":"string","minLength":1,"x-assumed":"The update call documents `string | null`, but a campaign always has a name on read, so null is not a desired state here."},"budget":{"description":"Spending cap: an amount in minor currency units (cents) per budget period.","type":"object","additionalProperties":false,"minProperties":1,"x-message":"`budget` must set `amount`, `type` or both.","x-hint":"write e.g. `budget: { amount: 50000, type: daily }`, or remove `budget` to leave it unmanaged","properties":{"amount":{"description":"Budget in minor currency units (e.g. 50000 = 500.00 EUR); an integer below 2 000 000 000.","type":"integer","minimum":1,"maximum":1999999999,"x-hint":"write the amount in minor currency units (cents) as a whole number from 1 to 1999999999, e.g. 50000 for 500.00 EUR","x-assumed":"The docs give only the upper bound; a budget of 0 could never spend, so at least 1 minor unit is required (pause a campaign with `isActive: false`)."},"type":{"description":"Budget period: daily, weekly, monthly, or total for the campaign's whole run.","enum":["daily","weekly","monthly","total"],"x-assumed":"Only `daily` appears in the docs' examples; `total` is named by the CPA charge-type rule; `weekly` and `monthly` come from sibling Topsort APIs (the 2022 service also had them, with `fixed` where the docs now say `total`)."}}},"startDate":{"description":"When the campaign starts (RFC 3339 with time zone); Topsort moves a past start to the current time.","type":"string","format":"date-time"},"endDate":{"description":"When the campaign stops (RFC 3339 with time zone); must be after startDate.","type":"string","format":"date-time"},"isActive":{"description":"Whether the campaign may run; it serves once active and its start date has passed.","type":"boolean"},"isSmart":{"description":"Whether Topsort's smart campaign mode is on.","type":"boolean"},"campaignType":{"description":"Bidding method; the update call can only switch a campaign to autobidding (one way, no going back).","enum":["autobidding"],"x-message":"`campaignType` can only be set to `autobidding`: Topsort switches a manual campaign to autobidding, never to anything else.","x-hint":"write `campaignType: autobidding`, or leave `campaignType` out to keep a manual or exclusive campaign as it is"},"status":{"description":"Review status of a banner campaign (approved, pending or rejected).","enum":["approved","pending","rejected"]},"statusUpdatedBy":{"description":"Uuid of the user who reviewed the banner campaign; null with a non-pending status means auto-approved.","type":["string","null"],"format":"uuid"},"isAutoTrigger":{"description":"Whether the campaign is auto-triggered.","type":"boolean"},"targetRoas":{"description":"Target return on ad spend for autobidding listing campaigns, 0.5 to 20 (above 12 is rare); null for none.","type":["number","null"],"minimum":0.5,"maximum":20},"externalCampaignId":{"description":"The marketplace's own id for the campaign; unique per marketplace and ad format; null for none.","type":["string","null"],"minLength":1,"x-assumed":"The docs give no length bound; an empty id would identify nothing, so at least one character is required (use null to clear it)."},"multiplierConfig":{"description":"Bid multipliers applied per audience segment.","type":"object","additionalProperties":false,"properties":{"isActive":{"description":"Whether the multipliers are applied.","type":"boolean"},"multipliers":{"description":"One bid multiplier per segment.","type":"array","items":{"type":"object","additionalProperties":false,"required":["type","segmentId","multiplier"],"properties":{"type":{"description":"Kind of segment, e.g. user_segment.","type":"string","minLength":1},"segmentId":{"description":"Numeric id of the segment.","type":"integer"},"multiplier":{"description":"Factor applied to bids for this segment (e.g. 1.5 bids 50% higher).","type":"number","exclusiveMinimum":0,"x-hint":"use a positive factor, e.g. 1.5 to bid 50% more or 0.8 to bid 20% less","x-assumed":"The docs give no bounds; a multiplier of zero or below cannot scale a bid (use exclusionFilters to skip a segment)."}}}}}},"targetingFilters":{"description":"Segments the campaign takes part in; it skips every segment not listed.","type":"object","additionalProperties":false,"properties":{"isActive":{"description":"Whether targeting is applied.","type":"boolean"},"targetingFilters":{"description":"The targeted segments.","type":"array","items":{"$ref":"#/$defs/segment"}}}},"exclusionFilters":{"description":"Segments the campaign never targets.","type":"object","additionalProperties":false,"properties":{"isActive":{"description":"Whether the exclusions are applied.","type":"boolean"},"exclusionFilters":{"description":"The excluded segments.","type":"array","items":{"$ref":"#/$defs/segment"}}}},"chargeType":{"description":"How the campaign is charged: CPM (per thousand impressions), CPC (per click) or CPA (per conversion).","enum":["CPM","CPC","CPA"]},"autobiddingObjective":{"description":"What autobidding optimises for (banners use this instead of targetRoas); null for none.","enum":["impressions","clicks","conversions","revenue",null]},"productIds":{"description":"Products the banner campaign's assets are associated with (banner campaigns only; not returned on read).","type":"array","minItems":1,"maxItems":200,"items":{"type":"string","minLength":1},"writeOnly":true},"bannerAdRejectionReason":{"description":"Why a banner campaign was rejected in review (not returned on read).","type":"object","additionalProperties":false,"minProperties":1,"writeOnly":true,"properties":{"declineReason":{"description":"Short reason for the rejection.","type":"string","minLength":1},"reasonDetails":{"description":"Longer explanation for the advertiser.","type":"string"}}},"adFormat":{"description":"Ad format the campaign was created with; fixed at creation, so it is checked against Topsort and never sent.","enum":["listing","banner","sponsored_brand","exclusive_listing","exclusive_banner","travel_listing","flight_listing"],"readOnly":true,"x-assumed":"Rules that the docs state for listing or banner campaigns are applied to the whole family: listing, exclusive_listing, travel_listing, flight_listing count as listing; banner, exclusive_banner, sponsored_brand count as banner."},"vendorId":{"description":"Id of the vendor (advertiser) owning the campaign; fixed at creation, so it is checked against Topsort and never sent.","type":"string","minLength":1,"readOnly":true}},"$defs":{"segment":{"type":"object","additionalProperties":false,"required":["type","segmentId"],"properties":{"type":{"description":"Kind of segment, e.g. user_segment.","type":"string","minLength":1},"segmentId":{"description":"Numeric id of the segment.","type":"integer"}}}},"allOf":[{"if":{"required":["adFormat"],"properties":{"adFormat":{"enum":["listing","exclusive_listing","travel_listing","flight_listing"]}}},"then":{"properties":{"productIds":{"not":{},"x-message":"`productIds` must be left out when `adFormat` is a listing format: Topsort accepts product ids only for banner campaigns.","x-hint":"remove `productIds`; listing campaigns promote products through their bids"}}}},{"if":{"required":["adFormat"],"properties":{"adFormat":{"enum":["banner","exclusive_banner","sponsored_brand"]}}},"then":{"properties":{"targetRoas":{"type":"null","x-message":"`targetRoas` applies only to autobidding listing campaigns, not when `adFormat` is a banner format.","x-hint":"remove `targetRoas` and set `autobiddingObjective` (impressions, clicks, conversions or revenue) instead"},"chargeType":{"not":{"const":"CPA"},"x-message":"`chargeType` CPA is only available to listing campaigns, not when `adFormat` is a banner format.","x-hint":"use `chargeType: CPM` (the banner default) or `CPC`"}}}},{"if":{"required":["chargeType","budget"],"properties":{"chargeType":{"const":"CPA"},"budget":{"type":"object","required":["type"]}}},"then":{"properties":{"budget":{"type":"object","properties":{"type":{"const":"total","x-message":"`budget.type` must be `total` when `chargeType` is CPA: Topsort charges per action only against a total budget.","x-hint":"set `budget.type: total`, or use `chargeType: CPC`"}}}}}}]};
const schema51 = {"type":"object","additionalProperties":false,"required":["type","segmentId"],"properties":{"type":{"description":"Kind of segment, e.g. user_segment.","type":"string","minLength":1},"segmentId":{"description":"Numeric id of the segment.","type":"integer"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://campaignctl.dev/schemas/topsort.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.adFormat === undefined) && (missing0 = "adFormat")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.adFormat !== undefined){
let data0 = data.adFormat;
if(!((((data0 === "listing") || (data0 === "exclusive_listing")) || (data0 === "travel_listing")) || (data0 === "flight_listing"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.productIds !== undefined){
validate30.errors = [{instancePath:instancePath+"/productIds",schemaPath:"#/allOf/0/then/properties/productIds/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.productIds = true;
props0.adFormat = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate30.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs10 = errors;
const _errs11 = errors;
let valid4 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.adFormat === undefined) && (missing1 = "adFormat")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.adFormat !== undefined){
let data2 = data.adFormat;
if(!(((data2 === "banner") || (data2 === "exclusive_banner")) || (data2 === "sponsored_brand"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.targetRoas !== undefined){
const _errs15 = errors;
if(data.targetRoas !== null){
validate30.errors = [{instancePath:instancePath+"/targetRoas",schemaPath:"#/allOf/1/then/properties/targetRoas/type",keyword:"type",params:{type: "null"},message:"must be null"}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.chargeType !== undefined){
const _errs19 = errors;
const _errs20 = errors;
const _errs21 = errors;
if("CPA" !== data.chargeType){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid7 = _errs21 === errors;
if(valid7){
validate30.errors = [{instancePath:instancePath+"/chargeType",schemaPath:"#/allOf/1/then/properties/chargeType/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
}
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.targetRoas = true;
props1.chargeType = true;
props1.adFormat = true;
}
}
if(!valid4){
const err6 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate30.errors = vErrors;
return false;
}
var valid0 = _errs10 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs24 = errors;
const _errs25 = errors;
let valid8 = true;
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.chargeType === undefined) && (missing2 = "chargeType")) || ((data.budget === undefined) && (missing2 = "budget"))){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.chargeType !== undefined){
const _errs27 = errors;
if("CPA" !== data.chargeType){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid9 = _errs27 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.budget !== undefined){
let data6 = data.budget;
const _errs28 = errors;
if(errors === _errs28){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing3;
if((data6.type === undefined) && (missing3 = "type")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid9 = _errs28 === errors;
}
else {
var valid9 = true;
}
}
}
}
var _valid2 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs30 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.budget !== undefined){
let data7 = data.budget;
const _errs31 = errors;
if(errors === _errs31){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type !== undefined){
if("total" !== data7.type){
validate30.errors = [{instancePath:instancePath+"/budget/type",schemaPath:"#/allOf/2/then/properties/budget/properties/type/const",keyword:"const",params:{allowedValue: "total"},message:"must be equal to constant"}];
return false;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/allOf/2/then/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
var _valid2 = _errs30 === errors;
valid8 = _valid2;
if(valid8){
var props2 = {};
props2.budget = true;
props2.chargeType = true;
}
}
if(!valid8){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate30.errors = vErrors;
return false;
}
var valid0 = _errs24 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs37 = errors;
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data.name !== undefined){
let data9 = data.name;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data9 === "string"){
if(func2(data9) < 1){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs38 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.budget !== undefined){
let data10 = data.budget;
const _errs41 = errors;
if(errors === _errs41){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
validate30.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs45 = errors;
for(const key1 in data10){
if(!((key1 === "amount") || (key1 === "type"))){
validate30.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data10.amount !== undefined){
let data11 = data10.amount;
const _errs46 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate30.errors = [{instancePath:instancePath+"/budget/amount",schemaPath:"#/properties/budget/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs46){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1999999999 || isNaN(data11)){
validate30.errors = [{instancePath:instancePath+"/budget/amount",schemaPath:"#/properties/budget/properties/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1999999999},message:"must be <= 1999999999"}];
return false;
}
else {
if(data11 < 1 || isNaN(data11)){
validate30.errors = [{instancePath:instancePath+"/budget/amount",schemaPath:"#/properties/budget/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid13 = _errs46 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data10.type !== undefined){
let data12 = data10.type;
const _errs50 = errors;
if(!((((data12 === "daily") || (data12 === "weekly")) || (data12 === "monthly")) || (data12 === "total"))){
validate30.errors = [{instancePath:instancePath+"/budget/type",schemaPath:"#/properties/budget/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.properties.budget.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid13 = _errs50 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs41 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.startDate !== undefined){
let data13 = data.startDate;
const _errs52 = errors;
if(errors === _errs52){
if(errors === _errs52){
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
validate30.errors = [{instancePath:instancePath+"/startDate",schemaPath:"#/properties/startDate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/startDate",schemaPath:"#/properties/startDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid12 = _errs52 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.endDate !== undefined){
let data14 = data.endDate;
const _errs54 = errors;
if(errors === _errs54){
if(errors === _errs54){
if(typeof data14 === "string"){
if(!(formats6.validate(data14))){
validate30.errors = [{instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid12 = _errs54 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.isActive !== undefined){
const _errs56 = errors;
if(typeof data.isActive !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/isActive",schemaPath:"#/properties/isActive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs56 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.isSmart !== undefined){
const _errs58 = errors;
if(typeof data.isSmart !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/isSmart",schemaPath:"#/properties/isSmart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs58 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.campaignType !== undefined){
const _errs60 = errors;
if(!(data.campaignType === "autobidding")){
validate30.errors = [{instancePath:instancePath+"/campaignType",schemaPath:"#/properties/campaignType/enum",keyword:"enum",params:{allowedValues: schema50.properties.campaignType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs60 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.status !== undefined){
let data18 = data.status;
const _errs63 = errors;
if(!(((data18 === "approved") || (data18 === "pending")) || (data18 === "rejected"))){
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema50.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs63 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.statusUpdatedBy !== undefined){
let data19 = data.statusUpdatedBy;
const _errs64 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate30.errors = [{instancePath:instancePath+"/statusUpdatedBy",schemaPath:"#/properties/statusUpdatedBy/type",keyword:"type",params:{type: schema50.properties.statusUpdatedBy.type},message:"must be string,null"}];
return false;
}
if(errors === _errs64){
if(errors === _errs64){
if(typeof data19 === "string"){
if(!(formats0.test(data19))){
validate30.errors = [{instancePath:instancePath+"/statusUpdatedBy",schemaPath:"#/properties/statusUpdatedBy/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
}
}
var valid12 = _errs64 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.isAutoTrigger !== undefined){
const _errs66 = errors;
if(typeof data.isAutoTrigger !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/isAutoTrigger",schemaPath:"#/properties/isAutoTrigger/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs66 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.targetRoas !== undefined){
let data21 = data.targetRoas;
const _errs68 = errors;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
validate30.errors = [{instancePath:instancePath+"/targetRoas",schemaPath:"#/properties/targetRoas/type",keyword:"type",params:{type: schema50.properties.targetRoas.type},message:"must be number,null"}];
return false;
}
if(errors === _errs68){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 20 || isNaN(data21)){
validate30.errors = [{instancePath:instancePath+"/targetRoas",schemaPath:"#/properties/targetRoas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"}];
return false;
}
else {
if(data21 < 0.5 || isNaN(data21)){
validate30.errors = [{instancePath:instancePath+"/targetRoas",schemaPath:"#/properties/targetRoas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.5},message:"must be >= 0.5"}];
return false;
}
}
}
}
var valid12 = _errs68 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.externalCampaignId !== undefined){
let data22 = data.externalCampaignId;
const _errs70 = errors;
if((typeof data22 !== "string") && (data22 !== null)){
validate30.errors = [{instancePath:instancePath+"/externalCampaignId",schemaPath:"#/properties/externalCampaignId/type",keyword:"type",params:{type: schema50.properties.externalCampaignId.type},message:"must be string,null"}];
return false;
}
if(errors === _errs70){
if(typeof data22 === "string"){
if(func2(data22) < 1){
validate30.errors = [{instancePath:instancePath+"/externalCampaignId",schemaPath:"#/properties/externalCampaignId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
var valid12 = _errs70 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.multiplierConfig !== undefined){
let data23 = data.multiplierConfig;
const _errs73 = errors;
if(errors === _errs73){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs75 = errors;
for(const key2 in data23){
if(!((key2 === "isActive") || (key2 === "multipliers"))){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig",schemaPath:"#/properties/multiplierConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs75 === errors){
if(data23.isActive !== undefined){
const _errs76 = errors;
if(typeof data23.isActive !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/isActive",schemaPath:"#/properties/multiplierConfig/properties/isActive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid14 = _errs76 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data23.multipliers !== undefined){
let data25 = data23.multipliers;
const _errs78 = errors;
if(errors === _errs78){
if(Array.isArray(data25)){
var valid15 = true;
const len0 = data25.length;
for(let i0=0; i0<len0; i0++){
let data26 = data25[i0];
const _errs80 = errors;
if(errors === _errs80){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing4;
if((((data26.type === undefined) && (missing4 = "type")) || ((data26.segmentId === undefined) && (missing4 = "segmentId"))) || ((data26.multiplier === undefined) && (missing4 = "multiplier"))){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0,schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs82 = errors;
for(const key3 in data26){
if(!(((key3 === "type") || (key3 === "segmentId")) || (key3 === "multiplier"))){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0,schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs82 === errors){
if(data26.type !== undefined){
let data27 = data26.type;
const _errs83 = errors;
if(errors === _errs83){
if(typeof data27 === "string"){
if(func2(data27) < 1){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0+"/type",schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0+"/type",schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs83 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data26.segmentId !== undefined){
let data28 = data26.segmentId;
const _errs85 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0+"/segmentId",schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/properties/segmentId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid16 = _errs85 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data26.multiplier !== undefined){
let data29 = data26.multiplier;
const _errs87 = errors;
if(errors === _errs87){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 <= 0 || isNaN(data29)){
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0+"/multiplier",schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/properties/multiplier/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0+"/multiplier",schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/properties/multiplier/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid16 = _errs87 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers/" + i0,schemaPath:"#/properties/multiplierConfig/properties/multipliers/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs80 === errors;
if(!valid15){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/multiplierConfig/multipliers",schemaPath:"#/properties/multiplierConfig/properties/multipliers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid14 = _errs78 === errors;
}
else {
var valid14 = true;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/multiplierConfig",schemaPath:"#/properties/multiplierConfig/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs73 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.targetingFilters !== undefined){
let data30 = data.targetingFilters;
const _errs91 = errors;
if(errors === _errs91){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
const _errs93 = errors;
for(const key4 in data30){
if(!((key4 === "isActive") || (key4 === "targetingFilters"))){
validate30.errors = [{instancePath:instancePath+"/targetingFilters",schemaPath:"#/properties/targetingFilters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs93 === errors){
if(data30.isActive !== undefined){
const _errs94 = errors;
if(typeof data30.isActive !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/targetingFilters/isActive",schemaPath:"#/properties/targetingFilters/properties/isActive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid17 = _errs94 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data30.targetingFilters !== undefined){
let data32 = data30.targetingFilters;
const _errs96 = errors;
if(errors === _errs96){
if(Array.isArray(data32)){
var valid18 = true;
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
let data33 = data32[i1];
const _errs98 = errors;
const _errs99 = errors;
if(errors === _errs99){
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
let missing5;
if(((data33.type === undefined) && (missing5 = "type")) || ((data33.segmentId === undefined) && (missing5 = "segmentId"))){
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs101 = errors;
for(const key5 in data33){
if(!((key5 === "type") || (key5 === "segmentId"))){
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs101 === errors){
if(data33.type !== undefined){
let data34 = data33.type;
const _errs102 = errors;
if(errors === _errs102){
if(typeof data34 === "string"){
if(func2(data34) < 1){
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1+"/type",schemaPath:"#/$defs/segment/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1+"/type",schemaPath:"#/$defs/segment/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs102 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data33.segmentId !== undefined){
let data35 = data33.segmentId;
const _errs104 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1+"/segmentId",schemaPath:"#/$defs/segment/properties/segmentId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid20 = _errs104 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters/" + i1,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs98 === errors;
if(!valid18){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/targetingFilters/targetingFilters",schemaPath:"#/properties/targetingFilters/properties/targetingFilters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid17 = _errs96 === errors;
}
else {
var valid17 = true;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/targetingFilters",schemaPath:"#/properties/targetingFilters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs91 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.exclusionFilters !== undefined){
let data36 = data.exclusionFilters;
const _errs106 = errors;
if(errors === _errs106){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
const _errs108 = errors;
for(const key6 in data36){
if(!((key6 === "isActive") || (key6 === "exclusionFilters"))){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters",schemaPath:"#/properties/exclusionFilters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs108 === errors){
if(data36.isActive !== undefined){
const _errs109 = errors;
if(typeof data36.isActive !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/isActive",schemaPath:"#/properties/exclusionFilters/properties/isActive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid21 = _errs109 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data36.exclusionFilters !== undefined){
let data38 = data36.exclusionFilters;
const _errs111 = errors;
if(errors === _errs111){
if(Array.isArray(data38)){
var valid22 = true;
const len2 = data38.length;
for(let i2=0; i2<len2; i2++){
let data39 = data38[i2];
const _errs113 = errors;
const _errs114 = errors;
if(errors === _errs114){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing6;
if(((data39.type === undefined) && (missing6 = "type")) || ((data39.segmentId === undefined) && (missing6 = "segmentId"))){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs116 = errors;
for(const key7 in data39){
if(!((key7 === "type") || (key7 === "segmentId"))){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs116 === errors){
if(data39.type !== undefined){
let data40 = data39.type;
const _errs117 = errors;
if(errors === _errs117){
if(typeof data40 === "string"){
if(func2(data40) < 1){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2+"/type",schemaPath:"#/$defs/segment/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2+"/type",schemaPath:"#/$defs/segment/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid24 = _errs117 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data39.segmentId !== undefined){
let data41 = data39.segmentId;
const _errs119 = errors;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2+"/segmentId",schemaPath:"#/$defs/segment/properties/segmentId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid24 = _errs119 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters/" + i2,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid22 = _errs113 === errors;
if(!valid22){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/exclusionFilters/exclusionFilters",schemaPath:"#/properties/exclusionFilters/properties/exclusionFilters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid21 = _errs111 === errors;
}
else {
var valid21 = true;
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/exclusionFilters",schemaPath:"#/properties/exclusionFilters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs106 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.chargeType !== undefined){
let data42 = data.chargeType;
const _errs121 = errors;
if(!(((data42 === "CPM") || (data42 === "CPC")) || (data42 === "CPA"))){
validate30.errors = [{instancePath:instancePath+"/chargeType",schemaPath:"#/properties/chargeType/enum",keyword:"enum",params:{allowedValues: schema50.properties.chargeType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs121 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.autobiddingObjective !== undefined){
let data43 = data.autobiddingObjective;
const _errs122 = errors;
if(!(((((data43 === "impressions") || (data43 === "clicks")) || (data43 === "conversions")) || (data43 === "revenue")) || (data43 === null))){
validate30.errors = [{instancePath:instancePath+"/autobiddingObjective",schemaPath:"#/properties/autobiddingObjective/enum",keyword:"enum",params:{allowedValues: schema50.properties.autobiddingObjective.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs122 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.productIds !== undefined){
let data44 = data.productIds;
const _errs123 = errors;
if(errors === _errs123){
if(Array.isArray(data44)){
if(data44.length > 200){
validate30.errors = [{instancePath:instancePath+"/productIds",schemaPath:"#/properties/productIds/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"}];
return false;
}
else {
if(data44.length < 1){
validate30.errors = [{instancePath:instancePath+"/productIds",schemaPath:"#/properties/productIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid25 = true;
const len3 = data44.length;
for(let i3=0; i3<len3; i3++){
let data45 = data44[i3];
const _errs125 = errors;
if(errors === _errs125){
if(typeof data45 === "string"){
if(func2(data45) < 1){
validate30.errors = [{instancePath:instancePath+"/productIds/" + i3,schemaPath:"#/properties/productIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/productIds/" + i3,schemaPath:"#/properties/productIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid25 = _errs125 === errors;
if(!valid25){
break;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/productIds",schemaPath:"#/properties/productIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs123 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.bannerAdRejectionReason !== undefined){
let data46 = data.bannerAdRejectionReason;
const _errs127 = errors;
if(errors === _errs127){
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(Object.keys(data46).length < 1){
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason",schemaPath:"#/properties/bannerAdRejectionReason/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs129 = errors;
for(const key8 in data46){
if(!((key8 === "declineReason") || (key8 === "reasonDetails"))){
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason",schemaPath:"#/properties/bannerAdRejectionReason/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs129 === errors){
if(data46.declineReason !== undefined){
let data47 = data46.declineReason;
const _errs130 = errors;
if(errors === _errs130){
if(typeof data47 === "string"){
if(func2(data47) < 1){
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason/declineReason",schemaPath:"#/properties/bannerAdRejectionReason/properties/declineReason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason/declineReason",schemaPath:"#/properties/bannerAdRejectionReason/properties/declineReason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs130 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data46.reasonDetails !== undefined){
const _errs132 = errors;
if(typeof data46.reasonDetails !== "string"){
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason/reasonDetails",schemaPath:"#/properties/bannerAdRejectionReason/properties/reasonDetails/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid26 = _errs132 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/bannerAdRejectionReason",schemaPath:"#/properties/bannerAdRejectionReason/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs127 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.adFormat !== undefined){
let data49 = data.adFormat;
const _errs134 = errors;
if(!(((((((data49 === "listing") || (data49 === "banner")) || (data49 === "sponsored_brand")) || (data49 === "exclusive_listing")) || (data49 === "exclusive_banner")) || (data49 === "travel_listing")) || (data49 === "flight_listing"))){
validate30.errors = [{instancePath:instancePath+"/adFormat",schemaPath:"#/properties/adFormat/enum",keyword:"enum",params:{allowedValues: schema50.properties.adFormat.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs134 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data.vendorId !== undefined){
let data50 = data.vendorId;
const _errs136 = errors;
if(errors === _errs136){
if(typeof data50 === "string"){
if(func2(data50) < 1){
validate30.errors = [{instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/vendorId",schemaPath:"#/properties/vendorId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs136 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern11 = new RegExp("^[0-9]+$", "u");
const pattern12 = new RegExp("\\S", "u");
const pattern13 = new RegExp("^[A-Za-z0-9_]+$", "u");
const pattern14 = new RegExp("^[1-9][0-9]*$", "u");
const pattern15 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$", "u");
const pattern17 = new RegExp("^[1-7](,[1-7]){0,6}$", "u");
const pattern18 = new RegExp("^[A-Z]{3}$", "u");
const pattern19 = new RegExp("^[a-z][a-z_]*$", "u");
const pattern33 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://campaignctl.dev/schemas/campaign-file.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.provider === undefined) && (missing0 = "provider")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.provider !== undefined){
if("masivo" !== data.provider){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/0/then/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/0/then/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.spec !== undefined){
const _errs9 = errors;
if(!(validate21(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.id = true;
props0.spec = true;
props0.provider = true;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs10 = errors;
const _errs11 = errors;
let valid4 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.provider === undefined) && (missing1 = "provider")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.provider !== undefined){
if("voucherify" !== data.provider){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data4 = data.id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/1/then/properties/id/pattern",keyword:"pattern",params:{pattern: "^camp_[A-Za-z0-9]{24}$"},message:"must match pattern \""+"^camp_[A-Za-z0-9]{24}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/1/then/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data.spec !== undefined){
const _errs19 = errors;
if(!(validate26(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid6 = _errs19 === errors;
}
else {
var valid6 = true;
}
}
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.id = true;
props1.spec = true;
props1.provider = true;
}
}
if(!valid4){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs10 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs20 = errors;
const _errs21 = errors;
let valid7 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.provider === undefined) && (missing2 = "provider")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.provider !== undefined){
if("lula" !== data.provider){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data7 = data.id;
const _errs25 = errors;
if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/2/then/properties/id/type",keyword:"type",params:{type: schema31.allOf[2].then.properties.id.type},message:"must be string,integer"}];
return false;
}
if(errors === _errs25){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/2/then/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
if(errors === _errs25){
if(typeof data7 === "string"){
if(!pattern11.test(data7)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/2/then/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
}
}
var valid9 = _errs25 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data.spec !== undefined){
let data8 = data.spec;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs32 = errors;
for(const key0 in data8){
if(!((((((key0 === "name") || (key0 === "description")) || (key0 === "campaign_identifier")) || (key0 === "starts_at")) || (key0 === "ends_at")) || (key0 === "status"))){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"lula.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data8.name !== undefined){
let data9 = data8.name;
const _errs33 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
validate20.errors = [{instancePath:instancePath+"/spec/name",schemaPath:"lula.schema.json/properties/name/allOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
if(errors === _errs33){
if(typeof data9 === "string"){
if(func2(data9) > 200){
validate20.errors = [{instancePath:instancePath+"/spec/name",schemaPath:"lula.schema.json/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/name",schemaPath:"lula.schema.json/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs33 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.description !== undefined){
let data10 = data8.description;
const _errs39 = errors;
if(errors === _errs39){
if(typeof data10 === "string"){
if(func2(data10) > 1000){
validate20.errors = [{instancePath:instancePath+"/spec/description",schemaPath:"lula.schema.json/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/description",schemaPath:"lula.schema.json/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs39 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.campaign_identifier !== undefined){
let data11 = data8.campaign_identifier;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
validate20.errors = [{instancePath:instancePath+"/spec/campaign_identifier",schemaPath:"lula.schema.json/properties/campaign_identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+$"},message:"must match pattern \""+"^[A-Za-z0-9_]+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/campaign_identifier",schemaPath:"lula.schema.json/properties/campaign_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs42 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.starts_at !== undefined){
let data12 = data8.starts_at;
const _errs47 = errors;
if(errors === _errs47){
if(errors === _errs47){
if(typeof data12 === "string"){
if(!(formats6.validate(data12))){
validate20.errors = [{instancePath:instancePath+"/spec/starts_at",schemaPath:"lula.schema.json/properties/starts_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/starts_at",schemaPath:"lula.schema.json/properties/starts_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid11 = _errs47 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.ends_at !== undefined){
let data13 = data8.ends_at;
const _errs52 = errors;
if(errors === _errs52){
if(errors === _errs52){
if(typeof data13 === "string"){
if(!(formats6.validate(data13))){
validate20.errors = [{instancePath:instancePath+"/spec/ends_at",schemaPath:"lula.schema.json/properties/ends_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/ends_at",schemaPath:"lula.schema.json/properties/ends_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid11 = _errs52 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.status !== undefined){
let data14 = data8.status;
const _errs57 = errors;
if(typeof data14 !== "string"){
validate20.errors = [{instancePath:instancePath+"/spec/status",schemaPath:"lula.schema.json/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data14 === "active") || (data14 === "inactive")) || (data14 === "scheduled")) || (data14 === "expired"))){
validate20.errors = [{instancePath:instancePath+"/spec/status",schemaPath:"lula.schema.json/properties/status/enum",keyword:"enum",params:{allowedValues: schema48.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs57 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"lula.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs29 === errors;
}
else {
var valid9 = true;
}
}
}
var _valid2 = _errs24 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.id = true;
props2.spec = true;
props2.provider = true;
}
}
if(!valid7){
const err8 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs20 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs60 = errors;
const _errs61 = errors;
let valid13 = true;
const _errs62 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.provider === undefined) && (missing3 = "provider")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.provider !== undefined){
if("spaaza" !== data.provider){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
var _valid3 = _errs62 === errors;
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data16 = data.id;
const _errs65 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (typeof data16 !== "string")){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/3/then/properties/id/type",keyword:"type",params:{type: schema31.allOf[3].then.properties.id.type},message:"must be integer,string"}];
return false;
}
if(errors === _errs65){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/3/then/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
if(errors === _errs65){
if(typeof data16 === "string"){
if(!pattern14.test(data16)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/3/then/properties/id/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*$"},message:"must match pattern \""+"^[1-9][0-9]*$"+"\""}];
return false;
}
}
}
}
var valid15 = _errs65 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data.spec !== undefined){
let data17 = data.spec;
const _errs69 = errors;
const _errs70 = errors;
const _errs72 = errors;
const _errs73 = errors;
let valid18 = true;
const _errs74 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing4;
if((data17.type === undefined) && (missing4 = "type")){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(data17.type !== undefined){
let data18 = data17.type;
if(!((((((((((((((((((data18 === "basket") || (data18 === "birthday")) || (data18 === "cashback")) || (data18 === "competition")) || (data18 === "composable")) || (data18 === "content")) || (data18 === "interaction")) || (data18 === "item_purchase_count")) || (data18 === "login")) || (data18 === "matching_item")) || (data18 === "mobile_content")) || (data18 === "product")) || (data18 === "profile_completion")) || (data18 === "progress")) || (data18 === "purchase_count")) || (data18 === "referral")) || (data18 === "signup")) || (data18 === "subscription"))){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
var _valid4 = _errs74 === errors;
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs76 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.is_default !== undefined){
validate20.errors = [{instancePath:instancePath+"/spec/is_default",schemaPath:"spaaza.schema.json/allOf/0/then/properties/is_default/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid4 = _errs76 === errors;
valid18 = _valid4;
if(valid18){
var props3 = {};
props3.is_default = true;
props3.type = true;
}
}
if(!valid18){
const err13 = {instancePath:instancePath+"/spec",schemaPath:"spaaza.schema.json/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid17 = _errs72 === errors;
if(valid17){
const _errs81 = errors;
const _errs82 = errors;
let valid21 = true;
const _errs83 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing5;
if((data17.type === undefined) && (missing5 = "type")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data17.type !== undefined){
let data20 = data17.type;
if(!((((((((((((((((((((data20 === "birthday") || (data20 === "cashback")) || (data20 === "competition")) || (data20 === "composable")) || (data20 === "content")) || (data20 === "interaction")) || (data20 === "item_purchase_count")) || (data20 === "login")) || (data20 === "loyalty")) || (data20 === "matching_item")) || (data20 === "mobile_content")) || (data20 === "points_wallet")) || (data20 === "product")) || (data20 === "profile_completion")) || (data20 === "progress")) || (data20 === "purchase_count")) || (data20 === "referral")) || (data20 === "signup")) || (data20 === "subscription")) || (data20 === "wallet"))){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
var _valid5 = _errs83 === errors;
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs85 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.allows_unrecognised_items !== undefined){
validate20.errors = [{instancePath:instancePath+"/spec/allows_unrecognised_items",schemaPath:"spaaza.schema.json/allOf/1/then/properties/allows_unrecognised_items/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid5 = _errs85 === errors;
valid21 = _valid5;
if(valid21){
var props4 = {};
props4.allows_unrecognised_items = true;
props4.type = true;
}
}
if(!valid21){
const err16 = {instancePath:instancePath+"/spec",schemaPath:"spaaza.schema.json/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid17 = _errs81 === errors;
if(valid17){
if(props3 !== true && props4 !== undefined){
if(props4 === true){
props3 = true;
}
else {
props3 = props3 || {};
Object.assign(props3, props4);
}
}
const _errs90 = errors;
const _errs91 = errors;
let valid24 = true;
const _errs92 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing6;
if((data17.currency_id === undefined) && (missing6 = "currency_id")){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid6 = _errs92 === errors;
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs93 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.currency_code !== undefined){
validate20.errors = [{instancePath:instancePath+"/spec/currency_code",schemaPath:"spaaza.schema.json/allOf/2/then/properties/currency_code/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
}
var _valid6 = _errs93 === errors;
valid24 = _valid6;
if(valid24){
var props5 = {};
props5.currency_code = true;
}
}
if(!valid24){
const err18 = {instancePath:instancePath+"/spec",schemaPath:"spaaza.schema.json/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid17 = _errs90 === errors;
if(valid17){
if(props3 !== true && props5 !== undefined){
if(props5 === true){
props3 = true;
}
else {
props3 = props3 || {};
Object.assign(props3, props5);
}
}
}
}
}
if(errors === _errs70){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
const _errs98 = errors;
for(const key1 in data17){
if(!(func1.call(schema49.properties, key1))){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"spaaza.schema.json/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs98 === errors){
if(data17.type !== undefined){
let data23 = data17.type;
const _errs99 = errors;
if(!(((((((((((((((((((((data23 === "basket") || (data23 === "birthday")) || (data23 === "cashback")) || (data23 === "competition")) || (data23 === "composable")) || (data23 === "content")) || (data23 === "interaction")) || (data23 === "item_purchase_count")) || (data23 === "login")) || (data23 === "loyalty")) || (data23 === "matching_item")) || (data23 === "mobile_content")) || (data23 === "points_wallet")) || (data23 === "product")) || (data23 === "profile_completion")) || (data23 === "progress")) || (data23 === "purchase_count")) || (data23 === "referral")) || (data23 === "signup")) || (data23 === "subscription")) || (data23 === "wallet"))){
validate20.errors = [{instancePath:instancePath+"/spec/type",schemaPath:"spaaza.schema.json/properties/type/enum",keyword:"enum",params:{allowedValues: schema49.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid26 = _errs99 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.title !== undefined){
let data24 = data17.title;
const _errs101 = errors;
if(errors === _errs101){
if(typeof data24 === "string"){
if(func2(data24) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/title",schemaPath:"spaaza.schema.json/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/title",schemaPath:"spaaza.schema.json/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs101 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.subtitle !== undefined){
let data25 = data17.subtitle;
const _errs103 = errors;
if((typeof data25 !== "string") && (data25 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/subtitle",schemaPath:"spaaza.schema.json/properties/subtitle/type",keyword:"type",params:{type: schema49.properties.subtitle.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs103 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.description !== undefined){
let data26 = data17.description;
const _errs106 = errors;
if((typeof data26 !== "string") && (data26 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/description",schemaPath:"spaaza.schema.json/properties/description/type",keyword:"type",params:{type: schema49.properties.description.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs106 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.subtext !== undefined){
let data27 = data17.subtext;
const _errs109 = errors;
if((typeof data27 !== "string") && (data27 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/subtext",schemaPath:"spaaza.schema.json/properties/subtext/type",keyword:"type",params:{type: schema49.properties.subtext.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs109 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.notes !== undefined){
let data28 = data17.notes;
const _errs112 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/notes",schemaPath:"spaaza.schema.json/properties/notes/type",keyword:"type",params:{type: schema49.properties.notes.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs112 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active !== undefined){
const _errs115 = errors;
if(typeof data17.active !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/active",schemaPath:"spaaza.schema.json/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs115 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active_date_from !== undefined){
let data30 = data17.active_date_from;
const _errs117 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/active_date_from",schemaPath:"spaaza.schema.json/properties/active_date_from/type",keyword:"type",params:{type: schema49.properties.active_date_from.type},message:"must be string,null"}];
return false;
}
if(errors === _errs117){
if(errors === _errs117){
if(typeof data30 === "string"){
if(!(formats6.validate(data30))){
validate20.errors = [{instancePath:instancePath+"/spec/active_date_from",schemaPath:"spaaza.schema.json/properties/active_date_from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid26 = _errs117 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active_date_until !== undefined){
let data31 = data17.active_date_until;
const _errs120 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/active_date_until",schemaPath:"spaaza.schema.json/properties/active_date_until/type",keyword:"type",params:{type: schema49.properties.active_date_until.type},message:"must be string,null"}];
return false;
}
if(errors === _errs120){
if(errors === _errs120){
if(typeof data31 === "string"){
if(!(formats6.validate(data31))){
validate20.errors = [{instancePath:instancePath+"/spec/active_date_until",schemaPath:"spaaza.schema.json/properties/active_date_until/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid26 = _errs120 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active_time_from !== undefined){
let data32 = data17.active_time_from;
const _errs123 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/active_time_from",schemaPath:"spaaza.schema.json/properties/active_time_from/type",keyword:"type",params:{type: schema49.properties.active_time_from.type},message:"must be string,null"}];
return false;
}
if(errors === _errs123){
if(typeof data32 === "string"){
if(!pattern15.test(data32)){
validate20.errors = [{instancePath:instancePath+"/spec/active_time_from",schemaPath:"spaaza.schema.json/properties/active_time_from/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"+"\""}];
return false;
}
}
}
var valid26 = _errs123 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active_time_until !== undefined){
let data33 = data17.active_time_until;
const _errs128 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/active_time_until",schemaPath:"spaaza.schema.json/properties/active_time_until/type",keyword:"type",params:{type: schema49.properties.active_time_until.type},message:"must be string,null"}];
return false;
}
if(errors === _errs128){
if(typeof data33 === "string"){
if(!pattern15.test(data33)){
validate20.errors = [{instancePath:instancePath+"/spec/active_time_until",schemaPath:"spaaza.schema.json/properties/active_time_until/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"+"\""}];
return false;
}
}
}
var valid26 = _errs128 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.active_weekdays !== undefined){
let data34 = data17.active_weekdays;
const _errs133 = errors;
if((typeof data34 !== "string") && (data34 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/active_weekdays",schemaPath:"spaaza.schema.json/properties/active_weekdays/type",keyword:"type",params:{type: schema49.properties.active_weekdays.type},message:"must be string,null"}];
return false;
}
if(errors === _errs133){
if(typeof data34 === "string"){
if(!pattern17.test(data34)){
validate20.errors = [{instancePath:instancePath+"/spec/active_weekdays",schemaPath:"spaaza.schema.json/properties/active_weekdays/pattern",keyword:"pattern",params:{pattern: "^[1-7](,[1-7]){0,6}$"},message:"must match pattern \""+"^[1-7](,[1-7]){0,6}$"+"\""}];
return false;
}
}
}
var valid26 = _errs133 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.operator_type !== undefined){
let data35 = data17.operator_type;
const _errs138 = errors;
if(!((data35 === "or") || (data35 === "and"))){
validate20.errors = [{instancePath:instancePath+"/spec/operator_type",schemaPath:"spaaza.schema.json/properties/operator_type/enum",keyword:"enum",params:{allowedValues: schema49.properties.operator_type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid26 = _errs138 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.currency_id !== undefined){
let data36 = data17.currency_id;
const _errs139 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate20.errors = [{instancePath:instancePath+"/spec/currency_id",schemaPath:"spaaza.schema.json/properties/currency_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs139){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
validate20.errors = [{instancePath:instancePath+"/spec/currency_id",schemaPath:"spaaza.schema.json/properties/currency_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs139 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.currency_code !== undefined){
let data37 = data17.currency_code;
const _errs141 = errors;
if(errors === _errs141){
if(typeof data37 === "string"){
if(!pattern18.test(data37)){
validate20.errors = [{instancePath:instancePath+"/spec/currency_code",schemaPath:"spaaza.schema.json/properties/currency_code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/currency_code",schemaPath:"spaaza.schema.json/properties/currency_code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs141 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.is_default !== undefined){
const _errs145 = errors;
if(typeof data17.is_default !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/is_default",schemaPath:"spaaza.schema.json/properties/is_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs145 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.assigned_business_ids !== undefined){
let data39 = data17.assigned_business_ids;
const _errs147 = errors;
if(errors === _errs147){
if(Array.isArray(data39)){
var valid27 = true;
const len0 = data39.length;
for(let i0=0; i0<len0; i0++){
let data40 = data39[i0];
const _errs150 = errors;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_business_ids/" + i0,schemaPath:"spaaza.schema.json/properties/assigned_business_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs150){
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 1 || isNaN(data40)){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_business_ids/" + i0,schemaPath:"spaaza.schema.json/properties/assigned_business_ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid27 = _errs150 === errors;
if(!valid27){
break;
}
}
if(valid27){
let i1 = data39.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data39[i1];
if(!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/spec/assigned_business_ids",schemaPath:"spaaza.schema.json/properties/assigned_business_ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_business_ids",schemaPath:"spaaza.schema.json/properties/assigned_business_ids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid26 = _errs147 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.assigned_barcodes !== undefined){
let data41 = data17.assigned_barcodes;
const _errs152 = errors;
if(errors === _errs152){
if(Array.isArray(data41)){
var valid29 = true;
const len1 = data41.length;
for(let i2=0; i2<len1; i2++){
let data42 = data41[i2];
const _errs155 = errors;
if(errors === _errs155){
if(typeof data42 === "string"){
if(func2(data42) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes/" + i2,schemaPath:"spaaza.schema.json/properties/assigned_barcodes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes/" + i2,schemaPath:"spaaza.schema.json/properties/assigned_barcodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid29 = _errs155 === errors;
if(!valid29){
break;
}
}
if(valid29){
let i3 = data41.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data41[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes",schemaPath:"spaaza.schema.json/properties/assigned_barcodes/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices1[item1] = i3;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes",schemaPath:"spaaza.schema.json/properties/assigned_barcodes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid26 = _errs152 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.assigned_barcodes_earn !== undefined){
let data43 = data17.assigned_barcodes_earn;
const _errs159 = errors;
if(errors === _errs159){
if(Array.isArray(data43)){
var valid31 = true;
const len2 = data43.length;
for(let i4=0; i4<len2; i4++){
let data44 = data43[i4];
const _errs162 = errors;
if(errors === _errs162){
if(typeof data44 === "string"){
if(func2(data44) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_earn/" + i4,schemaPath:"spaaza.schema.json/properties/assigned_barcodes_earn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_earn/" + i4,schemaPath:"spaaza.schema.json/properties/assigned_barcodes_earn/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs162 === errors;
if(!valid31){
break;
}
}
if(valid31){
let i5 = data43.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data43[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_earn",schemaPath:"spaaza.schema.json/properties/assigned_barcodes_earn/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break;
}
indices2[item2] = i5;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_earn",schemaPath:"spaaza.schema.json/properties/assigned_barcodes_earn/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid26 = _errs159 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.assigned_barcodes_spend !== undefined){
let data45 = data17.assigned_barcodes_spend;
const _errs166 = errors;
if(errors === _errs166){
if(Array.isArray(data45)){
var valid33 = true;
const len3 = data45.length;
for(let i6=0; i6<len3; i6++){
let data46 = data45[i6];
const _errs169 = errors;
if(errors === _errs169){
if(typeof data46 === "string"){
if(func2(data46) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_spend/" + i6,schemaPath:"spaaza.schema.json/properties/assigned_barcodes_spend/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_spend/" + i6,schemaPath:"spaaza.schema.json/properties/assigned_barcodes_spend/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid33 = _errs169 === errors;
if(!valid33){
break;
}
}
if(valid33){
let i7 = data45.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data45[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_spend",schemaPath:"spaaza.schema.json/properties/assigned_barcodes_spend/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break;
}
indices3[item3] = i7;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_barcodes_spend",schemaPath:"spaaza.schema.json/properties/assigned_barcodes_spend/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid26 = _errs166 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.assigned_currencies !== undefined){
let data47 = data17.assigned_currencies;
const _errs173 = errors;
if(errors === _errs173){
if(Array.isArray(data47)){
var valid35 = true;
const len4 = data47.length;
for(let i8=0; i8<len4; i8++){
let data48 = data47[i8];
const _errs175 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_currencies/" + i8,schemaPath:"spaaza.schema.json/properties/assigned_currencies/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs175){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 1 || isNaN(data48)){
validate20.errors = [{instancePath:instancePath+"/spec/assigned_currencies/" + i8,schemaPath:"spaaza.schema.json/properties/assigned_currencies/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid35 = _errs175 === errors;
if(!valid35){
break;
}
}
if(valid35){
let i9 = data47.length;
let j4;
if(i9 > 1){
const indices4 = {};
for(;i9--;){
let item4 = data47[i9];
if(!(((typeof item4 == "number") && (!(item4 % 1) && !isNaN(item4))) && (isFinite(item4)))){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
validate20.errors = [{instancePath:instancePath+"/spec/assigned_currencies",schemaPath:"spaaza.schema.json/properties/assigned_currencies/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"}];
return false;
break;
}
indices4[item4] = i9;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/assigned_currencies",schemaPath:"spaaza.schema.json/properties/assigned_currencies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid26 = _errs173 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.allows_end_user_to_claim_voucher !== undefined){
const _errs177 = errors;
if(typeof data17.allows_end_user_to_claim_voucher !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/allows_end_user_to_claim_voucher",schemaPath:"spaaza.schema.json/properties/allows_end_user_to_claim_voucher/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs177 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.allows_unrecognised_items !== undefined){
const _errs179 = errors;
if(typeof data17.allows_unrecognised_items !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/allows_unrecognised_items",schemaPath:"spaaza.schema.json/properties/allows_unrecognised_items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs179 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.created_voucher_claimed_by_default !== undefined){
const _errs181 = errors;
if(typeof data17.created_voucher_claimed_by_default !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/created_voucher_claimed_by_default",schemaPath:"spaaza.schema.json/properties/created_voucher_claimed_by_default/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs181 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_expiry_days !== undefined){
let data52 = data17.voucher_expiry_days;
const _errs183 = errors;
if((!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))) && (data52 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_expiry_days",schemaPath:"spaaza.schema.json/properties/voucher_expiry_days/type",keyword:"type",params:{type: schema49.properties.voucher_expiry_days.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs183){
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 1 || isNaN(data52)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_expiry_days",schemaPath:"spaaza.schema.json/properties/voucher_expiry_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs183 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_title !== undefined){
let data53 = data17.voucher_title;
const _errs186 = errors;
if((typeof data53 !== "string") && (data53 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_title",schemaPath:"spaaza.schema.json/properties/voucher_title/type",keyword:"type",params:{type: schema49.properties.voucher_title.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs186 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_description !== undefined){
let data54 = data17.voucher_description;
const _errs188 = errors;
if((typeof data54 !== "string") && (data54 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_description",schemaPath:"spaaza.schema.json/properties/voucher_description/type",keyword:"type",params:{type: schema49.properties.voucher_description.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs188 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_notes !== undefined){
let data55 = data17.voucher_notes;
const _errs190 = errors;
if((typeof data55 !== "string") && (data55 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_notes",schemaPath:"spaaza.schema.json/properties/voucher_notes/type",keyword:"type",params:{type: schema49.properties.voucher_notes.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs190 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_text !== undefined){
let data56 = data17.voucher_text;
const _errs192 = errors;
if((typeof data56 !== "string") && (data56 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_text",schemaPath:"spaaza.schema.json/properties/voucher_text/type",keyword:"type",params:{type: schema49.properties.voucher_text.type},message:"must be string,null"}];
return false;
}
var valid26 = _errs192 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.voucher_image_url !== undefined){
let data57 = data17.voucher_image_url;
const _errs194 = errors;
if((typeof data57 !== "string") && (data57 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_image_url",schemaPath:"spaaza.schema.json/properties/voucher_image_url/type",keyword:"type",params:{type: schema49.properties.voucher_image_url.type},message:"must be string,null"}];
return false;
}
if(errors === _errs194){
if(errors === _errs194){
if(typeof data57 === "string"){
if(!(formats30(data57))){
validate20.errors = [{instancePath:instancePath+"/spec/voucher_image_url",schemaPath:"spaaza.schema.json/properties/voucher_image_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
}
var valid26 = _errs194 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.rounding_strategy !== undefined){
let data58 = data17.rounding_strategy;
const _errs197 = errors;
if(!(((data58 === "neutral") || (data58 === "round_up")) || (data58 === "round_down"))){
validate20.errors = [{instancePath:instancePath+"/spec/rounding_strategy",schemaPath:"spaaza.schema.json/properties/rounding_strategy/enum",keyword:"enum",params:{allowedValues: schema49.properties.rounding_strategy.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid26 = _errs197 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.rounding_precision !== undefined){
let data59 = data17.rounding_precision;
const _errs199 = errors;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
validate20.errors = [{instancePath:instancePath+"/spec/rounding_precision",schemaPath:"spaaza.schema.json/properties/rounding_precision/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs199){
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 4 || isNaN(data59)){
validate20.errors = [{instancePath:instancePath+"/spec/rounding_precision",schemaPath:"spaaza.schema.json/properties/rounding_precision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4"}];
return false;
}
else {
if(data59 < 0 || isNaN(data59)){
validate20.errors = [{instancePath:instancePath+"/spec/rounding_precision",schemaPath:"spaaza.schema.json/properties/rounding_precision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid26 = _errs199 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.recipient_reward_method !== undefined){
let data60 = data17.recipient_reward_method;
const _errs202 = errors;
if(errors === _errs202){
if(typeof data60 === "string"){
if(!pattern19.test(data60)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_method",schemaPath:"spaaza.schema.json/properties/recipient_reward_method/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_method",schemaPath:"spaaza.schema.json/properties/recipient_reward_method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid26 = _errs202 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.recipient_reward_amount !== undefined){
let data61 = data17.recipient_reward_amount;
const _errs206 = errors;
if(errors === _errs206){
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_amount",schemaPath:"spaaza.schema.json/properties/recipient_reward_amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_amount",schemaPath:"spaaza.schema.json/properties/recipient_reward_amount/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid26 = _errs206 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.recipient_reward_discount_ratio !== undefined){
let data62 = data17.recipient_reward_discount_ratio;
const _errs208 = errors;
if(errors === _errs208){
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 1 || isNaN(data62)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_discount_ratio",schemaPath:"spaaza.schema.json/properties/recipient_reward_discount_ratio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data62 < 0 || isNaN(data62)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_discount_ratio",schemaPath:"spaaza.schema.json/properties/recipient_reward_discount_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/recipient_reward_discount_ratio",schemaPath:"spaaza.schema.json/properties/recipient_reward_discount_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid26 = _errs208 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.recipient_campaign_id !== undefined){
let data63 = data17.recipient_campaign_id;
const _errs211 = errors;
if((!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))) && (data63 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_campaign_id",schemaPath:"spaaza.schema.json/properties/recipient_campaign_id/type",keyword:"type",params:{type: schema49.properties.recipient_campaign_id.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs211){
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 1 || isNaN(data63)){
validate20.errors = [{instancePath:instancePath+"/spec/recipient_campaign_id",schemaPath:"spaaza.schema.json/properties/recipient_campaign_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs211 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.cashback_ratio !== undefined){
let data64 = data17.cashback_ratio;
const _errs214 = errors;
if(errors === _errs214){
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
validate20.errors = [{instancePath:instancePath+"/spec/cashback_ratio",schemaPath:"spaaza.schema.json/properties/cashback_ratio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec/cashback_ratio",schemaPath:"spaaza.schema.json/properties/cashback_ratio/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid26 = _errs214 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.reward_priority !== undefined){
let data65 = data17.reward_priority;
const _errs217 = errors;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
validate20.errors = [{instancePath:instancePath+"/spec/reward_priority",schemaPath:"spaaza.schema.json/properties/reward_priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs217){
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 < 0 || isNaN(data65)){
validate20.errors = [{instancePath:instancePath+"/spec/reward_priority",schemaPath:"spaaza.schema.json/properties/reward_priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs217 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.max_reward_quantity !== undefined){
let data66 = data17.max_reward_quantity;
const _errs220 = errors;
if((!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))) && (data66 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/max_reward_quantity",schemaPath:"spaaza.schema.json/properties/max_reward_quantity/type",keyword:"type",params:{type: schema49.properties.max_reward_quantity.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs220){
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 < 1 || isNaN(data66)){
validate20.errors = [{instancePath:instancePath+"/spec/max_reward_quantity",schemaPath:"spaaza.schema.json/properties/max_reward_quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs220 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.point_cost !== undefined){
let data67 = data17.point_cost;
const _errs223 = errors;
if((!((typeof data67 == "number") && (isFinite(data67)))) && (data67 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost",schemaPath:"spaaza.schema.json/properties/point_cost/type",keyword:"type",params:{type: schema49.properties.point_cost.type},message:"must be number,null"}];
return false;
}
if(errors === _errs223){
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 0 || isNaN(data67)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost",schemaPath:"spaaza.schema.json/properties/point_cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs223 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.point_cost_method !== undefined){
let data68 = data17.point_cost_method;
const _errs226 = errors;
if((typeof data68 !== "string") && (data68 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost_method",schemaPath:"spaaza.schema.json/properties/point_cost_method/type",keyword:"type",params:{type: schema49.properties.point_cost_method.type},message:"must be string,null"}];
return false;
}
if(errors === _errs226){
if(typeof data68 === "string"){
if(!pattern19.test(data68)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost_method",schemaPath:"spaaza.schema.json/properties/point_cost_method/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\""}];
return false;
}
}
}
var valid26 = _errs226 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.point_cost_method_wallet_campaign_id !== undefined){
let data69 = data17.point_cost_method_wallet_campaign_id;
const _errs230 = errors;
if((!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))) && (data69 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost_method_wallet_campaign_id",schemaPath:"spaaza.schema.json/properties/point_cost_method_wallet_campaign_id/type",keyword:"type",params:{type: schema49.properties.point_cost_method_wallet_campaign_id.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs230){
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 1 || isNaN(data69)){
validate20.errors = [{instancePath:instancePath+"/spec/point_cost_method_wallet_campaign_id",schemaPath:"spaaza.schema.json/properties/point_cost_method_wallet_campaign_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs230 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.minimum_basket_total_value !== undefined){
let data70 = data17.minimum_basket_total_value;
const _errs233 = errors;
if((!((typeof data70 == "number") && (isFinite(data70)))) && (data70 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value/type",keyword:"type",params:{type: schema49.properties.minimum_basket_total_value.type},message:"must be number,null"}];
return false;
}
if(errors === _errs233){
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs233 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.minimum_basket_total_value_earn !== undefined){
let data71 = data17.minimum_basket_total_value_earn;
const _errs235 = errors;
if((!((typeof data71 == "number") && (isFinite(data71)))) && (data71 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value_earn",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value_earn/type",keyword:"type",params:{type: schema49.properties.minimum_basket_total_value_earn.type},message:"must be number,null"}];
return false;
}
if(errors === _errs235){
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 0 || isNaN(data71)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value_earn",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value_earn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs235 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.maximum_basket_total_value_earn !== undefined){
let data72 = data17.maximum_basket_total_value_earn;
const _errs237 = errors;
if((!((typeof data72 == "number") && (isFinite(data72)))) && (data72 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/maximum_basket_total_value_earn",schemaPath:"spaaza.schema.json/properties/maximum_basket_total_value_earn/type",keyword:"type",params:{type: schema49.properties.maximum_basket_total_value_earn.type},message:"must be number,null"}];
return false;
}
if(errors === _errs237){
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 0 || isNaN(data72)){
validate20.errors = [{instancePath:instancePath+"/spec/maximum_basket_total_value_earn",schemaPath:"spaaza.schema.json/properties/maximum_basket_total_value_earn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs237 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.minimum_basket_total_value_spend !== undefined){
let data73 = data17.minimum_basket_total_value_spend;
const _errs239 = errors;
if((!((typeof data73 == "number") && (isFinite(data73)))) && (data73 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value_spend",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value_spend/type",keyword:"type",params:{type: schema49.properties.minimum_basket_total_value_spend.type},message:"must be number,null"}];
return false;
}
if(errors === _errs239){
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 < 0 || isNaN(data73)){
validate20.errors = [{instancePath:instancePath+"/spec/minimum_basket_total_value_spend",schemaPath:"spaaza.schema.json/properties/minimum_basket_total_value_spend/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs239 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.maximum_basket_total_value_spend !== undefined){
let data74 = data17.maximum_basket_total_value_spend;
const _errs241 = errors;
if((!((typeof data74 == "number") && (isFinite(data74)))) && (data74 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/maximum_basket_total_value_spend",schemaPath:"spaaza.schema.json/properties/maximum_basket_total_value_spend/type",keyword:"type",params:{type: schema49.properties.maximum_basket_total_value_spend.type},message:"must be number,null"}];
return false;
}
if(errors === _errs241){
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
validate20.errors = [{instancePath:instancePath+"/spec/maximum_basket_total_value_spend",schemaPath:"spaaza.schema.json/properties/maximum_basket_total_value_spend/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs241 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.redemption_grace_period !== undefined){
let data75 = data17.redemption_grace_period;
const _errs243 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
validate20.errors = [{instancePath:instancePath+"/spec/redemption_grace_period",schemaPath:"spaaza.schema.json/properties/redemption_grace_period/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs243){
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
validate20.errors = [{instancePath:instancePath+"/spec/redemption_grace_period",schemaPath:"spaaza.schema.json/properties/redemption_grace_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid26 = _errs243 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.earn_on_promotional_items !== undefined){
const _errs246 = errors;
if(typeof data17.earn_on_promotional_items !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/earn_on_promotional_items",schemaPath:"spaaza.schema.json/properties/earn_on_promotional_items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs246 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.return_reclaims_earned_rewards !== undefined){
const _errs249 = errors;
if(typeof data17.return_reclaims_earned_rewards !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/return_reclaims_earned_rewards",schemaPath:"spaaza.schema.json/properties/return_reclaims_earned_rewards/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs249 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.excludes_assignment_matches !== undefined){
const _errs252 = errors;
if(typeof data17.excludes_assignment_matches !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/excludes_assignment_matches",schemaPath:"spaaza.schema.json/properties/excludes_assignment_matches/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs252 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.excludes_referred_users !== undefined){
const _errs255 = errors;
if(typeof data17.excludes_referred_users !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/excludes_referred_users",schemaPath:"spaaza.schema.json/properties/excludes_referred_users/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs255 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.user_segment_id !== undefined){
let data80 = data17.user_segment_id;
const _errs258 = errors;
if((!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))) && (data80 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/user_segment_id",schemaPath:"spaaza.schema.json/properties/user_segment_id/type",keyword:"type",params:{type: schema49.properties.user_segment_id.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs258){
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 1 || isNaN(data80)){
validate20.errors = [{instancePath:instancePath+"/spec/user_segment_id",schemaPath:"spaaza.schema.json/properties/user_segment_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs258 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.excluded_user_segment_id !== undefined){
let data81 = data17.excluded_user_segment_id;
const _errs260 = errors;
if((!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))) && (data81 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/excluded_user_segment_id",schemaPath:"spaaza.schema.json/properties/excluded_user_segment_id/type",keyword:"type",params:{type: schema49.properties.excluded_user_segment_id.type},message:"must be integer,null"}];
return false;
}
if(errors === _errs260){
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 < 1 || isNaN(data81)){
validate20.errors = [{instancePath:instancePath+"/spec/excluded_user_segment_id",schemaPath:"spaaza.schema.json/properties/excluded_user_segment_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid26 = _errs260 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.visible_to_all_user_segments !== undefined){
const _errs262 = errors;
if(typeof data17.visible_to_all_user_segments !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/spec/visible_to_all_user_segments",schemaPath:"spaaza.schema.json/properties/visible_to_all_user_segments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid26 = _errs262 === errors;
}
else {
var valid26 = true;
}
if(valid26){
if(data17.owner_code !== undefined){
let data83 = data17.owner_code;
const _errs264 = errors;
if((typeof data83 !== "string") && (data83 !== null)){
validate20.errors = [{instancePath:instancePath+"/spec/owner_code",schemaPath:"spaaza.schema.json/properties/owner_code/type",keyword:"type",params:{type: schema49.properties.owner_code.type},message:"must be string,null"}];
return false;
}
if(errors === _errs264){
if(typeof data83 === "string"){
if(func2(data83) < 1){
validate20.errors = [{instancePath:instancePath+"/spec/owner_code",schemaPath:"spaaza.schema.json/properties/owner_code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
var valid26 = _errs264 === errors;
}
else {
var valid26 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"spaaza.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs69 === errors;
}
else {
var valid15 = true;
}
}
}
var _valid3 = _errs64 === errors;
valid13 = _valid3;
if(valid13){
var props6 = {};
props6.id = true;
props6.spec = true;
props6.provider = true;
}
}
if(!valid13){
const err19 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs60 === errors;
if(valid0){
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs267 = errors;
const _errs268 = errors;
let valid37 = true;
const _errs269 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.provider === undefined) && (missing7 = "provider")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.provider !== undefined){
if("topsort" !== data.provider){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid7 = _errs269 === errors;
errors = _errs268;
if(vErrors !== null){
if(_errs268){
vErrors.length = _errs268;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs271 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data85 = data.id;
const _errs272 = errors;
if(errors === _errs272){
if(errors === _errs272){
if(typeof data85 === "string"){
if(!(formats0.test(data85))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/4/then/properties/id/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/allOf/4/then/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid39 = _errs272 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data.spec !== undefined){
const _errs275 = errors;
if(!(validate30(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid39 = _errs275 === errors;
}
else {
var valid39 = true;
}
}
}
var _valid7 = _errs271 === errors;
valid37 = _valid7;
if(valid37){
var props7 = {};
props7.id = true;
props7.spec = true;
props7.provider = true;
}
}
if(!valid37){
const err22 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate20.errors = vErrors;
return false;
}
var valid0 = _errs267 === errors;
if(valid0){
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((((data.provider === undefined) && (missing8 = "provider")) || ((data.account === undefined) && (missing8 = "account"))) || ((data.id === undefined) && (missing8 = "id"))) || ((data.spec === undefined) && (missing8 = "spec"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs276 = errors;
for(const key2 in data){
if(!(((((key2 === "provider") || (key2 === "account")) || (key2 === "id")) || (key2 === "spec")) || (key2 === "ignore"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs276 === errors){
if(data.provider !== undefined){
let data87 = data.provider;
const _errs277 = errors;
if(!(((((data87 === "masivo") || (data87 === "voucherify")) || (data87 === "lula")) || (data87 === "spaaza")) || (data87 === "topsort"))){
validate20.errors = [{instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.provider.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid40 = _errs277 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data.account !== undefined){
let data88 = data.account;
const _errs278 = errors;
if(errors === _errs278){
if(typeof data88 === "string"){
if(func2(data88) < 1){
validate20.errors = [{instancePath:instancePath+"/account",schemaPath:"#/properties/account/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs278 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data.id !== undefined){
let data89 = data.id;
const _errs280 = errors;
if((typeof data89 !== "string") && (!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89))))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema31.properties.id.type},message:"must be string,integer"}];
return false;
}
var valid40 = _errs280 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data.spec !== undefined){
let data90 = data.spec;
const _errs282 = errors;
if(!(data90 && typeof data90 == "object" && !Array.isArray(data90))){
validate20.errors = [{instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid40 = _errs282 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data.ignore !== undefined){
let data91 = data.ignore;
const _errs284 = errors;
const _errs285 = errors;
if(errors === _errs285){
if(Array.isArray(data91)){
var valid42 = true;
const len5 = data91.length;
for(let i10=0; i10<len5; i10++){
let data92 = data91[i10];
const _errs287 = errors;
if(errors === _errs287){
if(typeof data92 === "string"){
if(!pattern33.test(data92)){
validate20.errors = [{instancePath:instancePath+"/ignore/" + i10,schemaPath:"config.schema.json#/$defs/ignore/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$"},message:"must match pattern \""+"^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/ignore/" + i10,schemaPath:"config.schema.json#/$defs/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs287 === errors;
if(!valid42){
break;
}
}
if(valid42){
let i11 = data91.length;
let j5;
if(i11 > 1){
const indices5 = {};
for(;i11--;){
let item5 = data91[i11];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
validate20.errors = [{instancePath:instancePath+"/ignore",schemaPath:"config.schema.json#/$defs/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)"}];
return false;
break;
}
indices5[item5] = i11;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/ignore",schemaPath:"config.schema.json#/$defs/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid40 = _errs284 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate32;
const schema53 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://campaignctl.dev/schemas/config.schema.json","title":"campaignctl configuration","description":"campaignctl.yaml: the vendor accounts campaigns are reconciled against.","type":"object","x-hint":"the file is one mapping with `accounts:` and, under it, one entry per account","additionalProperties":false,"required":["accounts"],"properties":{"accounts":{"type":"object","description":"Accounts by name; campaign files refer to them with `account:`.","minProperties":1,"x-hint":"declare at least one account, e.g. `shop-eu: { provider: voucherify, endpoint: sandbox }`","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-message":"an account name may hold letters, digits, `_`, `.` and `-`, and starts with a letter or digit","x-hint":"rename the account, e.g. `shop-eu`, and use that name in the campaign files"},"additionalProperties":{"$ref":"#/$defs/account"}}},"$defs":{"envRef":{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable holding the value.","x-message":"`env` must name an environment variable (letters, digits and underscore, not starting with a digit)","x-hint":"e.g. `{ env: TOPSORT_API_KEY }`"}},"description":"Where a credential comes from: the name of an environment variable, never the value itself.","x-message":"a credential must be `{ env: NAME }`, the environment variable that holds it, never the value itself","x-hint":"write e.g. `api_key: { env: TOPSORT_API_KEY }` and export TOPSORT_API_KEY; if a secret was written here, rotate it"},"account":{"type":"object","required":["provider","endpoint"],"description":"One vendor account.","properties":{"provider":{"enum":["masivo","voucherify","lula","spaaza","topsort"],"description":"The vendor this account belongs to."},"endpoint":{"type":"string","description":"The vendor API base URL (https; plain http only on loopback), or `sandbox` for the embedded local fake.","anyOf":[{"const":"sandbox"},{"type":"string","format":"uri","pattern":"^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?)(/[^?#\\s]*)?$"}],"x-message":"`endpoint` must be `sandbox` or an https URL such as https://api.topsort.com, with no user or password in it (plain http only on 127.0.0.1, localhost or [::1])","x-hint":"real vendor APIs are reached over https; use `sandbox` to rehearse locally"},"credentials":{"type":"object","description":"Names of the environment variables holding the credentials; never the values.","additionalProperties":{"$ref":"#/$defs/envRef"},"x-message":"`credentials` maps each credential key to `{ env: NAME }`, the environment variable that holds it, never to a value","x-hint":"write e.g. `credentials: { api_key: { env: TOPSORT_API_KEY } }`; if a secret was written here, rotate it"},"concurrency":{"type":"integer","minimum":1,"maximum":64,"description":"Parallel requests to this account (default 8)."},"rate_limit":{"type":"number","exclusiveMinimum":0,"maximum":10000,"description":"Requests per second to this account; when absent, the pace is learnt from the vendor's answers."},"ignore":{"$ref":"#/$defs/ignore"}},"allOf":[{"if":{"required":["provider"],"properties":{"provider":{"const":"masivo"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["api_key"],"properties":{"api_key":{"$ref":"#/$defs/envRef","description":"The API key, from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a masivo account"}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"voucherify"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["app_id","app_token"],"properties":{"app_id":{"$ref":"#/$defs/envRef","description":"The application id (X-App-Id), from an environment variable."},"app_token":{"$ref":"#/$defs/envRef","description":"The secret key (X-App-Token), from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a voucherify account"}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"lula"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["token"],"properties":{"token":{"$ref":"#/$defs/envRef","description":"The bearer token, from an environment variable."}}},"company_id":{"type":"string","pattern":"^[0-9]+$","description":"The Lula company whose campaigns this account manages (digits, quoted).","x-message":"`company_id` must be a string of digits, quoted, e.g. \"1042\""}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore","company_id"],"x-message":"unknown setting for a lula account"},"required":["company_id"]}},{"if":{"required":["provider"],"properties":{"provider":{"const":"spaaza"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["session_user_id","session_key"],"properties":{"session_user_id":{"$ref":"#/$defs/envRef","description":"The admin session user id (X-Spaaza-Session-User-Id), from an environment variable."},"session_key":{"$ref":"#/$defs/envRef","description":"The admin session key (X-Spaaza-Session-Key), from an environment variable."}}},"chain_id":{"type":"integer","minimum":1,"description":"The Spaaza retail chain whose campaigns this account manages."},"api_version":{"type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$","description":"Pinned X-Spaaza-API-Version (semver), e.g. 1.6.3."},"app_hostname":{"type":"string","minLength":1,"description":"Sent as X-Spaaza-MyPrice-App-Hostname where the chain needs it."}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore","chain_id","api_version","app_hostname"],"x-message":"unknown setting for a spaaza account"},"required":["chain_id"]}},{"if":{"required":["provider"],"properties":{"provider":{"const":"topsort"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["api_key"],"properties":{"api_key":{"$ref":"#/$defs/envRef","description":"The API key, from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a topsort account"}}},{"if":{"required":["endpoint"],"properties":{"endpoint":{"not":{"const":"sandbox"}}}},"then":{"required":["credentials"]}}]},"ignore":{"type":"array","description":"Spec paths never compared nor written, e.g. a field a dashboard user owns (budget.amount, rules[0]).","items":{"type":"string","pattern":"^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$","x-message":"an `ignore` entry must be a dotted field path such as `budget.amount` or `rules[0].effects`"},"uniqueItems":true}}};
const pattern21 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const schema54 = {"type":"object","required":["provider","endpoint"],"description":"One vendor account.","properties":{"provider":{"enum":["masivo","voucherify","lula","spaaza","topsort"],"description":"The vendor this account belongs to."},"endpoint":{"type":"string","description":"The vendor API base URL (https; plain http only on loopback), or `sandbox` for the embedded local fake.","anyOf":[{"const":"sandbox"},{"type":"string","format":"uri","pattern":"^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?)(/[^?#\\s]*)?$"}],"x-message":"`endpoint` must be `sandbox` or an https URL such as https://api.topsort.com, with no user or password in it (plain http only on 127.0.0.1, localhost or [::1])","x-hint":"real vendor APIs are reached over https; use `sandbox` to rehearse locally"},"credentials":{"type":"object","description":"Names of the environment variables holding the credentials; never the values.","additionalProperties":{"$ref":"#/$defs/envRef"},"x-message":"`credentials` maps each credential key to `{ env: NAME }`, the environment variable that holds it, never to a value","x-hint":"write e.g. `credentials: { api_key: { env: TOPSORT_API_KEY } }`; if a secret was written here, rotate it"},"concurrency":{"type":"integer","minimum":1,"maximum":64,"description":"Parallel requests to this account (default 8)."},"rate_limit":{"type":"number","exclusiveMinimum":0,"maximum":10000,"description":"Requests per second to this account; when absent, the pace is learnt from the vendor's answers."},"ignore":{"$ref":"#/$defs/ignore"}},"allOf":[{"if":{"required":["provider"],"properties":{"provider":{"const":"masivo"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["api_key"],"properties":{"api_key":{"$ref":"#/$defs/envRef","description":"The API key, from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a masivo account"}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"voucherify"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["app_id","app_token"],"properties":{"app_id":{"$ref":"#/$defs/envRef","description":"The application id (X-App-Id), from an environment variable."},"app_token":{"$ref":"#/$defs/envRef","description":"The secret key (X-App-Token), from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a voucherify account"}}},{"if":{"required":["provider"],"properties":{"provider":{"const":"lula"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["token"],"properties":{"token":{"$ref":"#/$defs/envRef","description":"The bearer token, from an environment variable."}}},"company_id":{"type":"string","pattern":"^[0-9]+$","description":"The Lula company whose campaigns this account manages (digits, quoted).","x-message":"`company_id` must be a string of digits, quoted, e.g. \"1042\""}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore","company_id"],"x-message":"unknown setting for a lula account"},"required":["company_id"]}},{"if":{"required":["provider"],"properties":{"provider":{"const":"spaaza"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["session_user_id","session_key"],"properties":{"session_user_id":{"$ref":"#/$defs/envRef","description":"The admin session user id (X-Spaaza-Session-User-Id), from an environment variable."},"session_key":{"$ref":"#/$defs/envRef","description":"The admin session key (X-Spaaza-Session-Key), from an environment variable."}}},"chain_id":{"type":"integer","minimum":1,"description":"The Spaaza retail chain whose campaigns this account manages."},"api_version":{"type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$","description":"Pinned X-Spaaza-API-Version (semver), e.g. 1.6.3."},"app_hostname":{"type":"string","minLength":1,"description":"Sent as X-Spaaza-MyPrice-App-Hostname where the chain needs it."}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore","chain_id","api_version","app_hostname"],"x-message":"unknown setting for a spaaza account"},"required":["chain_id"]}},{"if":{"required":["provider"],"properties":{"provider":{"const":"topsort"}}},"then":{"properties":{"credentials":{"type":"object","additionalProperties":false,"required":["api_key"],"properties":{"api_key":{"$ref":"#/$defs/envRef","description":"The API key, from an environment variable."}}}},"propertyNames":{"enum":["provider","endpoint","credentials","concurrency","rate_limit","ignore"],"x-message":"unknown setting for a topsort account"}}},{"if":{"required":["endpoint"],"properties":{"endpoint":{"not":{"const":"sandbox"}}}},"then":{"required":["credentials"]}}]};
const schema55 = {"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of the environment variable holding the value.","x-message":"`env` must name an environment variable (letters, digits and underscore, not starting with a digit)","x-hint":"e.g. `{ env: TOPSORT_API_KEY }`"}},"description":"Where a credential comes from: the name of an environment variable, never the value itself.","x-message":"a credential must be `{ env: NAME }`, the environment variable that holds it, never the value itself","x-hint":"write e.g. `api_key: { env: TOPSORT_API_KEY }` and export TOPSORT_API_KEY; if a secret was written here, rotate it"};
const pattern22 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern29 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern31 = new RegExp("^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?)(/[^?#\\s]*)?$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.provider === undefined) && (missing0 = "provider")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.provider !== undefined){
if("masivo" !== data.provider){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs6 = errors;
if(!((((((key0 === "provider") || (key0 === "endpoint")) || (key0 === "credentials")) || (key0 === "concurrency")) || (key0 === "rate_limit")) || (key0 === "ignore"))){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/propertyNames/enum",keyword:"enum",params:{allowedValues: schema54.allOf[0].then.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs6 === errors;
if(!valid3){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate33.errors = vErrors;
return false;
break;
}
}
if(valid3){
if(data.credentials !== undefined){
let data1 = data.credentials;
const _errs8 = errors;
if(errors === _errs8){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.api_key === undefined) && (missing1 = "api_key")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/0/then/properties/credentials/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data1){
if(!(key1 === "api_key")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/0/then/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data1.api_key !== undefined){
let data2 = data1.api_key;
const _errs12 = errors;
if(errors === _errs12){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.env === undefined) && (missing2 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs16 = errors;
for(const key2 in data2){
if(!(key2 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs16 === errors){
if(data2.env !== undefined){
let data3 = data2.env;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data3 === "string"){
if(!pattern22.test(data3)){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/api_key/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/0/then/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.credentials = true;
props0.provider = true;
}
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs21 = errors;
const _errs22 = errors;
let valid8 = true;
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.provider === undefined) && (missing3 = "provider")){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(data.provider !== undefined){
if("voucherify" !== data.provider){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
var _valid1 = _errs23 === errors;
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key3 in data){
const _errs26 = errors;
if(!((((((key3 === "provider") || (key3 === "endpoint")) || (key3 === "credentials")) || (key3 === "concurrency")) || (key3 === "rate_limit")) || (key3 === "ignore"))){
const err7 = {instancePath,schemaPath:"#/allOf/1/then/propertyNames/enum",keyword:"enum",params:{allowedValues: schema54.allOf[1].then.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid10 = _errs26 === errors;
if(!valid10){
const err8 = {instancePath,schemaPath:"#/allOf/1/then/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate33.errors = vErrors;
return false;
break;
}
}
if(valid10){
if(data.credentials !== undefined){
let data5 = data.credentials;
const _errs28 = errors;
if(errors === _errs28){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing4;
if(((data5.app_id === undefined) && (missing4 = "app_id")) || ((data5.app_token === undefined) && (missing4 = "app_token"))){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/1/then/properties/credentials/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs30 = errors;
for(const key4 in data5){
if(!((key4 === "app_id") || (key4 === "app_token"))){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/1/then/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data5.app_id !== undefined){
let data6 = data5.app_id;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing5;
if((data6.env === undefined) && (missing5 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/app_id",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key5 in data6){
if(!(key5 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/app_id",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data6.env !== undefined){
let data7 = data6.env;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data7 === "string"){
if(!pattern22.test(data7)){
validate33.errors = [{instancePath:instancePath+"/credentials/app_id/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/app_id/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/app_id",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs31 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data5.app_token !== undefined){
let data8 = data5.app_token;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing6;
if((data8.env === undefined) && (missing6 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/app_token",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs46 = errors;
for(const key6 in data8){
if(!(key6 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/app_token",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs46 === errors){
if(data8.env !== undefined){
let data9 = data8.env;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data9 === "string"){
if(!pattern22.test(data9)){
validate33.errors = [{instancePath:instancePath+"/credentials/app_token/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/app_token/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/app_token",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs41 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/1/then/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
var _valid1 = _errs25 === errors;
valid8 = _valid1;
if(valid8){
var props1 = {};
props1.credentials = true;
props1.provider = true;
}
}
if(!valid8){
const err9 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs21 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs51 = errors;
const _errs52 = errors;
let valid17 = true;
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.provider === undefined) && (missing7 = "provider")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
if(data.provider !== undefined){
if("lula" !== data.provider){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
var _valid2 = _errs53 === errors;
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs55 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.company_id === undefined) && (missing8 = "company_id")){
validate33.errors = [{instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
for(const key7 in data){
const _errs56 = errors;
if(!(((((((key7 === "provider") || (key7 === "endpoint")) || (key7 === "credentials")) || (key7 === "concurrency")) || (key7 === "rate_limit")) || (key7 === "ignore")) || (key7 === "company_id"))){
const err12 = {instancePath,schemaPath:"#/allOf/2/then/propertyNames/enum",keyword:"enum",params:{allowedValues: schema54.allOf[2].then.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid19 = _errs56 === errors;
if(!valid19){
const err13 = {instancePath,schemaPath:"#/allOf/2/then/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate33.errors = vErrors;
return false;
break;
}
}
if(valid19){
if(data.credentials !== undefined){
let data11 = data.credentials;
const _errs58 = errors;
if(errors === _errs58){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing9;
if((data11.token === undefined) && (missing9 = "token")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/2/then/properties/credentials/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs60 = errors;
for(const key8 in data11){
if(!(key8 === "token")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/2/then/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs60 === errors){
if(data11.token !== undefined){
let data12 = data11.token;
const _errs62 = errors;
if(errors === _errs62){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing10;
if((data12.env === undefined) && (missing10 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/token",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs66 = errors;
for(const key9 in data12){
if(!(key9 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/token",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs66 === errors){
if(data12.env !== undefined){
let data13 = data12.env;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data13 === "string"){
if(!pattern22.test(data13)){
validate33.errors = [{instancePath:instancePath+"/credentials/token/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/token/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/token",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/2/then/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid20 = _errs58 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.company_id !== undefined){
let data14 = data.company_id;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data14 === "string"){
if(!pattern11.test(data14)){
validate33.errors = [{instancePath:instancePath+"/company_id",schemaPath:"#/allOf/2/then/properties/company_id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/company_id",schemaPath:"#/allOf/2/then/properties/company_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs71 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
var _valid2 = _errs55 === errors;
valid17 = _valid2;
if(valid17){
var props2 = {};
props2.credentials = true;
props2.company_id = true;
props2.provider = true;
}
}
if(!valid17){
const err14 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs51 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs74 = errors;
const _errs75 = errors;
let valid24 = true;
const _errs76 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.provider === undefined) && (missing11 = "provider")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
if(data.provider !== undefined){
if("spaaza" !== data.provider){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
var _valid3 = _errs76 === errors;
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs78 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.chain_id === undefined) && (missing12 = "chain_id")){
validate33.errors = [{instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];
return false;
}
else {
for(const key10 in data){
const _errs79 = errors;
if(!(((((((((key10 === "provider") || (key10 === "endpoint")) || (key10 === "credentials")) || (key10 === "concurrency")) || (key10 === "rate_limit")) || (key10 === "ignore")) || (key10 === "chain_id")) || (key10 === "api_version")) || (key10 === "app_hostname"))){
const err17 = {instancePath,schemaPath:"#/allOf/3/then/propertyNames/enum",keyword:"enum",params:{allowedValues: schema54.allOf[3].then.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid26 = _errs79 === errors;
if(!valid26){
const err18 = {instancePath,schemaPath:"#/allOf/3/then/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate33.errors = vErrors;
return false;
break;
}
}
if(valid26){
if(data.credentials !== undefined){
let data16 = data.credentials;
const _errs81 = errors;
if(errors === _errs81){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing13;
if(((data16.session_user_id === undefined) && (missing13 = "session_user_id")) || ((data16.session_key === undefined) && (missing13 = "session_key"))){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/3/then/properties/credentials/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"}];
return false;
}
else {
const _errs83 = errors;
for(const key11 in data16){
if(!((key11 === "session_user_id") || (key11 === "session_key"))){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/3/then/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs83 === errors){
if(data16.session_user_id !== undefined){
let data17 = data16.session_user_id;
const _errs84 = errors;
const _errs85 = errors;
if(errors === _errs85){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing14;
if((data17.env === undefined) && (missing14 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/session_user_id",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"}];
return false;
}
else {
const _errs89 = errors;
for(const key12 in data17){
if(!(key12 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/session_user_id",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs89 === errors){
if(data17.env !== undefined){
let data18 = data17.env;
const _errs90 = errors;
if(errors === _errs90){
if(typeof data18 === "string"){
if(!pattern22.test(data18)){
validate33.errors = [{instancePath:instancePath+"/credentials/session_user_id/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/session_user_id/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/session_user_id",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs84 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data16.session_key !== undefined){
let data19 = data16.session_key;
const _errs94 = errors;
const _errs95 = errors;
if(errors === _errs95){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing15;
if((data19.env === undefined) && (missing15 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/session_key",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];
return false;
}
else {
const _errs99 = errors;
for(const key13 in data19){
if(!(key13 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/session_key",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs99 === errors){
if(data19.env !== undefined){
let data20 = data19.env;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data20 === "string"){
if(!pattern22.test(data20)){
validate33.errors = [{instancePath:instancePath+"/credentials/session_key/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/session_key/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/session_key",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid28 = _errs94 === errors;
}
else {
var valid28 = true;
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/3/then/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid27 = _errs81 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.chain_id !== undefined){
let data21 = data.chain_id;
const _errs104 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate33.errors = [{instancePath:instancePath+"/chain_id",schemaPath:"#/allOf/3/then/properties/chain_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs104){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
validate33.errors = [{instancePath:instancePath+"/chain_id",schemaPath:"#/allOf/3/then/properties/chain_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid27 = _errs104 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.api_version !== undefined){
let data22 = data.api_version;
const _errs106 = errors;
if(errors === _errs106){
if(typeof data22 === "string"){
if(!pattern29.test(data22)){
validate33.errors = [{instancePath:instancePath+"/api_version",schemaPath:"#/allOf/3/then/properties/api_version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/api_version",schemaPath:"#/allOf/3/then/properties/api_version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs106 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.app_hostname !== undefined){
let data23 = data.app_hostname;
const _errs108 = errors;
if(errors === _errs108){
if(typeof data23 === "string"){
if(func2(data23) < 1){
validate33.errors = [{instancePath:instancePath+"/app_hostname",schemaPath:"#/allOf/3/then/properties/app_hostname/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/app_hostname",schemaPath:"#/allOf/3/then/properties/app_hostname/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs108 === errors;
}
else {
var valid27 = true;
}
}
}
}
}
}
}
var _valid3 = _errs78 === errors;
valid24 = _valid3;
if(valid24){
var props3 = {};
props3.credentials = true;
props3.chain_id = true;
props3.api_version = true;
props3.app_hostname = true;
props3.provider = true;
}
}
if(!valid24){
const err19 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs74 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs110 = errors;
const _errs111 = errors;
let valid33 = true;
const _errs112 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.provider === undefined) && (missing16 = "provider")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.provider !== undefined){
if("topsort" !== data.provider){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid4 = _errs112 === errors;
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs114 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key14 in data){
const _errs115 = errors;
if(!((((((key14 === "provider") || (key14 === "endpoint")) || (key14 === "credentials")) || (key14 === "concurrency")) || (key14 === "rate_limit")) || (key14 === "ignore"))){
const err22 = {instancePath,schemaPath:"#/allOf/4/then/propertyNames/enum",keyword:"enum",params:{allowedValues: schema54.allOf[4].then.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid35 = _errs115 === errors;
if(!valid35){
const err23 = {instancePath,schemaPath:"#/allOf/4/then/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate33.errors = vErrors;
return false;
break;
}
}
if(valid35){
if(data.credentials !== undefined){
let data25 = data.credentials;
const _errs117 = errors;
if(errors === _errs117){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing17;
if((data25.api_key === undefined) && (missing17 = "api_key")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/4/then/properties/credentials/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"}];
return false;
}
else {
const _errs119 = errors;
for(const key15 in data25){
if(!(key15 === "api_key")){
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/4/then/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs119 === errors){
if(data25.api_key !== undefined){
let data26 = data25.api_key;
const _errs121 = errors;
if(errors === _errs121){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing18;
if((data26.env === undefined) && (missing18 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"}];
return false;
}
else {
const _errs125 = errors;
for(const key16 in data26){
if(!(key16 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs125 === errors){
if(data26.env !== undefined){
let data27 = data26.env;
const _errs126 = errors;
if(errors === _errs126){
if(typeof data27 === "string"){
if(!pattern22.test(data27)){
validate33.errors = [{instancePath:instancePath+"/credentials/api_key/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/api_key/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/api_key",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/allOf/4/then/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
var _valid4 = _errs114 === errors;
valid33 = _valid4;
if(valid33){
var props4 = {};
props4.credentials = true;
props4.provider = true;
}
}
if(!valid33){
const err24 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs110 === errors;
if(valid0){
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs130 = errors;
const _errs131 = errors;
let valid40 = true;
const _errs132 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.endpoint === undefined) && (missing19 = "endpoint")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data.endpoint !== undefined){
const _errs134 = errors;
const _errs135 = errors;
if("sandbox" !== data.endpoint){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid42 = _errs135 === errors;
if(valid42){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid5 = _errs132 === errors;
errors = _errs131;
if(vErrors !== null){
if(_errs131){
vErrors.length = _errs131;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs136 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.credentials === undefined) && (missing20 = "credentials")){
validate33.errors = [{instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];
return false;
}
}
var _valid5 = _errs136 === errors;
valid40 = _valid5;
}
if(!valid40){
const err28 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
validate33.errors = vErrors;
return false;
}
var valid0 = _errs130 === errors;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.endpoint = true;
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if(((data.provider === undefined) && (missing21 = "provider")) || ((data.endpoint === undefined) && (missing21 = "endpoint"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.provider = true;
props0.endpoint = true;
props0.credentials = true;
props0.concurrency = true;
props0.rate_limit = true;
props0.ignore = true;
}
if(data.provider !== undefined){
let data29 = data.provider;
const _errs137 = errors;
if(!(((((data29 === "masivo") || (data29 === "voucherify")) || (data29 === "lula")) || (data29 === "spaaza")) || (data29 === "topsort"))){
validate33.errors = [{instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema54.properties.provider.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid43 = _errs137 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data.endpoint !== undefined){
let data30 = data.endpoint;
const _errs138 = errors;
if(typeof data30 !== "string"){
validate33.errors = [{instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
const _errs140 = errors;
let valid44 = false;
const _errs141 = errors;
if("sandbox" !== data30){
const err29 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/anyOf/0/const",keyword:"const",params:{allowedValue: "sandbox"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid6 = _errs141 === errors;
valid44 = valid44 || _valid6;
const _errs142 = errors;
if(errors === _errs142){
if(errors === _errs142){
if(typeof data30 === "string"){
if(!pattern31.test(data30)){
const err30 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?)(/[^?#\\s]*)?$"},message:"must match pattern \""+"^(https://[^/?#@\\s]+|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?)(/[^?#\\s]*)?$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(!(formats30(data30))){
const err31 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/anyOf/1/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var _valid6 = _errs142 === errors;
valid44 = valid44 || _valid6;
if(!valid44){
const err33 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
}
var valid43 = _errs138 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data.credentials !== undefined){
let data31 = data.credentials;
const _errs146 = errors;
if(errors === _errs146){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key17 in data31){
let data32 = data31[key17];
const _errs151 = errors;
const _errs152 = errors;
if(errors === _errs152){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing22;
if((data32.env === undefined) && (missing22 = "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];
return false;
}
else {
const _errs156 = errors;
for(const key18 in data32){
if(!(key18 === "env")){
validate33.errors = [{instancePath:instancePath+"/credentials/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs156 === errors){
if(data32.env !== undefined){
let data33 = data32.env;
const _errs157 = errors;
if(errors === _errs157){
if(typeof data33 === "string"){
if(!pattern22.test(data33)){
validate33.errors = [{instancePath:instancePath+"/credentials/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/$defs/envRef/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/env",schemaPath:"#/$defs/envRef/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid45 = _errs151 === errors;
if(!valid45){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid43 = _errs146 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data.concurrency !== undefined){
let data34 = data.concurrency;
const _errs161 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate33.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs161){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 64 || isNaN(data34)){
validate33.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"}];
return false;
}
else {
if(data34 < 1 || isNaN(data34)){
validate33.errors = [{instancePath:instancePath+"/concurrency",schemaPath:"#/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid43 = _errs161 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data.rate_limit !== undefined){
let data35 = data.rate_limit;
const _errs163 = errors;
if(errors === _errs163){
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 10000 || isNaN(data35)){
validate33.errors = [{instancePath:instancePath+"/rate_limit",schemaPath:"#/properties/rate_limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data35 <= 0 || isNaN(data35)){
validate33.errors = [{instancePath:instancePath+"/rate_limit",schemaPath:"#/properties/rate_limit/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/rate_limit",schemaPath:"#/properties/rate_limit/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid43 = _errs163 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data.ignore !== undefined){
let data36 = data.ignore;
const _errs165 = errors;
const _errs166 = errors;
if(errors === _errs166){
if(Array.isArray(data36)){
var valid49 = true;
const len0 = data36.length;
for(let i0=0; i0<len0; i0++){
let data37 = data36[i0];
const _errs168 = errors;
if(errors === _errs168){
if(typeof data37 === "string"){
if(!pattern33.test(data37)){
validate33.errors = [{instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/ignore/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$"},message:"must match pattern \""+"^[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*(\\.[A-Za-z_$][A-Za-z0-9_$-]*(\\[[0-9]+\\])*)*$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/ignore/" + i0,schemaPath:"#/$defs/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid49 = _errs168 === errors;
if(!valid49){
break;
}
}
if(valid49){
let i1 = data36.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data36[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate33.errors = [{instancePath:instancePath+"/ignore",schemaPath:"#/$defs/ignore/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/ignore",schemaPath:"#/$defs/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid43 = _errs165 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://campaignctl.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.accounts === undefined) && (missing0 = "accounts")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "accounts")){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.accounts !== undefined){
let data0 = data.accounts;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
validate32.errors = [{instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
for(const key1 in data0){
const _errs6 = errors;
if(errors === _errs6){
if(typeof key1 === "string"){
if(!pattern21.test(key1)){
const err0 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err1 = {instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate32.errors = vErrors;
return false;
break;
}
}
if(valid1){
for(const key2 in data0){
const _errs10 = errors;
if(!(validate33(data0[key2], {instancePath:instancePath+"/accounts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/accounts",schemaPath:"#/properties/accounts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


/** The digest (schemaDigest) of the schemas these were compiled from. */
export const PRECOMPILED_DIGEST: string = 'da5e3c36d26ff2445acbbafe10007333ba387e163fb3062105d4ea678488857c';

/** Schema file → whether a value is valid. */
export const precompiledValidators: Readonly<Record<string, (value: unknown) => boolean>> = {
  'campaign-file.schema.json': campaignFile,
  'config.schema.json': config,
};
