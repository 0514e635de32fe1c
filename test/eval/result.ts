/** What an evaluation's `run` returns to run.ts: whether its enforced targets hold, and its known misses. */
export interface EvalResult {
  /** Whether every enforced target holds; false fails `npm run eval`. */
  readonly met: boolean;
  /** Targets not met yet, each with the issue that tracks it ("issue 15: …"): printed, not failed on. */
  readonly knownMisses: readonly string[];
}
