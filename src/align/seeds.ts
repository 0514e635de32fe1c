import type { DocWords } from './words.js';

/** Words per shingle (seed). Four words survive an edit every fifth word and rarely recur by chance. @internal */
export const SHINGLE = 4;
/**
 * Documents from which on the document-frequency cut applies. In a handful of articles about one event,
 * wire copy carried by most of them is the point (the Kim quote is in 3 of the 5 Lavrov articles), and
 * document frequency cannot tell it from a stock phrase. @internal
 */
export const MIN_DOCS_FOR_DF_CUT = 10;

/** Occurrences of one shingle up to which every pair of them is a hit; above, a star around the first. @internal */
export const MAX_ALL_PAIRS_GROUP = 4;

/** Seed hits shared by two documents `a < b`: word positions, sorted by `pa` then `pb`. @internal */
export interface PairHits {
  readonly a: number;
  readonly b: number;
  readonly pa: Int32Array;
  readonly pb: Int32Array;
}

/** A growable Int32Array, so that millions of hits do not become millions of objects. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** 32-bit FNV-1a over the keys of one shingle. */
function shingleHash(keys: Int32Array, p: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ (keys[p + k] ?? 0), 0x01000193);
  return h >>> 0;
}

/**
 * The candidate index: hashes every shingle of match keys, sorts them (an inverted index in one typed
 * array), drops shingles found in too many documents, and returns the seed hits of every document pair
 * that shares at least two seeds. Cost grows with the number of shingles and of hits, not with the
 * number of document pairs.
 *
 * @param words - the documents' words
 * @param maxDocumentFrequency - share of documents above which a shingle is a stock phrase
 * @returns hits per document pair, ordered by `a` then `b`
 * @internal
 */
export function seedHits(words: readonly DocWords[], maxDocumentFrequency: number): PairHits[] {
  const nDocs = words.length;
  let total = 0;
  for (const w of words) total += Math.max(0, w.keys.length - SHINGLE + 1);
  const hash = new Uint32Array(total);
  // Document and word position of each shingle side by side: the group scan below reads them in hash
  // order, so one cache line serves both.
  const docPos = new Int32Array(2 * total);
  let s = 0;
  words.forEach((w, d) => {
    for (let p = 0; p + SHINGLE <= w.keys.length; p++) {
      // Seeds stay inside one paragraph: passages are cut at paragraph breaks anyway, and a seed
      // straddling one would tie together text that is not one passage in either document.
      if (w.para[p] !== w.para[p + SHINGLE - 1]) continue;
      // A shingle of stop words only ("one of the most") says nothing about shared origin.
      let content = false;
      for (let k = 0; k < SHINGLE; k++) if (w.stop[p + k] === 0) content = true;
      if (!content) continue;
      hash[s] = shingleHash(w.keys, p);
      docPos[2 * s] = d;
      docPos[2 * s + 1] = p;
      s++;
    }
  });
  // Hashes sorted, ties by index (so documents stay in order inside a group); most shingles occur
  // once, so documents and positions are looked up only inside groups of two or more.
  const [sHash, order] = sortByHash(hash, s);

  const maxDocs = nDocs >= MIN_DOCS_FOR_DF_CUT ? Math.max(2, Math.floor(maxDocumentFrequency * nDocs)) : Infinity;
  const hitPair = new IntList();
  const hitA = new IntList();
  const hitB = new IntList();
  const pairIndex = new PairTable();
  const pairCount = new IntList();
  for (let g = 0; g < s; ) {
    const h = sHash[g];
    let e = g + 1;
    while (e < s && sHash[e] === h) e++;
    if (e - g >= 2) {
      let df = 1;
      let prev = docPos[2 * (order[g] ?? 0)];
      for (let k = g + 1; k < e; k++) {
        const d = docPos[2 * (order[k] ?? 0)];
        if (d !== prev) df++;
        prev = d;
      }
      if (df >= 2 && df <= maxDocs) {
        // Few copies: every pair of occurrences. Many copies (wire copy carried by a dozen outlets):
        // each occurrence paired with the group's first occurrence only, so hits grow linearly with the
        // copies instead of quadratically; clustering joins the copies again through that first one.
        const star = e - g > MAX_ALL_PAIRS_GROUP;
        for (let x = g; x < e; x++) {
          if (star && x > g) break;
          const ix = order[x] ?? 0;
          const dx = docPos[2 * ix] ?? 0;
          for (let y = x + 1; y < e; y++) {
            const iy = order[y] ?? 0;
            const dy = docPos[2 * iy] ?? 0;
            if (dy === dx) continue;
            let pi = pairIndex.get(dx, dy);
            if (pi < 0) {
              pi = pairCount.length;
              pairIndex.set(dx, dy, pi);
              pairCount.push(0);
            }
            pairCount.data[pi]!++;
            hitPair.push(pi);
            hitA.push(docPos[2 * ix + 1] ?? 0);
            hitB.push(docPos[2 * iy + 1] ?? 0);
          }
        }
      }
    }
    g = e;
  }

  // Bucket the hits by document pair (counting sort), then sort each bucket by position.
  const nPairs = pairCount.length;
  const offset = new Int32Array(nPairs + 1);
  for (let i = 0; i < nPairs; i++) offset[i + 1] = (offset[i] ?? 0) + (pairCount.data[i] ?? 0);
  const fill = offset.slice(0, nPairs);
  const packed = new Float64Array(hitPair.length);
  for (let i = 0; i < hitPair.length; i++) {
    const pi = hitPair.data[i] ?? 0;
    packed[fill[pi]!++] = (hitA.data[i] ?? 0) * 67108864 + (hitB.data[i] ?? 0);
  }
  const out: PairHits[] = [];
  for (let pi = 0; pi < nPairs; pi++) {
    const from = offset[pi] ?? 0;
    const to = offset[pi + 1] ?? 0;
    if (to - from < 2) continue;
    const bucket = packed.subarray(from, to).sort();
    const pa = new Int32Array(bucket.length);
    const pb = new Int32Array(bucket.length);
    for (let i = 0; i < bucket.length; i++) {
      const v = bucket[i] ?? 0;
      pa[i] = Math.floor(v / 67108864);
      pb[i] = v - (pa[i] ?? 0) * 67108864;
    }
    out.push({ a: pairIndex.a.data[pi] ?? 0, b: pairIndex.b.data[pi] ?? 0, pa, pb });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * The first `n` hashes sorted, and the index each came from, ties by index (so documents stay in order
 * inside a group): a stable radix sort in three passes of 11 bits that carries the index along, linear
 * in `n` and reading its input in order, where a comparison sort of a million shingles is not.
 */
function sortByHash(hash: Uint32Array, n: number): [Uint32Array, Int32Array] {
  let keys = hash.slice(0, n);
  let idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let keys2 = new Uint32Array(n);
  let idx2 = new Int32Array(n);
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((keys[i] ?? 0) >>> shift) & 2047]!++;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = count[b] ?? 0;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = keys[i] ?? 0;
      const to = count[(k >>> shift) & 2047]!++;
      keys2[to] = k;
      idx2[to] = idx[i] ?? 0;
    }
    [keys, keys2] = [keys2, keys];
    [idx, idx2] = [idx2, idx];
  }
  return [keys, idx];
}

/**
 * Document pair `(a, b)` → pair index, by open addressing in typed arrays (a `Map` keyed by `a·n + b`
 * costs several times more for the million hits of a large corpus). Remembers each pair's documents.
 */
class PairTable {
  private keysA = new Int32Array(1024).fill(-1);
  private keysB = new Int32Array(1024);
  private values = new Int32Array(1024);
  private mask = 1023;
  private size = 0;
  /** Documents of each pair, by pair index. */
  readonly a = new IntList();
  readonly b = new IntList();

  private slot(a: number, b: number): number {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    while (this.keysA[i] !== -1 && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }
  /** The index of pair `(a, b)`, or -1. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.keysA[i] === -1 ? -1 : (this.values[i] ?? -1);
  }
  /** Adds pair `(a, b)` (not yet in the table) with index `value`, which must be the number of pairs so far. */
  set(a: number, b: number, value: number): void {
    if (2 * (this.size + 1) > this.keysA.length) this.grow();
    const i = this.slot(a, b);
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.values[i] = value;
    this.size++;
    this.a.push(a);
    this.b.push(b);
  }
  private grow(): void {
    const n = this.keysA.length * 2;
    this.keysA = new Int32Array(n).fill(-1);
    this.keysB = new Int32Array(n);
    this.values = new Int32Array(n);
    this.mask = n - 1;
    for (let v = 0; v < this.size; v++) {
      const a = this.a.data[v] ?? 0;
      const b = this.b.data[v] ?? 0;
      const i = this.slot(a, b);
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.values[i] = v;
    }
  }
}
