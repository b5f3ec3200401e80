/* Generated from schemas/lula.schema.json by `npm run generate`. Do not edit. */

/**
 * The managed fields of a Lula Commerce (stores-service) campaign, named as the update call names them.
 */
export interface LulaSpec {
  /**
   * Campaign name shown to stores and customers; at most 200 characters, unique within the company.
   */
  name?: string;
  /**
   * Longer campaign text shown with the campaign; at most 1000 characters, basic formatting allowed.
   */
  description?: string;
  /**
   * Internal tracking key for integrations: letters, digits and underscores only, unique across all campaigns. Never returned on read.
   */
  campaign_identifier?: string;
  /**
   * When the campaign starts, as an ISO-8601 date-time with a time zone. Lula reads back only the day (start_date).
   */
  starts_at?: string;
  /**
   * When the campaign ends, as an ISO-8601 date-time with a time zone; must be after starts_at. Lula reads back only the day (end_date).
   */
  ends_at?: string;
  /**
   * Campaign status. `active`/`inactive` switch a campaign on or off; `scheduled` and `expired` must agree with the dates.
   */
  status?: 'active' | 'inactive' | 'scheduled' | 'expired';
}
