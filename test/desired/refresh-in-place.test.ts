/**
 * Editing values inside a campaign file's text: what does not change keeps its exact bytes
 * (comments, blank lines, quoting, key order, other documents), what changes keeps the style it
 * was written in, and an edit that cannot land as meant is refused rather than written wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { editInPlace, InPlaceEditError } from '../../src/desired/refresh-in-place.js';

const FILE = `# yaml-language-server: $schema=../../schemas/campaign-file.schema.json
# Owned by the EU team.
provider: topsort
account: marketplace-eu   # the EU marketplace
id: 7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b
spec:
  name: "Winter Sale"   # shown to shoppers

  budget:
    amount: 25000        # cents
    type: daily
  startDate: "2026-12-01T08:00:00+01:00"
  labels:
    - winter
    - kitchen
  filters: {brand: [acme, zed], min: 1}
  notes: |
    line one
    line two
  isActive: true
---
# second campaign
provider: topsort
account: marketplace-eu
id: 0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30
spec: {name: Espresso}
`;

const spec = () => (parseAllDocuments(FILE)[0]!.toJS() as { spec: Record<string, unknown> }).spec;
const edit = (value: Record<string, unknown>, document = 0) => editInPlace(FILE, [{ document, path: ['spec'], value }]);

describe('editInPlace', () => {
  it('leaves the text as it is when nothing differs', () => {
    expect(edit(spec())).toBe(FILE);
  });

  it('changes one leaf, keeping its quoting and its comment, and nothing else', () => {
    const out = edit({ ...spec(), name: 'Winter Sale 2026', budget: { amount: 18000, type: 'daily' } });
    expect(out).toBe(FILE.replace('"Winter Sale"', '"Winter Sale 2026"').replace('amount: 25000 ', 'amount: 18000 '));
  });

  it('keeps single quotes, a block literal and block lists in their style', () => {
    const text = "spec:\n  a: 'x'\n  b: |\n    one\n  c:\n    - 1\n    - 2\n";
    const out = editInPlace(text, [{ document: 0, path: ['spec'], value: { a: "it's", b: 'one\ntwo\n', c: [3] } }]);
    expect(out).toBe("spec:\n  a: 'it''s'\n  b: |\n    one\n    two\n  c:\n    - 3\n");
  });

  it('rewrites a flow mapping in flow style', () => {
    const out = edit({ ...spec(), filters: { brand: ['acme'], min: 1 } });
    expect(out).toBe(FILE.replace('{brand: [acme, zed], min: 1}', '{brand: [acme], min: 1}'));
  });

  it('adds a key after the one that precedes it, at the mapping\'s indentation, and removes one with its line', () => {
    const { labels: _labels, ...rest } = spec();
    const wanted: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) {
      wanted[k] = v;
      if (k === 'startDate') wanted.endDate = '2026-12-31T23:59:59Z';
    }
    const out = edit(wanted);
    expect(out).toBe(FILE.replace('  labels:\n    - winter\n    - kitchen\n', '  endDate: "2026-12-31T23:59:59Z"\n'));
  });

  it('writes a nested mapping in block style under a new key, at the file\'s indentation step', () => {
    const text = 'spec:\n    name: A\n';
    const out = editInPlace(text, [{ document: 0, path: ['spec'], value: { name: 'A', budget: { amount: 1, type: 'daily' } } }]);
    expect(out).toBe('spec:\n    name: A\n    budget:\n        amount: 1\n        type: daily\n');
  });

  it('edits the document it is told to and leaves the others alone', () => {
    const out = edit({ name: 'Espresso Machines' }, 1);
    expect(out).toBe(FILE.replace('spec: {name: Espresso}', 'spec: {name: Espresso Machines}'));
  });

  it('inserts a top-level key after the one that precedes it (an id after account)', () => {
    const text = '# new\nprovider: voucherify\naccount: shop-eu  # EU\nspec:\n  name: Spring\n';
    const out = editInPlace(text, [{ document: 0, path: [], value: { provider: 'voucherify', account: 'shop-eu', id: 'camp_1', spec: { name: 'Spring' } } }]);
    expect(out).toBe('# new\nprovider: voucherify\naccount: shop-eu  # EU\nid: camp_1\nspec:\n  name: Spring\n');
  });

  it('handles a file without a final line break', () => {
    expect(editInPlace('spec:\n  a: 1', [{ document: 0, path: ['spec'], value: { a: 1, b: 2 } }])).toBe('spec:\n  a: 1\n  b: 2\n');
  });

  it('refuses values it cannot edit safely, writing nothing', () => {
    expect(() => editInPlace('x: &a {n: 1}\nspec: *a\n', [{ document: 0, path: ['spec'], value: { n: 2 } }])).toThrow(InPlaceEditError);
    expect(() => editInPlace('spec:\n  a: 1\n', [{ document: 0, path: ['nope'], value: 1 }])).toThrow(/has no `nope`/);
    expect(() => editInPlace('spec:\n  a: 1\n', [{ document: 3, path: ['spec'], value: {} }])).toThrow(InPlaceEditError);
  });
});
