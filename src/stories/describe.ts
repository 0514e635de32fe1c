import type { StoryVectors } from './vectors.js';

/** Most terms and names a story lists. */
const MAX_TERMS = 8;
const MAX_NAMES = 4;

/**
 * The terms and names that define a story: its documents' vectors summed, the heaviest content words (match
 * keys) and the heaviest names (people and states), ties broken by the name's code-unit order.
 *
 * @param v - the documents' vectors
 * @param members - the story's documents (input positions)
 * @returns at most 8 terms and 4 names, heaviest first
 * @internal
 */
export function describeStory(v: StoryVectors, members: readonly number[]): { terms: string[]; names: string[] } {
  const sum = new Map<number, number>();
  for (const d of members) {
    const vd = v.docs[d];
    if (vd === undefined) continue;
    vd.ids.forEach((f, j) => sum.set(f, (sum.get(f) ?? 0) + (vd.weights[j] ?? 0)));
  }
  // Rounded, so that sums taken in another order rank the same way.
  const ranked = [...sum]
    .map(([f, w]) => ({ name: v.names[f] ?? '', w: Math.round(w * 1e9) }))
    .sort((x, y) => y.w - x.w || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const of = (prefix: string, max: number): string[] =>
    ranked
      .filter((x) => x.name.startsWith(prefix))
      .slice(0, max)
      .map((x) => x.name.slice(prefix.length));
  return { terms: of('w:', MAX_TERMS), names: of('n:', MAX_NAMES) };
}
