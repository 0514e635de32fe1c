import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenFlag, TokenKind } from '../../src/document/model.js';
import { readCorpus } from '../../src/document/read.js';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { WordMatcher, type WordMatch, type WordSeq } from '../../src/quote-clusters/word-matcher.js';
import type { WordSimilarity } from '../../src/quote-clusters/types.js';

// Words of the team's own choosing: repeated function words, near-synonyms the table holds
// (reject/oppose, government/administration, talks/negotiations) and plain words.
const WORDS = [
  'the',
  'of',
  'and',
  'we',
  'reject',
  'oppose',
  'government',
  'administration',
  'talks',
  'negotiations',
  'blockade',
  'ports',
  'harvest',
  'rain',
  'firmly',
];

/** The matching as first written: every pair of words scored, sorted best first, taken greedily. */
function reference(matcher: WordMatcher, a: WordSeq, b: WordSeq): WordMatch[] {
  const cands: { i: number; j: number; sim: number; d: number }[] = [];
  const na = a.toks.length;
  const nb = b.toks.length;
  for (let i = 0; i < na; i++) {
    for (let j = 0; j < nb; j++) {
      const sim = matcher.sim(a, i, b, j);
      if (sim > 0) cands.push({ i, j, sim, d: Math.abs(i / Math.max(1, na) - j / Math.max(1, nb)) });
    }
  }
  cands.sort((x, y) => y.sim - x.sim || x.d - y.d || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: WordMatch[] = [];
  for (const c of cands) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    out.push({ i: c.i, j: c.j, sim: c.sim, exact: c.sim === 1 && a.keys[c.i] === b.keys[c.j] });
  }
  return out.sort((x, y) => x.i - y.i);
}

/** Two documents of the given words, read as word sequences. */
function seqs(wa: readonly string[], wb: readonly string[]): { corpus: ReturnType<typeof readCorpus>; a: WordSeq; b: WordSeq } {
  const corpus = readCorpus([
    { id: 'a', text: `${wa.join(' ')}.` },
    { id: 'b', text: `${wb.join(' ')}.` },
  ]);
  const [a, b] = corpus.docs.map((doc): WordSeq => {
    const toks: number[] = [];
    for (let t = 0; t < doc.tokens.count; t++) if (doc.tokens.kind[t] === TokenKind.Word) toks.push(t);
    const keys = toks.map((t) => doc.tokens.key[t] ?? -1);
    const stop = toks.map((t) => ((doc.tokens.flags[t] ?? 0) & TokenFlag.Stop) !== 0);
    const weights = toks.map((_, i) => 0.1 + (i % 3) / 3);
    return { doc, toks, keys, weights, stop, total: weights.reduce((s, w) => s + w, 0) };
  }) as [WordSeq, WordSeq];
  return { corpus, a, b };
}

// A provider of the tests' own: words with the same first letter are close.
const firstLetter: WordSimilarity = (x, y) => (x[0] === y[0] ? 0.8 : 0.1);

describe('WordMatcher.match', () => {
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 });
  it.each([
    ['the near-synonym table', undefined],
    ['a word-similarity provider', firstLetter],
  ])('matches as the greedy pass over every pair of words does, with %s (property)', (_name, provider) => {
    fc.assert(
      fc.property(words, words, (wa, wb) => {
        const { corpus, a, b } = seqs(wa, wb);
        const matcher = new WordMatcher(corpus, clusterLexicon(), provider);
        expect(matcher.match(a, b)).toEqual(reference(new WordMatcher(corpus, clusterLexicon(), provider), a, b));
        expect(matcher.match(b, a)).toEqual(reference(new WordMatcher(corpus, clusterLexicon(), provider), b, a));
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('asks the provider about the words as written: which spelling of a lemma comes first does not matter', () => {
    // "harvested" and "harvests" share a match key (no near-synonym table entry); a provider may still
    // tell them apart.
    const byForm: WordSimilarity = (x, y) => ([x, y].includes('harvested') ? 0.95 : 0.85);
    const { corpus, a, b } = seqs(['harvested', 'harvests'], ['rain']);
    const sims = (order: number[]): number[] => {
      const m = new WordMatcher(corpus, clusterLexicon(), byForm);
      const out: number[] = [];
      for (const i of order) out[i] = m.sim(a, i, b, 0);
      return out;
    };
    expect(sims([0, 1])).toEqual(sims([1, 0]));
    expect(sims([0, 1])[0]).toBeGreaterThan(sims([0, 1])[1] ?? 1);
  });

  it('pairs a repeated word with its counterpart at the same relative place', () => {
    const { corpus, a, b } = seqs(['blockade', 'of', 'the', 'ports'], ['the', 'ports', 'and', 'the', 'blockade']);
    const m = new WordMatcher(corpus, clusterLexicon(), undefined).match(a, b);
    expect(m.map((x) => [x.i, x.j])).toEqual([
      [0, 4],
      [2, 3],
      [3, 1],
    ]);
  });
});
