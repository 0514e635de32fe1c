import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTE_MARKS } from '../helpers/generators.js';
import { findQuoteMarks, type Range } from '../../src/quotes/marks.js';

/** Paragraphs split at blank lines, as the document stage would give them. */
function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    out.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Each quote as its pieces' texts; an unclosed piece ends with '…'. */
function quoted(text: string): string[][] {
  return findQuoteMarks(text, paragraphs(text)).map((q) => q.pieces.map((p) => text.slice(p.start, p.end) + (p.close ? '' : '…')));
}

describe('findQuoteMarks', () => {
  it.each([
    ['curly marks', 'He said “yes, we will” and left.', [['yes, we will']]],
    ['straight marks', 'He said "yes" and left.', [['yes']]],
    ['straight open, curly close', '"The talks are changing,” Kim said.', [['The talks are changing,']]],
    ['curly open, straight close', '“It cannot wait," he said.', [['It cannot wait,']]],
    ['two quotes around an attribution', '“First part,” she said. “Second part.”', [['First part,'], ['Second part.']]],
    ['doubled apostrophes', "''Not reform,'' said a critic.", [['Not reform,']]],
    ['nested single quotes stay inside', '“He told me ‘never’ twice,” she said.', [['He told me ‘never’ twice,']]],
    ['apostrophes are not marks', "Kim’s aide, the ’90s and rock’s end; voters' rights.", []],
    ['a decade after a space is not a mark', "In the '90s it was 'big news' then.", [['big news']]],
    ['top-level single marks', 'Obama Sees ‘Personal Insult’ in Vote', [['Personal Insult']]],
    [
      'single marks between and inside several double quotes',
      '‘One’ then “a ‘two’ b” and ‘three’ then “c” and “d ‘four’ e” and ‘five’.',
      [['One'], ['a ‘two’ b'], ['three'], ['c'], ['d ‘four’ e'], ['five']],
    ],
    ['bracketed insertion kept in the quote', 'Kim opposes “the domination [of the world].”', [['the domination [of the world].']]],
    [
      'repeated opening mark continues a quote',
      '“First paragraph.\n\n“Second paragraph,” he said.',
      [['First paragraph.…', 'Second paragraph,']],
    ],
    [
      'closing mark a paragraph later',
      'He went on,\n\n“First part.\n\nMiddle part.\n\nLast part”\n\nAfter.',
      [['First part.…', 'Middle part.…', 'Last part']],
    ],
    ['unclosed at the end of a paragraph', 'He said “it never ends\n\nNext paragraph here.', [['it never ends…']]],
    ['stray closing mark ignored', 'Nothing” here and “this” there.', [['this']]],
    ['empty quotes dropped', 'He said “” and “ ”.', []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('gives marks with their exact offsets', () => {
    const text = 'A “b” c';
    const [q] = findQuoteMarks(text, paragraphs(text));
    const p = q?.pieces[0];
    expect(p && text.slice(p.open?.start, p.open?.end)).toBe('“');
    expect(p && text.slice(p.close?.start, p.close?.end)).toBe('”');
  });

  it('pieces lie inside their paragraphs, in text order, and never overlap (property)', () => {
    const piece = fc.constantFrom(
      ...QUOTE_MARKS,
      'Kim',
      'said',
      ' ',
      ', ',
      '. ',
      '\n\n',
      '’90s',
      'Kim’s',
      '[x]',
      '👍🏽',
      'e\u0301',
      '\u00A0',
      '\r\n',
    );
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 50 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const paras = paragraphs(t);
        let prevEnd = 0;
        for (const q of findQuoteMarks(t, paras)) {
          for (const p of q.pieces) {
            expect(p.start).toBeGreaterThanOrEqual(prevEnd);
            expect(p.end).toBeGreaterThan(p.start);
            const para = paras[p.paragraph];
            expect(para).toBeDefined();
            expect(p.start).toBeGreaterThanOrEqual(para?.start ?? 0);
            expect(p.end).toBeLessThanOrEqual(para?.end ?? 0);
            expect(t.slice(p.start, p.end).trim()).toBe(t.slice(p.start, p.end));
            prevEnd = p.close?.end ?? p.end;
          }
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('a text read after another, or after a prefix of marks, gives the same quotes (property)', () => {
    // The mark scans jump between candidate characters and keep their last search: whatever was read
    // before must not change what a text's paragraphs give.
    const piece = fc.constantFrom(...QUOTE_MARKS, '`', '``', '«', '»', 'Kim', 'said', ' ', ', ', '. ', '\n\n', '’90s', 'Kim’s');
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
    const shape = (qs: ReturnType<typeof findQuoteMarks>, shift: number): string =>
      JSON.stringify(
        qs.map((q) => q.pieces.map((p) => [p.start - shift, p.end - shift, p.open?.start, p.close?.end, p.paragraph, p.single])),
      );
    fc.assert(
      fc.property(text, text, (t, u) => {
        const paras = paragraphs(t);
        const alone = shape(findQuoteMarks(t, paras), 0);
        findQuoteMarks(u, paragraphs(u));
        expect(shape(findQuoteMarks(t, paras), 0)).toBe(alone);
        // The same paragraphs after a prefix: offsets shift, nothing else changes.
        const prefix = `${u}\n\n`;
        const shifted = paras.map((p) => ({ start: p.start + prefix.length, end: p.end + prefix.length }));
        const after = findQuoteMarks(prefix + t, shifted).map((q) => ({
          pieces: q.pieces.map((p) => ({
            ...p,
            ...(p.open !== undefined && { open: { start: p.open.start - prefix.length, end: p.open.end - prefix.length } }),
            ...(p.close !== undefined && { close: { start: p.close.start - prefix.length, end: p.close.end - prefix.length } }),
          })),
        }));
        expect(shape(after, prefix.length)).toBe(alone);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
