import type { Alignment } from '../align/types.js';
import { buildCoverage } from '../coverage/index.js';
import type { Corpus } from '../document/model.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import { corpusCredits, resolveActors } from '../quotes/index.js';
import type { Quote } from '../quotes/types.js';
import { ActorIndex } from './actors.js';
import { framingPairs } from './divergence.js';
import { frameDocument } from './document.js';
import { draftDocument, type Draft } from './draft.js';
import { documentVoices } from './editorializing.js';
import { LEXICON_VERSION, lexiconFor } from './lexicon.js';
import { resolveFramingOptions, type ResolvedFramingOptions } from './options.js';
import type { Coverage, Framing } from './types.js';

export { buildCoverage };
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
 * How each document frames the story: labels with the actors they name, attribution verbs, hedges and
 * intensifiers, sentiment of the outlet's own voice vs quoted speech, editorializing sentences and
 * credited sources; the naming table of shared actors; and the explained divergence of every pair.
 *
 * @param corpus - the documents
 * @param quotes - quotes from the quotes stage (may be empty)
 * @param clusters - quote clusters (may be empty)
 * @param alignments - shared passages (may be empty)
 * @param options - resolved framing options
 * @param coverage - the coverage table, if already built (it is built here otherwise)
 * @returns the framing section of the report
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'The Valdorian strongman Ostrak Venn complained of delays.' }]);
 * analyzeFraming(corpus, [], [], []).documents[0].labels.map((l) => [l.text, l.loaded]);
 * //=> [['strongman', true]]
 * ```
 * @internal
 */
export function analyzeFraming(
  corpus: Corpus,
  quotes: readonly Quote[],
  clusters: readonly QuoteCluster[],
  alignments: readonly Alignment[],
  options: ResolvedFramingOptions = resolveFramingOptions(undefined),
  coverage: Coverage = buildCoverage(corpus, alignments, clusters, quotes),
): Framing {
  const lexicon = lexiconFor(options.lexicon, options.replaceLexicon);
  const quotesByDoc = quotesByDocument(quotes);
  // 1. Each document's lexicon terms, sorted into labels, cue verbs, hedges and intensifiers.
  const drafts = corpus.docs.map((doc) =>
    draftDocument(corpus, doc, quotesByDoc.get(doc.id) ?? [], lexicon, options.sentimentWordThreshold),
  );
  // 2. Who the labels name. Persons, their canonical names and descriptors come from the quotes stage,
  // which resolves them for attribution anyway; credited sources likewise.
  const actors = new ActorIndex(corpus, titleTokensOf(drafts), resolveActors(corpus));
  const credits = corpusCredits(corpus);
  // 3. Sentiment of the outlet's own voice and of quoted speech; sentences that editorialize.
  const voices = documentVoices(drafts, options.editorialThreshold);
  // 4. Each document's framing, its labels resolved to actors.
  const documents = drafts.map((d, di) =>
    frameDocument(d, di, actors, credits[di] ?? [], quotesByDoc.get(d.doc.id) ?? [], voices[di] as (typeof voices)[number]),
  );
  // 5. The naming table of actors, and the explained divergence of every pair of documents.
  const table = actors.table();
  return {
    documents,
    // N documents make N(N-1)/2 explained pairs: past the limit the report would be mostly pairs.
    pairs:
      corpus.docs.length <= options.maxPairDocuments ? framingPairs(corpus, documents, table, alignments, clusters, quotes, coverage) : [],
    actors: table,
    lexiconVersion: LEXICON_VERSION,
  };
}
