import type { DocModel, Vocabulary } from '../document/model.js';
import type { Steps } from '../util/steps.js';
import { draftDocument, type Draft, type QuoteSpan } from './draft.js';
import { lexiconFor } from './lexicon.js';
import type { ResolvedFramingOptions } from './options.js';
import { segmentSentiments } from './voice.js';

/** The framing options that drafting a document reads. @internal */
export type DraftOptions = Pick<ResolvedFramingOptions, 'lexicon' | 'replaceLexicon' | 'sentimentWordThreshold'>;

/**
 * The framing stage's work on single documents, which depends on each document (and its quotes) alone, so that it can
 * be done in other threads: drafting (lexicon terms sorted into labels, cue verbs, hedges and intensifiers) and
 * wink-nlp sentiment of pieces of text. Results come in the order of the requests, wherever the work was done.
 * @internal
 */
export interface FramingWork {
  /** {@link draftDocument} for every document of the corpus, given each one's quotes. */
  drafts(quotes: readonly (readonly QuoteSpan[])[]): Steps<Draft[]>;
  /** {@link segmentSentiments} of the pieces. */
  sentiments(texts: readonly string[]): Steps<number[]>;
}

/**
 * Makes the {@link FramingWork} for a corpus's documents, to be done elsewhere (worker threads).
 * @internal
 */
export type FramingWorkFactory = (docs: readonly DocModel[], vocab: Vocabulary, options: DraftOptions) => FramingWork;

/**
 * Drafts documents one after another, pausing between them.
 *
 * @param docs - the documents
 * @param quotes - each document's quotes
 * @param vocab - the corpus's vocabulary
 * @param options - the framing options drafting reads
 * @returns one draft per document, in order
 * @internal
 */
export function* draftAll(
  docs: readonly DocModel[],
  quotes: readonly (readonly QuoteSpan[])[],
  vocab: Vocabulary,
  options: DraftOptions,
): Steps<Draft[]> {
  const lexicon = lexiconFor(options.lexicon, options.replaceLexicon);
  const out: Draft[] = [];
  for (const [i, doc] of docs.entries()) {
    yield;
    out.push(draftDocument(vocab, doc, quotes[i] ?? [], lexicon, options.sentimentWordThreshold));
  }
  return out;
}

/**
 * The framing work done in the calling thread.
 * @internal
 */
export const framingWorkHere: FramingWorkFactory = (docs, vocab, options) => ({
  drafts: (quotes) => draftAll(docs, quotes, vocab, options),
  sentiments: (texts) => segmentSentiments(texts),
});
