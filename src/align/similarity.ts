import { describeType, NarrativeDiffError } from '../errors.js';
import { foldText } from '../document/normalize.js';
import { readCorpus } from '../document/read.js';
import { scoreContext, scoreSpans } from './score.js';
import type { SimilarityResult } from './types.js';

/**
 * Judges how close two passages are with the scorer the alignment stage uses: a verbatim copy (the same
 * words, whatever the quote marks, spaces, case and British or American spelling), an edited copy, a
 * paraphrase, or unrelated text. The score is a logistic model's probability that the two say the same
 * thing, over IDF-weighted lemma overlap, word n-gram and character-bigram Dice (string-similarity's
 * measure), word order (LCS), edit rate, BLEU and fragmentation, unmatched words by class (nouns, proper
 * nouns, verbs, modifiers, numbers), words matched only by a near-synonym (the quote-cluster stage's
 * table), runs of unmatched words (an added clause), number and negation mismatches, length, and how
 * much the words and word pairs shared or left unmatched say about a paraphrase (learned per word, after
 * TF-KLD); its
 * weights are fitted on the MSRP paraphrase corpus (`src/align/data/similarity-model.json`, with the
 * script that fits them named in its `source`). Related means a score of at least 0.5.
 *
 * @param a - a passage
 * @param b - another passage
 * @returns the score in [0, 1] (symmetric: `similarity(a, b)` equals `similarity(b, a)`) and its verdict
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when `a` or `b` is not a string
 * @example
 * ```ts
 * similarity('All sides should go half-way.', 'All sides should go halfway.');
 * //=> { score: 1, kind: 'verbatim' }
 * similarity('The talks went well, Kim said.', 'Stocks fell sharply in Tokyo on Monday.').kind;
 * //=> 'unrelated'
 * ```
 */
export function similarity(a: string, b: string): SimilarityResult {
  if (typeof a !== 'string')
    throw new NarrativeDiffError('INVALID_ARGUMENT', `similarity(a, b): a must be a string, found ${describeType(a)}`);
  if (typeof b !== 'string')
    throw new NarrativeDiffError('INVALID_ARGUMENT', `similarity(a, b): b must be a string, found ${describeType(b)}`);
  const fa = foldText(a);
  if (fa !== '' && fa === foldText(b)) return { score: 1, kind: 'verbatim' };
  const corpus = readCorpus([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]);
  const [da, db] = corpus.docs;
  if (da === undefined || db === undefined) return { score: 0, kind: 'unrelated' };
  // Boilerplate is left out of alignment, and so of this judgement too.
  return scoreSpans({ doc: da, from: 0, to: da.tokens.count }, { doc: db, from: 0, to: db.tokens.count }, scoreContext(corpus.vocab));
}
