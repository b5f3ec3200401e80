import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderWordDiffMarkdown, renderWordDiffText, wantsWordDiff, wordDiff, type WordDiff } from '../../src/report/word-diff.js';

const before = (d: WordDiff) => d.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
const after = (d: WordDiff) => d.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');

const DESCRIPTION =
  'Spring sale for everyone: 20% off every order above 50 EUR, in all stores and online, until the end of April.';

describe('when a change reads better word by word', () => {
  it('takes long text and text on several lines, not short values', () => {
    expect(wantsWordDiff(DESCRIPTION, DESCRIPTION.replace('20%', '25%'))).toBe(true);
    expect(wantsWordDiff('line one\nline two', 'line one\nline 2')).toBe(true);
    expect(wantsWordDiff('Spring sale', 'Summer sale')).toBe(false);
    expect(wantsWordDiff(DESCRIPTION, DESCRIPTION)).toBe(false);
    expect(wantsWordDiff(DESCRIPTION, '')).toBe(false);
    expect(wantsWordDiff(7000, 10000)).toBe(false);
    expect(wantsWordDiff(DESCRIPTION, undefined)).toBe(false);
  });
});

describe('word diff', () => {
  it('marks only the words that changed', () => {
    const d = wordDiff(DESCRIPTION, DESCRIPTION.replace('20%', '25%').replace('April', 'May'));
    expect(renderWordDiffText(d)).toBe(
      'Spring sale for everyone: [-20%-]{+25%+} off every order above 50 EUR, in all stores and online, until the end of [-April.-]{+May.+}',
    );
    expect(d.whole).toBe(false);
  });

  it('shows a run of changed words as one replacement, not word by word', () => {
    const d = wordDiff('keep a b c keep', 'keep x y z keep');
    expect(renderWordDiffText(d)).toBe('keep [-a b c-]{+x y z+} keep');
    expect(renderWordDiffMarkdown(d)).toBe('keep ~~a b c~~ **x y z** keep');
  });

  it('shows added and removed words on their own', () => {
    expect(renderWordDiffText(wordDiff('one two three', 'one three'))).toBe('one [-two -]three');
    expect(renderWordDiffText(wordDiff('one three', 'one two three'))).toBe('one {+two +}three');
    expect(renderWordDiffMarkdown(wordDiff('one three', 'one two three'))).toBe('one **two** three');
  });

  it('gives back both texts exactly, spaces, tabs and line breaks included', () => {
    const token = fc.constantFrom('a', 'b', 'sale', '20%', ' ', '  ', '\n', '\t', '\r\n', 'é', '😀');
    const text = fc.array(token, { maxLength: 40 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const d = wordDiff(x, y);
        expect(before(d)).toBe(x);
        expect(after(d)).toBe(y);
      }),
    );
  });

  it('keeps what is shared when the texts are too long to compare word by word', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const x = `Intro stays. ${words(3000, 'old')} Outro stays.`;
    const y = `Intro stays. ${words(3000, 'new')} Outro stays.`;
    const d = wordDiff(x, y);
    expect(d.whole).toBe(true);
    expect(d.parts[0]).toEqual({ kind: 'same', text: 'Intro stays. ' });
    expect(d.parts[d.parts.length - 1]).toEqual({ kind: 'same', text: ' Outro stays.' });
    expect(before(d)).toBe(x);
    expect(after(d)).toBe(y);
    // Under the bound, the same texts compare word by word.
    expect(wordDiff(x, y, { maxCells: 100_000_000 }).whole).toBe(false);
  });

  it('shows a text of 10,000 words changed near both ends whole between the changes, and exactly', () => {
    const x = Array.from({ length: 10_000 }, (_, i) => `w${i}`).join(' ');
    const y = x.replace('w17 ', 'w17 inserted ').replace(' w9000 ', ' w9000b ');
    const d = wordDiff(x, y);
    expect(d.whole).toBe(true);
    expect(before(d)).toBe(x);
    expect(after(d)).toBe(y);
  });
});

describe('word diff in markdown', () => {
  it('puts spaces outside the marks and a space between a removal and an addition', () => {
    expect(renderWordDiffMarkdown(wordDiff('Spring sale now', 'Spring deals now'))).toBe('Spring ~~sale~~ **deals** now');
  });

  it('reads every word literally: nothing in a campaign text becomes markup', () => {
    const x = 'Plain words here';
    const y = 'Plain *bold* _it_ ~~s~~ `code` [link](https://x.test) <b>html</b> a|b \\n &amp; # heading here';
    expect(renderWordDiffMarkdown(wordDiff(x, y))).toBe(
      'Plain ~~words~~ **\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\[link\\]\\(https\\:\\/\\/x\\.test\\) \\<b\\>html\\<\\/b\\> a\\|b \\\\n \\&amp\\; \\# heading** here',
    );
  });

  it('notifies nobody and links no issue', () => {
    const md = renderWordDiffMarkdown(wordDiff('Ask the team', 'Ask @marketing-leads about #42'));
    expect(md).toBe('Ask ~~the team~~ **\\@&#8203;marketing\\-leads about \\#&#8203;42**');
    expect(md).not.toMatch(/@[a-z]/);
    expect(renderWordDiffMarkdown(wordDiff('Mail us', 'Mail shop@example.test'))).toBe('Mail ~~us~~ **shop\\@&#8203;example\\.test**');
  });

  it('stays on one line: line breaks become <br>, and no mark spans one', () => {
    const d = wordDiff('Terms:\nvalid in stores\nonly once', 'Terms:\nvalid online and\nin stores\nonly once');
    const md = renderWordDiffMarkdown(d);
    expect(md).not.toContain('\n');
    expect(md).toBe('Terms\\:<br>valid **online and**<br>in stores<br>only once');
    const replaced = renderWordDiffMarkdown(wordDiff('Terms:\nvalid in stores\nonly once', 'Terms:\nnew line one\nnew line two\nonly once'));
    expect(replaced).toBe('Terms\\:<br>~~valid in stores~~ **new line one**<br>**new line two**<br>only once');
  });

  it('writes characters that act on a terminal as escapes', () => {
    const md = renderWordDiffMarkdown(wordDiff('Sale now', 'Sale \u001b[2Jnow\u202e'));
    expect(md).toContain('\\\\u001b');
    expect(md.includes('\u001b') || md.includes('\u202e')).toBe(false);
  });
});

describe('word diff in text', () => {
  it('keeps line breaks and colours only when asked', () => {
    const d = wordDiff('first line\nsecond line', 'first line\nsecond row');
    expect(renderWordDiffText(d)).toBe('first line\nsecond [-line-]{+row+}');
    const coloured = renderWordDiffText(d, { color: true });
    expect(coloured).toContain('\u001b[31m[-line-]');
    expect(coloured).toContain('\u001b[32m{+row+}');
  });

  it('writes characters that act on a terminal as escapes', () => {
    expect(renderWordDiffText(wordDiff('Sale now', 'Sale \u001b[2Jnow'))).toBe('Sale [-now-]{+\\u001b[2Jnow+}');
  });
});
