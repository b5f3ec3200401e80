/**
 * A campaign's name and status beside its address, where the plan knows them (`campaign` of an
 * action: the live campaign's, or the new one's with `new`): a reviewer recognises
 * "Winter Sale 2026" (running) where the address holds a UUID.
 */
import type { PlanAction } from '../engine/plan-model.js';
import { htmlText } from './markdown.js';
import { printable } from './printable.js';

/** The name to show, unless the action names the campaign elsewhere in its heading already (a retire's or a delete's `name`). */
function parts(a: PlanAction): { name?: string; status?: string } | undefined {
  const c = a.campaign;
  if (!c) return undefined;
  const shownElsewhere = 'name' in a && a.name !== undefined && a.name === c.name;
  const name = c.name !== undefined && !shownElsewhere ? shortened(c.name) : undefined;
  if (name === undefined && c.status === undefined) return undefined;
  return { ...(name !== undefined ? { name } : {}), ...(c.status !== undefined ? { status: c.status } : {}) };
}

/** Names are the vendor's text: a long one is cut, so that the heading stays one line. */
const NAME_LIMIT = 80;

function shortened(name: string): string {
  return name.length > NAME_LIMIT ? `${name.slice(0, NAME_LIMIT - 1)}…` : name;
}

/** `"Winter Sale 2026" (running) ` for a text heading, before the document's place; or ''. */
export function campaignHeadingText(a: PlanAction): string {
  const p = parts(a);
  if (!p) return '';
  return `${[p.name !== undefined ? printable(JSON.stringify(p.name)) : undefined, p.status !== undefined ? `(${p.status})` : undefined].filter(Boolean).join(' ')} `;
}

/**
 * ` — "Winter Sale 2026" (running)` inside a `<summary>` (raw HTML), or ''. Quoted as JSON, as in
 * text: a name holding a line break or a control character reads escaped, not folded into a space.
 */
export function campaignHeadingHtml(a: PlanAction): string {
  const p = parts(a);
  if (!p) return '';
  return ` — ${[p.name !== undefined ? htmlText(JSON.stringify(p.name)) : undefined, p.status !== undefined ? `(${p.status})` : undefined].filter(Boolean).join(' ')}`;
}
