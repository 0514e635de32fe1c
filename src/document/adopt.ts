import type { DocModel, TokenTable, Vocabulary } from './model.js';

/**
 * A vocabulary of one worker thread, as the calling thread learns it: its strings by local id (sent as they are
 * added), and the corpus id each has been given so far (-1 or missing: none yet).
 * @internal
 */
export interface LocalIds {
  readonly strings: string[];
  readonly global: number[];
}

/**
 * Moves documents read with a vocabulary of their own (in a worker thread) into the corpus's vocabulary, in
 * place. Reading interns, token by token, the match key and then the surface form, so a corpus's vocabulary
 * holds its strings in order of first occurrence over (document, token, key before surface). Replaying that
 * order here, for the documents in input order, gives every string the id that reading all documents in one
 * thread gives it: the ids, and everything that depends on them, do not depend on which thread read what.
 *
 * @param docs - documents read one after another with one local vocabulary, in input order
 * @param local - that vocabulary (holding at least the strings these documents use)
 * @param vocab - the corpus's vocabulary; the documents before these in input order must have been adopted already
 * @example
 * ```ts
 * // A worker read doc 1 with ids 0 = 'kim', 1 = 'meet'; the corpus already knows 'meet' as 0.
 * adoptDocuments([doc1], { strings: ['kim', 'meet'], global: [] }, vocab); // doc1.tokens.key: [0, 1] → [1, 0]
 * ```
 * @internal
 */
export function adoptDocuments(docs: readonly DocModel[], local: LocalIds, vocab: Vocabulary): void {
  const { strings, global } = local;
  const idOf = (l: number): number => {
    let id = global[l] ?? -1;
    if (id === -1) {
      id = vocab.intern(strings[l] ?? '');
      global[l] = id;
    }
    return id;
  };
  for (const doc of docs) {
    const table: TokenTable = doc.tokens;
    const { key, surface } = table;
    for (let i = 0; i < table.count; i++) {
      key[i] = idOf(key[i] ?? 0);
      surface[i] = idOf(surface[i] ?? 0);
    }
  }
}
