/**
 * What a vendor's fields mean to someone reviewing a plan: which one names the campaign, which
 * are budgets (in what unit, currency and period), which hold the schedule and the on/off switch,
 * and how a live campaign tells whether it is running and what it has spent. The engine judges
 * guardrails (a budget raised past a limit, a running campaign's dates moved, a campaign switched
 * on) and the renderers show a plan people can read only through these declarations, so neither
 * names a vendor or a vendor's field.
 *
 * A role the vendor has no field for is left out, never approximated: a vendor without a budget
 * declares no `spend`, a budget whose currency the vendor does not state declares no `currency`,
 * and a vendor that reports no spend declares no `spentSoFar`. docs/roles.md lists each vendor's.
 *
 * Paths are spec paths in the form plan changes name them (`budget.amount`), read from a spec in
 * the provider's canonical form: `runtime.canonical(desired)` for the desired side (so implied
 * values count: Masivo's `withoutEndDate: true` is `end_date: null`) and `runtime.toSpec(live.raw)`
 * for the live side. role-values.ts reads them. Readers of the live object (`read`, `spentSoFar`,
 * `status`) are plain functions: no I/O, and they never throw.
 */
import type { Precision } from './kit/instants.js';
import type { LiveCampaign } from './runtime.js';

/** Where a campaign stands now, as far as its live state tells. */
export const CAMPAIGN_STATUSES = ['running', 'scheduled', 'ended', 'paused', 'unknown'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export interface NameRole {
  /** The spec path of the human name: what a new campaign will be called. */
  readonly path: string;
  /** The live campaign's name; undefined when it has none (or an unreadable one). */
  read(live: LiveCampaign): string | undefined;
}

/**
 * What one unit of a budget's amount is:
 * - `minor`: the smallest unit of a currency (cents: 50000 is 500.00 EUR);
 * - `major`: whole currency units (50000 is 50,000.00 EUR);
 * - `points`: loyalty points, no currency;
 * - `unstated`: the vendor documents an amount but not what it counts (show the number alone).
 */
export type SpendUnit = 'minor' | 'major' | 'points' | 'unstated';

/** The span a budget amount applies to: per day, week, month, or for the campaign's whole life. */
export const BUDGET_PERIODS = ['daily', 'weekly', 'monthly', 'total'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/**
 * How to find the ISO 4217 currency of a budget:
 * - `spec`: a spec path holding the code (read from the desired spec for the new amount, from the
 *   live campaign in the spec's shape for the current one);
 * - `live`: a reader of the live object, where the vendor returns the currency but the spec does
 *   not manage it;
 * - `account`: an option of the account in campaignctl.yaml (the vendor's schema `$defs.account`
 *   must declare it, or no account can set it);
 * - `fixed`: one currency the vendor documents for every campaign; `documented` says where.
 */
export type CurrencySource =
  | { readonly from: 'spec'; readonly path: string }
  | { readonly from: 'live'; read(live: LiveCampaign): string | undefined }
  | { readonly from: 'account'; readonly option: string }
  | { readonly from: 'fixed'; readonly code: string; readonly documented: string };

/**
 * The period of a budget: one the vendor fixes, or a spec path holding one of BUDGET_PERIODS
 * (Topsort `budget.type`). A path may name a write-only field (Masivo `divide_budget_in`): then the
 * live side is unknown and only the desired spec (or the last-applied record) tells.
 */
export type PeriodSource = { readonly fixed: BudgetPeriod } | { readonly path: string };

/** One money budget of a campaign. */
export interface SpendRole {
  /** The spec path of the amount. */
  readonly path: string;
  readonly unit: SpendUnit;
  /** Absent: the vendor does not say which currency (or the unit has none). */
  readonly currency?: CurrencySource;
  /** Absent: the vendor states no period for this budget. */
  readonly period?: PeriodSource;
  /**
   * What the campaign has spent of this budget so far, in the same unit, as the live object reports
   * it; undefined when this read does not say. Absent: the vendor reports no spend.
   */
  spentSoFar?(live: LiveCampaign): number | undefined;
}

/**
 * A spec path holding one end of the schedule: in the canonical and the live spec, a date-time
 * text (RFC 3339), or null where the vendor takes an open end.
 */
export interface ScheduleRole {
  readonly path: string;
  /**
   * What a value is known to: the vendor keeps and returns `second`s (Masivo), `millisecond`s, or
   * only the `day`. A `day` field (Lula reads back the UTC calendar day, whatever time was
   * written) holds `YYYY-MM-DD` in both the canonical and the live spec.
   */
  readonly precision: Precision;
}

/** The switch a user turns a campaign on and off with. */
export interface OnOffRole {
  readonly path: string;
  /** The values of the path (in the spec's vocabulary) that mean "on"; every other value is off. */
  readonly on: readonly (string | boolean)[];
}

/** A provider's field roles (`ProviderDefinition.roles`). */
export interface FieldRoles {
  readonly name?: NameRole;
  /** The campaign's money budgets; absent or empty when the vendor has none. */
  readonly spend?: readonly SpendRole[];
  readonly start?: ScheduleRole;
  readonly end?: ScheduleRole;
  readonly onOff?: OnOffRole;
  /**
   * Where the live campaign stands at `now`: `running` (on, started, not ended), `scheduled` (on,
   * start ahead), `ended` (its end has passed, whatever the switch says), `paused` (switched off,
   * not ended), `unknown` (the live object does not tell). From the vendor's own status where it
   * reports one, corrected by the dates where they say more at `now` than the read did.
   */
  status(live: LiveCampaign, now: Date): CampaignStatus;
}
