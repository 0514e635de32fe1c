import type { WordSeq } from './word-matcher.js';

/** Buckets of the signature of content keys and near-synonym groups (eight 32-bit words). */
const CONTENT_BUCKETS = 256;
/** Buckets of the signature of stop-word keys (four 32-bit words). */
const STOP_BUCKETS = 128;
const CONTENT_WORDS = CONTENT_BUCKETS / 32;
const STOP_WORDS = STOP_BUCKETS / 32;

const NO_GROUPS: readonly number[] = [];

/** A key's bucket among the content buckets (a multiplicative hash; the stop buckets take its top seven bits). */
function keyBucket(k: number): number {
  return Math.imul(k, 0x9e3779b1) >>> 24;
}

/** A near-synonym group's bucket among the content buckets: another hash, so that group g and key g part. */
function groupBucket(g: number): number {
  return Math.imul(g + 0x3c6ef372, 0x85ebca6b) >>> 24;
}

/** The number of bits set in a 32-bit integer. */
function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A Float64Array grown by doubling. */
function grown(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Bucket signatures of word sequences: an upper bound of what two sequences can match, in a few
 * operations per pair, to rule candidate pairs out before their words are compared.
 *
 * Each sequence's words are hashed by key into buckets, and a bucket keeps the weight and number of
 * the words in it; a bit per bucket says whether it holds any. A key two sequences share sets the same
 * bucket in both, so the words in buckets both sequences hold weigh at least the words whose keys both
 * hold. A word that may match a different word (a content word of the near-synonym table) is also
 * placed, with its weight, in a bucket of each of its groups, where the other sequence's near-synonyms
 * place theirs; with a provider, which may match any two content words, those words count in full.
 *
 * Keys that any word of the sequences uses as a stop word get a signature of their own, where a bucket
 * also counts the words whose key is a content word somewhere in their sequence (one key may be a
 * stop word in one form and not in another: "give" and "gave"). The classes are decided over all the
 * sequences given, so that both sides of a pair place a key in the same signature.
 * @internal
 */
export class BucketSignatures {
  /** After {@link bound}: the weight of the first sequence's words that may match a word of the second. */
  weightA = 0;
  /** After {@link bound}: the same for the second sequence. */
  weightB = 0;
  /** After {@link bound}: at least the number of exact matches (same key) the pair can have. */
  exact = 0;
  /** After {@link bound}: at least the number of those whose key is a content word on either side. */
  content = 0;

  // Each sequence's signatures (CONTENT_WORDS and STOP_WORDS 32-bit words), and only the buckets it
  // holds, in bucket order (the cells): a bucket's cell is found by counting the bits before it, and
  // `rank` gives the first cell of each word. A sequence holds a few dozen of the buckets.
  private readonly contentSig: Int32Array;
  private readonly contentRank: Int32Array;
  /** Per cell: weight, number of words. */
  private contentCells: Float64Array;
  private readonly stopSig: Int32Array;
  private readonly stopRank: Int32Array;
  /** Per cell: weight, number of words, number of those whose key is a content word in their sequence. */
  private stopCells: Float64Array;
  /** Weight that always counts (words that may match anything), and its number of words. */
  private readonly freeWeight: Float64Array;
  private readonly freeCount: Int32Array;

  /**
   * @param seqs - the sequences, by id
   * @param vocabSize - keys are vocabulary ids below it (a key outside counts as free: it may match)
   * @param groupsOf - the near-synonym groups of a key (none for a key outside the table)
   * @param provider - whether a word-similarity provider may match any two content words
   */
  constructor(seqs: readonly WordSeq[], vocabSize: number, groupsOf: (key: number) => readonly number[], provider: boolean) {
    const n = seqs.length;
    const stopKey = new Uint8Array(vocabSize);
    for (const s of seqs) {
      for (let t = 0; t < s.keys.length; t++) {
        const k = s.keys[t] ?? -1;
        if (s.stop[t] === true && k >= 0 && k < vocabSize) stopKey[k] = 1;
      }
    }
    this.contentSig = new Int32Array(n * CONTENT_WORDS);
    this.contentRank = new Int32Array(n * CONTENT_WORDS);
    this.contentCells = new Float64Array(64 * n);
    this.stopSig = new Int32Array(n * STOP_WORDS);
    this.stopRank = new Int32Array(n * STOP_WORDS);
    this.stopCells = new Float64Array(64 * n);
    this.freeWeight = new Float64Array(n);
    this.freeCount = new Int32Array(n);
    // One sequence's buckets, dense, then moved to its cells (and cleared for the next one).
    const content = new Float64Array(CONTENT_BUCKETS * 2);
    const stops = new Float64Array(STOP_BUCKETS * 3);
    let contentUsed = 0;
    let stopUsed = 0;
    const addContent = (id: number, b: number, w: number, count: number): void => {
      const word = id * CONTENT_WORDS + (b >>> 5);
      this.contentSig[word] = (this.contentSig[word] ?? 0) | (1 << (b & 31));
      content[b * 2] = (content[b * 2] ?? 0) + w;
      content[b * 2 + 1] = (content[b * 2 + 1] ?? 0) + count;
    };
    // Whether a sequence has a content word of a key: stamped with the sequence's id + 1.
    const contentStamp = new Int32Array(vocabSize);
    seqs.forEach((s, id) => {
      const gen = id + 1;
      for (let t = 0; t < s.keys.length; t++) {
        const k = s.keys[t] ?? -1;
        if (s.stop[t] !== true && k >= 0 && k < vocabSize) contentStamp[k] = gen;
      }
      for (let t = 0; t < s.keys.length; t++) {
        const k = s.keys[t] ?? -1;
        const w = s.weights[t] ?? 0;
        const stop = s.stop[t] === true;
        if (k < 0 || k >= vocabSize) {
          this.freeWeight[id] = (this.freeWeight[id] ?? 0) + w;
          this.freeCount[id] = (this.freeCount[id] ?? 0) + 1;
          continue;
        }
        const groups = stop ? NO_GROUPS : groupsOf(k);
        // With a provider any content word may match a different one: its weight counts in full, but
        // only a word of the same key is an exact match, so its count stays in its key's bucket.
        const free = !stop && provider;
        if (free) this.freeWeight[id] = (this.freeWeight[id] ?? 0) + w;
        if (stopKey[k] === 1) {
          const b = keyBucket(k) >>> 1;
          const word = id * STOP_WORDS + (b >>> 5);
          this.stopSig[word] = (this.stopSig[word] ?? 0) | (1 << (b & 31));
          if (!free) stops[b * 3] = (stops[b * 3] ?? 0) + w;
          stops[b * 3 + 1] = (stops[b * 3 + 1] ?? 0) + 1;
          if (contentStamp[k] === gen) stops[b * 3 + 2] = (stops[b * 3 + 2] ?? 0) + 1;
        } else addContent(id, keyBucket(k), free ? 0 : w, 1);
        if (!free) for (const g of groups) addContent(id, groupBucket(g), w, 0);
      }
      // The buckets held, in order, to the cells.
      for (let h = 0; h < CONTENT_WORDS; h++) {
        this.contentRank[id * CONTENT_WORDS + h] = contentUsed;
        let bits = this.contentSig[id * CONTENT_WORDS + h] as number;
        this.contentCells = grown(this.contentCells, (contentUsed + popcount(bits)) * 2);
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const b = 31 - Math.clz32(low) + 32 * h;
          this.contentCells[contentUsed * 2] = content[b * 2] as number;
          this.contentCells[contentUsed * 2 + 1] = content[b * 2 + 1] as number;
          content[b * 2] = 0;
          content[b * 2 + 1] = 0;
          contentUsed++;
        }
      }
      for (let h = 0; h < STOP_WORDS; h++) {
        this.stopRank[id * STOP_WORDS + h] = stopUsed;
        let bits = this.stopSig[id * STOP_WORDS + h] as number;
        this.stopCells = grown(this.stopCells, (stopUsed + popcount(bits)) * 3);
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const b = 31 - Math.clz32(low) + 32 * h;
          for (let f = 0; f < 3; f++) {
            this.stopCells[stopUsed * 3 + f] = stops[b * 3 + f] as number;
            stops[b * 3 + f] = 0;
          }
          stopUsed++;
        }
      }
    });
  }

  /**
   * Bounds what sequences `a` and `b` (ids) can match, into {@link weightA} and {@link weightB}, and
   * with `counts` also {@link exact} and {@link content} (left as they were otherwise): fields, not a
   * new object, since it runs for every candidate pair. Each is at least its value over the one-to-one
   * word matches of the pair (a match of similarity `sim` counting `sim` times each word's weight).
   * @param a - a sequence id
   * @param b - another
   * @param counts - whether to bound the numbers of exact matches too
   * @example
   * // a: "we reject the blockade", b: "they reject the blockade of ports" (no near-synonyms)
   * const sigs = new BucketSignatures([a, b], corpus.vocab.size, () => [], false);
   * sigs.bound(0, 1, true);
   * sigs.exact >= 3 //=> true (reject, the, blockade)
   */
  bound(a: number, b: number, counts: boolean): void {
    let wa = this.freeWeight[a] as number;
    let wb = this.freeWeight[b] as number;
    const free = Math.max(this.freeCount[a] as number, this.freeCount[b] as number);
    let exact = free;
    let content = free;
    const cc = this.contentCells;
    for (let h = 0; h < CONTENT_WORDS; h++) {
      const sa = this.contentSig[a * CONTENT_WORDS + h] as number;
      const sb = this.contentSig[b * CONTENT_WORDS + h] as number;
      let bits = sa & sb;
      if (bits === 0) continue;
      const ra = this.contentRank[a * CONTENT_WORDS + h] as number;
      const rb = this.contentRank[b * CONTENT_WORDS + h] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        // The bucket's cell on each side: the side's cells before it in this word, after the word's first.
        const x = (ra + popcount(sa & (low - 1))) * 2;
        const y = (rb + popcount(sb & (low - 1))) * 2;
        wa += cc[x] as number;
        wb += cc[y] as number;
        if (!counts) continue;
        const ca = cc[x + 1] as number;
        const cb = cc[y + 1] as number;
        // Every word of these keys is a content word.
        const m = ca < cb ? ca : cb;
        exact += m;
        content += m;
      }
    }
    const sc = this.stopCells;
    for (let h = 0; h < STOP_WORDS; h++) {
      const sa = this.stopSig[a * STOP_WORDS + h] as number;
      const sb = this.stopSig[b * STOP_WORDS + h] as number;
      let bits = sa & sb;
      if (bits === 0) continue;
      const ra = this.stopRank[a * STOP_WORDS + h] as number;
      const rb = this.stopRank[b * STOP_WORDS + h] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const x = (ra + popcount(sa & (low - 1))) * 3;
        const y = (rb + popcount(sb & (low - 1))) * 3;
        wa += sc[x] as number;
        wb += sc[y] as number;
        if (!counts) continue;
        const ca = sc[x + 1] as number;
        const cb = sc[y + 1] as number;
        const m = ca < cb ? ca : cb;
        exact += m;
        // A shared key counts as content when either side has it as a content word.
        const c = (sc[x + 2] as number) + (sc[y + 2] as number);
        content += c < m ? c : m;
      }
    }
    this.weightA = wa;
    this.weightB = wb;
    if (counts) {
      this.exact = exact;
      this.content = content;
    }
  }
}
