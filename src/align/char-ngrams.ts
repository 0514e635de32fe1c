/**
 * Character-bigram Dice coefficient of two strings with white space removed — the measure of
 * string-similarity's `compareTwoStrings`, computed on integer bigrams counted in a reusable table so
 * that scoring many pairs allocates nothing instead of a Map per call.
 *
 * @param a - one string, white space removed
 * @param b - another
 * @returns the coefficient: 1 for equal strings, 0 when either is shorter than two characters
 * @internal
 */
export function charDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return ngramDice(a, b, 2);
}

/**
 * Dice coefficient of the multisets of character n-grams of two strings.
 *
 * @param a - one string
 * @param b - another
 * @param n - the n-gram length, 2 or 3
 * @returns the coefficient; 0 when neither has an n-gram
 * @internal
 */
export function ngramDice(a: string, b: string, n: 2 | 3): number {
  const na = Math.max(0, a.length - n + 1);
  const nb = Math.max(0, b.length - n + 1);
  if (na + nb === 0) return 0;
  return (2 * NGRAMS.overlap(a, b, n)) / (na + nb);
}

/**
 * Size of the multiset intersection of the character n-grams (n = 2 or 3) of two strings: one side's
 * n-grams counted in an open-addressing table, the other's taken off it. The same number as merging the
 * two sorted n-gram lists, without sorting either; an n-gram is its code units packed exactly (`hi` the
 * first of a trigram, `lo` the last two), so no two n-grams share a key.
 */
class NgramCounter {
  private hi = new Int32Array(1024);
  private lo = new Int32Array(1024);
  private count = new Int32Array(1024);
  /** Slot in use when equal to the current generation: the table is never cleared. */
  private stamp = new Int32Array(1024);
  private gen = 0;

  overlap(a: string, b: string, n: 2 | 3): number {
    if (a.length < n || b.length < n) return 0;
    // N-grams inside a common prefix or suffix are in both multisets, and adding the same n-grams to
    // both adds exactly their number to the intersection: only the n-grams that start between the
    // shared ends are counted (copies mostly differ somewhere in the middle).
    const most = Math.min(a.length, b.length);
    let pre = 0;
    while (pre < most && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
    let suf = 0;
    while (suf < most - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
    const shared = Math.max(0, pre - n + 1) + Math.max(0, suf - n + 1);
    // Start positions of the other n-grams: from..toA in a, from..toB in b.
    const from = Math.max(0, pre - n + 1);
    const toA = Math.min(a.length - n, a.length - suf - 1);
    const toB = Math.min(b.length - n, b.length - suf - 1);
    const na = toA - from + 1;
    if (na <= 0 || toB < from) return shared;
    if (2 * na > this.stamp.length) {
      let size = this.stamp.length;
      while (size < 2 * na) size *= 2;
      this.hi = new Int32Array(size);
      this.lo = new Int32Array(size);
      this.count = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.gen = 0;
    }
    if (this.gen >= 0x3fffffff) {
      this.stamp.fill(0);
      this.gen = 0;
    }
    const g = ++this.gen;
    const { hi, lo, count, stamp } = this;
    for (let i = from; i <= toA; i++) {
      const h = n === 2 ? 0 : a.charCodeAt(i);
      const l = (a.charCodeAt(i + n - 2) << 16) | a.charCodeAt(i + n - 1);
      const s = this.slot(h, l, g);
      if (stamp[s] === g) count[s]!++;
      else {
        stamp[s] = g;
        hi[s] = h;
        lo[s] = l;
        count[s] = 1;
      }
    }
    let overlap = shared;
    for (let i = from; i <= toB; i++) {
      const h = n === 2 ? 0 : b.charCodeAt(i);
      const s = this.slot(h, (b.charCodeAt(i + n - 2) << 16) | b.charCodeAt(i + n - 1), g);
      if (stamp[s] === g && count[s]! > 0) {
        count[s]!--;
        overlap++;
      }
    }
    return overlap;
  }

  /** The slot of n-gram (`h`, `l`) in generation `g`: where it is, or the free slot where it would go. */
  private slot(h: number, l: number, g: number): number {
    const { hi, lo, stamp } = this;
    const mask = stamp.length - 1;
    let s = Math.imul(l ^ Math.imul(h, 0x85ebca6b), 0x9e3779b1);
    s = (s ^ (s >>> 15)) & mask;
    while (stamp[s] === g && (hi[s] !== h || lo[s] !== l)) s = (s + 1) & mask;
    return s;
  }
}

const NGRAMS = new NgramCounter();
