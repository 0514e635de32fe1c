import { forEachSeed, SHINGLE } from '../align/seeds.js';
import { keyHashes } from '../align/stable-hash.js';
import { docWords } from '../align/words.js';
import { corpusReader } from '../document/read.js';
import type { ArticleInput } from '../types.js';

/** The seed shingles of a batch of documents, as columns (one entry per occurrence). @internal */
export interface BatchSeeds {
  /** Index of the document in the batch, per occurrence. */
  readonly doc: Int32Array;
  /** Word position of the shingle's first word. */
  readonly pos: Int32Array;
  /** The stable hash's high and low 32 bits. */
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  /** Occurrences in all. */
  readonly count: number;
}

/**
 * Reads a batch of documents the way `analyze` does (one vocabulary for the batch, freed afterwards, so memory
 * does not grow with the corpus) and collects exactly the seed shingles the in-memory aligner uses, with their
 * stable hashes: the same article gives the same hashes in any batch, process or machine.
 *
 * @param inputs - the batch
 * @returns its seed shingles
 * @internal
 */
export function batchSeeds(inputs: readonly ArticleInput[]): BatchSeeds {
  const reader = corpusReader();
  let words;
  try {
    words = inputs.map((input, i) => docWords(reader.read(input, i)));
  } finally {
    reader.close();
  }
  // Stable hashes depend on the key strings only; the batch's vocabulary is complete once all of it is read.
  const hashes = keyHashes(reader.vocab);
  let total = 0;
  for (const w of words) total += Math.max(0, w.keys.length - SHINGLE + 1);
  const doc = new Int32Array(total);
  const pos = new Int32Array(total);
  const hi = new Uint32Array(total);
  const lo = new Uint32Array(total);
  let n = 0;
  words.forEach((w, d) =>
    forEachSeed(w, hashes, (p, h) => {
      doc[n] = d;
      pos[n] = p;
      hi[n] = h.hi;
      lo[n] = h.lo;
      n++;
    }),
  );
  return { doc, pos, hi, lo, count: n };
}
