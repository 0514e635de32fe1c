import type { Alignment } from '../../align/types.js';
import type { Corpus } from '../../document/model.js';
import type { Quote } from '../types.js';
import type { QuoteCluster } from './types.js';

/**
 * Groups quotes from different documents that render one remark. Not built yet: returns none.
 * @internal
 */
export function clusterQuotes(_corpus: Corpus, _quotes: readonly Quote[], _alignments: readonly Alignment[]): QuoteCluster[] {
  return [];
}
