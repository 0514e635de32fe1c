import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOP_WORD_FORMS } from '../helpers/generators.js';
import { TokenFlag, TokenKind } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { WordMatcher, type WordSeq } from '../../src/quote-clusters/word-matcher.js';
import { BucketSignatures } from '../../src/quote-clusters/signature.js';
import type { WordSimilarity } from '../../src/quote-clusters/types.js';

// Words of the team's own choosing: function words, keys that are a stop word in one form and not in
// another (give / gave, show / shows), near-synonyms the table holds, and plain words.
const WORDS = [
  'the',
  'of',
  'and',
  'we',
  'to',
  'our',
  'is',
  ...STOP_WORD_FORMS,
  'reject',
  'oppose',
  'government',
  'administration',
  'talks',
  'negotiations',
  'hegemony',
  'domination',
  'dominance',
  'blockade',
  'ports',
  'harvest',
  'rain',
  'firmly',
  'grain',
  'treaty',
  'border',
  'farmers',
  'summit',
];

/** Documents of the given words, read as word sequences with weights that differ from word to word. */
function seqsOf(texts: readonly (readonly string[])[]): { corpus: ReturnType<typeof readCorpus>; seqs: WordSeq[] } {
  const corpus = readCorpus(texts.map((words, i) => ({ id: `d${i}`, text: `${words.join(' ')}.` })));
  const seqs = corpus.docs.map((doc): WordSeq => {
    const toks: number[] = [];
    for (let t = 0; t < doc.tokens.count; t++) if (doc.tokens.kind[t] === TokenKind.Word) toks.push(t);
    const keys = toks.map((t) => doc.tokens.key[t] ?? -1);
    const stop = toks.map((t) => ((doc.tokens.flags[t] ?? 0) & TokenFlag.Stop) !== 0);
    const weights = toks.map((_, i) => (stop[i] === true ? 0.05 : 0.2) + (i % 4) / 5);
    return { doc, toks, keys, weights, stop, total: weights.reduce((s, w) => s + w, 0) };
  });
  return { corpus, seqs };
}

// A provider of the tests' own: words with the same first letter are close.
const firstLetter: WordSimilarity = (x, y) => (x[0] === y[0] ? 0.8 : 0.1);

describe('BucketSignatures.bound', () => {
  const texts = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 18 }), { minLength: 2, maxLength: 6 });
  it.each([
    ['the near-synonym table', undefined],
    ['a word-similarity provider', firstLetter],
  ])('is at least what the one-to-one matching of every pair of sequences reaches, with %s (property)', (_name, provider) => {
    const lex = clusterLexicon();
    let shared = 0;
    fc.assert(
      fc.property(texts, (words) => {
        const { corpus, seqs } = seqsOf(words);
        const matcher = new WordMatcher(corpus, lex, provider);
        const groupsOf = (k: number): readonly number[] => lex.synonymGroups.get(corpus.vocab.str(k)) ?? [];
        const sigs = new BucketSignatures(seqs, corpus.vocab.size, groupsOf, provider !== undefined);
        seqs.forEach((a, x) => {
          seqs.forEach((b, y) => {
            if (x === y) return;
            let weightA = 0;
            let weightB = 0;
            let exact = 0;
            let content = 0;
            for (const m of matcher.match(a, b)) {
              weightA += m.sim * (a.weights[m.i] ?? 0);
              weightB += m.sim * (b.weights[m.j] ?? 0);
              if (!m.exact) continue;
              exact++;
              if (a.stop[m.i] !== true || b.stop[m.j] !== true) content++;
            }
            sigs.bound(x, y, true);
            expect(sigs.weightA).toBeGreaterThanOrEqual(weightA - 1e-12);
            expect(sigs.weightB).toBeGreaterThanOrEqual(weightB - 1e-12);
            expect(sigs.exact).toBeGreaterThanOrEqual(exact);
            expect(sigs.content).toBeGreaterThanOrEqual(content);
            // Without the counts, the same weights (and the counts of the last call left alone).
            const [wa, wb, e, c] = [sigs.weightA, sigs.weightB, sigs.exact, sigs.content];
            sigs.bound(y, x, false);
            expect([sigs.weightB, sigs.weightA, sigs.exact, sigs.content]).toEqual([wa, wb, e, c]);
            shared += exact;
          });
        });
      }),
      { seed: 42, numRuns: 150 },
    );
    // The sequences do share words: the bounds are tested against matches, not against nothing.
    expect(shared).toBeGreaterThan(1000);
  });

  it('rules out sequences without a word in common', () => {
    const { corpus, seqs } = seqsOf([
      ['blockade', 'ports', 'harvest'],
      ['rain', 'farmers', 'summit'],
    ]);
    const sigs = new BucketSignatures(seqs, corpus.vocab.size, () => [], false);
    sigs.bound(0, 1, true);
    // Six keys in 256 buckets may collide, but these do not.
    expect([sigs.weightA, sigs.weightB, sigs.exact, sigs.content]).toEqual([0, 0, 0, 0]);
  });
});
