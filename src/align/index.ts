import type { Corpus } from '../document/model.js';
import type { ResolvedAlignOptions } from './options.js';
import type { Alignment } from './types.js';

export { resolveAlignOptions, ALIGN_DEFAULTS, type ResolvedAlignOptions } from './options.js';
export { similarity } from './similarity.js';

/**
 * Finds the passages two or more documents share. Not built yet: returns no alignments.
 * @internal
 */
export function alignCorpus(_corpus: Corpus, _options: ResolvedAlignOptions): Alignment[] {
  return [];
}
