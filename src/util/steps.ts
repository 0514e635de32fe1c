/**
 * Work that can pause: a generator that `yield`s (nothing) at points where the caller may let other work run, and
 * returns its result. A whole-corpus stage written this way runs to the end in one call through {@link drain}, or,
 * inside `analyze`, hands the event loop back between its steps (see `Run.steps` in src/progress.ts), so that
 * timers, I/O and an `AbortSignal` are heard during a stage of several seconds.
 * @internal
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs steps to the end, without pausing.
 *
 * @param steps - the work
 * @returns its result
 * @example
 * ```ts
 * function* twice(x: number): Steps<number> { yield; return 2 * x; }
 * drain(twice(21)); //=> 42
 * ```
 * @internal
 */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/**
 * A pause point for loops: counts calls and says when `every` of them have passed, so that a loop yields once per
 * `every` items (`if (pace()) yield;`) and not for each.
 *
 * @param every - items between pauses
 * @returns a function that is true on every `every`-th call
 * @internal
 */
export function pacer(every: number): () => boolean {
  let n = 0;
  return () => {
    n++;
    if (n < every) return false;
    n = 0;
    return true;
  };
}
