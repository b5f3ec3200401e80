/**
 * Writing a created campaign's id into its YAML document: one line added, everything else as the
 * user wrote it, or a refusal that leaves the file alone.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { IdEditError, idScalar, insertId, writeIdIntoFile } from '../../src/desired/edit-in-place.js';

const DOC = [
  '# yaml-language-server: $schema=../../schemas/campaign-file.schema.json',
  '# A new campaign: no `id` yet.',
  'provider: lula',
  "account: 'stores'   # the company's stores",
  '',
  '# what we manage',
  'spec:',
  '  name: "Spring Break"   # unique in the company',
  '  starts_at: 2027-03-05T06:00:00-05:00',
  '',
].join('\n');

describe('insertId', () => {
  it('adds one line after `account:`, leaving comments, quoting, blank lines and key order as written', () => {
    const out = insertId(DOC, { index: 0, id: '1000010' });
    const lines = DOC.split('\n');
    expect(out).toBe([...lines.slice(0, 4), 'id: "1000010"', ...lines.slice(4)].join('\n'));
  });

  it('writes a string of digits plain where the id schema prefers integers', () => {
    expect(insertId(DOC, { index: 0, id: '1234', integer: true })).toContain("account: 'stores'   # the company's stores\nid: 1234\n");
  });

  it('edits only the document asked for; the others stay byte for byte', () => {
    const other = 'provider: lula\naccount: stores\nid: "7"  # managed already\nspec: { name: B }\n';
    const text = `${other}---\n${DOC}---\n${other}`;
    const out = insertId(text, { index: 1, id: '42' });
    expect(out.startsWith(`${other}---\n`)).toBe(true);
    expect(out.endsWith(`---\n${other}`)).toBe(true);
    expect(parseAllDocuments(out).map((d) => (d.toJS() as { id?: unknown }).id)).toEqual(['7', '42', '7']);
  });

  it('counts documents as the loader does: a file that starts with `---` (and comments before it)', () => {
    const text = `# header comment\n---\nprovider: topsort\naccount: m\nspec: {}\n---\nprovider: topsort\naccount: m\nspec: {}\n`;
    const out = insertId(text, { index: 1, id: 'c0ffee00-0000-4000-8000-000000000001' });
    expect(out).toBe(`# header comment\n---\nprovider: topsort\naccount: m\nspec: {}\n---\nprovider: topsort\naccount: m\nid: c0ffee00-0000-4000-8000-000000000001\nspec: {}\n`);
  });

  it('keeps CRLF line endings', () => {
    const crlf = DOC.replace(/\n/g, '\r\n');
    const out = insertId(crlf, { index: 0, id: 'camp_rRsfatlwN7unSeUIJDCYedal' });
    expect(out).toBe(crlf.replace("the company's stores\r\n", "the company's stores\r\nid: camp_rRsfatlwN7unSeUIJDCYedal\r\n"));
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('indents the id as the document is indented, and adds a line at the end of a file without a final newline', () => {
    expect(insertId('  provider: lula\n  account: stores\n  spec: {}', { index: 0, id: '5' })).toBe('  provider: lula\n  account: stores\n  id: "5"\n  spec: {}');
    expect(insertId('provider: lula\nspec: {}\naccount: stores', { index: 0, id: '5' })).toBe('provider: lula\nspec: {}\naccount: stores\nid: "5"');
  });

  it('writes after an account value that continues on the next line', () => {
    expect(insertId('provider: lula\naccount:\n  stores\nspec: {}\n', { index: 0, id: '5' })).toBe('provider: lula\naccount:\n  stores\nid: "5"\nspec: {}\n');
  });

  it('edits a flow-style document inside its braces', () => {
    const text = '{provider: spaaza, account: rewards-nl, spec: {type: basket, title: "A: B"}}  # one line\n';
    expect(insertId(text, { index: 0, id: '881', integer: true })).toBe('{provider: spaaza, account: rewards-nl, id: 881, spec: {type: basket, title: "A: B"}}  # one line\n');
  });

  it('keeps a byte-order mark', () => {
    expect(insertId(`\ufeffprovider: lula\naccount: stores\n`, { index: 0, id: '5' })).toBe('\ufeffprovider: lula\naccount: stores\nid: "5"\n');
  });

  it('refuses a document that has an id, is gone, is another campaign, or is not a mapping', () => {
    const refuse = (text: string, index: number, expect_?: { provider: string; account: string }) => {
      let error: unknown;
      try {
        insertId(text, { index, id: '5', ...(expect_ ? { expect: expect_ } : {}) });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(IdEditError);
      return (error as Error).message;
    };
    expect(refuse('provider: lula\naccount: stores\nid: "4"\n', 0)).toMatch(/has an `id` already/);
    expect(refuse('provider: lula\naccount: stores\n', 1)).toMatch(/no longer has a document 2/);
    expect(refuse('provider: lula\naccount: other\n', 0, { provider: 'lula', account: 'stores' })).toMatch(/no longer the campaign of lula account `stores`/);
    expect(refuse('- a\n- b\n', 0)).toMatch(/no longer a mapping/);
    expect(refuse('provider: lula\nspec: {}\n', 0)).toMatch(/no `account:`/);
  });

  it('refuses an edit that would not read back as the same document plus its id', () => {
    // A block scalar as the account: the line after its value is still part of it.
    expect(() => insertId('provider: lula\naccount: |\n  stores\nspec: {}\n', { index: 0, id: '5' })).toThrow(IdEditError);
  });
});

describe('idScalar', () => {
  it('writes plain only what reads back as the same string', () => {
    expect(idScalar('camp_rRsfatlwN7unSeUIJDCYedal', false)).toBe('camp_rRsfatlwN7unSeUIJDCYedal');
    expect(idScalar('1000010', false)).toBe('"1000010"');
    expect(idScalar('true', false)).toBe('"true"');
    expect(idScalar('null', false)).toBe('"null"');
    expect(idScalar('1e5', false)).toBe('"1e5"');
    expect(idScalar('a: b', false)).toBe('"a: b"');
    expect(idScalar('0123', true)).toBe('"0123"');
  });

  it('always reads back as the id, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), (id, integer) => {
        const out = insertId('provider: x\naccount: y\n', { index: 0, id, integer });
        expect(String((parseAllDocuments(out)[0]!.toJS() as { id: unknown }).id)).toBe(id);
      }),
    );
  });
});

describe('writeIdIntoFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-edit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file with the edited text and keeps its permissions', async () => {
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, DOC);
    chmodSync(file, 0o640);
    await writeIdIntoFile(file, { index: 0, id: '9', expect: { provider: 'lula', account: 'stores' } });
    expect(readFileSync(file, 'utf8')).toBe(insertId(DOC, { index: 0, id: '9' }));
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('leaves the file untouched when the edit is refused', async () => {
    const file = path.join(dir, 'b.yaml');
    const text = 'provider: lula\naccount: stores\nid: "4"\n';
    writeFileSync(file, text);
    await expect(writeIdIntoFile(file, { index: 0, id: '9' })).rejects.toThrow(IdEditError);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
