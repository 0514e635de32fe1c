import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import type { QuoteCluster } from '../quotes/clusters/types.js';
import type { Quote } from '../quotes/types.js';
import type { Coverage, CoverageItem, Framing } from './types.js';

/**
 * How each document frames the story. Not built yet: one empty entry per document, no pairs.
 * @internal
 */
export function analyzeFraming(corpus: Corpus, _quotes: readonly Quote[], _clusters: readonly QuoteCluster[], _alignments: readonly Alignment[]): Framing {
  return { documents: corpus.docs.map((d) => ({ docId: d.id, labels: [], sourcesCredited: [] })), pairs: [] };
}

/**
 * Which documents carry which passage alignment and quote cluster.
 * @internal
 */
export function buildCoverage(corpus: Corpus, alignments: readonly Alignment[], clusters: readonly QuoteCluster[], quotes: readonly Quote[]): Coverage {
  const ids = corpus.docs.map((d) => d.id);
  const docOfQuote = new Map(quotes.map((q) => [q.id, q.docId]));
  const item = (id: string, type: CoverageItem['type'], carried: Set<string>): CoverageItem => ({
    id,
    type,
    carriedBy: ids.filter((d) => carried.has(d)),
    omittedBy: ids.filter((d) => !carried.has(d)),
  });
  return {
    items: [
      ...alignments.map((a) => item(a.id, 'alignment', new Set(a.members.map((m) => m.docId)))),
      ...clusters.map((c) => item(c.id, 'quoteCluster', new Set(c.quoteIds.map((q) => docOfQuote.get(q) ?? '')))),
    ],
  };
}
