import type { QuoteView } from './views.js';
import type { WordMatcher } from './word-matcher.js';
import { union } from './variant-spans.js';

/** Identical renderings (same words in the same order, same brackets) grouped. @internal */
export interface Group {
  readonly views: readonly QuoteView[];
  readonly rep: QuoteView;
  readonly docIds: readonly string[];
  /** Position of the group in report order (its first member's). */
  readonly order: number;
}

/**
 * One rendering per document: the document's quotes of the remark in text order, joined — an article
 * may quote a remark in pieces ("…," he said. "…") where another quotes it whole. A quote whose words
 * another quote of the same document already carries (a partial quote repeated in the full one) is left
 * out of the rendering and reported as trimmed.
 * @param views - the cluster's quotes, in corpus order
 * @param matcher - the word matcher
 * @returns the renderings, and the ids of the quotes left out of them
 * @internal
 */
export function perDocument(views: readonly QuoteView[], matcher: WordMatcher): { renderings: QuoteView[]; covered: string[] } {
  const byDoc = new Map<string, QuoteView[]>();
  for (const v of views) {
    const list = byDoc.get(v.doc.id);
    if (list === undefined) byDoc.set(v.doc.id, [v]);
    else list.push(v);
  }
  const renderings: QuoteView[] = [];
  const covered: string[] = [];
  for (const list of byDoc.values()) {
    // Only a longer quote can hold another: each quote is compared with the longer ones alone, so that
    // a document's many copies of one quote are not compared with each other.
    const longestFirst = [...list].sort((a, b) => b.total - a.total);
    const keep = list.filter((v) => {
      const longer = longestFirst.slice(
        0,
        longestFirst.findIndex((o) => o.total <= v.total),
      );
      const inside = longer.some((o) => {
        let matched = 0;
        // Read from the matcher's buffer, in match order: no object per match.
        const buf = matcher.matchInto(v, o);
        for (let k = 0; k < buf.count; k++)
          matched += ((buf.sim[k] ?? 0) * ((v.weights[buf.i[k] ?? 0] ?? 0) + (o.weights[buf.j[k] ?? 0] ?? 0))) / 2;
        return v.total > 0 && matched / v.total >= 0.8;
      });
      if (inside) covered.push(...v.parts.map((q) => q.id));
      return !inside;
    });
    const first = keep[0];
    if (first === undefined) continue;
    if (keep.length === 1) {
      renderings.push(first);
      continue;
    }
    renderings.push({
      quote: first.quote,
      parts: keep.flatMap((v) => v.parts),
      doc: first.doc,
      toks: keep.flatMap((v) => v.toks),
      keys: keep.flatMap((v) => v.keys),
      weights: keep.flatMap((v) => v.weights),
      stop: keep.flatMap((v) => v.stop),
      total: keep.reduce((t, v) => t + v.total, 0),
      contentCount: keep.reduce((t, v) => t + v.contentCount, 0),
      editorial: keep.flatMap((v) => v.editorial),
      speakerParts: first.speakerParts,
      speakerWeak: first.speakerWeak,
      context: new Set(keep.flatMap((v) => [...v.context])),
    });
  }
  return { renderings, covered };
}

/**
 * Groups identical renderings: the same keys and the same bracketed text.
 * @param renderings - the renderings, in corpus order
 * @param docOrder - document positions by id
 * @param posOf - a rendering's position in corpus order
 * @returns the groups, in order of their first rendering
 * @internal
 */
export function groupRenderings(
  renderings: readonly QuoteView[],
  docOrder: ReadonlyMap<string, number>,
  posOf: (v: QuoteView) => number,
): Group[] {
  const lists = new Map<string, QuoteView[]>();
  for (const v of renderings) {
    const editorial = v.editorial.length === 0 ? '' : v.editorial.map(([s, e]) => v.doc.text.slice(s, e)).join('|');
    // The bracketed text cannot hold a NUL, which parts it from the keys.
    const sig = `${v.keys.join(',')}\u0000${editorial}`;
    const list = lists.get(sig);
    if (list === undefined) lists.set(sig, [v]);
    else list.push(v);
  }
  const groups = [...lists.values()].map((list): Group => {
    const rep = list[0] as QuoteView;
    return {
      views: list,
      rep,
      docIds: union(
        [],
        list.map((v) => v.doc.id),
        docOrder,
      ),
      order: posOf(rep),
    };
  });
  return groups.sort((a, b) => a.order - b.order);
}

/**
 * The pivot: the fullest rendering; ties go to the earliest.
 * @param groups - the groups, in order
 * @returns the pivot group
 * @internal
 */
export function pivotOf(groups: readonly Group[]): Group {
  let pivot = groups[0] as Group;
  for (const g of groups) if (g.rep.total > pivot.rep.total + 1e-9) pivot = g;
  return pivot;
}
