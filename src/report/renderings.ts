import type { QuoteCluster, QuoteInsertionKind, QuoteVariantOp } from '../quote-clusters/types.js';
import type { Quote } from '../quotes/types.js';
import { clusterSpanText } from './format.js';

/**
 * What a cell of a renderings table shows: the same words as the fullest rendering (the pivot), other words
 * in their place, words this rendering adds (an editor's bracket, an intensifier, a hedge, other words),
 * pivot words it leaves out, words it has elsewhere, or nothing (outside the stretch it quotes).
 * @internal
 */
export type RenderingCellKind = 'same' | 'substitute' | 'omitted' | 'moved' | 'empty' | `insert-${QuoteInsertionKind}`;

/** One cell of a renderings table: `span` columns wide. @internal */
export interface RenderingCell {
  readonly text: string;
  readonly kind: RenderingCellKind;
  readonly span: number;
  /** What the highlight means ("near-synonym of “dominance”"). */
  readonly note?: string;
}

/** One rendering (one quote) as a row of the table. @internal */
export interface RenderingRow {
  readonly quote: Quote;
  readonly pivot: boolean;
  /** The cells, left to right, covering every column once. */
  readonly cells: readonly RenderingCell[];
}

/** A quote cluster as a table of its renderings aligned word by word against the fullest. @internal */
export interface RenderingsTable {
  readonly columns: number;
  readonly rows: readonly RenderingRow[];
  /** Copies of a rendering past {@link MAX_COPY_ROWS}: named, not drawn. */
  readonly moreCopies: readonly { readonly quoteIds: readonly string[]; readonly docIds: readonly string[] }[];
  /** Quotes of the cluster that are in no variant (partial quotes of a few words). */
  readonly partial: readonly Quote[];
}

/** Rows a renderings table draws per distinct rendering; further copies are listed by document. @internal */
export const MAX_COPY_ROWS = 4;

interface Placed {
  readonly from: number;
  readonly to: number;
  readonly cell: Omit<RenderingCell, 'span'>;
}

/** The columns of a renderings table: pivot pieces (key 2s+1 for a piece at s) and gaps after pivot offset x (key 2x). */
function pivotColumns(
  pivotQuote: Quote,
  opsOf: readonly (readonly QuoteVariantOp[])[],
): { pieces: { start: number; end: number }[]; keys: number[] } {
  const p0 = pivotQuote.start;
  const ptext = pivotQuote.text;
  const bounds = new Set<number>([0, ptext.length]);
  for (const m of ptext.matchAll(/\s+/g)) {
    bounds.add(m.index);
    bounds.add(m.index + m[0].length);
  }
  const gaps = new Set<number>();
  for (const ops of opsOf) {
    let last = p0;
    for (const op of ops) {
      if (op.a !== undefined) {
        bounds.add(op.a.start - p0);
        bounds.add(op.a.end - p0);
        if (op.op !== 'move') last = op.a.end;
      } else gaps.add(last);
    }
  }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= ptext.length).sort((a, b) => a - b);
  const pieces: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i]!;
    const e = cuts[i + 1]!;
    if (ptext.slice(s, e).trim() !== '') pieces.push({ start: p0 + s, end: p0 + e });
  }
  const keys = [...pieces.map((p) => 2 * p.start + 1), ...[...gaps].map((g) => 2 * g)].sort((a, b) => a - b);
  return { pieces, keys };
}

/**
 * A quote cluster's renderings table: the pivot's words cut at every bound some rendering's alignment uses make
 * the columns, with a column between two of them wherever a rendering adds words; each rendering fills the
 * columns of the pivot words it has (the same, substituted, moved or left out) and of the words it adds, so that
 * "hegemonism", "domination" and "dominance" stand in one column.
 *
 * @param cluster - a quote cluster of the report
 * @param quotes - the report's quotes by id
 * @returns the table, or undefined when the cluster has no aligned variants
 * @example
 * ```ts
 * renderingsTable(report.quoteClusters[0], quotesById)?.rows.length; //=> 5
 * ```
 * @internal
 */
export function renderingsTable(cluster: QuoteCluster, quotes: ReadonlyMap<string, Quote>): RenderingsTable | undefined {
  const pivotVariant = cluster.variants[0];
  const pivotQuote = pivotVariant === undefined ? undefined : quotes.get(pivotVariant.quoteIds[0] ?? '');
  if (pivotVariant === undefined || pivotQuote === undefined) return undefined;
  const p0 = pivotQuote.start;
  const opsOf = cluster.variants.map((v) => withBracketedInsertions(cluster, v, quotes));
  const { pieces, keys } = pivotColumns(pivotQuote, opsOf);
  const col = new Map(keys.map((k, i) => [k, i]));
  const pieceCols = (start: number, end: number): [number, number] | undefined => {
    const inside = pieces.filter((p) => p.start >= start && p.end <= end);
    if (inside.length === 0) return undefined;
    return [col.get(2 * inside[0]!.start + 1)!, col.get(2 * inside[inside.length - 1]!.start + 1)!];
  };
  const insertionKind = (docId: string, start: number, end: number): QuoteInsertionKind => {
    const hit = cluster.insertions.find((i) => i.span.docId === docId && i.span.start < end && i.span.end > start && i.kind !== 'words');
    return hit?.kind ?? 'words';
  };
  const relation = (a: string, b: string): string | undefined => {
    const s = cluster.substitutions.find((x) => (x.from === a && x.to === b) || (x.from === b && x.to === a));
    return s === undefined
      ? undefined
      : `${s.relation.replace('-', ' ')} of “${a}”${s.connotationShift ? `, connotation ${s.connotationShift > 0 ? '+' : ''}${s.connotationShift}` : ''}`;
  };

  const substituted = new Set<number>();
  const rowsOf = cluster.variants.map((v, vi): Placed[] => {
    const placed: Placed[] = [];
    let last = p0;
    const docId = v.docIds[0] ?? '';
    for (const op of opsOf[vi] ?? []) {
      if (op.a === undefined) {
        if (op.b === undefined) continue;
        const c = col.get(2 * last)!;
        const prev = placed.find((x) => x.from === c);
        const kind = insertionKind(docId, op.b.start, op.b.end);
        if (prev) placed[placed.indexOf(prev)] = { ...prev, cell: { ...prev.cell, text: `${prev.cell.text} ${op.b.text}` } };
        else placed.push({ from: c, to: c, cell: { text: op.b.text, kind: `insert-${kind}`, note: `added (${kind})` } });
        continue;
      }
      if (op.op !== 'move') last = op.a.end;
      const cols = pieceCols(op.a.start, op.a.end);
      if (cols === undefined) continue;
      const text = op.b?.text ?? '';
      if (op.op === 'equal') placed.push({ from: cols[0], to: cols[1], cell: { text, kind: 'same' } });
      else if (op.op === 'substitute') {
        for (let k = cols[0]; k <= cols[1]; k++) substituted.add(k);
        placed.push({
          from: cols[0],
          to: cols[1],
          cell: { text, kind: 'substitute', note: relation(op.a.text, text) ?? `in place of “${op.a.text}”` },
        });
      } else if (op.op === 'move')
        placed.push({ from: cols[0], to: cols[1], cell: { text, kind: 'moved', note: 'stands elsewhere in this rendering' } });
      else placed.push({ from: cols[0], to: cols[1], cell: { text: '', kind: 'omitted', note: `leaves out “${op.a.text}”` } });
    }
    if (vi === 0) {
      // The pivot: its own words, an insertion of its own marked.
      for (const p of pieces) {
        const c = col.get(2 * p.start + 1)!;
        const text = pivotQuote.text.slice(p.start - p0, p.end - p0);
        const kind = insertionKind(docId, p.start, p.end);
        placed.push({
          from: c,
          to: c,
          cell: kind === 'words' ? { text, kind: 'same' } : { text, kind: `insert-${kind}`, note: `added (${kind})` },
        });
      }
    }
    return placed;
  });
  const cellsOf = (placed: readonly Placed[], pivot: boolean): RenderingCell[] => {
    const byFrom = [...placed].sort((a, b) => a.from - b.from);
    const cells: RenderingCell[] = [];
    let at = 0;
    for (const x of byFrom) {
      if (x.from < at) continue; // overlapping placements (a move over a piece already filled): the first stands
      if (x.from > at) cells.push({ text: '', kind: 'empty', span: x.from - at });
      const cell =
        pivot && x.cell.kind === 'same' && substituted.has(x.from)
          ? { ...x.cell, kind: 'substitute' as const, note: 'other renderings have other words' }
          : x.cell;
      cells.push({ ...cell, span: x.to - x.from + 1 });
      at = x.to + 1;
    }
    if (at < keys.length) cells.push({ text: '', kind: 'empty', span: keys.length - at });
    return cells;
  };
  const grid = mergeColumns(
    cluster.variants.map((_, vi) => cellsOf(rowsOf[vi] ?? [], vi === 0)),
    keys.length,
  );
  const rows: RenderingRow[] = [];
  const moreCopies: { quoteIds: string[]; docIds: string[] }[] = [];
  const inVariant = new Set<string>();
  cluster.variants.forEach((v, vi) => {
    const cells = grid.rows[vi] ?? [];
    const more: { quoteIds: string[]; docIds: string[] } = { quoteIds: [], docIds: [] };
    v.quoteIds.forEach((id, k) => {
      inVariant.add(id);
      const q = quotes.get(id);
      if (q === undefined) return;
      if (k < MAX_COPY_ROWS) rows.push({ quote: q, pivot: vi === 0 && k === 0, cells });
      else {
        more.quoteIds.push(id);
        more.docIds.push(q.docId);
      }
    });
    if (more.quoteIds.length) moreCopies.push(more);
  });
  const partial = cluster.quoteIds.filter((id) => !inVariant.has(id)).flatMap((id) => quotes.get(id) ?? []);
  return { columns: grid.columns, rows, moreCopies, partial };
}

const PLAIN = new Set<RenderingCellKind>(['same', 'omitted', 'empty']);

/**
 * Fewer columns: two neighbouring columns become one wherever every row either spans both with one cell or has
 * plain cells on both sides of one kind (same words, or left out) or beside an empty one; their texts are joined.
 */
function mergeColumns(rows: readonly (readonly RenderingCell[])[], columns: number): { rows: RenderingCell[][]; columns: number } {
  // The cell of each row at each column, and where each cell starts.
  const at = rows.map((cells) => {
    const of: number[] = [];
    cells.forEach((c, k) => {
      for (let j = 0; j < c.span; j++) of.push(k);
    });
    return of;
  });
  const keep: boolean[] = [];
  for (let col = 0; col + 1 < columns; col++) {
    keep.push(
      rows.some((cells, r) => {
        const x = at[r]![col]!;
        const y = at[r]![col + 1]!;
        if (x === y) return false;
        const cx = cells[x]!;
        const cy = cells[y]!;
        const joinable = cx.kind === cy.kind || cx.kind === 'empty' || cy.kind === 'empty';
        return !(PLAIN.has(cx.kind) && PLAIN.has(cy.kind) && joinable);
      }),
    );
  }
  // New column index of each old column.
  const newCol: number[] = [0];
  for (let col = 1; col < columns; col++) newCol.push(newCol[col - 1]! + (keep[col - 1] ? 1 : 0));
  const out = rows.map((cells) => {
    const merged: RenderingCell[] = [];
    let col = 0;
    for (const c of cells) {
      const from = newCol[col]!;
      const to = newCol[col + c.span - 1]!;
      const last = merged[merged.length - 1];
      const lastTo = merged.reduce((n, m) => n + m.span, 0) - 1;
      if (last !== undefined && lastTo >= from) {
        // Joins a plain cell of the same kind across a dropped boundary.
        const text = [last.text, c.text].filter((t) => t !== '').join(' ');
        const kind = last.kind === 'empty' ? c.kind : last.kind;
        merged[merged.length - 1] = { ...last, kind, text, span: last.span + (to - lastTo) };
      } else merged.push({ ...c, span: to - from + 1 });
      col += c.span;
    }
    return merged;
  });
  return { rows: out, columns: (newCol[columns - 1] ?? -1) + 1 };
}

/**
 * A variant's alignment with the marked insertions it leaves out (an editor's bracket the word alignment skips)
 * put back as `insert` steps after the step whose rendering words precede them.
 */
function withBracketedInsertions(
  cluster: QuoteCluster,
  v: QuoteCluster['variants'][number],
  quotes: ReadonlyMap<string, Quote>,
): QuoteVariantOp[] {
  const ops = [...v.ops];
  if (ops.length === 0) return ops;
  const own = new Set(v.quoteIds);
  for (const ins of cluster.insertions) {
    if (ins.kind === 'words' || ins.span.quoteId === undefined || !own.has(ins.span.quoteId)) continue;
    const { start, end } = ins.span;
    if (ops.some((o) => o.b !== undefined && o.b.start < end && o.b.end > start)) continue;
    let at = 0;
    ops.forEach((o, k) => {
      if (o.b !== undefined && o.b.end <= start && o.op !== 'move') at = k + 1;
    });
    ops.splice(at, 0, { op: 'insert', b: { start, end, text: clusterSpanText(quotes, ins.span) } });
  }
  return ops;
}

/**
 * The indirect-speech members of a cluster with their text ("Kim said he values …").
 * @internal
 */
export function indirectMembers(cluster: QuoteCluster, quotes: ReadonlyMap<string, Quote>): { docId: string; text: string }[] {
  return cluster.members.filter((m) => m.indirect).map((m) => ({ docId: m.docId, text: clusterSpanText(quotes, m) }));
}
