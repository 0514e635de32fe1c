import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charDice, sharedNgrams } from '../../src/align/char-ngrams.js';
import { evidenceSums, type BigramWeights, type Evidence } from '../../src/align/evidence.js';
import { Feature, FEATURE_NAMES, type FeatureName } from '../../src/align/feature-names.js';
import { pairFeatures } from '../../src/align/features.js';
import { Scratch } from '../../src/align/scratch.js';
import { synonymTableFingerprint } from '../../src/align/synonyms.js';
import { lcsAndEditDistance } from '../../src/align/word-order.js';
import { MODEL } from '../../src/align/model.js';
import { prepareSpan, scoreContext } from '../../src/align/score.js';
import { similarity } from '../../src/align/similarity.js';
import { readCorpus } from '../../src/document/read.js';

/** Two strings read as one corpus and prepared whole for scoring, with the scorer's context. */
function preparedPair(a: string, b: string) {
  const corpus = readCorpus([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]);
  const ctx = scoreContext(corpus.vocab);
  const [da, db] = corpus.docs;
  const pa = prepareSpan({ doc: da!, from: 0, to: da!.tokens.count }, ctx);
  const pb = prepareSpan({ doc: db!, from: 0, to: db!.tokens.count }, ctx);
  return { corpus, ctx, pa, pb };
}

/** The features of two strings, as the scorer computes them. */
function featuresOf(a: string, b: string): Float64Array {
  const { ctx, pa, pb } = preparedPair(a, b);
  return pairFeatures(pa, pb, ctx, ctx.scratch);
}

const feature = (f: Float64Array, name: FeatureName): number => f[Feature[name]] ?? NaN;

describe('pairFeatures', () => {
  it.each([
    ['the same words in another order', 'The mayor opened the new bridge on Monday.', 'On Monday the mayor opened the new bridge.'],
    ['an added clause', 'The mayor opened the bridge.', 'The mayor opened the bridge, which cost 40 million euros, after a long delay.'],
    ['no shared word', 'Rain fell all night.', 'Prices of copper rose sharply.'],
  ])('are finite and symmetric for %s', (_name, a, b) => {
    const ab = featuresOf(a, b);
    const ba = featuresOf(b, a);
    expect(ab.length).toBe(FEATURE_NAMES.length);
    for (let i = 0; i < ab.length; i++) {
      expect(Number.isFinite(ab[i]), FEATURE_NAMES[i]).toBe(true);
      expect(ab[i], FEATURE_NAMES[i]).toBeCloseTo(ba[i] ?? NaN, 12);
    }
  });

  it.each([
    // a, b, edit rate (word-level Levenshtein over the longer length), fragmentation
    ['Kim met Lavrov in Pyongyang.', 'Kim met Lavrov in Pyongyang.', 0, 1], // one chunk of five matches: 1/5
    ['Kim met Lavrov in Pyongyang.', 'In Pyongyang Kim met Lavrov.', 0.8, 2], // two chunks
  ] as const)('edit rate and fragmentation of "%s" / "%s"', (a, b, edit, chunks) => {
    const f = featuresOf(a, b);
    expect(feature(f, 'editRate')).toBeCloseTo(edit, 12);
    expect(feature(f, 'fragmentation')).toBeCloseTo(chunks / 5, 12);
  });

  it('counts an added name and number among the unmatched words by class', () => {
    const f = featuresOf('The council approved the plan.', 'The council approved the plan of Mayor Jansen for 12 new parks.');
    expect(feature(f, 'unmatchedPropnMax')).toBeGreaterThan(0);
    expect(feature(f, 'unmatchedNumMax')).toBeCloseTo(Math.log1p(1), 12);
    expect(feature(f, 'unmatchedPropnMin')).toBe(0);
  });

  it.each([
    // a, b, words matched by a near-synonym (both sides), content words left unmatched on the wordier side
    ['The talks will start on Monday.', 'The talks will begin on Monday.', 2, 0], // start / begin share a group
    ['The talks will start on Monday.', 'The talks will collapse on Monday.', 0, 1], // no shared group
    ['The talks will start on Monday.', 'The talks will begin and collapse on Monday.', 2, 1],
  ] as const)('near-synonym matches of "%s" / "%s"', (a, b, matched, left) => {
    const f = featuresOf(a, b);
    expect(feature(f, 'synonymMatches')).toBeCloseTo(Math.log1p(matched), 12);
    expect(feature(f, 'unmatchedContentSynMax')).toBeCloseTo(Math.log1p(left), 12);
  });

  it.each([
    // a, b, longest run of words one side lacks, runs of two words or more on that side
    ['The mayor opened the bridge.', 'The mayor opened the bridge, which cost 40 million euros, after a long delay.', 9, 1],
    ['The mayor opened the bridge.', 'The young mayor opened the old bridge.', 1, 0],
    ['The mayor opened the bridge.', 'On Monday the mayor opened the bridge to cheering crowds.', 3, 2],
  ] as const)('unmatched runs of "%s" / "%s"', (a, b, longest, runs) => {
    const f = featuresOf(a, b);
    expect(feature(f, 'longestUnmatchedRun')).toBeCloseTo(Math.log1p(longest), 12);
    expect(feature(f, 'unmatchedRuns')).toBeCloseTo(Math.log1p(runs), 12);
  });

  it('is symmetric on any word sequences (property)', () => {
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
      'not',
      '12',
      'percent',
      'Thursday',
    );
    const sentence = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = featuresOf(a, b);
        const ba = featuresOf(b, a);
        for (let i = 0; i < ab.length; i++) expect(ab[i], FEATURE_NAMES[i]).toBeCloseTo(ba[i] ?? NaN, 9);
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('model tables', () => {
  it('a word named like an Object.prototype member gets a finite score', () => {
    // "constructor" is not in the fitted tables; a plain lookup used to find Object.prototype.constructor.
    const r = similarity('The constructor finished the bridge in May.', 'The bridge was finished in May by the builder.');
    expect(Number.isFinite(r.score)).toBe(true);
  });
});

describe('the fitted model and the near-synonym table it reads', () => {
  it('was fitted with the near-synonym table the quote-cluster stage ships now (refit after editing it)', () => {
    expect(MODEL.nearSynonymsFingerprint).toBe(synonymTableFingerprint());
  });
});

describe('exact shortcuts in the scorer', () => {
  // Plain definitions the scorer's shortcuts (shared prefix and suffix skipped, n-grams counted in a
  // hash table) must agree with exactly. Small alphabets make shared ends, repeats and ties common.
  const lcsReference = (a: readonly number[], b: readonly number[]): number => {
    const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    return t[a.length]![b.length]!;
  };
  const editReference = (a: readonly number[], b: readonly number[]): number => {
    const t = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        t[i]![j] = Math.min(t[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), t[i - 1]![j]! + 1, t[i]![j - 1]! + 1);
    return t[a.length]![b.length]!;
  };
  const bigramDiceReference = (a: string, b: string): number => {
    // string-similarity's definition: white space removed, bigram multisets, 1 for equal strings.
    const x = a.replace(/\s+/g, '');
    const y = b.replace(/\s+/g, '');
    if (x === y) return 1;
    if (x.length < 2 || y.length < 2) return 0;
    const counts = new Map<string, number>();
    for (let i = 0; i < x.length - 1; i++) counts.set(x.slice(i, i + 2), (counts.get(x.slice(i, i + 2)) ?? 0) + 1);
    let overlap = 0;
    for (let i = 0; i < y.length - 1; i++) {
      const c = counts.get(y.slice(i, i + 2)) ?? 0;
      if (c > 0) {
        counts.set(y.slice(i, i + 2), c - 1);
        overlap++;
      }
    }
    return (2 * overlap) / (x.length + y.length - 2);
  };

  it('word LCS and edit distance equal the plain dynamic programs (property)', () => {
    const scratch = new Scratch(16);
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 14 });
    fc.assert(
      fc.property(seq, seq, fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), (x, y, end) => {
        // A shared end on both sides, as copies of one passage have.
        const a = [...x, ...end];
        const b = [...y, ...end];
        const order = lcsAndEditDistance(Int32Array.from(a), Int32Array.from(b), scratch);
        expect([order.lcs, order.distance]).toEqual([lcsReference(a, b), editReference(a, b)]);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('character bigram Dice equals the multiset definition (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', ' ', 'c', '\u00E9'), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('', 'ab', 'ba a'), (x, y, end) => {
        const a = (end + x + end).replace(/\s+/g, '');
        const b = (end + y + end).replace(/\s+/g, '');
        expect(charDice(a, b)).toBeCloseTo(bigramDiceReference(a, b), 12);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('shared character n-grams (n = 2, 3) equal the multiset intersection counted plainly (property)', () => {
    const ngramsOf = (s: string, n: number): string[] => Array.from({ length: Math.max(0, s.length - n + 1) }, (_, i) => s.slice(i, i + n));
    const reference = (a: string, b: string, n: number): number => {
      const left = ngramsOf(a, n);
      let shared = 0;
      for (const g of ngramsOf(b, n)) {
        const i = left.indexOf(g);
        if (i >= 0) {
          left.splice(i, 1);
          shared++;
        }
      }
      return shared;
    };
    const text = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', 'c'), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.constantFrom('', 'ab', 'bab'), fc.constantFrom(2, 3), (x, y, end, n) => {
        expect(sharedNgrams(end + x + end, end + y + end, n)).toBe(reference(end + x + end, end + y + end, n));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe('lookups the scorer keeps per prepared view', () => {
  const words = fc.constantFrom(
    'Kim',
    'Lavrov',
    'met',
    'talks',
    'the',
    'in',
    'not',
    "n't",
    'never',
    'no',
    'said',
    'sanctions',
    'nuclear',
    'weapons',
    '12',
  );
  const sentence = fc.array(words, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);

  it('the evidence features equal evidenceSums, also under a second evidence table, and negations a fresh view (property)', () => {
    fc.assert(
      fc.property(
        sentence,
        sentence,
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 64, maxLength: 64 }),
        (x, y, weights) => {
          const { corpus, ctx, pa, pb } = preparedPair(x, y);
          // A second table holding every bigram of both sides with made-up weights, as the fitting
          // script's held-out tables differ from the shipped one.
          const hashes = [...new Set([...pa.bi, ...pb.bi])];
          const bigrams = new Map<number, BigramWeights>();
          hashes.forEach((h, i) => bigrams.set(h, { shared: weights[(2 * i) % 64]!, unmatched: weights[(2 * i + 1) % 64]! }));
          const second: Evidence = { shared: ctx.evidence.shared, unmatched: ctx.evidence.unmatched, bigrams };
          for (const evidence of [ctx.evidence, second, ctx.evidence]) {
            const f = pairFeatures(pa, pb, { ...ctx, evidence }, ctx.scratch);
            const e = evidenceSums(pa.v.keys, pb.v.keys, pa.bi, pb.bi, evidence, ctx.scratch);
            expect([
              f[Feature.sharedEvidence],
              f[Feature.unmatchedEvidence],
              f[Feature.sharedBigramEvidence],
              f[Feature.unmatchedBigramEvidence],
            ]).toEqual([e.shared, e.unmatched, e.sharedBigrams, e.unmatchedBigrams]);
          }
          // The scorer's definition: some word's folded surface form is a negation.
          const negations = new Set(['not', "n't", 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without']);
          const negated = (v: typeof pa.v): boolean => [...v.surface].some((k) => negations.has(corpus.vocab.str(k)));
          expect([pa.negated, pb.negated]).toEqual([negated(pa.v), negated(pb.v)]);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
