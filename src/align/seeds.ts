import type { Steps } from '../util/steps.js';
import { shingleHash, type Hash64, type KeyHashes } from './stable-hash.js';
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

/**
 * Calls `visit` with each seed shingle of a document: every run of {@link SHINGLE} words inside one paragraph
 * with at least one word that is not a stop word, with its position and its stable hash (see `stable-hash.ts`).
 * The hash passed is reused between calls: read it, do not keep it.
 *
 * @param w - the document's words
 * @param hashes - the stable hash of each vocabulary id
 * @param visit - called with the first word of each seed and its hash
 * @internal
 */
export function forEachSeed(w: DocWords, hashes: KeyHashes, visit: (p: number, hash: Readonly<Hash64>) => void): void {
  const h: Hash64 = { hi: 0, lo: 0 };
  for (let p = 0; p + SHINGLE <= w.keys.length; p++) {
    // Seeds stay inside one paragraph: passages are cut at paragraph breaks anyway, and a seed
    // straddling one would tie together text that is not one passage in either document.
    if (w.para[p] !== w.para[p + SHINGLE - 1]) continue;
    // A shingle of stop words only ("one of the most") says nothing about shared origin.
    let content = false;
    for (let k = 0; k < SHINGLE; k++) if (w.stop[p + k] === 0) content = true;
    if (!content) continue;
    shingleHash(w.keys, p, SHINGLE, hashes, h);
    visit(p, h);
  }
}

/**
 * Documents with the same words (the same match keys outside boilerplate) as one class each: the class
 * of each document is the position of the first document with its words.
 *
 * @param words - the documents' words
 * @returns the class of each document
 * @example
 * ```ts
 * const texts = ['Ferry runs again.', 'Storm ends.', 'Ferry  runs again.'];
 * copyClasses(readCorpus(texts.map((text, i) => ({ id: `d${i}`, text }))).docs.map(docWords));
 * //=> Int32Array [0, 1, 0]
 * ```
 * @internal
 */
export function copyClasses(words: readonly DocWords[]): Int32Array {
  const cls = new Int32Array(words.length);
  const byHash = new Map<number, number[]>();
  words.forEach((w, d) => {
    let h = 0x811c9dc5 ^ w.keys.length;
    for (let p = 0; p < w.keys.length; p++) h = Math.imul(h ^ (w.keys[p] ?? 0), 0x01000193);
    const firsts = byHash.get(h);
    const same = firsts?.find((f) => sameKeys(words[f]?.keys, w.keys));
    cls[d] = same ?? d;
    if (same === undefined) {
      if (firsts) firsts.push(d);
      else byHash.set(h, [d]);
    }
  });
  return cls;
}

function sameKeys(a: Int32Array | undefined, b: Int32Array): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The candidate index: hashes every shingle of match keys, sorts them (an inverted index in one typed
 * array), drops shingles found in too many documents, and returns the seed hits of every document pair
 * that shares at least two seeds. Cost grows with the number of shingles and of hits, not with the
 * number of document pairs.
 *
 * Document frequency counts copies of one document once (documents with the same words, see
 * {@link copyClasses}), over the number of distinct documents: a phrase every copy of one article carries
 * is that article's, not a stock phrase, and N identical copies share all their passages.
 *
 * @param words - the documents' words
 * @param hashes - the stable hash of each vocabulary id the words' keys come from
 * @param maxDocumentFrequency - share of documents above which a shingle is a stock phrase
 * @returns hits per document pair, ordered by `a` then `b` (pausing between documents and groups of shingles, see {@link Steps})
 * @internal
 */
export function* seedHits(words: readonly DocWords[], hashes: KeyHashes, maxDocumentFrequency: number): Steps<PairHits[]> {
  const nDocs = words.length;
  let total = 0;
  for (const w of words) total += Math.max(0, w.keys.length - SHINGLE + 1);
  // The two halves of each seed's 64-bit hash.
  const hashHi = new Uint32Array(total);
  const hashLo = new Uint32Array(total);
  // Document and word position of each shingle side by side, moved together into group order below.
  const docPos = new Int32Array(2 * total);
  let s = 0;
  for (const [d, w] of words.entries()) {
    forEachSeed(w, hashes, (p, h) => {
      hashHi[s] = h.hi;
      hashLo[s] = h.lo;
      docPos[2 * s] = d;
      docPos[2 * s + 1] = p;
      s++;
    });
    yield;
  }
  // Occurrences grouped by hash, in index order inside a group (so documents stay in order inside it);
  // most shingles of a corpus of wire copy recur, so every group is read.
  const { start, docPos: grouped, groups } = groupByHash(hashHi, hashLo, docPos, s);

  const cls = copyClasses(words);
  let distinct = 0;
  for (let d = 0; d < nDocs; d++) if (cls[d] === d) distinct++;
  const maxDocs = distinct >= MIN_DOCS_FOR_DF_CUT ? Math.max(2, Math.floor(maxDocumentFrequency * distinct)) : Infinity;
  // Per class, the last group that counted it (group + 1; 0 for none), so that each class counts once per group.
  const seen = new Int32Array(nDocs);
  const hitPair = new IntList();
  const hitA = new IntList();
  const hitB = new IntList();
  const pairIndex = new PairTable();
  const pairCount = new IntList();
  for (let gi = 0; gi < groups; gi++) {
    if ((gi & 4095) === 4095) yield;
    const g = start[gi] ?? 0;
    const e = start[gi + 1] ?? 0;
    if (e - g >= 2) {
      let df = 1;
      let prev = grouped[2 * g];
      let dfCopies = 0;
      for (let k = g; k < e; k++) {
        const d = grouped[2 * k] ?? 0;
        if (k > g && d !== prev) df++;
        prev = d;
        const c = cls[d] ?? d;
        if (seen[c] !== gi + 1) {
          seen[c] = gi + 1;
          dfCopies++;
        }
      }
      if (df >= 2 && dfCopies <= maxDocs) {
        // Few copies: every pair of occurrences. Many copies (wire copy carried by a dozen outlets):
        // each occurrence paired with the group's first occurrence only, so hits grow linearly with the
        // copies instead of quadratically; clustering joins the copies again through that first one.
        const star = e - g > MAX_ALL_PAIRS_GROUP;
        for (let x = g; x < e; x++) {
          if (star && x > g) break;
          const dx = grouped[2 * x] ?? 0;
          for (let y = x + 1; y < e; y++) {
            const dy = grouped[2 * y] ?? 0;
            if (dy === dx) continue;
            let pi = pairIndex.get(dx, dy);
            if (pi < 0) {
              pi = pairCount.length;
              pairIndex.set(dx, dy, pi);
              pairCount.push(0);
            }
            pairCount.data[pi]!++;
            hitPair.push(pi);
            hitA.push(grouped[2 * x + 1] ?? 0);
            hitB.push(grouped[2 * y + 1] ?? 0);
          }
        }
      }
    }
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
 * The first `n` shingles grouped by their 64-bit hash (two halves): `start[g]…start[g + 1]` are the occurrences of group `g`, whose
 * document and word position are at `2i` and `2i + 1` of the returned `docPos`, in the order of their
 * index (so documents stay in order inside a group). Groups are numbered by first occurrence, which
 * does not matter: hits are bucketed by document pair and sorted by position afterwards. An open-
 * addressing table from hash to group and a counting sort by group, two passes over the shingles where a
 * radix sort of the hashes took six; a corpus has several times fewer distinct shingles than shingles.
 */
function groupByHash(
  hashHi: Uint32Array,
  hashLo: Uint32Array,
  docPos: Int32Array,
  n: number,
): { start: Int32Array; docPos: Int32Array; groups: number } {
  let bits = 12;
  // The table is addressed by the low half and holds the group id; a group's full hash is in groupHi/groupLo.
  let keys = new Uint32Array(1 << bits);
  // Group id + 1 per slot; 0 for a free slot.
  let ids = new Int32Array(1 << bits);
  const groupOf = new Int32Array(n);
  const count = new Int32Array(n + 1);
  // Hash of each group: groups are numbered in order of first occurrence, so the next shingle of a
  // recurring passage is mostly in the group after the previous shingle's, found without the table.
  const groupHi = new Uint32Array(n);
  const groupLo = new Uint32Array(n);
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const h = hashLo[i] ?? 0;
    const hi = hashHi[i] ?? 0;
    const guess = i > 0 ? (groupOf[i - 1] ?? 0) + 1 : 0;
    if (guess < groups && groupLo[guess] === h && groupHi[guess] === hi) {
      groupOf[i] = guess;
      count[guess + 1]!++;
      continue;
    }
    const mask = (1 << bits) - 1;
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (ids[slot] !== 0 && (keys[slot] !== h || groupHi[(ids[slot] ?? 1) - 1] !== hi)) slot = (slot + 1) & mask;
    let id = (ids[slot] ?? 0) - 1;
    if (id < 0) {
      id = groups++;
      groupHi[id] = hi;
      groupLo[id] = h;
      keys[slot] = h;
      ids[slot] = id + 1;
      if (2 * groups > 1 << bits) {
        // Rehash into a table twice the size, keeping the load under one half.
        const oldKeys = keys;
        const oldIds = ids;
        bits++;
        keys = new Uint32Array(1 << bits);
        ids = new Int32Array(1 << bits);
        const m = (1 << bits) - 1;
        for (let o = 0; o < oldIds.length; o++) {
          const v = oldIds[o] ?? 0;
          if (v === 0) continue;
          const k = oldKeys[o] ?? 0;
          let t = Math.imul(k, 0x9e3779b1) >>> (32 - bits);
          while (ids[t] !== 0) t = (t + 1) & m;
          keys[t] = k;
          ids[t] = v;
        }
      }
    }
    groupOf[i] = id;
    count[id + 1]!++;
  }
  for (let g = 0; g < groups; g++) count[g + 1]! += count[g] ?? 0;
  const start = count.slice(0, groups + 1);
  const out = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const to = count[groupOf[i] ?? 0]!++;
    out[2 * to] = docPos[2 * i] ?? 0;
    out[2 * to + 1] = docPos[2 * i + 1] ?? 0;
  }
  return { start, docPos: out, groups };
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
