/**
 * Work that can pause: a generator that `yield`s (nothing) at points where the caller may let other work run, and
 * returns its result. A whole-corpus stage written this way runs to the end in one call through {@link drain}, or,
 * inside `analyze`, hands the event loop back between its steps (see `Run.steps` in src/progress.ts), so that
 * timers, I/O and an `AbortSignal` are heard during a stage of several seconds. A step may also wait for work done
 * elsewhere (worker threads): it yields an {@link Awaiting}, and `Run.steps` sends the settled value back in.
 * @internal
 */
export type Steps<T> = Generator<Awaiting | void, T, unknown>;

/** A promise a step waits for (see {@link awaited}); only `Run.steps` can wait, {@link drain} cannot. @internal */
export class Awaiting {
  constructor(readonly promise: Promise<unknown>) {}
}

/**
 * Waits, inside steps, for a value that work elsewhere may still be making: a plain value is returned at once, a
 * promise is yielded as an {@link Awaiting} and its value returned once it settles (its rejection is thrown here).
 *
 * @param value - the value, or a promise of it
 * @returns the value
 * @example
 * ```ts
 * function* sum(parts: number[] | Promise<number[]>): Steps<number> {
 *   const xs = yield* awaited(parts);
 *   return xs.reduce((a, b) => a + b, 0);
 * }
 * ```
 * @internal
 */
export function* awaited<T>(value: T | Promise<T>): Steps<T> {
  if (!(value instanceof Promise)) return value;
  return (yield new Awaiting(value)) as T;
}

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
    // Work handed elsewhere is only ever set up by an async caller (analyze with workers), which uses Run.steps.
    if (r.value instanceof Awaiting)
      throw new Error('narrative-diff: internal error: steps that wait for other threads were drained synchronously');
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
