/** Checking what validate says about a document: exactly one diagnostic, where and what it is. */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/desired/diagnostic.js';

export interface ExpectedDiagnostic {
  readonly line: number;
  /** Checked when given. */
  readonly col?: number;
  readonly code: string;
  /** Checked when given. */
  readonly rule?: string;
  /** Each must occur in the message or the hint (case-insensitive). */
  readonly mentions: readonly string[];
}

/** Asserts exactly one diagnostic, as expected, and returns it. */
export function expectOneDiagnostic(diags: readonly Diagnostic[], want: ExpectedDiagnostic): Diagnostic {
  expect(diags, JSON.stringify(diags, null, 2)).toHaveLength(1);
  const d = diags[0]!;
  expect(d.code).toBe(want.code);
  expect(d.line).toBe(want.line);
  if (want.col !== undefined) expect(d.col).toBe(want.col);
  if (want.rule !== undefined) expect(d.rule).toBe(want.rule);
  const said = `${d.message} ${d.hint ?? ''}`.toLowerCase();
  for (const word of want.mentions) expect(said, `"${word}" in: ${said}`).toContain(word.toLowerCase());
  return d;
}
