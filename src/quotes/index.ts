import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import type { Quote, QuoteCluster } from './types.js';

/**
 * Finds direct quotes with their speakers, cues and credited sources. Not built yet: returns none.
 * @internal
 */
export function extractQuotes(_corpus: Corpus): Quote[] {
  return [];
}

/**
 * Groups quotes from different documents that render one remark. Not built yet: returns none.
 * @internal
 */
export function clusterQuotes(_corpus: Corpus, _quotes: readonly Quote[], _alignments: readonly Alignment[]): QuoteCluster[] {
  return [];
}
