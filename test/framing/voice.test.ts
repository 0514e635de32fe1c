import fc from 'fast-check';
import { drain } from '../../src/util/steps.js';
import { describe, expect, it } from 'vitest';
import { scorePieces, segmentSentiments, splitVoice } from '../../src/framing/voice.js';

// Words written for these tests: sentiment-bearing ones, negations, plain ones, and marks that end or
// break sentences, so generated pieces hold several wink sentences, negated praise and bare punctuation.
const WORDS = ['good', 'terrible', 'great', 'awful', 'not', 'never', 'talks', 'the', 'envoy', 'said', 'happy', 'sad', 'very'];
const MARKS = ['.', '!', '?', ',', ';', '"', '\n', '\n\n'];
// Pieces as the framing stage cuts them: sentence text with quoted parts blanked out (runs of spaces).
const piece = fc
  .tuple(
    fc.constantFrom('', ' ', '   '),
    fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS)), { minLength: 0, maxLength: 14 }),
    fc.constantFrom('', ' ', '    '),
  )
  .map(([before, parts, after]) => before + parts.join(' ') + after);

describe('sentiment of text pieces', () => {
  it('a piece read among others scores as it does read alone (what lets a repeated piece be read once)', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const together = scorePieces(pieces);
        pieces.forEach((p, i) => expect(together[i]).toBe(scorePieces([p])[0]));
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('pieces read once per distinct text score as read together, in any batch and order', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const fresh = scorePieces(pieces);
        expect(drain(segmentSentiments(pieces))).toEqual(fresh);
        expect(drain(segmentSentiments([...pieces].reverse()))).toEqual([...fresh].reverse());
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('more pieces than one wink-nlp batch (64) each score as read alone, whatever batch they fall in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(piece, { minLength: 100, maxLength: 160 }), (pieces) => {
        // A marker per piece keeps them distinct, so that all of them are read in batches.
        const fresh = pieces.map((p, i) => `${p} envoy${i}x${pieces.length}`);
        const scores = drain(segmentSentiments(fresh));
        fresh.forEach((p, i) => expect(scores[i]).toBe(scorePieces([p])[0]));
      }),
      { seed: 11, numRuns: 4 },
    );
  });

  it.each<[string, string, number]>([
    ['praise', 'The talks were great.', 1],
    ['complaint', 'The talks were terrible.', -1],
    ['no words', '" , ;', 0],
  ])('%s: "%s" has the sign %d', (_name, text, sign) => {
    expect(Math.sign(drain(segmentSentiments([text]))[0] ?? Number.NaN)).toBe(sign);
  });
});

describe('splitVoice: a sentence cut into the outlet’s own words and quoted parts', () => {
  const text = 'He said "no" twice and "never" once.';
  it.each<[string, number, number, { start: number; end: number }[], string, number]>([
    ['no quote', 0, 36, [], 'He said "no" twice and "never" once.', 0],
    ['one quote blanked', 0, 18, [{ start: 8, end: 12 }], 'He said      twice', 1],
    [
      'two quotes blanked',
      0,
      36,
      [
        { start: 8, end: 12 },
        { start: 23, end: 30 },
      ],
      'He said      twice and         once.',
      2,
    ],
    ['a quote running past the sentence is cut at its end', 0, 10, [{ start: 8, end: 30 }], 'He said   ', 1],
  ])('%s', (_, start, end, quoted, own, parts) => {
    const split = splitVoice(text, start, end, quoted);
    expect(split.own).toBe(own);
    expect(split.parts.length).toBe(parts);
    expect(split.ownChars + split.parts.reduce((s, p) => s + p.end - p.start, 0)).toBe(end - start);
  });
});
