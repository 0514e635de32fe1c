import type { WordSeq } from './word-matcher.js';

/** The longest run of words two sequences share, and how many of its words are content words. @internal */
export interface SharedRun {
  /** Number of consecutive words with the same lemmas on both sides. */
  readonly length: number;
  /** How many of them are content words (in the first sequence). */
  readonly content: number;
}

/**
 * The longest run of consecutive words two quotes share (same lemmas), with its count of content words;
 * of equally long runs, the one with the most content words.
 * @param a - one sequence
 * @param b - the other
 * @returns the run's length and content-word count (0 and 0 when no word is shared)
 * @example
 * sharedRun(seq('we will not give up'), seq('they will not give in')) //=> { length: 3, content: 1 }
 * @internal
 */
export function sharedRun(a: WordSeq, b: WordSeq): SharedRun {
  const m = b.toks.length;
  // Run lengths and content counts ending at (i, j), for the previous row of A and the current one.
  let prevLen = new Int32Array(m + 1);
  let curLen = new Int32Array(m + 1);
  let prevContent = new Int32Array(m + 1);
  let curContent = new Int32Array(m + 1);
  let bestLen = 0;
  let bestContent = 0;
  for (let i = 1; i <= a.toks.length; i++) {
    const ka = a.keys[i - 1];
    const content = a.stop[i - 1] === true ? 0 : 1;
    for (let j = 1; j <= m; j++) {
      if (ka === b.keys[j - 1]) {
        const len = (prevLen[j - 1] ?? 0) + 1;
        const c = (prevContent[j - 1] ?? 0) + content;
        curLen[j] = len;
        curContent[j] = c;
        if (len > bestLen || (len === bestLen && c > bestContent)) {
          bestLen = len;
          bestContent = c;
        }
      } else {
        curLen[j] = 0;
        curContent[j] = 0;
      }
    }
    [prevLen, curLen] = [curLen, prevLen];
    [prevContent, curContent] = [curContent, prevContent];
  }
  return { length: bestLen, content: bestContent };
}
