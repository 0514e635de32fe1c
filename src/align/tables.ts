import type { Vocabulary } from '../document/model.js';
import type { Evidence } from './evidence.js';
import { negationTable } from './negation.js';
import { stemTable } from './stems.js';
import { synonymTable, type SynonymGroups } from './synonyms.js';

/**
 * Everything the pair features look up by vocabulary id, built once for a corpus's vocabulary (which is
 * complete once the document stage has read the corpus) and handed down to every comparison.
 * @internal
 */
export interface CorpusTables {
  readonly vocab: Vocabulary;
  /** Inverse document frequency per key. */
  readonly idf: Float64Array;
  /** What sharing or lacking a key or key bigram says about a pair. */
  readonly evidence: Evidence;
  /** Crude stem id per surface form (see `stemTable`). */
  readonly stems: Int32Array;
  /** 1 per surface form that is a negation. */
  readonly negations: Uint8Array;
  /** Near-synonym groups per key. */
  readonly synonyms: SynonymGroups;
}

/**
 * Builds the tables of a vocabulary around the given IDF and evidence tables (the shipped model's, or
 * the fitting script's held-out ones).
 *
 * @param vocab - the corpus's vocabulary, complete
 * @param idf - IDF per key of `vocab`
 * @param evidence - evidence per key of `vocab`
 * @returns the tables
 * @internal
 */
export function corpusTables(vocab: Vocabulary, idf: Float64Array, evidence: Evidence): CorpusTables {
  return { vocab, idf, evidence, stems: stemTable(vocab), negations: negationTable(vocab), synonyms: synonymTable(vocab) };
}
