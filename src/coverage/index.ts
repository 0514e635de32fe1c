import type { Alignment } from '../align/types.js';
import type { Corpus } from '../document/model.js';
import type { TextSpan } from '../document/types.js';
import type { QuoteCluster } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import { round4 } from '../util/numbers.js';
import { mergeRanges, type Range } from '../util/ranges.js';
import type { Coverage, CoverageItem, DocumentCoverage } from './types.js';

const EXCERPT = 80;

/**
 * The first characters of a text with white space collapsed and trimmed, ending in "…" when cut.
 *
 * @param text - the text
 * @returns its excerpt
 * @example
 * ```ts
 * excerpt('  Ferry\n\n runs  again. ');
 * //=> 'Ferry runs again.'
 * ```
 * @internal
 */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1)}…`;
}

/**
 * Which documents carry which passage alignment and quote cluster (the others omit it), and per document
 * what it omits that at least half of the others carry, which of its paragraphs no other document shares, and which of its
 * quotes no cluster joins with another document's.
 *
 * @param corpus - the documents
 * @param alignments - shared passages
 * @param clusters - quote clusters
 * @param quotes - all quotes
 * @returns the coverage table
 * @example
 * ```ts
 * const corpus = readCorpus([{ id: 'a', text: 'Ferry runs.' }, { id: 'b', text: 'Ferry runs.' }, { id: 'c', text: 'Storm.' }]);
 * const p1 = { id: 'p1', kind: 'verbatim', similarity: 1, pairs: [],
 *   members: [{ docId: 'a', start: 0, end: 11, text: 'Ferry runs.' }, { docId: 'b', start: 0, end: 11, text: 'Ferry runs.' }] };
 * buildCoverage(corpus, [p1], [], []).documents.map((d) => d.omits);
 * //=> [[], [], ['p1']]
 * ```
 * @internal
 */
export function buildCoverage(
  corpus: Corpus,
  alignments: readonly Alignment[],
  clusters: readonly QuoteCluster[],
  quotes: readonly Quote[],
): Coverage {
  const ids = corpus.docs.map((d) => d.id);
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const docIndex = new Map(ids.map((id, k) => [id, k]));
  // An item is omitted by a document when at least half of the other documents (and at least one) carry it.
  const need = Math.max(1, Math.ceil((ids.length - 1) / 2));
  const omitsByDoc: string[][] = ids.map(() => []);
  const item = (id: string, type: CoverageItem['type'], carriers: readonly string[], text: string): CoverageItem => {
    const at = [...new Set(carriers)]
      .map((d) => docIndex.get(d))
      .filter((k): k is number => k !== undefined)
      .sort((x, y) => x - y);
    // The documents that omit it are listed only in `omits`, and only for an item at least half of the others
    // carry: then it has at least as many carriers as omitters, so these lists together are no longer than
    // the items' carriers (a list of every omitter of every item grew with items × documents).
    if (at.length >= need) {
      let next = 0;
      for (let k = 0; k < ids.length; k++) {
        if (at[next] === k) next++;
        else omitsByDoc[k]?.push(id);
      }
    }
    return { id, type, carriedBy: at.map((k) => ids[k] as string), excerpt: excerpt(text) };
  };
  const items: CoverageItem[] = [
    ...alignments.map((a) =>
      item(
        a.id,
        'alignment',
        a.members.map((m) => m.docId),
        a.members[0]?.text ?? '',
      ),
    ),
    ...clusters.map((c) => {
      const members = c.quoteIds.map((q) => quoteById.get(q)).filter((q): q is Quote => q !== undefined);
      return item(
        c.id,
        'quoteCluster',
        members.map((q) => q.docId),
        members[0]?.text ?? '',
      );
    }),
  ];
  // Shared ranges per document, gathered once (not once per document over every alignment).
  const sharedByDoc = new Map<string, Range[]>(ids.map((d) => [d, []]));
  for (const a of alignments) for (const m of a.members) sharedByDoc.get(m.docId)?.push({ start: m.start, end: m.end });

  // Quotes a cluster joins with another document's quote are shared; the rest are this document's own.
  const sharedQuotes = new Set<string>();
  for (const c of clusters) {
    const docs = new Set(c.quoteIds.map((q) => quoteById.get(q)?.docId));
    if (docs.size >= 2) for (const q of c.quoteIds) sharedQuotes.add(q);
  }

  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = quotesByDoc.get(q.docId);
    if (list) list.push(q);
    else quotesByDoc.set(q.docId, [q]);
  }
  const documents: DocumentCoverage[] = corpus.docs.map((doc, k) => {
    const omits = omitsByDoc[k] ?? [];
    const shared = mergeRanges(sharedByDoc.get(doc.id) ?? []);
    const uniquelyCarries: TextSpan[] = [];
    let total = 0;
    let covered = 0;
    let first = 0;
    for (const p of doc.paragraphs) {
      if (p.boilerplate) continue;
      total += p.end - p.start;
      let overlap = 0;
      // Shared ranges ending before this paragraph end before every later one too: skipped for good.
      while (first < shared.length && (shared[first]?.end ?? 0) <= p.start) first++;
      for (let j = first; j < shared.length; j++) {
        const r = shared[j] as Range;
        if (r.start >= p.end) break;
        overlap += Math.max(0, Math.min(r.end, p.end) - Math.max(r.start, p.start));
      }
      covered += overlap;
      // A paragraph counts as this document's own when shared passages cover less than a fifth of it.
      if (overlap < 0.2 * (p.end - p.start)) uniquelyCarries.push({ start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) });
    }
    const uniqueQuotes = (quotesByDoc.get(doc.id) ?? []).filter((q) => !sharedQuotes.has(q.id)).map((q) => q.id);
    return { docId: doc.id, omits, uniquelyCarries, uniqueQuotes, sharedShare: total > 0 ? round4(Math.min(1, covered / total)) : 0 };
  });
  return { items, documents };
}
