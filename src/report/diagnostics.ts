/**
 * Renderers for validation diagnostics: text (people), json (tools), github (workflow
 * annotations). Each reads the same list and changes nothing.
 */
import pc from 'picocolors';
import type { Diagnostic } from '../desired/diagnostic.js';

export interface ValidationSummary {
  readonly files: number;
  readonly documents: number;
  readonly campaigns: number;
}

/** With no summary, only the errors are written (for commands that stop on bad input). */
export function renderDiagnosticsText(diags: readonly Diagnostic[], summary: ValidationSummary | undefined, color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const d of diags) {
    lines.push(`${c.bold(`${d.file}:${d.line}:${d.col}:`)} ${c.red('error:')} ${d.message}${d.rule ? c.dim(` [${d.rule}]`) : ''}`);
    if (d.hint) lines.push(`  ${c.cyan('hint:')} ${d.hint}`);
    for (const r of d.related ?? []) lines.push(`  ${c.dim(`${r.file}:${r.line}:${r.col}: ${r.message}`)}`);
  }
  if (summary) {
    const last = summaryLine(diags, summary);
    lines.push(diags.length === 0 ? c.green(last) : c.red(last));
  }
  return `${lines.join('\n')}\n`;
}

export function summaryLine(diags: readonly Diagnostic[], summary: ValidationSummary): string {
  const files = new Set(diags.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const checked = `${plural(summary.documents, 'campaign document')} in ${plural(summary.files, 'file')}`;
  return diags.length === 0
    ? `✓ ${checked}: valid`
    : `✗ ${plural(diags.length, 'error')} in ${plural(files, 'file')} (${checked} checked)`;
}

export function renderDiagnosticsJson(diags: readonly Diagnostic[], summary: ValidationSummary): string {
  return `${JSON.stringify({ valid: diags.length === 0, ...summary, errors: diags }, null, 2)}\n`;
}

/** Workflow-command escaping, as the Actions runner reads it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderDiagnosticsGithub(diags: readonly Diagnostic[]): string {
  return diags
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.col}`, `title=${escapeProperty(`campaignctl ${d.rule ?? d.code}`)}`];
      const text = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
      return `::error ${props.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}
