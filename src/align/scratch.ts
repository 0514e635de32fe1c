import { POS_GROUPS } from './unmatched.js';

/**
 * Scratch memory sized to a vocabulary, so that comparing two spans allocates almost nothing: counts
 * indexed by key id, cleared after each use.
 * @internal
 */
export class Scratch {
  /** Per key, 0 except while a comparison uses it. */
  counts: Int32Array;
  /** Per key, -1 except while a comparison uses it (first position of the key in a passage). */
  head: Int32Array;
  /** Unmatched-word counts per POS group (see `POS_GROUPS`), of one side and of the other. */
  readonly groupsA = new Float64Array(POS_GROUPS.length);
  readonly groupsB = new Float64Array(POS_GROUPS.length);
  private dp: [Int32Array, Int32Array, Int32Array, Int32Array] = [
    new Int32Array(64),
    new Int32Array(64),
    new Int32Array(64),
    new Int32Array(64),
  ];
  private next = new Int32Array(64);
  private groupMarks = new Uint8Array(0);
  private used = new Uint8Array(64);
  /** Four rows of at least `n` integers for a dynamic program (contents undefined). */
  rows(n: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
    if (n > this.dp[0].length) {
      const m = Math.max(n, this.dp[0].length * 2);
      this.dp = [new Int32Array(m), new Int32Array(m), new Int32Array(m), new Int32Array(m)];
    }
    return this.dp;
  }
  /** At least `n` marks, all 0 (callers reset what they set). */
  marks(n: number): Uint8Array {
    if (n > this.groupMarks.length) this.groupMarks = new Uint8Array(n);
    return this.groupMarks;
  }
  /** Per-position links (contents undefined) and used marks (all 0; callers reset what they set). */
  positions(n: number): [Int32Array, Uint8Array] {
    if (n > this.next.length) {
      const m = Math.max(n, this.next.length * 2);
      this.next = new Int32Array(m);
      this.used = new Uint8Array(m);
    }
    return [this.next, this.used];
  }
  /** @param size - the vocabulary's size */
  constructor(size: number) {
    this.counts = new Int32Array(Math.max(16, size));
    this.head = new Int32Array(this.counts.length).fill(-1);
  }
  /** Grows the per-key arrays to a vocabulary of `size` entries. */
  ensure(size: number): void {
    if (size > this.counts.length) {
      this.counts = new Int32Array(Math.max(size, this.counts.length * 2));
      this.head = new Int32Array(this.counts.length).fill(-1);
    }
  }
}
