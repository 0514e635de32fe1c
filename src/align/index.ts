import type { Corpus } from '../document/model.js';
import { drain, type Steps } from '../util/steps.js';
import { clusterPassages } from './cluster.js';
import type { PassagePair } from './extend.js';
import type { ResolvedAlignOptions } from './options.js';
import { inIdOrder, inInputOrder } from './order.js';
import { pairWorkHere, type PairWorkFactory } from './pair-work.js';
import { paraphrasePairs } from './paraphrase.js';
import { scoreContext } from './score.js';
import { seedHits } from './seeds.js';
import { keyHashes } from './stable-hash.js';
import type { Alignment } from './types.js';
import { docWords } from './words.js';

export { resolveAlignOptions, ALIGN_DEFAULTS, type ResolvedAlignOptions } from './options.js';
export type { PairWork, PairWorkFactory } from './pair-work.js';
export { similarity } from './similarity.js';

/**
 * Finds the passages two or more documents share — verbatim, edited or paraphrased, in any order — and
 * clusters them across documents with word diffs.
 *
 * 1. Candidate index: 4-word shingles of match keys, hashed and sorted in typed arrays; shingles found
 *    in more than `maxSeedDocumentFrequency` of the documents are dropped; document pairs sharing at
 *    least two seeds are compared.
 * 2. Seed-and-extend: seeds chained and the words between them aligned, ends extended, cut at
 *    paragraph breaks (see `extend.ts`).
 * 3. Paraphrase tier (optional): uncovered sentences paired through rare shared lemmas with each other and
 *    with sentences inside copies, judged by the similarity model; consecutive pairs joined and grown to their
 *    paragraphs where those hold together (see `paraphrase.ts`).
 * 4. Clusters: overlapping copies merged, pairs scored with the same scorer as {@link similarity},
 *    union-find across documents; a pair the merging no longer matches kept on its own spans (see `cluster.ts`).
 *
 * @param corpus - the documents, read by the document stage
 * @param options - resolved align options
 * @returns alignments in document order of their first member, ids `p1`, `p2`, …; the same up to
 *   document order whatever order the documents come in
 * @internal
 */
export function alignCorpus(input: Corpus, options: ResolvedAlignOptions): Alignment[] {
  return drain(alignSteps(input, options));
}

/**
 * {@link alignCorpus} as {@link Steps}: the same work, pausing between its parts, document pairs and passages, so
 * that `analyze` can hand the event loop back; the work on document pairs (extending seeds, scoring and diffing
 * passages) is handed to `elsewhere` when given (worker threads), with the same result.
 * @internal
 */
export function* alignSteps(input: Corpus, options: ResolvedAlignOptions, elsewhere?: PairWorkFactory): Steps<Alignment[]> {
  if (input.docs.length < 2) return [];
  // Documents are read in order of id, and the alignments put back in input order at the end.
  const corpus = inIdOrder(input);
  const words = corpus.docs.map(docWords);
  const ctx = scoreContext(corpus.vocab);
  const work = (elsewhere ?? pairWorkHere)(words, ctx);
  const hits = yield* seedHits(words, keyHashes(corpus.vocab), options.maxSeedDocumentFrequency);
  yield;
  const pairs: PassagePair[] = yield* work.extend(hits, options.minPassageWords);
  yield;
  if (options.paraphrases)
    for (const p of paraphrasePairs(corpus, words, pairs, ctx, options.minPassageWords, options.minSimilarity)) pairs.push(p);
  yield;
  return inInputOrder(input, yield* clusterPassages(corpus, pairs, work, options.minSimilarity));
}
