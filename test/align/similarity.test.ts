import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { charDice } from '../../src/align/char-ngrams.js';
import { MODEL } from '../../src/align/model.js';
import { judge } from '../../src/align/score.js';
import { similarity } from '../../src/align/similarity.js';
import { NarrativeDiffError } from '../../src/errors.js';

describe('similarity', () => {
  it.each([
    ['spelling variants', 'All sides should go half-way on denuclearisation.', 'All sides should go halfway on denuclearization.'],
    ['quote marks and NBSP', '\u201CCome to Russia,\u201D Lavrov\u00A0said.', '"Come to Russia," Lavrov said.'],
    ['case and spacing', 'Kim met  Lavrov in Pyongyang.', 'kim met Lavrov in Pyongyang'],
  ])('verbatim despite %s', (_name, a, b) => {
    expect(similarity(a, b)).toEqual({ score: 1, kind: 'verbatim' });
  });

  it.each([
    [
      'a substituted word',
      'She said the port authority hoped both crews would take a careful approach to the talks on fishing rights.',
      'She said the port authority hoped both crews would take a cautious approach to the talks on fishing rights.',
      'edited',
    ],
    [
      'a trimmed copy',
      'The harbour board wants to take part in the talks on the new quay before the spring vote and make sure the council keeps it informed.',
      'The harbour board wants to take part and make sure the council keeps it informed.',
      'edited',
    ],
    [
      'a reworded sentence',
      'The minister said the talks with the rebels had made real progress on Tuesday.',
      'Real progress was made in Tuesday\u2019s talks with the rebels, according to the minister.',
      'paraphrase',
    ],
    [
      'different events',
      'The central bank raised interest rates by half a point on Wednesday.',
      'Heavy rain flooded the village and closed the only road to the coast.',
      'unrelated',
    ],
  ])('%s is %s', (_name, a, b, kind) => {
    expect(similarity(a, b).kind).toBe(kind);
  });

  it('throws a NarrativeDiffError for a non-string', () => {
    expect(() => similarity(1 as unknown as string, 'x')).toThrow(NarrativeDiffError);
    expect(() => similarity('x', null as unknown as string)).toThrow(/b must be a string, found null/);
  });

  it('is symmetric, in [0, 1], and agrees with its verdict (property)', () => {
    const words = fc.constantFrom(
      'Kim',
      'Lavrov',
      'met',
      'talks',
      'the',
      'in',
      'Pyongyang',
      'said',
      'sanctions',
      'progress',
      'Moscow',
      '12',
      'June',
      'not',
      'half-way',
      'U.S.',
    );
    const sentence = fc.array(words, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const x = similarity(a, b);
        const y = similarity(b, a);
        expect(x).toEqual(y);
        expect(x.score).toBeGreaterThanOrEqual(0);
        expect(x.score).toBeLessThanOrEqual(1);
        expect(x.kind === 'unrelated').toBe(x.score < 0.5);
      }),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('judge', () => {
  it.each([
    // p, lcs, la, lb → kind
    [0.9, 10, 10, 10, 'edited'],
    [0.9, 4, 10, 12, 'paraphrase'],
    [0.2, 4, 10, 12, 'unrelated'],
    [0.1, 9, 9, 30, 'edited'], // trimmed copy: the shorter found in order in the longer
    [0.1, 5, 5, 30, 'unrelated'], // too short for the trimmed-copy rule
  ] as const)('p=%s lcs=%s of %s/%s words → %s', (p, lcs, la, lb, kind) => {
    expect(judge(p, lcs, la, lb, MODEL).kind).toBe(kind);
  });
});

describe('charDice', () => {
  it('equals string-similarity compareTwoStrings on white-space-free text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const x = a.replace(/\s+/g, '');
        const y = b.replace(/\s+/g, '');
        expect(charDice(x, y)).toBeCloseTo(stringSimilarity.compareTwoStrings(x, y), 12);
      }),
      { seed: 42 },
    );
  });
});
