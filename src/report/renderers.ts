/**
 * Every output format, in one map (the habit of vitest's reporters): for each thing campaignctl
 * shows, the formats it can be shown in and the renderer of each. The CLI offers this map's keys
 * as `--format` choices and renders only through it; the GitHub side uses the same markdown.
 */
import type { Diagnostic } from '../desired/diagnostic.js';
import type { Plan } from '../engine/plan-model.js';
import { renderApplyMarkdown } from './apply-markdown.js';
import { renderApplyText, type ApplyReport } from './apply-text.js';
import { renderDiagnosticsGithub, renderDiagnosticsJson, renderDiagnosticsText, summaryLine, type ValidationSummary } from './diagnostics.js';
import { renderPlanMarkdown } from './plan-markdown.js';
import { renderPlanText } from './plan-text.js';

export interface RenderOptions {
  /** ANSI colours, for the text formats on a terminal. */
  readonly color: boolean;
}

export interface Renderer<T> {
  /** The document, for stdout. */
  render(subject: T, opts: RenderOptions): string;
  /** A line for people, on stderr, beside a document meant for machines. */
  aside?(subject: T): string;
  /** Written before the document when another one precedes it on the same stream. */
  readonly separator?: string;
}

/** What `validate` shows: the problems found, and how much was checked. */
export interface ValidationReport {
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ValidationSummary;
}

export type PlanFormat = 'text' | 'markdown' | 'json';
export type DiagnosticFormat = 'text' | 'json' | 'github';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const RENDERERS: {
  /** `plan`, `merge`, and the plan `apply` shows before it asks. */
  readonly plan: { readonly [F in PlanFormat]: Renderer<Plan> };
  /** The apply result, in the format of the plan before it (`apply --out` is always JSON). */
  readonly apply: { readonly [F in PlanFormat]: Renderer<ApplyReport> };
  readonly validate: { readonly [F in DiagnosticFormat]: Renderer<ValidationReport> };
} = {
  plan: {
    text: { render: (plan, opts) => renderPlanText(plan, opts.color) },
    markdown: { render: (plan) => renderPlanMarkdown(plan) },
    json: { render: (plan) => json(plan) },
  },
  apply: {
    text: { render: (result, opts) => renderApplyText(result, opts.color) },
    // A plan's markdown may end in `</details>`, an HTML block that only a blank line closes.
    markdown: { render: (result) => renderApplyMarkdown(result), separator: '\n' },
    json: { render: (result) => json({ tally: result.tally, interrupted: result.interrupted, outcomes: result.outcomes }) },
  },
  validate: {
    text: { render: (r, opts) => renderDiagnosticsText(r.diagnostics, r.summary, opts.color) },
    json: { render: (r) => renderDiagnosticsJson(r.diagnostics, r.summary) },
    github: { render: (r) => renderDiagnosticsGithub(r.diagnostics), aside: (r) => `${summaryLine(r.diagnostics, r.summary)}\n` },
  },
};

export const PLAN_FORMATS = Object.keys(RENDERERS.plan) as PlanFormat[];
export const DIAGNOSTIC_FORMATS = Object.keys(RENDERERS.validate) as DiagnosticFormat[];
