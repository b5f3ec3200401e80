/** The plan for a terminal or a CI log: only what changes, `~ budget.amount: 100 → 500`. */
import pc from 'picocolors';
import { ACTION_KINDS, adoptions, allMatch, unknownAction, type ActionKind, type Adoption, type Plan, type PlanAction } from '../engine/plan-model.js';
import { guardrailSummaryText, withGuardrailLines } from './guardrail-marks.js';
import { campaignHeadingText } from './campaign-heading.js';
import { changesText, createdText, planZone, resendSentence } from './change-display.js';
import { originMark, originsSummary } from './origin-marks.js';
import { printable } from './printable.js';
import { plural } from './values.js';

/**
 * How the headline counts each kind, in the order of ACTION_KINDS: updates, unchanged and errors
 * always, the lifecycle kinds when there are any.
 */
const COUNTED: { readonly [K in ActionKind]: { readonly always: boolean; readonly text: (n: number) => string } } = {
  create: { always: false, text: (n) => `${n} to create` },
  update: { always: true, text: (n) => `${n} to update` },
  retire: { always: false, text: (n) => `${n} to retire` },
  delete: { always: false, text: (n) => `${n} to delete` },
  forget: { always: false, text: (n) => `${n} to forget` },
  no_change: { always: true, text: (n) => `${n} unchanged` },
  error: { always: true, text: (n) => plural(n, 'error') },
};

export function planHeadline(plan: Plan): string {
  const s = plan.summary;
  if (allMatch(plan)) return `No changes: all ${plural(s.no_change, 'campaign')} match the YAML.`;
  const adopted = adoptions(plan);
  const counts = ACTION_KINDS.flatMap((k) => (COUNTED[k].always || s[k] > 0 ? [COUNTED[k].text(s[k])] : []));
  return `Plan: ${counts.join(', ')}${adopted > 0 ? ` (${adopted} found live for new documents: apply writes ${adopted === 1 ? 'its id' : 'their ids'} into the files)` : ''}.${resendSentence(plan)}`;
}

type Colors = ReturnType<typeof pc.createColors>;

/** `(file:line)` where the action has a document; the campaign's name where it has none. */
function whereOf(a: PlanAction, c: Colors): string {
  if ('file' in a && a.file !== undefined) return c.dim(`(${printable(a.file)}:${a.line ?? 1})`);
  return 'name' in a && a.name !== undefined ? c.dim(`(${printable(JSON.stringify(a.name))}, no document declares it any more)`) : c.dim('(no document declares it any more)');
}

/** The line saying a new document found its campaign live. */
function adoptLine(a: Adoption, c: Colors): string {
  return `    ${c.cyan('=')} id: ${printable(a.id)} ${c.dim(`(${printable(a.reason)}; apply writes the id into the document)`)}`;
}

/** The lines one action adds to the plan; none for a campaign that matches. */
function actionLines(a: PlanAction, c: Colors, zone: string): string[] {
  // A saved plan is a file anyone may have edited: its addresses and paths are shown escaped too.
  const where = () => `${campaignHeadingText(a)}${whereOf(a, c)}`;
  const address = printable(a.address);
  switch (a.action) {
    case 'no_change':
      return a.adopt ? [`${c.cyan('=')} ${c.bold(address)} ${where()}`, adoptLine(a.adopt, c)] : [];
    case 'create': {
      const lines = [`${c.green('+')} ${c.bold(address)} ${where()} ${c.green('will be created')}`];
      if (a.note) lines.push(`    ${c.dim(`note: ${printable(a.note)}`)}`);
      for (const ch of a.changes) lines.push(createdText(ch, c, zone));
      return lines;
    }
    case 'retire': {
      const head = `${c.red('-')} ${c.bold(address)} ${where()} ${c.red('will be retired')}: its document is gone and its account says \`prune: deactivate\``;
      if (a.changes.length === 0) return [head, `    ${c.dim('already stopped: nothing is sent, and campaignctl stops managing it')}`];
      return [head, ...changesText(a.changes, c, zone)];
    }
    case 'delete':
      return [`${c.red('-')} ${c.bold(address)} ${where()} ${c.red('will be deleted')}: its document is gone and its account says \`prune: delete\` (apply needs --allow-delete)`];
    case 'forget':
      return [
        `${c.dim('-')} ${c.bold(address)} ${where()} will be forgotten: campaignctl stops managing it, and it keeps running at the vendor`,
        ...(a.note ? [`    ${c.dim(`note: ${printable(a.note)}`)}`] : []),
      ];
    case 'update': {
      const lines = [`${c.yellow('~')} ${c.bold(address)} ${where()}`];
      if (a.adopt) lines.push(adoptLine(a.adopt, c));
      lines.push(...changesText(a.changes, c, zone, (ch) => originMark(ch, c)));
      return lines;
    }
    case 'error':
      return [`${c.red('!')} ${c.bold(address)} ${where()}`, `    ${c.red(`error [${printable(a.error.code)}]:`)} ${printable(a.error.message)}`];
    default:
      return unknownAction(a);
  }
}

export function renderPlanText(plan: Plan, color: boolean): string {
  const c = pc.createColors(color);
  const zone = planZone(plan);
  const lines = plan.actions.flatMap((a) => withGuardrailLines(a, actionLines(a, c, zone), c));
  if (lines.length > 0) lines.push('');
  const compared = originsSummary(plan, c);
  if (compared) lines.push(compared);
  const headline = planHeadline(plan);
  lines.push(plan.summary.error > 0 ? c.red(headline) : allMatch(plan) ? c.green(headline) : c.yellow(headline), ...guardrailSummaryText(plan, c));
  return `${lines.join('\n')}\n`;
}
