import type { Scratch } from './scratch.js';
import type { WordView } from './view.js';

/**
 * Σ IDF over the multiset intersection of two key sequences, and its size, counted in `scratch`.
 *
 * @param a - one side's keys
 * @param b - the other side's keys
 * @param idf - IDF per key
 * @param scratch - scratch counts (left all 0)
 * @param maskA - when given, positions of `a` marked 1 are left out
 * @param maskB - when given, positions of `b` marked 1 are left out
 * @returns the IDF weight and the number of words in the intersection
 * @internal
 */
export function intersect(
  a: Int32Array,
  b: Int32Array,
  idf: Float64Array,
  scratch: Scratch,
  maskA?: Uint8Array,
  maskB?: Uint8Array,
): { weight: number; count: number } {
  const c = scratch.counts;
  for (let i = 0; i < a.length; i++) if (maskA === undefined || maskA[i] === 0) c[a[i] ?? 0]!++;
  let weight = 0;
  let count = 0;
  for (let i = 0; i < b.length; i++) {
    if (maskB !== undefined && maskB[i] !== 0) continue;
    const k = b[i] ?? 0;
    if ((c[k] ?? 0) > 0) {
      c[k]!--;
      weight += idf[k] ?? 0;
      count++;
    }
  }
  for (let i = 0; i < a.length; i++) c[a[i] ?? 0] = 0;
  return { weight, count };
}

/**
 * Σ IDF of a key sequence.
 *
 * @param keys - the keys
 * @param idf - IDF per key
 * @param mask - when given, positions marked 1 are left out
 * @returns the sum
 * @internal
 */
export function sumIdf(keys: Int32Array, idf: Float64Array, mask?: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < keys.length; i++) if (mask === undefined || mask[i] === 0) s += idf[keys[i] ?? 0] ?? 0;
  return s;
}

/**
 * Sorted hashes of the n-grams of a key sequence (FNV-1a over the keys; for n = 2 the hash is
 * `bigramHash`, which the bigram evidence is keyed by).
 *
 * @param keys - the keys
 * @param n - the n-gram length
 * @returns one hash per n-gram, sorted
 * @internal
 */
export function ngrams(keys: Int32Array, n: number): Int32Array {
  const m = keys.length - n + 1;
  if (m <= 0) return new Int32Array(0);
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (keys[i + k] ?? 0), 0x01000193);
    out[i] = h;
  }
  return out.sort();
}

/**
 * Size of the multiset intersection of two sorted arrays.
 *
 * @param a - one sorted array
 * @param b - another
 * @returns how many members they share, repeats counted
 * @internal
 */
export function sortedOverlap(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Dice coefficient from an overlap and the two sizes.
 *
 * @param overlap - members shared
 * @param la - size of one side
 * @param lb - size of the other
 * @returns `2 overlap / (la + lb)`, 0 when both are empty
 * @internal
 */
export function dice(overlap: number, la: number, lb: number): number {
  return la + lb === 0 ? 0 : (2 * overlap) / (la + lb);
}

/**
 * The surface ids of the words of one class.
 *
 * @param v - the passage's words
 * @param cls - a `WordClass` (numbers or proper nouns)
 * @returns their surface ids, in order
 * @internal
 */
export function ofClass(v: WordView, cls: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < v.count; i++) if (v.cls[i] === cls) out.push(v.surface[i] ?? 0);
  return Int32Array.from(out);
}

/**
 * Number of distinct members of `a` missing from `b`, plus the reverse.
 *
 * @param a - one set of ids
 * @param b - another
 * @returns the size of the symmetric difference of their distinct members
 * @internal
 */
export function mismatch(a: Int32Array, b: Int32Array): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let n = 0;
  for (const x of sa) if (!sb.has(x)) n++;
  for (const x of sb) if (!sa.has(x)) n++;
  return n;
}
