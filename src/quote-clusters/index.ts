import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import { clusterLexicon } from '../lexicon/cluster-words.js';
import type { Quote } from '../quotes/types.js';
import type { StoryAssignment } from '../stories/types.js';
import { idOrder } from '../util/id-order.js';
import { drain, type Steps } from '../util/steps.js';
import { assembleCluster, numberClusters, type AssemblyContext } from './assemble.js';
import { clusterInInputOrder } from './input-order.js';
import { LinkBound } from './link-bound.js';
import { linkedPairs } from './linking.js';
import { mergeLinked } from './merge.js';
import { QUOTE_CLUSTER_DEFAULTS, type ResolvedQuoteClusterOptions } from './options.js';
import { PairEvidence } from './pair-evidence.js';
import { TightBound } from './tight-bound.js';
import type { QuoteCluster } from './types.js';
import { quoteViews, sentenceIdf, type QuoteView } from './views.js';
import { WordMatcher } from './word-matcher.js';
import { wordSequences } from './word-sequences.js';

export { resolveQuoteClusterOptions } from './options.js';

/**
 * The quotes' views in document then text order, whatever order the quotes came in: the report must
 * not depend on it.
 */
function viewsInOrder(unsorted: readonly QuoteView[], docOrder: ReadonlyMap<string, number>): QuoteView[] {
  const docOf = (v: QuoteView): number => docOrder.get(v.doc.id) ?? 0;
  return [...unsorted].sort((a, b) => docOf(a) - docOf(b) || a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}

/**
 * Groups quotes from different documents that render one remark — identical, trimmed, edited or
 * translated differently — and aligns the renderings word by word.
 *
 * Pairs of quotes from different documents are scored on IDF-weighted lemma overlap (near-synonyms at
 * a discount, containment for a partial quote), shared rare words, same speaker, aligned passages
 * around them and the cue; linked pairs are merged strongest first, but never so that two unrelated
 * remarks (say, two different remarks of one speaker in one article) end up in one cluster.
 *
 * @param corpus - the documents
 * @param quotes - the quotes found in them
 * @param alignments - shared passages, used as context evidence (may be empty)
 * @param options - resolved options (defaults when omitted)
 * @param stories - the stories and each document's (by position); quotes link only within one story. When
 *   omitted, every document is in one story `s1`.
 * @returns clusters of two or more quotes from two or more documents, in report order
 * @internal
 */
export function clusterQuotes(
  corpus: Corpus,
  quotes: readonly Quote[],
  alignments: readonly Alignment[],
  options: ResolvedQuoteClusterOptions = QUOTE_CLUSTER_DEFAULTS,
  stories?: StoryAssignment,
): QuoteCluster[] {
  return drain(quoteClusterSteps(corpus, quotes, alignments, options, stories));
}

/**
 * {@link clusterQuotes} as {@link Steps}: the same work, pausing between its parts, between candidate pairs and
 * between clusters, so that `analyze` can hand the event loop back.
 * @internal
 */
export function* quoteClusterSteps(
  corpus: Corpus,
  quotes: readonly Quote[],
  alignments: readonly Alignment[],
  options: ResolvedQuoteClusterOptions = QUOTE_CLUSTER_DEFAULTS,
  stories?: StoryAssignment,
): Steps<QuoteCluster[]> {
  if (quotes.length < 2) return [];
  const lex = clusterLexicon();
  const { match } = lex.params;
  const idf = sentenceIdf(corpus, match.rareMaxSentencesPerDoc, match.rareMaxSentenceShare);
  // Quotes are clustered and assembled in order of document id, so that ties (which rendering is the
  // pivot, which link merges first) do not follow input order; the lists are put in input order at the end.
  const docOrder = new Map(corpus.docs.map((d, i) => [d.id, i]));
  const idRank = new Map(idOrder(corpus.docs).map((i, r) => [corpus.docs[i]?.id ?? '', r]));
  const views = viewsInOrder(quoteViews(corpus, quotes, alignments, idf, match.stopWordWeight), idRank);

  yield;
  // 1. Copies of one wording share their word-level evidence, computed once per pair of wordings.
  const seqs = wordSequences(views);
  const matcher = new WordMatcher(corpus, lex, options.wordSimilarity);
  const evidence = new PairEvidence(views, seqs, matcher, lex, idf, options.minLinkScore);

  // 2. Candidate pairs that may link (a cheap bound first), scored in full.
  const provider = options.wordSimilarity !== undefined;
  const bound = new LinkBound(seqs, corpus, lex, provider);
  const tight = new TightBound(seqs, corpus, lex, provider);
  const docPosition = new Map(corpus.docs.map((d, i) => [d, i]));
  const docOf = views.map((v) => docPosition.get(v.doc) ?? -1);
  const storyOf = stories?.storyOf;
  yield;
  const edges = yield* linkedPairs({ corpus, evidence, bound, tight, lex, idf, options, docOf, ...(storyOf !== undefined && { storyOf }) });

  // 3. Linked pairs merged into clusters, strongest first, each merge checked for compatibility.
  const merged = mergeLinked(edges, evidence, lex);
  yield;

  // 4. Each cluster's record: renderings aligned, indirect speech, groups of copies and the links that
  // joined them; numbered in report order.
  const plainMatcher = options.wordSimilarity === undefined ? matcher : new WordMatcher(corpus, lex, undefined);
  const storyOfDoc = (docId: string): string =>
    stories === undefined ? 's1' : (stories.stories[stories.storyOf[docOrder.get(docId) ?? 0] ?? 0]?.id ?? 's1');
  const ctx: AssemblyContext = { corpus, quotes, evidence, matcher, plainMatcher, lex, idf, docOrder: idRank, options, storyOfDoc };
  const clusters: NonNullable<ReturnType<typeof assembleCluster>>[] = [];
  for (const cluster of merged) {
    const assembled = assembleCluster(ctx, cluster);
    if (assembled !== undefined) clusters.push(assembled);
    yield;
  }
  return numberClusters(
    clusters.map((c) => clusterInInputOrder(c, docOrder)),
    docOrder,
  );
}
