/** The top-level spec fields a plan's changes touch: what a partial update sends, what plan rules judge. */
import { topField } from '../../desired/path.js';
import type { FieldChange } from '../runtime.js';

/** `budget` for `budget.amount`, `rules` for `rules[0].effects`: each field once, in the changes' order. */
export function changedFields(changes: readonly Pick<FieldChange, 'path'>[]): Set<string> {
  return new Set(changes.map((c) => topField(c.path)));
}
