import { POS_INDEX } from '../document/model.js';
import type { Scratch } from './scratch.js';
import type { WordView } from './view.js';

/**
 * The word classes whose unmatched words are counted apart (universal POS tags per class): what kind of
 * content one passage adds — an extra name or number matters more than an extra adverb.
 * @internal
 */
export const POS_GROUPS = [['NOUN'], ['PROPN'], ['VERB'], ['ADJ', 'ADV'], ['NUM']] as const;

/** POS tag index → its group in {@link POS_GROUPS} (-1: none). */
const GROUP_OF_TAG = new Int8Array(32).fill(-1);
POS_GROUPS.forEach((tags, g) =>
  tags.forEach((tag) => {
    const t = POS_INDEX.get(tag) ?? -1;
    if (t >= 0) GROUP_OF_TAG[t] = g;
  }),
);

/**
 * Non-stop words of `a` whose key `b` lacks.
 *
 * @param a - one passage
 * @param b - the other
 * @param scratch - scratch counts (left all 0)
 * @returns how many there are
 * @internal
 */
export function unmatchedContent(a: WordView, b: WordView, scratch: Scratch): number {
  const c = scratch.counts;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0]!++;
  let n = 0;
  for (let i = 0; i < a.count; i++) if (a.stop[i] === 0 && (c[a.keys[i] ?? 0] ?? 0) === 0) n++;
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  return n;
}

/**
 * Words of `a` whose key `b` lacks, counted per group of {@link POS_GROUPS}.
 *
 * @param a - one passage
 * @param b - the other
 * @param c - scratch counts indexed by key, all 0 (left so)
 * @param out - one count per group, all 0 (added to)
 * @internal
 */
export function unmatchedByGroup(a: WordView, b: WordView, c: Int32Array, out: Float64Array): void {
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  for (let i = 0; i < a.count; i++) {
    const g = GROUP_OF_TAG[a.pos[i] ?? 0] ?? -1;
    if (g >= 0 && c[a.keys[i] ?? 0] === 0) out[g]!++;
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
}

/** Runs of consecutive words one passage has and the other lacks. @internal */
export interface UnmatchedRuns {
  /** Length of the longest run. */
  readonly longest: number;
  /** Number of runs of two words or more. */
  readonly runs: number;
}

/**
 * Runs of consecutive words of `a` whose key `b` lacks: a whole added clause shows as one long run
 * rather than scattered substitutions.
 *
 * @param a - one passage
 * @param b - the other
 * @param c - scratch counts indexed by key, all 0 (left so)
 * @returns the longest run and the number of runs
 * @internal
 */
export function unmatchedRuns(a: WordView, b: WordView, c: Int32Array): UnmatchedRuns {
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 1;
  let longest = 0;
  let runs = 0;
  let run = 0;
  for (let i = 0; i <= a.count; i++) {
    if (i < a.count && c[a.keys[i] ?? 0] !== 1) run++;
    else {
      if (run > longest) longest = run;
      if (run >= 2) runs++;
      run = 0;
    }
  }
  for (let i = 0; i < b.count; i++) c[b.keys[i] ?? 0] = 0;
  return { longest, runs };
}
