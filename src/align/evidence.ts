import type { Scratch } from './scratch.js';

/** What a key bigram says about a pair when both passages carry it and when only one does. @internal */
export interface BigramWeights {
  readonly shared: number;
  readonly unmatched: number;
}

/**
 * Per match key, what the key says about a pair when both passages carry it (`shared`) and when only one
 * does (`unmatched`): smoothed log-likelihood ratios of paraphrase against non-paraphrase, fitted on
 * MSRP (Ji & Eisenstein 2013 weigh words by the same contrast — "said" missing on one side says little,
 * a missing "percent" or "Thursday" says much). Indexed by key id; 0 for keys the table does not know.
 * @internal
 */
export interface Evidence {
  readonly shared: Float64Array;
  readonly unmatched: Float64Array;
  /** The same for bigrams of keys, by {@link bigramHash}; bigrams not listed carry none. */
  readonly bigrams: ReadonlyMap<number, BigramWeights>;
}

/**
 * Hash of the key bigram `x y`, as the sorted bigram hashes of a prepared view carry it (`ngrams(keys, 2)`).
 *
 * @param x - the first key
 * @param y - the second key
 * @returns a 32-bit hash
 * @internal
 */
export function bigramHash(x: number, y: number): number {
  return Math.imul(Math.imul(0x811c9dc5 ^ x, 0x01000193) ^ y, 0x01000193);
}

/** The evidence sums of a pair. @internal */
export interface EvidenceSums {
  /** Σ `shared` evidence over the distinct keys both passages carry. */
  readonly shared: number;
  /** Σ `unmatched` evidence over the distinct keys only one carries. */
  readonly unmatched: number;
  /** The same over distinct key bigrams. */
  readonly sharedBigrams: number;
  readonly unmatchedBigrams: number;
}

/**
 * What the words and word pairs two passages share or leave unmatched say about the pair. Exported so
 * that the fitting script can recompute them with held-out tables.
 *
 * @param a - one side's keys
 * @param b - the other side's keys
 * @param biA - one side's sorted bigram hashes
 * @param biB - the other side's
 * @param evidence - the evidence tables
 * @param scratch - scratch counts (left all 0)
 * @returns the four sums
 * @internal
 */
export function evidenceSums(
  a: Int32Array,
  b: Int32Array,
  biA: Int32Array,
  biB: Int32Array,
  evidence: Evidence,
  scratch: Scratch,
): EvidenceSums {
  const words = unigramEvidence(a, b, evidence, scratch);
  const bigrams = bigramEvidence(biA, biB, evidence);
  return { shared: words.shared, unmatched: words.unmatched, sharedBigrams: bigrams.shared, unmatchedBigrams: bigrams.unmatched };
}

/** Evidence over distinct bigrams, by a merge of the two sorted hash lists. */
function bigramEvidence(a: Int32Array, b: Int32Array, evidence: Evidence): { shared: number; unmatched: number } {
  let shared = 0;
  let unmatched = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let h: number;
    let both = false;
    if (j >= b.length) h = a[i] ?? 0;
    else if (i >= a.length) h = b[j] ?? 0;
    else {
      const x = a[i] ?? 0;
      const y = b[j] ?? 0;
      h = x < y ? x : y;
      both = x === y;
    }
    while (i < a.length && a[i] === h) i++;
    while (j < b.length && b[j] === h) j++;
    const w = evidence.bigrams.get(h);
    if (w === undefined) continue;
    if (both) shared += w.shared;
    else unmatched += w.unmatched;
  }
  return { shared, unmatched };
}

/** Evidence over distinct keys, marked in the scratch counts (1: in `a`, 2: in `b`, 3: in both). */
function unigramEvidence(a: Int32Array, b: Int32Array, evidence: Evidence, scratch: Scratch): { shared: number; unmatched: number } {
  const c = scratch.counts;
  for (let i = 0; i < a.length; i++) c[a[i] ?? 0]! |= 1;
  for (let i = 0; i < b.length; i++) c[b[i] ?? 0]! |= 2;
  let shared = 0;
  let unmatched = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a[i] ?? 0;
    const v = c[k] ?? 0;
    if (v === 0) continue; // a repeat, already counted
    if (v === 3) shared += evidence.shared[k] ?? 0;
    else unmatched += evidence.unmatched[k] ?? 0;
    c[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b[i] ?? 0;
    if ((c[k] ?? 0) === 0) continue;
    unmatched += evidence.unmatched[k] ?? 0;
    c[k] = 0;
  }
  return { shared, unmatched };
}
