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
  const docOf = new Int32Array(total);
  const posOf = new Int32Array(total);
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
      docOf[s] = d;
      posOf[s] = p;
      s++;
    }
  });
  const order = sortByHash(hash, s);

  const maxDocs = nDocs >= MIN_DOCS_FOR_DF_CUT ? Math.max(2, Math.floor(maxDocumentFrequency * nDocs)) : Infinity;
  const hitPair = new IntList();
  const hitA = new IntList();
  const hitB = new IntList();
  const pairIndex = new Map<number, number>();
  const pairCount = new IntList();
  for (let g = 0; g < s; ) {
    const h = hash[order[g] ?? 0];
    let e = g + 1;
    while (e < s && hash[order[e] ?? 0] === h) e++;
    if (e - g >= 2) {
      let df = 1;
      for (let k = g + 1; k < e; k++) if (docOf[order[k] ?? 0] !== docOf[order[k - 1] ?? 0]) df++;
      if (df >= 2 && df <= maxDocs) {
        // Few copies: every pair of occurrences. Many copies (wire copy carried by a dozen outlets):
        // each occurrence paired with the group's first occurrence only, so hits grow linearly with the
        // copies instead of quadratically; clustering joins the copies again through that first one.
        const star = e - g > MAX_ALL_PAIRS_GROUP;
        for (let x = g; x < e; x++) {
          if (star && x > g) break;
          const ix = order[x] ?? 0;
          const dx = docOf[ix] ?? 0;
          for (let y = x + 1; y < e; y++) {
            const iy = order[y] ?? 0;
            const dy = docOf[iy] ?? 0;
            if (dy === dx) continue;
            const key = dx * nDocs + dy;
            let pi = pairIndex.get(key);
            if (pi === undefined) {
              pi = pairCount.length;
              pairIndex.set(key, pi);
              pairCount.push(0);
            }
            pairCount.data[pi]!++;
            hitPair.push(pi);
            hitA.push(posOf[ix] ?? 0);
            hitB.push(posOf[iy] ?? 0);
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
  for (const [key, pi] of pairIndex) {
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
    out.push({ a: Math.floor(key / nDocs), b: key % nDocs, pa, pb });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Indices `0..n-1` ordered by hash, ties by index (so documents stay in order inside a group). Packs
 * hash and index into one float64 and sorts natively when the index fits in 21 bits.
 */
function sortByHash(hash: Uint32Array, n: number): Uint32Array {
  const order = new Uint32Array(n);
  if (n < 2 ** 21) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (hash[i] ?? 0) * 2097152 + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = (packed[i] ?? 0) % 2097152;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((x, y) => (hash[x] ?? 0) - (hash[y] ?? 0) || x - y);
}
