import type { Vocabulary } from '../document/model.js';
import type { WordView } from './view.js';

/** The words (folded surface forms) that negate a sentence. @internal */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
]);

/**
 * Which vocabulary entries are negations.
 *
 * @param vocab - the corpus's vocabulary
 * @returns 1 per entry that is one of {@link NEGATIONS}, else 0, indexed by entry id
 * @internal
 */
export function negationTable(vocab: Vocabulary): Uint8Array {
  const out = new Uint8Array(vocab.size);
  for (let i = 0; i < vocab.size; i++) out[i] = NEGATIONS.has(vocab.str(i)) ? 1 : 0;
  return out;
}

/**
 * Whether a passage is negated: some word's folded surface form is a negation.
 *
 * @param v - the passage's words
 * @param negations - {@link negationTable} of the vocabulary `v`'s ids come from
 * @returns true when at least one word is a negation
 * @internal
 */
export function isNegated(v: WordView, negations: Uint8Array): boolean {
  for (let i = 0; i < v.count; i++) if (negations[v.surface[i] ?? 0] === 1) return true;
  return false;
}
