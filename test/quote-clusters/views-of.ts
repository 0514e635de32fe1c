// Helper for the rule tests: each text becomes a document holding one quote of the whole text.
import { readCorpus } from '../../src/document/read.js';
import type { Corpus } from '../../src/document/model.js';
import { clusterLexicon } from '../../src/lexicon/cluster-words.js';
import type { Quote } from '../../src/quotes/types.js';
import { quoteViews, sentenceIdf, type Idf, type QuoteView } from '../../src/quote-clusters/views.js';

/** One quote per text (document `d0`, `d1`, …), read as quote views, with the corpus and its IDF. */
export function viewsOf(
  texts: readonly string[],
  speaker: string | null = 'Ana Petrova',
): { corpus: Corpus; idf: Idf; views: QuoteView[] } {
  const corpus = readCorpus(texts.map((text, i) => ({ id: `d${i}`, text })));
  const quotes = texts.map(
    (text, i) =>
      ({
        id: `q${i}`,
        docId: `d${i}`,
        start: 0,
        end: text.length,
        text,
        speaker: speaker === null ? null : { name: speaker },
        isSpeech: true,
        partial: false,
        insertions: [],
      }) as unknown as Quote,
  );
  const lex = clusterLexicon();
  const idf = sentenceIdf(corpus, lex.params.match.rareMaxSentencesPerDoc, lex.params.match.rareMaxSentenceShare);
  return { corpus, idf, views: quoteViews(corpus, quotes, [], idf, lex.params.match.stopWordWeight) };
}
