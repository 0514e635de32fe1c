import { describe, expect, it } from 'vitest';
import { docOf, readQuote } from './read-quote.js';
import { insideMask, MAX_CONTEXT_TOKENS, quoteRunStarts } from '../../src/quotes/context.js';

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

describe('quoteContext on text with no full stop (hostile input)', () => {
  it(`reads back at most ${MAX_CONTEXT_TOKENS} words, the nearest ones`, () => {
    const lead = Array.from({ length: 300 }, (_, k) => `w${k}`).join(' ');
    const { doc, ctx } = readQuote(`${lead} Lind said “It is late”`);
    expect(ctx.before).toHaveLength(MAX_CONTEXT_TOKENS);
    expect(words(doc, ctx.before.slice(-3))).toBe('w299 Lind said');
    expect(doc.tokens.start[ctx.before[0] ?? 0]).toBeGreaterThan(0); // the clause starts at the first word read
  });

  it('steps over the quotes before it as a whole, leaving them out', () => {
    const text = `Lind said ${Array.from({ length: 40 }, (_, k) => `“q${k} x”`).join(' ')} and then “last”`;
    const { doc, ctx } = readQuote(text, 40);
    expect(words(doc, ctx.before)).toBe('Lind said and then');
  });
});

describe('insideMask and quoteRunStarts', () => {
  it('marks nested and overlapping ranges as their union, in any order', () => {
    const doc = docOf('a “b ‘c “d” e’ f” g h');
    const at = (w: string): number => doc.text.indexOf(w);
    const ranges = [
      { start: at('“d'), end: at('” e') + 1 },
      { start: at('“b'), end: at('” g') + 1 },
      { start: at('‘c'), end: at('’ f') + 1 },
    ];
    const naive = Array.from({ length: doc.tokens.count }, (_, i) =>
      ranges.some((r) => r.start <= (doc.tokens.start[i] ?? 0) && (doc.tokens.start[i] ?? 0) < r.end) ? 1 : 0,
    );
    expect([...insideMask(doc, ranges)]).toEqual(naive);
  });

  it('gives each token inside a quote the first token of its run', () => {
    expect([...quoteRunStarts(Uint8Array.from([0, 1, 1, 0, 1, 1, 1, 0]))]).toEqual([-1, 1, 1, -1, 4, 4, 4, -1]);
  });
});
