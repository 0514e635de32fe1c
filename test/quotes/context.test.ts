import { describe, expect, it } from 'vitest';
import { readQuote } from './read-quote.js';

const words = (doc: { text: string; tokens: { start: ArrayLike<number>; end: ArrayLike<number> } }, ts: readonly number[]): string =>
  ts.map((i) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i])).join(' ');

// Fixture sentences are written for these tests (a made-up port town and its people).
describe('quoteContext: the words that may attribute a quote', () => {
  it.each([
    ['before: back to the start of the sentence', 'The ferry left. Marta Lind said: “It is late.”', 0, 'Marta Lind said :', ''],
    ['after: on to the end of the sentence', '“It is late,” Marta Lind said. The ferry left.', 0, '', 'Marta Lind said .'],
    [
      'a full stop inside brackets ends no sentence',
      '“It is late,” Sen. Lind (D-Ore.) said on Monday.',
      0,
      '',
      'Sen. Lind ( D-Ore . ) said on Monday .',
    ],
    ['the words after stop at the next quote', '“It is late,” Lind said, “and cold.”', 0, '', 'Lind said ,'],
    ['other quotes are left out of the words before', 'Lind said “late” and then “cold.”', 1, 'Lind said and then', ''],
    ['the context stays inside the quote’s paragraph', 'Lind spoke.\n\n“It is late.”\n\nThe ferry left.', 0, '', ''],
  ])('%s', (_name, text, nth, before, after) => {
    const { doc, ctx } = readQuote(text, nth);
    expect([words(doc, ctx.before), words(doc, ctx.after)]).toEqual([before, after]);
  });

  it('gives the character range of the attributing sentence, quote included', () => {
    const text = 'The ferry left. Marta Lind said: “It is late,” on Monday. Then it rained.';
    const { ctx } = readQuote(text);
    expect(text.slice(ctx.clause.start, ctx.clause.end)).toBe('Marta Lind said: “It is late,” on Monday.');
  });
});
