/** The apply tally for a terminal or a CI log: counts, then each campaign that did not apply, named by address. */
import pc from 'picocolors';
import type { ApplyResult, Outcome } from '../engine/apply.js';
import { printable } from './printable.js';

/** How each outcome is named in a tally line or a table. */
export const OUTCOME_LABEL: { readonly [O in Outcome]: string } = {
  applied: 'applied',
  created: 'created',
  adopted: 'adopted',
  retired: 'retired',
  deleted: 'deleted',
  forgotten: 'forgotten',
  failed: 'failed',
  stale: 'refused as stale',
  unchanged: 'unchanged',
  not_applied: 'not applied',
};

/** What the renderers read of a result: the record of fingerprints is apply's business. */
export type ApplyReport = Pick<ApplyResult, 'outcomes' | 'tally' | 'interrupted'>;

/** Outcomes of a campaign's life, counted in the tally only when there are any. */
const LIFECYCLE: readonly Outcome[] = ['created', 'adopted', 'retired', 'deleted', 'forgotten'];

export function applyTally(result: ApplyReport): string {
  const t = result.tally;
  const life = LIFECYCLE.filter((o) => t[o] > 0).map((o) => `, ${t[o]} ${OUTCOME_LABEL[o]}`).join('');
  return `${t.applied} applied, ${t.failed} failed, ${t.stale} refused as stale, ${t.unchanged} unchanged${t.not_applied ? `, ${t.not_applied} not applied` : ''}${life}`;
}

/** What a line of the text tally starts with, per outcome; none for a campaign left unchanged. */
const MARK: { readonly [O in Outcome]: 'ok' | 'bad' | 'none' } = {
  applied: 'ok',
  created: 'ok',
  adopted: 'ok',
  retired: 'ok',
  deleted: 'ok',
  forgotten: 'ok',
  failed: 'bad',
  stale: 'bad',
  not_applied: 'bad',
  unchanged: 'none',
};

export function renderApplyText(result: ApplyReport, color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const o of result.outcomes) {
    const address = printable(o.address);
    const detail = o.message ? `: ${printable(o.message)}` : '';
    if (o.outcome === 'applied') lines.push(`${c.green('✓')} ${address}: applied`);
    else if (MARK[o.outcome] === 'ok') lines.push(`${c.green('✓')} ${address}: ${OUTCOME_LABEL[o.outcome]}${detail}`);
    else if (MARK[o.outcome] === 'bad') lines.push(`${c.red('✗')} ${address}: ${OUTCOME_LABEL[o.outcome]}${detail}`);
  }
  if (lines.length) lines.push('');
  const ok = result.tally.failed === 0 && result.tally.stale === 0 && result.tally.not_applied === 0;
  const head = `${result.interrupted ? 'Apply interrupted' : 'Apply complete'}: ${applyTally(result)}.`;
  lines.push(ok && !result.interrupted ? c.green(head) : c.red(head));
  return `${lines.join('\n')}\n`;
}
