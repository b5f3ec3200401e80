/**
 * Vendor facts live in src/providers/<vendor>/ and src/sandbox/<vendor>/ (and the registry lines
 * that list them): no other code in src/ or bench/ names a vendor. Comments may. The same check by
 * hand, for the five vendors of today:
 *
 *   grep -rniE "\b(masivo|voucherify|lula|spaaza|topsort)\b" src bench --include='*.ts'
 *
 * minus comment lines and the folders above.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/providers/registry.js';

const repo = path.resolve(import.meta.dirname, '../..');
const names = registry.map((e) => e.provider.name);

/** Folders and files that may name vendors in code. */
const allowed = [
  ...names.flatMap((n) => [`src/providers/${n}/`, `src/sandbox/${n}/`]),
  'src/generated/',
  'src/providers/registry.ts',
  'src/sandbox/fakes.ts',
];

/** A line that is only a comment: `//…`, `/*…`, or a `*` continuation of a block comment. */
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

/** `file:line: text` for every code line of `text` naming one of `vendors` as a whole word. */
function vendorMentions(file: string, text: string, vendors: readonly string[]): string[] {
  const word = new RegExp(`\\b(${vendors.join('|')})\\b`, 'i');
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => word.test(line) && !COMMENT.test(line))
    .map(({ line, n }) => `${file}:${n}: ${line.trim()}`);
}

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(repo, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(repo, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('vendor names in code', () => {
  it('appear in src/ and bench/ only inside the vendors\' own folders and the registry', () => {
    const found = ['src', 'bench']
      .flatMap(tsFiles)
      .filter((file) => !allowed.some((a) => (a.endsWith('/') ? file.startsWith(a) : file === a)))
      .flatMap((file) => vendorMentions(file, readFileSync(path.join(repo, file), 'utf8'), names));
    expect(found).toEqual([]);
  });

  it('are found in code and let through in comments (the check above is live)', () => {
    const text = ['// the Lula fake answers this', ' * see lula.md', "const vendor = 'lula';", 'if (name === "Topsort") run();', 'const lulafied = 1;'].join('\n');
    expect(vendorMentions('x.ts', text, names)).toEqual(["x.ts:3: const vendor = 'lula';", 'x.ts:4: if (name === "Topsort") run();']);
  });
});
