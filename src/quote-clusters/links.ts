import type { Edge } from './merge.js';
import { round4 } from './pair.js';
import type { QuoteClusterGroup, QuoteClusterLink } from './types.js';
import type { QuoteView } from './views.js';
import type { WordSequences } from './word-sequences.js';

/** Ties between links of equal score: by quote ids. */
const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A cluster's quotes grouped by words and speaker, and the links that formed it, each pair of groups
 * (or one group, for copies in two documents) named once by its strongest link. A wire quote carried
 * by hundreds of outlets is one group and at most one link, not a link per pair of outlets.
 * @param views - the run's views
 * @param seqs - their word sequences
 * @param list - the cluster's view indices, ascending (document then text order)
 * @param joins - the edges that joined the cluster, strongest first
 * @returns the groups, in order of their first quote, and the links, strongest first
 * @example
 * groupsAndLinks(views, seqs, [0, 1, 2], joins) //=> { groups: [{ quoteIds: ['q1', 'q3'], speaker: 'Kim' }, …], links: [{ a: 'q1', b: 'q3', score: 1, … }] }
 * @internal
 */
export function groupsAndLinks(
  views: readonly QuoteView[],
  seqs: WordSequences,
  list: readonly number[],
  joins: readonly Edge[],
): { groups: QuoteClusterGroup[]; links: QuoteClusterLink[] } {
  const groupOf = new Map<number, number>();
  const byKey = new Map<string, number>();
  const groups: { quoteIds: string[]; speaker?: string }[] = [];
  for (const i of list) {
    const v = views[i] as QuoteView;
    const speaker = v.quote.speaker?.name;
    // A NUL cannot stand in a name, which parts it from the sequence id.
    const key = `${seqs.idOf[i] ?? -1}\u0000${speaker ?? ''}`;
    let g = byKey.get(key);
    if (g === undefined) {
      byKey.set(key, (g = groups.length));
      groups.push({ quoteIds: [], ...(speaker !== undefined ? { speaker } : {}) });
    }
    groupOf.set(i, g);
    for (const q of v.parts) groups[g]?.quoteIds.push(q.id);
  }
  const named = new Set<string>();
  const links: QuoteClusterLink[] = [];
  for (const { a, b, f } of joins) {
    const ga = groupOf.get(a) ?? -1;
    const gb = groupOf.get(b) ?? -1;
    const pair = ga < gb ? `${ga},${gb}` : `${gb},${ga}`;
    if (named.has(pair)) continue;
    named.add(pair);
    links.push({
      a: views[a]?.quote.id ?? '',
      b: views[b]?.quote.id ?? '',
      score: round4(f.score),
      lexical: round4(f.lexical),
      speaker: f.speaker,
      sharedRare: [...f.sharedRare],
      context: f.context,
      cue: f.cue,
    });
  }
  links.sort((x, y) => y.score - x.score || byId(x.a, y.a) || byId(x.b, y.b));
  return { groups, links };
}
