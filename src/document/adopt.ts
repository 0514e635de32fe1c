import type { DocModel, TokenTable, Vocabulary } from './model.js';

/**
 * Moves documents read with a vocabulary of their own (in a worker thread) into the corpus's vocabulary, in
 * place. Reading interns, token by token, the match key and then the surface form, so a corpus's vocabulary
 * holds its strings in order of first occurrence over (document, token, key before surface). Replaying that
 * order here, for the documents in input order, gives every string the id that reading all documents in one
 * thread gives it: the ids, and everything that depends on them, do not depend on which thread read what.
 *
 * @param docs - documents read one after another with one local vocabulary, in input order, and nothing else
 * read with it in between
 * @param strings - that local vocabulary's strings, by local id
 * @param vocab - the corpus's vocabulary; the documents before these in input order must have been adopted already
 * @example
 * ```ts
 * // A worker read doc 1 with ids 0 = 'kim', 1 = 'meet'; the corpus already knows 'meet' as 0.
 * adoptDocuments([doc1], ['kim', 'meet'], vocab); // doc1.tokens.key: [0, 1] → [1, 0]
 * ```
 * @internal
 */
export function adoptDocuments(docs: readonly DocModel[], strings: readonly string[], vocab: Vocabulary): void {
  const global = new Int32Array(strings.length).fill(-1);
  const idOf = (local: number): number => {
    let id = global[local] ?? -1;
    if (id === -1) {
      id = vocab.intern(strings[local] ?? '');
      global[local] = id;
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
