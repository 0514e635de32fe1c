import type { Corpus } from '../document/model.js';
import type { Quote } from './types.js';

export { clusterQuotes } from './clusters/index.js';

/**
 * Finds direct quotes with their speakers, cues and credited sources. Not built yet: returns none.
 * @internal
 */
export function extractQuotes(_corpus: Corpus): Quote[] {
  return [];
}
