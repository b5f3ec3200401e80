/** A positioned problem in a file the user wrote. Every error the tool reports about input is one. */
export interface SourcePosition {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly col: number;
}

export interface RelatedPosition extends SourcePosition {
  readonly message: string;
}

export interface Diagnostic extends SourcePosition {
  /** Machine-readable kind: `yaml-syntax`, `duplicate-key`, `schema`, `unknown-field`, `rule`, … */
  readonly code: string;
  /** For vendor rules, the rule id (`lula.unique-name`). */
  readonly rule?: string;
  /** What is wrong. */
  readonly message: string;
  /** What would be right. */
  readonly hint?: string;
  readonly related?: readonly RelatedPosition[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;
}
