import type { Alignment } from '../align/types.js';
import { LabelResolver } from '../actors/labels.js';
import { namingTable } from '../actors/naming-table.js';
import type { Actors } from '../actors/types.js';
import type { Corpus } from '../document/model.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { CreditedSource, Quote } from '../quotes/types.js';
import { framingPairs } from './divergence.js';
import { frameDocument } from './document.js';
import type { Draft } from './draft.js';
import { documentVoices } from './editorializing.js';
import { framingWorkHere, type FramingWorkFactory } from './framing-work.js';
import { LEXICON_VERSION } from './lexicon.js';
import { resolveFramingOptions, type ResolvedFramingOptions } from './options.js';
import type { Coverage, Framing, FramingPairsLeftOut } from './types.js';
import { drain, type Steps } from '../util/steps.js';

export { resolveFramingOptions, type ResolvedFramingOptions };

/** Each document's quotes, by document id. */
function quotesByDocument(quotes: readonly Quote[]): Map<string, Quote[]> {
  const byDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = byDoc.get(q.docId);
    if (list) list.push(q);
    else byDoc.set(q.docId, [q]);
  }
  return byDoc;
}

/** Per document, the tokens of its person and state labels (which name no one themselves). */
function titleTokensOf(drafts: readonly Draft[]): Set<number>[] {
  return drafts.map((d) => {
    const set = new Set<number>();
    for (const l of d.labels) {
      if (l.category === 'person-label' || l.category === 'state-label') for (let i = l.first; i < l.last; i++) set.add(i);
    }
    return set;
  });
}

/**
 * What the report says when it leaves the pairwise divergences of `n` documents out.
 *
 * @param n - the number of documents
 * @param max - `framing.maxPairDocuments`
 * @returns the count and the reason
 * @example
 * ```ts
 * pairsLeftOut(120, 100).count;
 * //=> 7140
 * ```
 * @internal
 */
export function pairsLeftOut(n: number, max: number): FramingPairsLeftOut {
  const count = (n * (n - 1)) / 2;
  return {
    count,
    reason: `${n} documents make ${count} pairs, more than the ${max} documents (options.framing.maxPairDocuments) up to which pairwise framing divergences are listed; set framing.maxPairDocuments to ${n} or more to list them`,
  };
}

/** What the framing stage reads from the stages before it. @internal */
export interface FramingInputs {
  /** Quotes from the quote stage (may be empty). */
  readonly quotes: readonly Quote[];
  /** Quote clusters (may be empty). */
  readonly quoteClusters: readonly QuoteCluster[];
  /** Shared passages (may be empty). */
  readonly alignments: readonly Alignment[];
  /** The coverage table. */
  readonly coverage: Coverage;
  /** What the actors stage found: persons, states and how each document names them. */
  readonly actors: Actors;
  /** Per document, the sources it credits ("Tass reported"). */
  readonly credits: readonly (readonly CreditedSource[])[];
  /** Per document, the index of its story (a role noun such as "the president" means the holder its story names most); one story when left out. */
  readonly storyOf?: ArrayLike<number>;
}

/**
 * How each document frames the story: labels with the actors they name, attribution verbs, hedges and
 * intensifiers, sentiment of the outlet's own voice vs quoted speech, editorializing sentences and
 * credited sources; the naming table of shared actors; and the explained divergence of every pair.
 *
 * @param corpus - the documents
 * @param stages - what the earlier stages found (see {@link FramingInputs})
 * @param options - resolved framing options
 * @returns the framing section of the report
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'The Valdorian strongman Ostrak Venn complained of delays.' }]);
 * const marks = findQuotes(corpus);
 * const actors = resolveActors(corpus, marks.map((m) => m.ranges));
 * const coverage = buildCoverage(corpus, [], [], []);
 * analyzeFraming(corpus, { quotes: [], quoteClusters: [], alignments: [], coverage, actors, credits: findCredits(corpus) })
 *   .documents[0].labels.map((l) => [l.text, l.loaded]);
 * //=> [['strongman', true]]
 * ```
 * @internal
 */
export function analyzeFraming(
  corpus: Corpus,
  stages: FramingInputs,
  options: ResolvedFramingOptions = resolveFramingOptions(undefined),
): Framing {
  return drain(framingSteps(corpus, stages, options));
}

/**
 * {@link analyzeFraming} as {@link Steps}: the same work, pausing between documents and between its parts, so that
 * `analyze` can hand the event loop back.
 * @internal
 */
export function* framingSteps(
  corpus: Corpus,
  stages: FramingInputs,
  options: ResolvedFramingOptions = resolveFramingOptions(undefined),
  elsewhere?: FramingWorkFactory,
): Steps<Framing> {
  const { quotes, quoteClusters: clusters, alignments, coverage } = stages;
  const quotesByDoc = quotesByDocument(quotes);
  const work = (elsewhere ?? framingWorkHere)(corpus.docs, corpus.vocab, options);
  // 1. Each document's lexicon terms, sorted into labels, cue verbs, hedges and intensifiers.
  const drafts = yield* work.drafts(corpus.docs.map((doc) => quotesByDoc.get(doc.id) ?? []));
  // 2. Who the labels name: persons, their canonical names and descriptors come from the actors stage.
  const actors = new LabelResolver(corpus, stages.actors, titleTokensOf(drafts), stages.storyOf);
  yield;
  const credits = stages.credits;
  // 3. Sentiment of the outlet's own voice and of quoted speech; sentences that editorialize.
  const voices = yield* documentVoices(drafts, options.editorialThreshold, work.sentiments);
  // 4. Each document's framing, its labels resolved to actors.
  const documents: ReturnType<typeof frameDocument>[] = [];
  for (const [di, d] of drafts.entries()) {
    documents.push(frameDocument(d, di, actors, credits[di] ?? [], quotesByDoc.get(d.doc.id) ?? [], voices[di] as (typeof voices)[number]));
    yield;
  }
  // 5. The naming table of actors, and the explained divergence of every pair of documents.
  // Labels the framing lexicon knows, and descriptors used as names that it does not ("the special counsel").
  const namedBy = actors.labels.map((ls, di) => [...ls, ...actors.descriptorNamings(di)]);
  const table = namingTable(corpus, actors.names, namedBy, (actor, kind) => actors.name(actor, kind));
  yield;
  // N documents make N(N-1)/2 explained pairs: past the limit the report would be mostly pairs, so they are
  // left out and the report says so.
  const n = corpus.docs.length;
  const listed = n <= options.maxPairDocuments || n < 2;
  return {
    documents,
    pairs: listed ? framingPairs(corpus, documents, table, alignments, clusters, quotes, coverage) : [],
    pairsLeftOut: listed ? null : pairsLeftOut(n, options.maxPairDocuments),
    actors: table,
    lexiconVersion: LEXICON_VERSION,
  };
}
