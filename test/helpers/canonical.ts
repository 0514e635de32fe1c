// A report with document order taken out, so that reports of the same inputs in different orders can be
// compared: documents by id, quotes named by document and offset (not `q1`, `q2`, … in input order),
// alignments and quote clusters named by their members, pairs oriented from the smaller to the larger
// document id (a diff turned round swaps its inserts and deletes), and every other list sorted.
import type { DiffOp, Report } from '../../src/index.js';
import { memberText } from '../../src/report/format.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const asRecord = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;
const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const key = (v: unknown): string => JSON.stringify(v);

/** Every `quoteId` field, at any depth, renamed by `name`, and the ids named in notes by `item`. */
function renameQuoteIds(v: unknown, name: (id: string) => string, item: (id: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameQuoteIds(x, name, item));
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => {
      if (k === 'quoteId' && typeof x === 'string') return [k, name(x)];
      if (k === 'note' && typeof x === 'string') return [k, x.replace(/\b[pc]\d+\b/gu, item).replace(/\bq\d+\b/gu, name)];
      return [k, renameQuoteIds(x, name, item)];
    }),
  );
}

/** Sorts every array by the JSON of its elements, except diff steps (whose order is the text's). */
function sortDeep(v: unknown, field = ''): Json {
  if (Array.isArray(v)) {
    const items = v.map((x) => sortDeep(x));
    if (field === 'diff' || field === 'ops') return items;
    return items
      .map((x) => [key(x), x] as const)
      .sort((p, q) => cmp(p[0], q[0]))
      .map((p) => p[1]);
  }
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v).sort((p, q) => cmp(p[0], q[0]))) out[k] = sortDeep(x, k);
    return out;
  }
  return v as Json;
}

const INVERSE = { equal: 'equal', insert: 'delete', delete: 'insert' } as const;

/** A diff with the deletes of each run of changes before its inserts (how a turned diff would be written). */
function changesInOrder(diff: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let run: DiffOp[] = [];
  const flush = (): void => {
    out.push(...run.filter((d) => d.op === 'delete'), ...run.filter((d) => d.op === 'insert'));
    run = [];
  };
  for (const d of diff) {
    if (d.op === 'equal') {
      flush();
      out.push(d);
    } else run.push(d);
  }
  flush();
  return out;
}

/**
 * The canonical form of a report (see the top of this file). Two reports of the same inputs in any order
 * have equal canonical forms when the analysis does not depend on input order.
 */
export function canonicalReport(report: Report): Record<string, Json> {
  // Quotes: `docId@start-end` instead of their position in input order.
  const quoteName = new Map<string, string>();
  for (const q of report.quotes) quoteName.set(q.id, `${q.docId}@${q.start}-${q.end}`);
  const qn = (id: string): string => quoteName.get(id) ?? `?${id}`;
  // Alignments and clusters: named by their sorted members.
  const itemName = new Map<string, string>();
  const alignments = report.alignments.map((al) => {
    const order = al.members.map((m, i) => ({ m, i, k: `${m.docId}@${m.start}-${m.end}` })).sort((x, y) => cmp(x.k, y.k));
    const name = `passage[${order.map((o) => o.k).join(' ')}]`;
    itemName.set(al.id, name);
    const at = new Map(order.map((o, j) => [o.i, j]));
    const pairs = al.pairs.map((p) => {
      const a = at.get(p.a) ?? -1;
      const b = at.get(p.b) ?? -1;
      const turn = a > b;
      return {
        ...p,
        a: Math.min(a, b),
        b: Math.max(a, b),
        diff: changesInOrder(turn ? p.diff.map((d) => ({ op: INVERSE[d.op], text: d.text })) : p.diff),
      };
    });
    // Each member with its text written out: which member carries a shared text (sameTextAs) follows input order.
    const members = order.map(({ m, i }) => ({ docId: m.docId, start: m.start, end: m.end, text: memberText(al.members, i) }));
    return { ...al, id: name, members, pairs };
  });
  const clusters = report.quoteClusters.map((c) => {
    const members = c.members.map((m) => (m.quoteId === undefined ? `${m.docId}@${m.start}-${m.end}` : qn(m.quoteId))).sort(cmp);
    const name = `cluster[${members.join(' ')}]`;
    itemName.set(c.id, name);
    return {
      ...c,
      id: name,
      quoteIds: c.quoteIds.map(qn),
      variants: c.variants.map((v) => ({ ...v, quoteIds: v.quoteIds.map(qn) })),
      // A substitution reads from the earlier rendering in document order: turned to read from the smaller text.
      substitutions: c.substitutions.map((s) => {
        const [x, y, ...more] = s.spans;
        if (cmp(s.from, s.to) <= 0 || x === undefined || y === undefined) return s;
        const shift = s.connotationShift;
        return {
          ...s,
          from: s.to,
          to: s.from,
          ...(shift !== undefined && { connotationShift: shift === 0 ? 0 : -shift }),
          spans: [y, x, ...more],
        };
      }),
      // (Reports from before groups of copies were reported have none: test/bench/order.ts --src.)
      groups: (c.groups ?? [])
        .map((g) => ({ ...g, quoteIds: g.quoteIds.map(qn).sort(cmp) }))
        .sort((x, y) => cmp(x.quoteIds[0] ?? '', y.quoteIds[0] ?? '')),
      links: c.links
        .map((l) => {
          const [a, b] = [qn(l.a), qn(l.b)].sort(cmp);
          return { ...l, a: a ?? '', b: b ?? '' };
        })
        .sort((x, y) => y.score - x.score || cmp(x.a, y.a) || cmp(x.b, y.b)),
    };
  });
  const item = (id: string): string => itemName.get(id) ?? `?${id}`;
  const framing = {
    ...report.framing,
    // A pair's explanations name the two documents in document order ("A − B", "d1 …, d2 …"): their
    // summaries are left out, their values and evidence kept.
    pairs: report.framing.pairs.map((p) => {
      const explanations = p.explanations.map((e) => ({ ...e, summary: '' }));
      return cmp(p.a, p.b) <= 0 ? { ...p, explanations } : { ...p, a: p.b, b: p.a, explanations };
    }),
  };
  const coverage = {
    // An item's excerpt is of its first carrier in document order: taken out with document order.
    items: report.coverage.items.map((it) => ({ ...it, id: item(it.id), excerpt: '' })),
    documents: report.coverage.documents.map((d) => ({ ...d, omits: d.omits.map(item), uniqueQuotes: d.uniqueQuotes.map(qn) })),
  };
  return asRecord(
    sortDeep(
      renameQuoteIds(
        {
          ...report,
          alignments,
          quotes: report.quotes.map((q) => ({ ...q, id: qn(q.id), ...(q.continues !== undefined && { continues: qn(q.continues) }) })),
          quoteClusters: clusters,
          framing,
          coverage,
        },
        qn,
        item,
      ),
    ),
  ) as Record<string, Json>;
}

/** One report section's elements that only one of two canonical reports has. */
export interface SectionDifference {
  readonly section: string;
  readonly onlyA: number;
  readonly onlyB: number;
  /** The first path at which the first differing elements differ, with both values. */
  readonly example?: string;
}

/** The first path at which two JSON values differ, with both values there. */
export function firstDifference(x: Json | undefined, y: Json | undefined, path = ''): string | undefined {
  if (key(x) === key(y)) return undefined;
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && Array.isArray(x) === Array.isArray(y)) {
    const keys = Array.isArray(x)
      ? [...Array(Math.max(x.length, (y as Json[]).length)).keys()].map(String)
      : [...new Set([...Object.keys(x), ...Object.keys(y)])];
    for (const k of keys) {
      const d = firstDifference((x as Record<string, Json>)[k], (y as Record<string, Json>)[k], `${path}.${k}`);
      if (d !== undefined) return d;
    }
  }
  return `${path}: ${key(x)?.slice(0, 300)} <> ${key(y)?.slice(0, 300)}`;
}

function elements(v: Json | undefined): string[] {
  if (Array.isArray(v)) return v.map(key);
  if (typeof v === 'object' && v !== null) return Object.entries(v).map(([k, x]) => `${k}=${key(x)}`);
  return [key(v)];
}

/**
 * Compares two canonical reports section by section (documents, alignments, quotes, quote clusters,
 * framing documents / pairs / actors, coverage items / documents) and counts the elements only one has.
 */
export function compareCanonical(a: Record<string, Json>, b: Record<string, Json>): SectionDifference[] {
  const fa = asRecord(a.framing);
  const fb = asRecord(b.framing);
  const ca = asRecord(a.coverage);
  const cb = asRecord(b.coverage);
  const sections: [string, Json | undefined, Json | undefined][] = [
    ['documents', a.documents, b.documents],
    ['alignments', a.alignments, b.alignments],
    ['quotes', a.quotes, b.quotes],
    ['quoteClusters', a.quoteClusters, b.quoteClusters],
    ['framing.documents', fa.documents as Json, fb.documents as Json],
    ['framing.pairs', fa.pairs as Json, fb.pairs as Json],
    ['framing.actors', fa.actors as Json, fb.actors as Json],
    ['coverage.items', ca.items as Json, cb.items as Json],
    ['coverage.documents', ca.documents as Json, cb.documents as Json],
  ];
  const out: SectionDifference[] = [];
  for (const [section, x, y] of sections) {
    const ex = elements(x);
    const ey = elements(y);
    const sx = new Set(ex);
    const sy = new Set(ey);
    const onlyA = ex.filter((e) => !sy.has(e));
    const onlyB = ey.filter((e) => !sx.has(e));
    if (onlyA.length > 0 || onlyB.length > 0) {
      const ja = onlyA[0] === undefined ? undefined : (JSON.parse(onlyA[0].replace(/^[^={[]*=/, '')) as Json);
      const jb = onlyB[0] === undefined ? undefined : (JSON.parse(onlyB[0].replace(/^[^={[]*=/, '')) as Json);
      out.push({ section, onlyA: onlyA.length, onlyB: onlyB.length, example: firstDifference(ja, jb) });
    }
  }
  return out;
}
