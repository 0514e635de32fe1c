import type { Vocabulary } from '../document/model.js';

/** Characters of a word that make its crude stem. @internal */
export const STEM_LENGTH = 5;

/**
 * A crude stem id per vocabulary entry: the entry's first {@link STEM_LENGTH} characters, numbered in
 * order of first appearance. Catches derivations the lemmatizer leaves apart ("decision" / "decisive",
 * "Amrozi's" / "Amrozi") at the price of a few false friends ("government" / "governor"), which is why
 * it is one feature among many and never a match key.
 *
 * @param vocab - the corpus's vocabulary
 * @returns the stem id of every entry, indexed by entry id
 * @internal
 */
export function stemTable(vocab: Vocabulary): Int32Array {
  const stems = new Int32Array(vocab.size);
  const ids = new Map<string, number>();
  for (let i = 0; i < vocab.size; i++) {
    const s = vocab.str(i).slice(0, STEM_LENGTH);
    let id = ids.get(s);
    if (id === undefined) {
      id = ids.size;
      ids.set(s, id);
    }
    stems[i] = id;
  }
  return stems;
}
