/**
 * Rounds to 4 decimals: reports are compared byte for byte, so floating noise must not leak into them.
 * Every stage that writes a score into the report (align, quote clusters, coverage, framing) rounds with
 * this one function, which is why it lives here and not in one stage's folder.
 *
 * @param x - the number
 * @returns `x` rounded to 4 decimals
 * @example
 * ```ts
 * round4(2 / 3);
 * //=> 0.6667
 * ```
 * @internal
 */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
