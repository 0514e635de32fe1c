import type { Scratch } from './scratch.js';

/** How two key sequences line up in order. @internal */
export interface WordOrder {
  /** Length of the longest common subsequence. */
  readonly lcs: number;
  /** Word-level Levenshtein distance. */
  readonly distance: number;
}

/**
 * Cells up to which the whole grid is filled at once; above, a band around the diagonal is tried first
 * (short passages are mostly scored whole, where a band would save little).
 * @internal
 */
export const FULL_GRID_CELLS = 4096;

/**
 * The word LCS length and the word-level Levenshtein distance of two key sequences in one pass over the
 * same grid (both are needed for every scored pair).
 *
 * Long near-identical copies cost time in proportion to their length times their difference, not to the
 * product of their lengths: only a band of diagonals around the main one is filled (Ukkonen 1985), wide
 * enough for the number of words only one side has, and doubled until the best path provably lies in it.
 *
 * @param a - one side's keys
 * @param b - the other side's keys
 * @param scratch - scratch rows
 * @returns both measures
 * @example
 * ```ts
 * lcsAndEditDistance(Int32Array.of(1, 2, 3, 4), Int32Array.of(1, 3, 4, 5), new Scratch(8));
 * //=> { lcs: 3, distance: 2 }
 * ```
 * @internal
 */
export function lcsAndEditDistance(a: Int32Array, b: Int32Array, scratch: Scratch): WordOrder {
  // A common prefix and suffix are matched whatever lies between (both measures are exact on the rest
  // plus the shared ends), and copies of one passage mostly differ somewhere in the middle.
  let pre = 0;
  const most = Math.min(a.length, b.length);
  while (pre < most && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < most - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  const full = Math.max(n, m);
  // Every path of cost d (words only one side has) keeps within d diagonals of the main one, and at least
  // |n - m| of them; the Levenshtein distance is at most that cost. A band of width t whose result is
  // at most t holds the best path of both measures.
  let t = n * m <= FULL_GRID_CELLS ? full : Math.min(full, Math.abs(n - m) + 16);
  for (;;) {
    const r = banded(a, b, pre, n, m, t, scratch);
    if (r.indel <= t || t >= full) return { lcs: (n + m - r.indel) / 2 + pre + suf, distance: r.distance };
    t = Math.min(full, 2 * t);
  }
}

/**
 * Both dynamic programs over the cells `(i, j)` with `|i - j| <= t` of the grid of `a[off…off + n)` and
 * `b[off…off + m)`: the distance counting insertions and deletions only (`n + m - 2·LCS` when the best
 * path lies in the band) and the Levenshtein distance. Cells outside the band count as unreachable.
 */
function banded(
  a: Int32Array,
  b: Int32Array,
  off: number,
  n: number,
  m: number,
  t: number,
  scratch: Scratch,
): { indel: number; distance: number } {
  const FAR = 0x3fffffff;
  const rows = scratch.rows(m + 2);
  let ip = rows[0];
  let ic = rows[1];
  let ep = rows[2];
  let ec = rows[3];
  const top = Math.min(m, t);
  for (let j = 0; j <= top; j++) {
    ip[j] = j;
    ep[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[off + i - 1];
    const lo = Math.max(1, i - t);
    const hi = Math.min(m, i + t);
    // The cell above the band's last column lay outside the previous row's band.
    if (hi > i - 1 + t) {
      ip[hi] = FAR;
      ep[hi] = FAR;
    }
    // The cells left of and diagonally above the current one stay in locals: each step reads only the
    // cell above from the previous rows.
    let leftI: number;
    let leftE: number;
    if (lo === 1) {
      leftI = i <= t ? i : FAR;
      leftE = leftI;
      ic[0] = leftI;
      ec[0] = leftE;
    } else {
      leftI = FAR;
      leftE = FAR;
    }
    let diagI = ip[lo - 1]!;
    let diagE = ep[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const upI = ip[j]!;
      const upE = ep[j]!;
      const same = ai === b[off + j - 1];
      const x = upI < leftI ? upI + 1 : leftI + 1;
      const c = same && diagI < x ? diagI : x;
      ic[j] = c;
      const sub = diagE + (same ? 0 : 1);
      const del = upE + 1;
      const ins = leftE + 1;
      const e = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      ec[j] = e;
      diagI = upI;
      diagE = upE;
      leftI = c;
      leftE = e;
    }
    const ti = ip;
    ip = ic;
    ic = ti;
    const te = ep;
    ep = ec;
    ec = te;
  }
  return { indel: ip[m] ?? 0, distance: ep[m] ?? 0 };
}

/**
 * METEOR's fragmentation (Banerjee & Lavie 2005): chunks of consecutive matched words per matched word,
 * with each word of `a` matched greedily to the next word of `b` if it continues the chunk, else to the
 * first unused equal word.
 *
 * @param a - one side's keys
 * @param b - the other side's keys
 * @param scratch - scratch lists (`head` left all -1)
 * @returns chunks per matched word; 1 when nothing matches
 * @internal
 */
export function fragmentation(a: Int32Array, b: Int32Array, scratch: Scratch): number {
  // The positions of each key in b as linked lists (head per key, next per position), so that "the
  // first unused equal word" is found without scanning b.
  const head = scratch.head;
  const [next, used] = scratch.positions(b.length);
  for (let z = b.length - 1; z >= 0; z--) {
    const k = b[z] ?? 0;
    next[z] = head[k] ?? -1;
    head[k] = z;
  }
  let chunks = 0;
  let matches = 0;
  let last = -2;
  for (let x = 0; x < a.length; x++) {
    const k = a[x] ?? 0;
    let y: number;
    if (last >= 0 && last + 1 < b.length && used[last + 1] === 0 && b[last + 1] === k) y = last + 1;
    else {
      let z = head[k] ?? -1;
      while (z >= 0 && used[z] === 1) z = next[z] ?? -1;
      head[k] = z; // the used ones before it stay used
      y = z;
    }
    if (y >= 0) {
      used[y] = 1;
      matches++;
      if (y !== last + 1) chunks++;
      last = y;
    } else last = -2;
  }
  for (let z = 0; z < b.length; z++) {
    head[b[z] ?? 0] = -1;
    used[z] = 0;
  }
  return matches === 0 ? 1 : chunks / matches;
}

/**
 * Smoothed BLEU-4 of a candidate of `lc` words against a reference of `lr` (Papineni et al. 2002; add-one
 * smoothing per order, as Lin & Och 2004), from the clipped 1- to 4-gram matches `m1…m4` and the
 * candidate's 1- to 4-gram counts `t1…t4` (clipped matches are symmetric; the counts are not).
 *
 * @returns the score, in (0, 1]
 * @internal
 */
export function bleu(m1: number, m2: number, m3: number, m4: number, t1: number, t2: number, t3: number, t4: number, lr: number): number {
  const lc = t1;
  const logp =
    (Math.log((m1 + 1) / (t1 + 1)) + Math.log((m2 + 1) / (t2 + 1)) + Math.log((m3 + 1) / (t3 + 1)) + Math.log((m4 + 1) / (t4 + 1))) / 4;
  const bp = lc >= lr ? 0 : 1 - lr / Math.max(1, lc);
  return Math.exp(logp + bp);
}
