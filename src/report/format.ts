/**
 * A share as a whole percentage, as the Markdown and HTML reports print it.
 *
 * @param x - a share in [0, 1]
 * @returns e.g. `'67 %'`
 * @example
 * ```ts
 * pct(2 / 3);
 * //=> '67 %'
 * ```
 * @internal
 */
export const pct = (x: number): string => `${Math.round(x * 100)} %`;
