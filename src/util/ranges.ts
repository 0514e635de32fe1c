import { rangeAt } from '../document/model.js';

/** A character range `[start, end)`. @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Merges ranges into sorted, disjoint ones (touching ranges join). Used by coverage (shared passages of a
 * document) and framing (quoted speech of a document).
 *
 * @param ranges - the ranges, in any order
 * @returns sorted, disjoint ranges covering the same characters
 * @example
 * ```ts
 * mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 5 }, { start: 12, end: 14 }]);
 * //=> [{ start: 0, end: 9 }, { start: 12, end: 14 }]
 * ```
 * @internal
 */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Whether `[start, end)` lies inside one of the sorted disjoint `ranges`.
 *
 * @param ranges - sorted, disjoint ranges (as {@link mergeRanges} gives)
 * @param start - first character
 * @param end - one past the last character
 * @returns whether one range holds the whole span
 * @example
 * ```ts
 * inside([{ start: 0, end: 9 }], 2, 9);
 * //=> true
 * ```
 * @internal
 */
export function inside(ranges: readonly Range[], start: number, end: number): boolean {
  const r = ranges[rangeAt(ranges, start)];
  return r !== undefined && end <= r.end;
}
