import type { QuoteCluster, QuoteSubstitution } from './types.js';

/** A cluster before it is numbered. */
type Unnumbered = Omit<QuoteCluster, 'id'>;

/**
 * A substitution from the words of the earlier rendering in input order to the later's (it was recorded
 * from the earlier in id order, its first span on the `from` side, its second on the `to` side).
 */
function fromEarlier(s: QuoteSubstitution, at: (m: { docId: string; start: number }) => number): QuoteSubstitution {
  const [x, y] = s.spans;
  if (x === undefined || y === undefined || at(x) <= at(y)) return s;
  const shift = s.connotationShift;
  return {
    from: s.to,
    to: s.from,
    docIds: s.docIds,
    relation: s.relation,
    ...(shift !== undefined && { connotationShift: shift === 0 ? 0 : -shift }),
    spans: [y, x, ...s.spans.slice(2)],
  };
}

/**
 * A cluster assembled in order of document id, with its lists put in input order: members and quote ids
 * in document then text order, each variant's documents and quotes, the variants after the pivot's by
 * their first quote, the documents of substitutions, insertions and omissions, and each substitution
 * from the earlier rendering, the groups of copies by their first quote and each link from its earlier quote
 * (strongest first, ties in input order). What was decided in id order (the pivot) stays.
 *
 * @param c - the cluster
 * @param docOrder - document positions by id, in input order
 * @returns the cluster with its lists in input order
 * @internal
 */
export function clusterInInputOrder(c: Unnumbered, docOrder: ReadonlyMap<string, number>): Unnumbered {
  const at = (m: { docId: string; start: number }): number => (docOrder.get(m.docId) ?? 0) * 1e9 + m.start;
  const quoteAt = new Map<string, number>();
  for (const m of c.members) if (m.quoteId !== undefined) quoteAt.set(m.quoteId, at(m));
  const byQuote = (ids: readonly string[]): string[] => [...ids].sort((x, y) => (quoteAt.get(x) ?? 0) - (quoteAt.get(y) ?? 0));
  const byDoc = (ids: readonly string[]): string[] => [...ids].sort((x, y) => (docOrder.get(x) ?? 0) - (docOrder.get(y) ?? 0));
  const variants = c.variants.map((v) => ({ ...v, quoteIds: byQuote(v.quoteIds), docIds: byDoc(v.docIds) }));
  const firstOf = (v: { quoteIds: readonly string[] }): number => quoteAt.get(v.quoteIds[0] ?? '') ?? 0;
  const groups = c.groups.map((g) => ({ ...g, quoteIds: byQuote(g.quoteIds) }));
  const links = c.links.map((l) => ((quoteAt.get(l.a) ?? 0) <= (quoteAt.get(l.b) ?? 0) ? l : { ...l, a: l.b, b: l.a }));
  return {
    ...c,
    quoteIds: byQuote(c.quoteIds),
    substitutions: c.substitutions.map((s) => fromEarlier({ ...s, docIds: byDoc(s.docIds) }, at)),
    variants: [...variants.slice(0, 1), ...variants.slice(1).sort((x, y) => firstOf(x) - firstOf(y))],
    insertions: c.insertions.map((i) => ({ ...i, absentFrom: byDoc(i.absentFrom) })),
    omissions: c.omissions.map((o) => ({ ...o, missingFrom: byDoc(o.missingFrom) })),
    members: [...c.members].sort((a, b) => at(a) - at(b) || a.end - b.end),
    groups: groups.sort((x, y) => firstOf(x) - firstOf(y)),
    links: links.sort(
      (x, y) => y.score - x.score || (quoteAt.get(x.a) ?? 0) - (quoteAt.get(y.a) ?? 0) || (quoteAt.get(x.b) ?? 0) - (quoteAt.get(y.b) ?? 0),
    ),
  };
}
