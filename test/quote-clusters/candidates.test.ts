import { describe, expect, it } from 'vitest';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { candidatePairs } from '../../src/quote-clusters/candidates.js';
import { viewsOf } from './views-of.js';

// Candidate pairs come from an inverted index: two quotes are paired only when they share a rare
// content word, a near-synonym group, or one of each one's two least common content words.
describe('candidatePairs: which quotes are compared at all', () => {
  it.each([
    ['a shared rare word pairs them', ['We reject the blockade.', 'The blockade must end.'], [[0, 1]]],
    ['near-synonyms pair them', ['We reject it.', 'We oppose it.'], [[0, 1]]],
    ['only stop words shared: no pair', ['We are here.', 'They are there.'], []],
    [
      'each pair once, in order',
      ['The blockade of our ports.', 'The blockade of their ports.', 'Ports under blockade.'],
      [
        [0, 1],
        [0, 2],
        [1, 2],
      ],
    ],
  ])('%s', (_, texts, expected) => {
    const { corpus, idf, views } = viewsOf(texts);
    const pairs = candidatePairs(views, corpus, clusterLexicon(), idf, false);
    expect(pairs.map((p) => [p.a, p.b])).toEqual(expected);
  });
});
