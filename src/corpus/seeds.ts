import { forEachSeed, SHINGLE } from '../align/seeds.js';
import { keyHash, keyHashes, type KeyHashes } from '../align/stable-hash.js';
import { docWords, type DocWords } from '../align/words.js';
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
 * stable hashes: the same article gives the same hashes in any batch, process, thread or machine.
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
  return seedsOfWords(words, keyHashes(reader.vocab));
}

/**
 * The seed shingles of documents already read, as columns.
 *
 * @param words - the documents' words
 * @param hashes - the stable hash of each vocabulary id their keys come from
 * @returns the shingles, documents numbered by their position in `words`
 * @internal
 */
export function seedsOfWords(words: readonly DocWords[], hashes: KeyHashes): BatchSeeds {
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

/**
 * Joins the seeds of consecutive parts of a batch into the batch's, documents renumbered from each part's first.
 *
 * @param parts - each part's seeds and the batch position of its first document, in batch order
 * @returns the batch's seeds
 * @internal
 */
export function joinSeeds(parts: readonly { readonly seeds: BatchSeeds; readonly first: number }[]): BatchSeeds {
  const total = parts.reduce((n, p) => n + p.seeds.count, 0);
  const out = {
    doc: new Int32Array(total),
    pos: new Int32Array(total),
    hi: new Uint32Array(total),
    lo: new Uint32Array(total),
    count: total,
  };
  let at = 0;
  for (const { seeds, first } of parts) {
    for (let i = 0; i < seeds.count; i++) out.doc[at + i] = first + (seeds.doc[i] ?? 0);
    out.pos.set(seeds.pos.subarray(0, seeds.count), at);
    out.hi.set(seeds.hi.subarray(0, seeds.count), at);
    out.lo.set(seeds.lo.subarray(0, seeds.count), at);
    at += seeds.count;
  }
  return out;
}

/**
 * Reads chunks of a batch one after another in one vocabulary (a worker thread's share of a batch: the vocabulary and
 * token-id cache persist across its chunks, as one reading of the batch keeps them), and gives each chunk's seeds.
 * The stable hashes of new vocabulary ids are computed once, as ids are added.
 * @internal
 */
export class SeedReader {
  private readonly reader = corpusReader();
  /** Stable hashes of the vocabulary's ids so far, in arrays that double when full. */
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private hashed = 0;

  /**
   * @param inputs - a chunk of the batch
   * @returns its seeds, documents numbered from 0 in the chunk
   */
  read(inputs: readonly ArticleInput[]): BatchSeeds {
    const words = inputs.map((input, i) => docWords(this.reader.read(input, i)));
    const vocab = this.reader.vocab;
    if (vocab.size > this.hi.length) {
      const size = Math.max(vocab.size, 2 * this.hi.length);
      const hi = new Uint32Array(size);
      const lo = new Uint32Array(size);
      hi.set(this.hi);
      lo.set(this.lo);
      [this.hi, this.lo] = [hi, lo];
    }
    for (; this.hashed < vocab.size; this.hashed++) {
      const h = keyHash(vocab.str(this.hashed));
      this.hi[this.hashed] = h.hi;
      this.lo[this.hashed] = h.lo;
    }
    return seedsOfWords(words, { hi: this.hi, lo: this.lo });
  }

  /** Lets go of the token-id cache (see `corpusReader`). */
  close(): void {
    this.reader.close();
  }
}
