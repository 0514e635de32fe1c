import { describe, expect, it } from 'vitest';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import { LinkBound } from '../../src/quote-clusters/link-bound.js';
import { TightBound } from '../../src/quote-clusters/tight-bound.js';
import { lexicalCore } from '../../src/quote-clusters/pair.js';
import { WordMatcher } from '../../src/quote-clusters/word-matcher.js';
import { wordSequences } from '../../src/quote-clusters/word-sequences.js';
import { viewsOf } from './views-of.js';

// The bound rules candidate pairs out before their words are compared one to one. It must never rule
// out a pair whose full lexical score reaches the need (else a link would be lost), and it should rule
// out pairs that share too little.
const CASES: readonly [string, string, string, number, boolean][] = [
  ['copies reach any need', 'We reject the blockade of our ports.', 'We reject the blockade of our ports.', 0.99, true],
  ['near-synonyms may reach a high need', 'We reject the blockade of our ports.', 'We oppose the blockade of our ports.', 0.85, true],
  ['no shared word cannot reach a low need', 'The harvest was the best in a decade.', 'Our farmers need rain before spring.', 0.2, false],
  [
    'one shared word of six cannot reach 0.85',
    'The harvest was the best in a decade.',
    'The blockade of ports hurt our harvest badly.',
    0.85,
    false,
  ],
];

describe('LinkBound.mayReach: which candidate pairs are worth scoring in full', () => {
  it.each(CASES)('%s', (_, a, b, need, expected) => {
    const lex = clusterLexicon();
    const { corpus, idf, views } = viewsOf([a, b]);
    const seqs = wordSequences(views);
    const bound = new LinkBound(seqs, corpus, lex, false);
    const [sa, sb] = [seqs.idOf[0]!, seqs.idOf[1]!];
    expect(bound.mayReach(sa, sb, need)).toBe(expected);
    // An upper bound: whenever the full score reaches the need, the bound lets the pair through.
    const core = lexicalCore(views[0]!, views[1]!, new WordMatcher(corpus, lex, undefined), lex, idf);
    if (core.lexical >= need) expect(bound.mayReach(sa, sb, need)).toBe(true);
  });
});

describe('TightBound.mayReach: the tighter bound read after the signatures', () => {
  it.each(CASES)('%s', (_, a, b, need, expected) => {
    const lex = clusterLexicon();
    const { corpus, idf, views } = viewsOf([a, b]);
    const seqs = wordSequences(views);
    const tight = new TightBound(seqs, corpus, lex, false);
    const [sa, sb] = [seqs.idOf[0]!, seqs.idOf[1]!];
    expect(tight.mayReach(sa, sb, need)).toBe(expected);
    expect(tight.mayReach(sb, sa, need)).toBe(expected);
    const core = lexicalCore(views[0]!, views[1]!, new WordMatcher(corpus, lex, undefined), lex, idf);
    if (core.lexical >= need) expect(tight.mayReach(sa, sb, need)).toBe(true);
  });
});

describe('wordSequences: copies of one wording share a sequence', () => {
  it.each([
    [
      ['We reject it.', 'We reject it.', 'We oppose it.'],
      [0, 0, 1],
    ],
    [
      ['We reject it.', 'we REJECT it', 'It we reject.'],
      [0, 0, 1],
    ],
  ])('%j -> %j', (texts, ids) => {
    const { views } = viewsOf(texts);
    expect([...wordSequences(views).idOf]).toEqual(ids);
  });
});
