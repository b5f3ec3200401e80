/** Building campaign documents in tests, and finding where a field stands in them. */

export interface DocHead {
  readonly provider: string;
  readonly account: string;
  readonly id: string | number;
  /** Lines between `id` and `spec` (e.g. `ignore: [...]`), written as they are. */
  readonly extra?: readonly string[];
  /** Start with the schema modeline the examples carry (the spec then starts a line later). */
  readonly modeline?: boolean;
}

/** A campaign document whose spec holds `specLines` (written unindented), from line 5 on unless a modeline or `extra` lines come first. */
export function campaignDoc(head: DocHead, specLines: readonly string[]): string {
  return [
    ...(head.modeline ? ['# yaml-language-server: $schema=../../schemas/campaign-file.schema.json'] : []),
    `provider: ${head.provider}`,
    `account: ${head.account}`,
    `id: ${head.id}`,
    ...(head.extra ?? []),
    'spec:',
    ...specLines.map((l) => `  ${l}`),
    '',
  ].join('\n');
}

/** 1-based line of the first line holding `lineNeedle`, and 1-based column of `colNeedle` (default: the needle) on it. */
export function at(text: string, lineNeedle: string, colNeedle?: string): { line: number; col: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes(lineNeedle));
  if (index < 0) throw new Error(`test bug: "${lineNeedle}" is not in the document`);
  const col = lines[index]!.indexOf(colNeedle ?? lineNeedle.trimStart());
  if (col < 0) throw new Error(`test bug: "${colNeedle ?? lineNeedle}" is not on line ${index + 1}`);
  return { line: index + 1, col: col + 1 };
}
